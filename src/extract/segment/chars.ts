// Character classes on UTF-16 code units. The segmenter looks at every
// character of every document, so these avoid regexes and string allocation on
// the ASCII path and fall back to Unicode-aware checks only above U+007F.

const LINE_FEED = 0x0a;

/** Exactly the characters `String.prototype.trim` removes, so trimmed spans agree with `.trim()`. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whitespace that does not end a line: what may sit on a "blank" line. */
export function isLineSpace(c: number): boolean {
  return c !== LINE_FEED && isSpace(c);
}

/** `.` `!` `?` `…` */
export function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Quotation marks that can close a quote when they follow a stop: `"` `'` `”` `’` `»` `›`. */
export function isClosingQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

/** `)` `]` `}` */
export function isClosingBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d;
}

/** What may open a sentence before its first word: quotes, brackets, inverted marks. */
export function isOpener(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x201e || // „
    c === 0xab || // «
    c === 0x2039 || // ‹
    c === 0x28 || // (
    c === 0x5b || // [
    c === 0x7b || // {
    c === 0xbf || // ¿
    c === 0xa1 // ¡
  );
}

/** Punctuation that continues the current sentence when it follows a stop and a space. */
export function isContinuation(c: number): boolean {
  return (
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x25 || // %
    c === 0x2e || // .  (spaced ellipsis ". . .")
    c === 0x2026 || // …
    isClosingQuote(c) ||
    isClosingBracket(c)
  );
}

export function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark in any script: part of a word. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c);
  return LETTER_OR_NUMBER.test(text.charAt(i));
}

/** A lower-case letter in any script (caseless scripts count as not lower). */
export function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = text.charAt(i);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
