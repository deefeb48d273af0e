import { TokenOffsets } from './token-offsets.js';
import type { Token } from './types.js';

// English news tokenisation close to CoNLL-2003's, so that features learned on
// it carry over to raw text: punctuation split off, "n't" and "'s"-style clitics
// split, hyphenated words, numbers ("1,000", "3.5") and dotted abbreviations
// ("U.S.", "Mr.", "J.") kept whole.

/** Words whose trailing full stop belongs to them. Lower-cased, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'rev', 'hon', 'messrs', 'mt', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'dept',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'calif', 'fla', 'ariz', 'colo',
  'conn', 'kan', 'mich', 'minn', 'nev', 'okla', 'tenn', 'tex', 'wis', 'wyo', 'approx', 'cf', 'rt', 'ave', 'blvd',
]);

/** Clitics split off the end of a word, after an apostrophe (straight or curly). */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

const enum C {
  Apostrophe = 0x27,
  RightSingle = 0x2019,
  Hyphen = 0x2d,
  Period = 0x2e,
  Comma = 0x2c,
  Ampersand = 0x26,
  Slash = 0x2f,
  At = 0x40,
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Letters and digits, including Latin-1 and beyond (names like "Lindström", "Łódź"). */
export function isAlnum(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true; // Latin extended, Greek, Cyrillic, Hebrew, Arabic …: letters for our purpose
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, dashes
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c === 0xfeff || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20)) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === C.Apostrophe || c === C.RightSingle;
}

/** Tokens of `text` between `start` and `end` (defaults: the whole string). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const offsets = new TokenOffsets();
  tokenizeInto(text, start, end, offsets);
  const out = new Array<Token>(offsets.length);
  for (let k = 0; k < offsets.length; k++) {
    const s = offsets.starts[k]!;
    const e = offsets.ends[k]!;
    out[k] = { text: text.slice(s, e), start: s, end: e };
  }
  return out;
}

/** The same tokens as `tokenize`, appended to `out` as offsets only: the tagger's path. */
export function tokenizeInto(text: string, start: number, end: number, out: TokenOffsets): void {
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isAlnum(c)) {
      i = punctuation(text, i, stop, out);
      continue;
    }
    i = word(text, i, stop, out);
  }
}

/** Punctuation: "--" and "..." stay whole; anything else is one character. */
function punctuation(text: string, i: number, stop: number, out: TokenOffsets): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c === C.Hyphen || c === C.Period) {
    while (j < stop && text.charCodeAt(j) === c) j++;
  } else if (c >= 0xd800 && c <= 0xdbff && j < stop) {
    j++; // keep a surrogate pair together
  }
  out.push(i, j);
  return j;
}

/** A run of letters and digits with inner joiners, then clitics and a trailing full stop. */
function word(text: string, begin: number, stop: number, out: TokenOffsets): number {
  let j = begin;
  let piece = begin; // start of the current alphanumeric run
  let dotted = false; // an inner full stop between letters: "U.S", "e.g", "p.m"
  for (;;) {
    while (j < stop && isAlnum(text.charCodeAt(j))) j++;
    if (j + 1 >= stop || !isAlnum(text.charCodeAt(j + 1))) break;
    const joiner = text.charCodeAt(j);
    const prev = text.charCodeAt(j - 1);
    const next = text.charCodeAt(j + 1);
    const digits = isDigit(prev) && isDigit(next);
    if (joiner === C.Hyphen || joiner === C.Ampersand) {
      // "Indo-Pacific", "1996-08-22", "AT&T"
    } else if (joiner === C.Slash && digits) {
      // "1/2"
    } else if (joiner === C.Period && (digits || j - piece === 1)) {
      if (!digits) dotted = true; // "3.5" is a number; "U.S" is an abbreviation
    } else if (joiner === C.Comma && digits && isDigit(at(text, j + 2, stop)) && isDigit(at(text, j + 3, stop)) && !isDigit(at(text, j + 4, stop))) {
      // "1,000"
    } else if (isApostrophe(joiner) && !isClitic(text, j + 1, stop) && !isNegation(text, begin, j, stop)) {
      // "O'Brien", "o'clock"
    } else break;
    j++;
    piece = j;
  }
  if (isNegation(text, begin, j, stop)) {
    out.push(begin, j - 1); // "do" "n't"
    out.push(j - 1, j + 2);
    return j + 2;
  }
  let wordEnd = j;
  if (wordEnd < stop && text.charCodeAt(wordEnd) === C.Period && at(text, wordEnd + 1, stop) !== C.Period && keepsStop(text, begin, wordEnd, dotted)) {
    wordEnd++;
  }
  out.push(begin, wordEnd);
  if (wordEnd === j && j < stop && isApostrophe(text.charCodeAt(j)) && isClitic(text, j + 1, stop)) {
    let k = j + 1;
    while (k < stop && isAlnum(text.charCodeAt(k))) k++;
    out.push(j, k); // "Russia" "'s"
    return k;
  }
  return wordEnd;
}

function at(text: string, i: number, stop: number): number {
  return i < stop ? text.charCodeAt(i) : 0;
}

/** "n't" at `apostrophe - 1`: an "n" before the apostrophe, a lone "t" after it, and something before the "n". */
function isNegation(text: string, begin: number, apostrophe: number, stop: number): boolean {
  return (
    apostrophe - 1 > begin &&
    isApostrophe(at(text, apostrophe, stop)) &&
    (text.charCodeAt(apostrophe - 1) | 32) === 0x6e &&
    (at(text, apostrophe + 1, stop) | 32) === 0x74 &&
    !isAlnum(at(text, apostrophe + 2, stop))
  );
}

/** True when the letters at `from` are a whole clitic: "s", "re", "ve", "ll", "d", "m". */
function isClitic(text: string, from: number, stop: number): boolean {
  let k = from;
  while (k < stop && k - from < 3 && isAlnum(text.charCodeAt(k))) k++;
  if (k === from || (k < stop && isAlnum(text.charCodeAt(k)))) return false;
  return CLITICS.has(text.slice(from, k).toLowerCase());
}

function keepsStop(text: string, begin: number, end: number, dotted: boolean): boolean {
  if (dotted) return true; // "U.S.", "e.g."
  if (end - begin === 1) return isUpper(text.charCodeAt(begin)); // an initial: "J."
  return ABBREVIATIONS.has(text.slice(begin, end).toLowerCase());
}
