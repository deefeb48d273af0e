import { mix32, type Fingerprints } from '../../core/index.js';
import type { ReuseTokens } from './tokens.js';

export interface WinnowOptions {
  /** Words per n-gram. */
  readonly ngram: number;
  /** Winnowing window, in n-grams: any shared run of `ngram + window - 1` words yields a shared fingerprint. */
  readonly window: number;
}

/**
 * Hashes every word n-gram and keeps the smallest hash of each window of
 * `window` consecutive n-grams, the rightmost on a tie, each position once
 * (Schleimer, Wilkerson & Aiken 2003, "robust winnowing"). Two texts that
 * share a run of `ngram + window - 1` words therefore share a fingerprint,
 * whatever surrounds the run.
 */
export function winnow(tokens: ReuseTokens, { ngram, window }: WinnowOptions): Fingerprints {
  const grams = tokens.count - ngram + 1;
  if (grams <= 0) return { hashes: new BigInt64Array(0), starts: new Uint32Array(0), ends: new Uint32Array(0) };
  const lo = new Int32Array(grams);
  const hi = new Int32Array(grams);
  // 53 high bits as a double: enough to order the windows, and the same for the same n-gram in any text.
  const key = new Float64Array(grams);
  const tlo = tokens.lo;
  const thi = tokens.hi;
  for (let g = 0; g < grams; g++) {
    let a = 0;
    let b = 0;
    for (let k = 0; k < ngram; k++) {
      a = (Math.imul(a, 0x9e3779b1) + tlo[g + k]!) | 0;
      b = (Math.imul(b, 0x85ebca77) + thi[g + k]!) | 0;
    }
    a = mix32(a ^ Math.imul(b, 0xc2b2ae35));
    b = mix32(b + a);
    lo[g] = a;
    hi[g] = b;
    key[g] = (b >>> 0) * 2097152 + (a >>> 11);
  }
  const width = Math.min(window, grams);
  const picked = new Int32Array(grams);
  let count = 0;
  // Monotone deque of n-gram positions whose keys increase from front to back.
  const deque = new Int32Array(grams);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let g = 0; g < grams; g++) {
    while (tail > head && key[deque[tail - 1]!]! >= key[g]!) tail--;
    deque[tail++] = g;
    if (deque[head]! <= g - width) head++;
    if (g >= width - 1) {
      const min = deque[head]!;
      if (min !== last) {
        picked[count++] = min;
        last = min;
      }
    }
  }
  const hashes = new BigInt64Array(count);
  const words = new Int32Array(hashes.buffer);
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const g = picked[i]!;
    // Little-endian halves of the 64-bit key, written without making a BigInt per fingerprint.
    words[2 * i] = lo[g]!;
    words[2 * i + 1] = hi[g]!;
    starts[i] = tokens.starts[g]!;
    ends[i] = tokens.ends[g + ngram - 1]!;
  }
  return { hashes, starts, ends };
}
