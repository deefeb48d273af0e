import type { QuoteClusterOptions } from './options.js';

/**
 * A word: letters and digits, apostrophes inside it dropped ("Peters's" →
 * "peterss", "don’t" → "dont"). Everything else (quote marks of any kind,
 * dashes, punctuation, whitespace) only separates words, so changed marks,
 * a comma for a full stop or an en dash for a hyphen change nothing.
 */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ]/g;
const MARKS = /\p{M}+/gu;
/** Text that folding leaves as it is but for case: NFKD and mark removal are skipped for it. */
const PLAIN = /^[\x00-\x7f]*$/;

/** The quote's words, case- and accent-folded. */
export function quoteWords(text: string): string[] {
  const folded = PLAIN.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const words = folded.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) if (words[i]!.length > 1) words[i] = words[i]!.replace(APOSTROPHES, '');
  return words;
}

/** What a quote is matched by. */
export interface QuoteKeys {
  readonly words: number;
  /** The whole normalised text; null for a quote too short to cluster at all. */
  readonly exact: number | null;
  /** Distinct shingle hashes in ascending order; empty for a quote matched only exactly. What a candidate pair is verified on. */
  readonly shingles: Float64Array;
  /**
   * A bitmap of `shingles` (a one-hash Bloom filter, 8 or more bits a
   * shingle): a shingle whose bit is clear is certainly not among them, so a
   * pair sharing few shingles is turned down in a few bit tests (`setsMatch`).
   */
  readonly filter: Int32Array;
  /**
   * What the quote is indexed and looked up by (`quote_shingles`): its exact
   * key and its winnowed shingles (`winnow`), distinct. Two quotes sharing a
   * run of `keyWindow` shingles share one of these, so they are compared.
   */
  readonly keys: readonly number[];
}

const NONE = new Float64Array(0);
const NO_FILTER = new Int32Array(0);

export function quoteKeys(text: string, options: QuoteClusterOptions): QuoteKeys {
  const words = scratchWords(text);
  const n = words.a.length;
  if (n < options.minWords) return { words: n, exact: null, shingles: NONE, filter: NO_FILTER, keys: [] };
  const exact = exactHash(words);
  if (n < options.shortWords) return { words: n, exact, shingles: NONE, filter: NO_FILTER, keys: [exact] };
  const sequence = shingleHashes(words, options.shingleWords);
  const shingles = distinctSorted(sequence);
  const keys = winnow(sequence, options.keyWindow);
  keys.push(exact);
  return { words: n, exact, shingles, filter: bitmap(shingles), keys };
}

/** The distinct values, ascending: sorted in a typed array and deduplicated in place (a Set cost as much as hashing the words). */
function distinctSorted(values: Float64Array): Float64Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

/** Bits of a shingle's filter: its hash's low bits (they are mixed like the rest; `| 0` keeps the low 32 of an integer). */
const bitOf = (hash: number, mask: number): number => (hash | 0) & mask;

/** `QuoteKeys.filter`: a power of two of 32-bit words, 8 or more bits per shingle. */
function bitmap(shingles: Float64Array): Int32Array {
  let bits = 32;
  while (bits < 8 * shingles.length) bits *= 2;
  const filter = new Int32Array(bits >>> 5);
  const mask = bits - 1;
  for (let i = 0; i < shingles.length; i++) {
    const bit = bitOf(shingles[i]!, mask);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/** Two 32-bit hashes per word (`quoteWords`), in text order. */
interface WordHashes {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/**
 * The words' hashes. Plain ASCII text (most of it) is read in one pass
 * with no word strings made, as `quoteWords` would read it: letters and
 * digits, case folded, an apostrophe between two of them dropped; anything
 * else goes through `quoteWords`. A word's hash is the same either way.
 */
export function wordHashes(text: string): WordHashes {
  const { a, b } = scratchWords(text);
  return { a: a.slice(), b: b.slice() };
}

/**
 * Buffers `scratchWords` fills, grown as needed and kept: a quote's keys are
 * made from them, where fresh arrays per quote cost as much as the hashing.
 */
let scratchA = new Int32Array(1024);
let scratchB = new Int32Array(1024);

/** `wordHashes`, as views of buffers that the next call overwrites. */
function scratchWords(text: string): WordHashes {
  // At most one word per two characters.
  const most = (text.length >>> 1) + 1;
  if (scratchA.length < most) {
    scratchA = new Int32Array(Math.max(most, 2 * scratchA.length));
    scratchB = new Int32Array(scratchA.length);
  }
  const a = scratchA;
  const b = scratchB;
  let n = 0;
  let h1 = 0;
  let h2 = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127) {
      // Curly apostrophes and quote marks, dashes, no-break spaces: what transcripts and releases are full of.
      const plain = PLAIN_AS[c];
      if (plain === undefined) return hashWords(quoteWords(text));
      c = plain;
    }
    if (c >= 65 && c <= 90) c += 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) {
      if (!inWord) {
        h1 = WORD_SEED_1;
        h2 = WORD_SEED_2;
        inWord = true;
      }
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    } else if (inWord) {
      // "don't": the apostrophe joins two runs of letters into one word, and is dropped.
      if (c === 39 && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) continue;
      a[n] = h1;
      b[n] = h2;
      n += 1;
      inWord = false;
    }
  }
  return { a: a.subarray(0, n), b: b.subarray(0, n) };
}

const WORD_SEED_1 = 0x811c9dc5 | 0;
const WORD_SEED_2 = 0x5bd1e995 | 0;

/**
 * Characters outside ASCII that `quoteWords` reads as an ASCII one: the
 * apostrophe it joins words with (’) as ', and marks, dashes and spaces
 * that NFKD leaves as no letter or digit (or makes a space) as a space.
 */
const PLAIN_AS: Readonly<Record<number, number>> = Object.freeze({
  0x2019: 39,
  0x00a0: 32, 0x00ab: 32, 0x00bb: 32, 0x2010: 32, 0x2011: 32, 0x2012: 32, 0x2013: 32, 0x2014: 32, 0x2015: 32,
  0x2018: 32, 0x201a: 32, 0x201c: 32, 0x201d: 32, 0x201e: 32, 0x2022: 32, 0x2026: 32, 0x2039: 32, 0x203a: 32,
  0x2002: 32, 0x2003: 32, 0x2009: 32, 0x200a: 32, 0x202f: 32,
});

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function hashWords(words: readonly string[]): WordHashes {
  const a = new Int32Array(words.length);
  const b = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let h1 = WORD_SEED_1;
    let h2 = WORD_SEED_2;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    a[i] = h1;
    b[i] = h2;
  }
  return { a, b };
}

/** The whole text's key, from its words' hashes; seeded apart from shingles, so it never passes for one. */
function exactHash({ a, b }: WordHashes): number {
  let h1 = 0x2545f491;
  let h2 = 0x9e3779b9 | 0;
  for (let i = 0; i < a.length; i++) {
    h1 = Math.imul(h1 ^ a[i]!, 2654435761);
    h2 = Math.imul(h2 ^ b[i]!, 1597334677);
  }
  return finish(h1 ^ a.length, h2);
}

/**
 * The hash of each run of `size` words, in text order (repeats kept): each
 * word is hashed once and a shingle mixes its words' hashes, where joining
 * and hashing 4 words' strings per word cost more than the rest of clustering.
 */
export function shingleHashes({ a, b }: WordHashes, size: number): Float64Array {
  const out = new Float64Array(Math.max(0, a.length - size + 1));
  for (let i = 0; i + size <= a.length; i++) {
    let h1 = 0xdeadbeef | 0;
    let h2 = 0x41c6ce57;
    for (let j = i; j < i + size; j++) {
      h1 = Math.imul(h1 ^ a[j]!, 2654435761);
      h2 = Math.imul(h2 ^ b[j]!, 1597334677);
    }
    out[i] = finish(h1, h2);
  }
  return out;
}

/**
 * Robust winnowing (Schleimer, Wilkerson and Aiken): in every window of
 * `window` consecutive shingles, the smallest hash (the rightmost on a tie).
 * A window lies in the text of both quotes of a pair sharing a run of
 * `window` shingles, and each picks that window's smallest: so the pair
 * shares a pick. With a window of 3, a shared run of 6 words (3 shingles, the
 * least `minShared` lets match) always does; a quote as short as the window
 * gives its smallest. About 2/(window+1) of the shingles are picked.
 */
export function winnow(hashes: ArrayLike<number>, window: number): number[] {
  const picked = new Set<number>();
  const n = hashes.length;
  if (n === 0) return [];
  if (window <= 1) return [...new Set(Array.from(hashes))];
  let last = -1;
  // A pick stays while its window slides: each is added once.
  let added = -1;
  for (let end = Math.min(window, n) - 1; end < n; end++) {
    const start = Math.max(0, end - window + 1);
    if (last < start) {
      // The previous pick left the window: find the smallest again.
      last = start;
      for (let i = start + 1; i <= end; i++) if (hashes[i]! <= hashes[last]!) last = i;
    } else if (hashes[end]! <= hashes[last]!) {
      last = end;
    }
    if (last !== added) picked.add(hashes[(added = last)]!);
  }
  return [...picked];
}

/**
 * Two 32-bit lanes mixed into 53 bits (cyrb53's finish): an exact
 * JavaScript integer, so the database stores and returns it unchanged with
 * no BigInt on either side. Across millions of shingles a chance collision
 * adds one shared shingle to a pair, which no threshold here turns into a
 * match on its own.
 */
function finish(a: number, b: number): number {
  let h1 = Math.imul(a ^ (a >>> 16), 2246822507);
  h1 ^= Math.imul(b ^ (b >>> 13), 3266489909);
  let h2 = Math.imul(b ^ (b >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Whether two quotes with `shared` shingles in common (of `a` and `b`) are
 * one quote: enough of the shorter's, and either enough of the longer's too
 * (near copies) or a shorter long enough to stand inside the longer
 * (`lengthsCanMatch`).
 */
export function shinglesMatch(shared: number, a: number, b: number, options: QuoteClusterOptions): boolean {
  if (a === 0 || b === 0) return false;
  if (shared < options.minShared || shared < options.minCoverage * Math.min(a, b) - 1e-9) return false;
  return Math.min(a, b) >= options.minContained || shared >= options.minCoverage * Math.max(a, b) - 1e-9;
}

/**
 * Whether quotes of `a` and `b` shingles could match at all: a short quote
 * (under `minContained` shingles) only matches a near copy, of a length
 * close to its own. Read from the counts alone, before a candidate's text
 * is parsed.
 */
export function lengthsCanMatch(a: number, b: number, options: QuoteClusterOptions): boolean {
  const small = Math.min(a, b);
  return small >= options.minContained || small >= options.minCoverage * Math.max(a, b) - 1e-9;
}

/**
 * Whether two quotes' shingle sets match (`shinglesMatch`), counted
 * exactly. A pair can match only while no more than `allowed` of the
 * smaller's shingles are missing from the larger. Each is first tested
 * against the larger's filter, where a clear bit is a certain miss: an
 * unrelated pair that shares a stock phrase is turned down there, in a few
 * bit tests. A pair that passes is counted exactly (`missingFrom`).
 */
export function setsMatch(a: QuoteKeys, b: QuoteKeys, options: QuoteClusterOptions): boolean {
  const aSmaller = a.shingles.length <= b.shingles.length;
  const small = aSmaller ? a.shingles : b.shingles;
  const big = aSmaller ? b : a;
  if (small.length === 0 || !lengthsCanMatch(small.length, big.shingles.length, options)) return false;
  const need = Math.max(options.minShared, Math.ceil(options.minCoverage * small.length - 1e-9));
  const allowed = small.length - need;
  if (allowed < 0) return false;
  const filter = big.filter;
  const mask = filter.length * 32 - 1;
  let certain = 0;
  for (let i = 0; i < small.length; i++) {
    const bit = bitOf(small[i]!, mask);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0 && ++certain > allowed) return false;
  }
  const missing = missingFrom(small, big.shingles, allowed);
  return missing <= allowed && shinglesMatch(small.length - missing, a.shingles.length, b.shingles.length, options);
}

/**
 * How many of `small`'s values `big` lacks (both ascending), walking the
 * smaller against the larger (galloping); past `allowed` it stops, and the
 * count is then only known to be over it.
 */
function missingFrom(small: Float64Array, big: Float64Array, allowed: number): number {
  const n = big.length;
  let missing = 0;
  let at = 0;
  for (let i = 0; i < small.length; i++) {
    const h = small[i]!;
    // The first position in `big` at or after `at` holding h or more.
    let step = 1;
    let lo = at;
    while (lo + step < n && big[lo + step]! < h) {
      lo += step;
      step *= 2;
    }
    if (big[lo]! < h) {
      let hi = Math.min(lo + step, n);
      lo += 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (big[mid]! < h) lo = mid + 1;
        else hi = mid;
      }
    }
    at = lo;
    if (at >= n) return missing + small.length - i;
    if (big[at] !== h && ++missing > allowed) return missing;
  }
  return missing;
}
