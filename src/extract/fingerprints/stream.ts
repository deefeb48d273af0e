import { mix32, type Fingerprints } from '../../core/index.js';
import { reuseTokens } from './tokens.js';
import { winnow, type WinnowOptions } from './winnow.js';

/** Characters of text tokenised at a time. */
const CHUNK = 1 << 16;

/**
 * `winnow(reuseTokens(text), options)`, the same fingerprints, in memory that
 * does not grow with the text. The batch version holds four numbers per token
 * and five per n-gram, about 110 MB of typed arrays for a 15 MB text; here the
 * text is tokenised a chunk at a time (cut at a space or newline, which no
 * token spans, so the tokens are the same) and n-grams pass through ring
 * buffers as wide as the winnowing window. The stage uses it for very large
 * texts only, so ordinary documents keep the batch code path; a test holds the
 * two equal.
 */
export function winnowStreaming(text: string, options: WinnowOptions, chunk = CHUNK): Fingerprints {
  const { ngram, window } = options;
  // The last `ngram` tokens, by token number modulo ngram.
  const tLo = new Int32Array(ngram);
  const tHi = new Int32Array(ngram);
  const tStart = new Uint32Array(ngram);
  const tEnd = new Uint32Array(ngram);
  // The n-grams a window can still pick (the newest window + 1), by n-gram number modulo `ring`.
  const ring = window + 1;
  const gLo = new Int32Array(ring);
  const gHi = new Int32Array(ring);
  const gKey = new Float64Array(ring);
  const gStart = new Uint32Array(ring);
  const gEnd = new Uint32Array(ring);
  const deque = new Int32Array(ring);
  let head = 0;
  let tail = 0;
  let last = -1;
  let tokens = 0;
  const out = new Output();

  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + chunk);
    while (to < text.length && text.charCodeAt(to) !== 0x20 && text.charCodeAt(to) !== 0x0a) to++;
    const chunkTokens = reuseTokens(text, from, to);
    for (let t = 0; t < chunkTokens.count; t++) {
      const slot = tokens % ngram;
      tLo[slot] = chunkTokens.lo[t]!;
      tHi[slot] = chunkTokens.hi[t]!;
      tStart[slot] = chunkTokens.starts[t]!;
      tEnd[slot] = chunkTokens.ends[t]!;
      tokens++;
      if (tokens < ngram) continue;
      const g = tokens - ngram;
      // As in winnow(): the n-gram's hash from its tokens in order.
      let a = 0;
      let b = 0;
      for (let k = 0; k < ngram; k++) {
        const s = (g + k) % ngram;
        a = (Math.imul(a, 0x9e3779b1) + tLo[s]!) | 0;
        b = (Math.imul(b, 0x85ebca77) + tHi[s]!) | 0;
      }
      a = mix32(a ^ Math.imul(b, 0xc2b2ae35));
      b = mix32(b + a);
      const gs = g % ring;
      gLo[gs] = a;
      gHi[gs] = b;
      const key = (b >>> 0) * 2097152 + (a >>> 11);
      gKey[gs] = key;
      gStart[gs] = tStart[g % ngram]!;
      gEnd[gs] = tEnd[(g + ngram - 1) % ngram]!;
      while (tail > head && gKey[deque[(tail - 1) % ring]! % ring]! >= key) tail--;
      deque[tail % ring] = g;
      tail++;
      if (deque[head % ring]! <= g - window) head++;
      if (g >= window - 1) {
        const min = deque[head % ring]!;
        if (min !== last) {
          const ms = min % ring;
          out.push(gLo[ms]!, gHi[ms]!, gStart[ms]!, gEnd[ms]!);
          last = min;
        }
      }
    }
    from = to;
  }
  const grams = tokens - ngram + 1;
  // Fewer n-grams than one window: the batch version picks one minimum over all of them.
  if (grams > 0 && grams < window) return winnow(reuseTokens(text), options);
  return out.finish();
}

/** Growable fingerprint arrays. */
class Output {
  private words = new Int32Array(2048);
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private count = 0;

  push(lo: number, hi: number, start: number, end: number): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint32Array>(a: T, size: number): T => {
        const b = new (a.constructor as new (n: number) => T)(size);
        b.set(a);
        return b;
      };
      this.words = grow(this.words, this.words.length * 2);
      this.starts = grow(this.starts, this.starts.length * 2);
      this.ends = grow(this.ends, this.ends.length * 2);
    }
    // Little-endian halves of the 64-bit key, as winnow() writes them.
    this.words[2 * this.count] = lo;
    this.words[2 * this.count + 1] = hi;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  finish(): Fingerprints {
    const hashes = new BigInt64Array(this.count);
    new Int32Array(hashes.buffer).set(this.words.subarray(0, 2 * this.count));
    return { hashes, starts: this.starts.slice(0, this.count), ends: this.ends.slice(0, this.count) };
  }
}
