// The rules' own word list over the whole text: cheaper than the tagger's
// tokens and shaped for name rules. Possessive endings ("’s", a bare "’")
// are separate tokens so they never join a name; inner dots stay in dotted
// acronyms ("U.S.", "D.C.", "J."); inner apostrophes stay in names
// ("O'Brien", "Mata'afa"); hyphens and dashes are tokens of their own, marked
// `glued` when no space sits on either side ("Indo-Pacific").

import { Spellings } from './spellings.js';

export const WORD = 0;
export const PUNCT = 1;
/** "’s" / "'s" after a word: a possessive or a contraction, never part of a name. */
export const CLITIC = 2;

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes straightened: the key every lookup uses. */
  readonly key: string;
  readonly kind: typeof WORD | typeof PUNCT | typeof CLITIC;
  /** First letter is upper case. */
  readonly cap: boolean;
  /** First letter is lower case. */
  readonly lower: boolean;
  /** No space before it (hyphens, possessives, closing punctuation). */
  readonly glued: boolean;
  /** Index of the sentence it lies in (into the segment output), -1 outside any. */
  sentence: number;
  /** First word of its sentence, after any opening quotes or brackets. */
  sentenceStart: boolean;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORDISH.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

function isCap(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return LETTER.test(ch) && UPPER.test(ch);
}

function isLow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  const ch = text[i]!;
  return LETTER.test(ch) && LOWER.test(ch);
}

const keyOf = (s: string): string => {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
};

/** Tokens of `text`, in order; `sentence` fields are filled by `markSentences`. */
/** Index of the first token ending after `offset` (tokens are in order). */
export function firstTokenAfter(tokens: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is `t` a comma? */
export function isComma(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === PUNCT && t.text === ',';
}

export function tokenizeText(text: string): Tok[] {
  const out: Tok[] = [];
  const spellings = new Spellings(text, keyOf);
  const n = text.length;
  let i = 0;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      spaced = true;
      continue;
    }
    if (!isWordCode(text, i)) {
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      const prev = out[out.length - 1];
      if (isApostrophe(c) && prev !== undefined && !spaced && prev.kind === WORD && (text.charCodeAt(j) | 32) === 0x73 && !(j + 1 < n && isWordCode(text, j + 1))) {
        push(out, text, spellings, i, j + 1, CLITIC, false);
        i = j + 1;
      } else if (isApostrophe(c) && prev !== undefined && !spaced && prev.kind === WORD && (text.charCodeAt(i - 1) | 32) === 0x73 && !(j < n && isWordCode(text, j))) {
        // The bare possessive of a word ending in s: "the United Arab Emirates' Minister", "Peters’ aide".
        push(out, text, spellings, i, j, CLITIC, false);
        i = j;
      } else {
        push(out, text, spellings, i, j, PUNCT, !spaced);
        i = j;
      }
      spaced = false;
      continue;
    }
    i = word(text, spellings, i, out, !spaced);
    spaced = false;
  }
  return out;
}

function push(out: Tok[], text: string, spellings: Spellings, start: number, end: number, kind: Tok['kind'], glued: boolean): void {
  const word = kind === WORD;
  if (word || kind === CLITIC) {
    const s = spellings.find(start, end);
    out.push({ start, end, text: spellings.textAt(s), key: spellings.keyAt(s), kind, cap: word && isCap(text, start), lower: word && isLow(text, start), glued, sentence: -1, sentenceStart: false });
  } else {
    const t = text.slice(start, end);
    out.push({ start, end, text: t, key: t, kind, cap: false, lower: false, glued, sentence: -1, sentenceStart: false });
  }
}

function word(text: string, spellings: Spellings, begin: number, out: Tok[], glued: boolean): number {
  const n = text.length;
  let j = begin;
  let dotted = false;
  for (;;) {
    while (j < n && isWordCode(text, j)) j++;
    if (j + 1 >= n || !isWordCode(text, j + 1)) break;
    const joiner = text.charCodeAt(j);
    if (joiner === 0x2e && j - begin >= 1 && isSingleLetterRun(text, j)) {
      dotted = true; // "U.S", "D.C"
    } else if ((isApostrophe(joiner) || joiner === 0x2018) && !isClitic(text, j + 1)) {
      // "O'Brien", "Nuku'alofa", "Hu‘akavameiliku" (a glottal stop typed as an opening quote)
    } else break;
    j++;
  }
  // A final dot belongs to a dotted acronym or an initial: "U.S.", "J.".
  if (j < n && text.charCodeAt(j) === 0x2e && (dotted || (j - begin === 1 && isCap(text, begin)))) j++;
  push(out, text, spellings, begin, j, WORD, glued);
  return j;
}

/** The run of word characters ending at `dot` is a single letter: "U" in "U.S". */
function isSingleLetterRun(text: string, dot: number): boolean {
  return dot >= 1 && isWordCode(text, dot - 1) && (dot < 2 || !isWordCode(text, dot - 2)) && !isWordCode(text, dot + 2);
}

function isClitic(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 3 && isWordCode(text, k)) k++;
  if (k < text.length && isWordCode(text, k)) return false;
  const s = text.slice(from, k).toLowerCase();
  return s === 's' || s === 't' || s === 're' || s === 've' || s === 'll' || s === 'd' || s === 'm';
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '„', '-', '–', '—', '•', '*']);
const isOpenerToken = (t: Tok) => t.kind === PUNCT && OPENERS.has(t.text);

/** Fills `sentence` and `sentenceStart` from the segment stage's sentences (both in order). */
export function markSentences(tokens: Tok[], sentences: readonly { start: number; end: number }[]): void {
  let s = 0;
  let expectStart = true;
  for (const t of tokens) {
    while (s < sentences.length && sentences[s]!.end <= t.start) {
      s++;
      expectStart = true;
    }
    const inside = s < sentences.length && sentences[s]!.start <= t.start;
    t.sentence = inside ? s : -1;
    if (!inside) continue;
    if (expectStart && t.kind === WORD) {
      t.sentenceStart = true;
      expectStart = false;
    } else if (expectStart && !isOpenerToken(t)) expectStart = false;
  }
}

/** Tokens [from, to) as written, with a space between two unless the second is glued to the first ("Vice-President", "U.S."). */
export function joinTokens(tokens: readonly Tok[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from && !tokens[k]!.glued ? ' ' : '') + tokens[k]!.text;
  return out;
}
