/**
 * Reuse tokens: runs of letters and digits, case-folded, with apostrophes
 * inside a word dropped ("Peters'" = "Peters", "don’t" = "dont") and every
 * other punctuation mark, quotation mark and space ignored. Each token is
 * kept as a 64-bit hash in two 32-bit halves plus its UTF-16 offsets, so a
 * changed quote style, a removed paragraph break or a curly apostrophe never
 * changes a token.
 */
export interface ReuseTokens {
  readonly count: number;
  /** Low and high halves of each token's hash. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Lower case for every BMP code unit, and 0 for code units that are not part of a word. */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(65536);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c; // surrogate halves: keep astral letters as themselves
      continue;
    }
    const ch = String.fromCharCode(c);
    if (!word.test(ch)) continue;
    const lower = ch.toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return table;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

/** Grows parallel arrays without reallocating per token. */
function grow<T extends Int32Array | Uint32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Tokenises `text[from, to)`; offsets stay absolute. */
export function reuseTokens(text: string, from = 0, to = text.length): ReuseTokens {
  let capacity = Math.max(16, ((to - from) / 5) | 0);
  let lo = new Int32Array(capacity);
  let hi = new Int32Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let count = 0;
  let i = from;
  while (i < to) {
    let folded = FOLD[text.charCodeAt(i)]!;
    if (folded === 0) {
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the folded code units, with two different seeds and primes for the halves.
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x3c6ef372 | 0;
    let end = i;
    while (i < to) {
      const c = text.charCodeAt(i);
      folded = FOLD[c]!;
      if (folded !== 0) {
        h1 = Math.imul(h1 ^ folded, 0x01000193);
        h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
        i++;
        end = i;
      } else if (isApostrophe(c) && i + 1 < to && FOLD[text.charCodeAt(i + 1)] !== 0) {
        i++; // an apostrophe inside a word is dropped
      } else {
        break;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      lo = grow(lo, capacity);
      hi = grow(hi, capacity);
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
    }
    lo[count] = h1;
    hi[count] = h2 ^ Math.imul(h1, 0x27d4eb2d);
    starts[count] = start;
    ends[count] = end;
    count++;
  }
  return { count, lo, hi, starts, ends };
}
