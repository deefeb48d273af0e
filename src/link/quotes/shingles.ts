import type { QuoteClusterOptions } from './options.js';

/**
 * A word: letters and digits, apostrophes inside it dropped ("Peters's" →
 * "peterss", "don’t" → "dont"). Everything else (quote marks of any kind,
 * dashes, punctuation, whitespace) only separates words, so changed marks,
 * a comma for a full stop or an en dash for a hyphen change nothing.
 */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** The quote's words, case- and accent-folded. */
export function quoteWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return (folded.match(WORD) ?? []).map((w) => w.replace(/['’ʼ]/g, ''));
}

/** What a quote is matched by. */
export interface QuoteKeys {
  readonly words: number;
  /** The whole normalised text; null for a quote too short to cluster at all. */
  readonly exact: number | null;
  /** Distinct shingle hashes; empty for a quote matched only exactly. */
  readonly shingles: readonly number[];
}

export function quoteKeys(text: string, options: QuoteClusterOptions): QuoteKeys {
  const words = quoteWords(text);
  if (words.length < options.minWords) return { words: words.length, exact: null, shingles: [] };
  // A prefix no shingle has (a shingle starts with a word character): the exact key never equals a shingle's.
  const exact = hash53(`=${words.join(' ')}`);
  if (words.length < options.shortWords) return { words: words.length, exact, shingles: [] };
  const shingles = new Set<number>();
  for (let i = 0; i + options.shingleWords <= words.length; i++) shingles.add(hash53(words.slice(i, i + options.shingleWords).join(' ')));
  return { words: words.length, exact, shingles: [...shingles] };
}

/**
 * A 53-bit string hash (cyrb53): an exact JavaScript integer, so the
 * database stores and returns it unchanged with no BigInt on either side.
 * Across millions of shingles a chance collision adds one shared shingle to
 * a pair, which no threshold here turns into a match on its own.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Whether two quotes with `shared` shingles in common (of `a` and `b`) are one quote. */
export function shinglesMatch(shared: number, a: number, b: number, options: QuoteClusterOptions): boolean {
  if (a === 0 || b === 0) return false;
  return shared >= options.minShared && shared >= options.minCoverage * Math.min(a, b) - 1e-9;
}
