import { DROPPED, SEPARATOR, charClass, foldChar } from './fold.js';
import { labelEnd } from './labels.js';
import { HASH_SEED, hashStep, type Vocabulary } from './vocabulary.js';

/** Bits of `TokenBuffer.marks`. */
/** No phrase reaches back across the gap before this token (sentence end, clause punctuation, line, quote mark). */
export const BREAK = 1;
/**
 * The stem of a "n't" contraction ("don" of don't, "won" of won't): a stop
 * word here, whatever the same letters are elsewhere (Don Bradman, won the seat).
 */
export const NEGATED = 2;
/** A word among numbers, set by `markFurniture`. */
export const FURNITURE = 4;

/** One document's tokens, reused from document to document so counting allocates nothing per token. */
export class TokenBuffer {
  length = 0;
  words = new Int32Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  marks = new Uint8Array(4096);

  push(word: number, start: number, end: number, mark: number): void {
    if (this.length === this.words.length) this.grow();
    const k = this.length++;
    this.words[k] = word;
    this.starts[k] = start;
    this.ends[k] = end;
    this.marks[k] = mark;
  }

  private grow(): void {
    const size = this.words.length * 2;
    const words = new Int32Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const marks = new Uint8Array(size);
    words.set(this.words);
    starts.set(this.starts);
    ends.set(this.ends);
    marks.set(this.marks);
    Object.assign(this, { words, starts, ends, marks });
  }
}

// What a character does between tokens.
const SPACE = 0;
const LOWER = 1;
const UPPER = 2;
/** Ends a phrase: . ! ? ; , ( ) [ ] " and the like. */
const STOPPER = 3;
const LINE = 4;
/** Inside a phrase: $ % & / + and other symbols. */
const SYMBOL = 5;
const APOSTROPHE = 6;
const HYPHEN = 7;
const PERIOD = 8;
const COMMA = 9;
const COLON = 10;
const AT = 11;
/** A non-ASCII token character. */
const WIDE = 12;

const ASCII = new Uint8Array(128).fill(SYMBOL);
for (let c = 0; c < 32; c++) ASCII[c] = SPACE;
for (const ch of '\n\r\v\f') ASCII[ch.charCodeAt(0)] = LINE;
ASCII[32] = SPACE;
for (let c = 48; c <= 57; c++) ASCII[c] = LOWER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (const ch of '!?;()[]{}"<>|') ASCII[ch.charCodeAt(0)] = STOPPER;
ASCII[39] = APOSTROPHE;
ASCII[45] = HYPHEN;
ASCII[46] = PERIOD;
ASCII[44] = COMMA;
ASCII[58] = COLON;
ASCII[64] = AT;

const WIDE_KIND = new Uint8Array(0x10000);
const WIDE_KNOWN = new Uint8Array(0x10000);
const PUNCTUATION = /\p{P}/u;
const WIDE_SPACE = /[\p{Zs}\p{Cf}\p{Cc}]/u;

/** Kinds of non-ASCII characters, worked out once each. Curly quotes are quote marks unless inside a word. */
function wideKind(c: number): number {
  if (WIDE_KNOWN[c] === 1) return WIDE_KIND[c]!;
  let kind: number;
  if (charClass(c) !== SEPARATOR) kind = WIDE;
  else if (c === 0x2019 || c === 0x2bc || c === 0x2032) kind = APOSTROPHE;
  else if (c === 0x2010 || c === 0x2011) kind = HYPHEN;
  else if (c === 0x2028 || c === 0x2029 || c === 0x85) kind = LINE;
  else if (WIDE_SPACE.test(String.fromCharCode(c))) kind = SPACE;
  else kind = PUNCTUATION.test(String.fromCharCode(c)) ? STOPPER : SYMBOL;
  WIDE_KIND[c] = kind;
  WIDE_KNOWN[c] = 1;
  return kind;
}

const kindAt = (text: string, i: number): number => {
  if (i >= text.length) return SPACE;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c]! : wideKind(c);
};

const isWord = (kind: number): boolean => kind === LOWER || kind === UPPER || kind === WIDE;

/**
 * Splits one text into the search index's tokens (see fold.ts), as word ids
 * with their offsets, marking where phrases must not cross. Speaker labels at
 * line starts are skipped, and so is any whitespace-delimited chunk holding a
 * URL or an e-mail address: their pieces ("www", "gov", "au") are not phrases.
 */
export function tokenize(text: string, vocabulary: Vocabulary, out: TokenBuffer): void {
  out.length = 0;
  const n = text.length;
  let i = 0;
  let pendingBreak = BREAK;
  let lineStart = true;
  /** The first token of the current whitespace-delimited chunk, so a URL found midway can be dropped whole. */
  let chunkToken = 0;
  /** Where the last token ended: punctuation right after a word may join it to the next one. */
  let lastEnd = -1;

  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII[c]! : wideKind(c);
    if (kind === LOWER || kind === UPPER || kind === WIDE) {
      if (lineStart) {
        lineStart = false;
        if (kind !== LOWER) {
          const end = labelEnd(text, i);
          if (end >= 0) {
            i = end;
            pendingBreak = BREAK;
            continue;
          }
        }
      }
      if ((c === 119 || c === 87) && out.length === chunkToken && lastEnd !== i && text.slice(i, i + 4).toLowerCase() === 'www.') {
        out.length = chunkToken;
        i = chunkEnd(text, i);
        pendingBreak = BREAK;
        lastEnd = -1;
        continue;
      }
      const start = i;
      let wide = kind === WIDE;
      // The folded word's hash, as Vocabulary computes it, so a known word needs no string.
      let hash = hashStep(HASH_SEED, kind === UPPER ? c | 0x20 : c);
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const k = ASCII[d]!;
          if (k === LOWER) hash = hashStep(hash, d);
          else if (k === UPPER) hash = hashStep(hash, d | 0x20);
          else break;
        } else if (charClass(d) !== SEPARATOR) wide = true;
        else break;
      }
      let id: number;
      if (!wide) id = vocabulary.idOfAscii(text, start, i, hash);
      else {
        const word = foldWide(text, start, i);
        if (word === '') continue;
        id = vocabulary.id(word);
      }
      let mark = pendingBreak;
      if (i + 1 < n && kindAt(text, i) === APOSTROPHE && (text.charCodeAt(i + 1) | 0x20) === 116 && !isWord(kindAt(text, i + 2))) mark |= NEGATED;
      out.push(id, start, i, mark);
      pendingBreak = 0;
      lastEnd = i;
      continue;
    }
    switch (kind) {
      case SPACE:
        chunkToken = out.length;
        break;
      case LINE:
        chunkToken = out.length;
        lineStart = true;
        pendingBreak = BREAK;
        break;
      case STOPPER:
        pendingBreak = BREAK;
        break;
      case APOSTROPHE:
      case HYPHEN:
        // Inside a word ("don't", "co-operation") it only splits tokens; elsewhere it is a quote mark or a dash.
        if (lastEnd !== i || !isWord(kindAt(text, i + 1))) pendingBreak = BREAK;
        break;
      case PERIOD:
        // "U.S.", "1.5", "www.pm.gov.au" and initials ("John W. Howard") go on; anything else ends a sentence.
        if (!isWord(kindAt(text, i + 1)) && !(lastEnd === i && isInitial(text, out))) pendingBreak = BREAK;
        break;
      case COMMA:
        if (!(lastEnd === i && isDigit(text, i - 1) && isDigit(text, i + 1))) pendingBreak = BREAK;
        break;
      case COLON:
        pendingBreak = BREAK;
        if (text.startsWith('//', i + 1)) {
          out.length = chunkToken;
          i = chunkEnd(text, i);
          lastEnd = -1;
          continue;
        }
        break;
      case AT:
        out.length = chunkToken;
        i = chunkEnd(text, i);
        pendingBreak = BREAK;
        lastEnd = -1;
        continue;
      default:
        break;
    }
    i++;
  }
}

/** Whether the last token is one capital letter ("W", "S" of "U.S"), not the "t" of "won't". */
function isInitial(text: string, out: TokenBuffer): boolean {
  if (out.length === 0) return false;
  const start = out.starts[out.length - 1]!;
  if (out.ends[out.length - 1]! - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90;
}

/** The end of the whitespace-delimited chunk holding position i. */
function chunkEnd(text: string, i: number): number {
  while (i < text.length) {
    const kind = kindAt(text, i);
    if (kind === SPACE || kind === LINE) break;
    i++;
  }
  return i;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function foldWide(text: string, start: number, end: number): string {
  let word = '';
  for (let k = start; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d < 128) word += d >= 65 && d <= 90 ? String.fromCharCode(d | 0x20) : text[k];
    else if (charClass(d) !== DROPPED) word += foldChar(d);
  }
  return word;
}
