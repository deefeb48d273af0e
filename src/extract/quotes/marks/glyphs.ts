// Quotation marks, their style and which way they face.

/** Double marks pair with double marks and single with single, whatever the glyph's shape. */
export type Style = 'double' | 'single';

const DOUBLE = new Map<string, 'open' | 'close' | 'either'>([
  ['“', 'open'], ['„', 'open'], ['«', 'open'], ['”', 'close'], ['»', 'close'], ['"', 'either'], ['″', 'either'],
]);
const SINGLE = new Map<string, 'open' | 'close' | 'either'>([
  ['‘', 'open'], ['‚', 'open'], ['‹', 'open'], ['’', 'close'], ['›', 'close'], ["'", 'either'],
]);

/** Every mark's code unit: a whole text is scanned for them, and a number test is far cheaper than a map lookup per character. */
const MARK_CODES = new Set([...DOUBLE.keys(), ...SINGLE.keys()].map((ch) => ch.charCodeAt(0)));

/** Whether the code unit at `i` is a quotation mark of either style. */
export function isMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // Every mark is ASCII " or ', or at or above U+00AB («).
  return (code === 34 || code === 39 || code >= 0xab) && MARK_CODES.has(code);
}

export function styleOf(ch: string): Style | null {
  if (DOUBLE.has(ch)) return 'double';
  if (SINGLE.has(ch)) return 'single';
  return null;
}

/** What the glyph's shape says; straight marks say nothing. */
export function glyphFacing(ch: string): 'open' | 'close' | 'either' {
  return DOUBLE.get(ch) ?? SINGLE.get(ch) ?? 'either';
}

export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && styleOf(ch) !== null;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Characters a quotation may follow directly when it opens: "(“", "—“". */
const BEFORE_OPEN = /[([{\u2014\u2013\-/]/;
/** Characters that may follow a closing mark directly: "”,", "”)". */
const AFTER_CLOSE = /[.,;:!?)\]}\u2014\u2013\-…]/;

/**
 * Which way a mark faces from its neighbours, as Markdown's flanking rules
 * decide emphasis: `open` when it follows a space (or a bracket, a dash,
 * another mark) and precedes a word; `close` when it follows a word or
 * punctuation and precedes a space or punctuation; `apostrophe` for a single
 * mark between two letters ("New Zealand’s"); `unknown` otherwise. The
 * neighbours decide before the glyph does, because real text has the wrong
 * glyph often ("allies. “" closing a paragraph).
 */
export function facing(text: string, i: number, from: number, to: number): 'open' | 'close' | 'apostrophe' | 'unknown' {
  const prev = i > from ? text[i - 1] : undefined;
  // A typewriter double mark's second character is a filler (see pair.ts): look past it.
  const after = text[i + 1] === '\uE000' ? i + 2 : i + 1;
  const next = after < to ? text[after] : undefined;
  if (styleOf(text[i]!) === 'single' && isWordChar(prev) && isWordChar(next)) return 'apostrophe';
  const opens = (isSpace(prev) || BEFORE_OPEN.test(prev!) || isQuoteMark(prev)) && !isSpace(next);
  const closes = !isSpace(prev) && !/[([{]/.test(prev!) && (isSpace(next) || AFTER_CLOSE.test(next!) || isQuoteMark(next));
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'unknown';
}
