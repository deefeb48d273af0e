import { reuseTokens, type ReuseTokens } from '../../extract/fingerprints/index.js';
import type { Seed } from './types.js';

/** Words per n-gram of the dense alignment: the same as the index's fingerprints. */
const NGRAM = 5;
/** Token positions take the low 16 bits of a packed n-gram entry; the rest holds 37 bits of its hash. */
const POSITION_BITS = 65_536;
export const MAX_DENSE_TOKENS = POSITION_BITS;
/** An n-gram more often than this in either text is a refrain ("Thank you very much"), not an anchor. */
const MAX_REPEATS = 4;

/**
 * A text prepared for pairwise alignment: its tokens and every word n-gram,
 * packed as `hash × 2^16 + position` and sorted, so that two texts' shared
 * n-grams are one merge of two sorted arrays. Prepared once per document and
 * reused for each pair it is in.
 */
export interface DenseText {
  readonly text: string;
  readonly tokens: ReuseTokens;
  /** N-gram hashes (37 bits), sorted, and the token position of each. */
  readonly keys: Float64Array;
  readonly positions: Int32Array;
  /** What the text between token `t` and the next holds: `SENTENCE_BREAK` and/or `PARAGRAPH_BREAK` bits. */
  readonly breaks: Uint8Array;
}

export const SENTENCE_BREAK = 1;
export const PARAGRAPH_BREAK = 2;

/** Sentence ends (. ! ?) and blank lines between each token and the next (or the end of the text). */
function breaksBetween(text: string, tokens: ReuseTokens): Uint8Array {
  const breaks = new Uint8Array(tokens.count);
  for (let t = 0; t < tokens.count; t++) {
    const to = t + 1 < tokens.count ? tokens.starts[t + 1]! : text.length;
    let flags = 0;
    let newlines = 0;
    for (let i = tokens.ends[t]!; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e || c === 0x21 || c === 0x3f) flags |= SENTENCE_BREAK;
      else if (c === 0x0a && ++newlines === 2) flags |= SENTENCE_BREAK | PARAGRAPH_BREAK;
    }
    breaks[t] = flags;
  }
  return breaks;
}

export function denseText(text: string): DenseText {
  const tokens = reuseTokens(text);
  const count = Math.min(tokens.count, MAX_DENSE_TOKENS) - NGRAM + 1;
  const grams = new Float64Array(Math.max(0, count));
  for (let g = 0; g < count; g++) {
    let a = 0;
    let b = 0;
    for (let k = 0; k < NGRAM; k++) {
      a = (Math.imul(a, 0x9e3779b1) + tokens.lo[g + k]!) | 0;
      b = (Math.imul(b, 0x85ebca77) + tokens.hi[g + k]!) | 0;
    }
    // 37 bits: 32 of one half, 5 of the other. Collisions inside one pair of texts are vanishingly rare.
    grams[g] = ((b >>> 0) * 32 + (a >>> 27)) * POSITION_BITS + g;
  }
  grams.sort();
  const keys = new Float64Array(grams.length);
  const positions = new Int32Array(grams.length);
  for (let g = 0; g < grams.length; g++) {
    const position = grams[g]! % POSITION_BITS;
    positions[g] = position;
    keys[g] = (grams[g]! - position) / POSITION_BITS;
  }
  return { text, tokens, keys, positions, breaks: breaksBetween(text, tokens) };
}

/**
 * Every maximal run of n-grams the two texts share on one diagonal, as a
 * seed over the run's words: exact to the word, so a passage's ends need
 * little more than a short search for an edited first or last word.
 */
export function denseSeeds(a: DenseText, b: DenseText): Seed[] {
  const pairs: number[] = [];
  const x = a.keys;
  const y = b.keys;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const key = x[i]!;
    if (key < y[j]!) i++;
    else if (y[j]! < key) j++;
    else {
      let i2 = i + 1;
      let j2 = j + 1;
      while (i2 < x.length && x[i2] === key) i2++;
      while (j2 < y.length && y[j2] === key) j2++;
      if (i2 - i <= MAX_REPEATS && j2 - j <= MAX_REPEATS) {
        for (let p = i; p < i2; p++) {
          for (let q = j; q < j2; q++) {
            const pa = a.positions[p]!;
            // Diagonal first, then position along it: runs become neighbours after sorting.
            pairs.push((b.positions[q]! - pa + POSITION_BITS) * POSITION_BITS * 2 + pa);
          }
        }
      }
      i = i2;
      j = j2;
    }
  }
  const sorted = Float64Array.from(pairs).sort();
  const seeds: Seed[] = [];
  for (let k = 0; k < sorted.length; ) {
    const diagonal = Math.floor(sorted[k]! / (POSITION_BITS * 2));
    const first = sorted[k]! % (POSITION_BITS * 2);
    let last = first;
    k++;
    while (k < sorted.length && Math.floor(sorted[k]! / (POSITION_BITS * 2)) === diagonal && sorted[k]! % (POSITION_BITS * 2) === last + 1) {
      last++;
      k++;
    }
    const shift = diagonal - POSITION_BITS;
    const lastWord = last + NGRAM - 1;
    seeds.push({
      aStart: a.tokens.starts[first]!,
      aEnd: a.tokens.ends[lastWord]!,
      bStart: b.tokens.starts[first + shift]!,
      bEnd: b.tokens.ends[lastWord + shift]!,
    });
  }
  return seeds;
}
