/**
 * How SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer sees one UTF-16
 * code unit: a separator, part of a token, or a combining accent it drops.
 * Phrases must be made of the very tokens the search index holds, or a ranked
 * phrase could not be searched; the cases below were checked against FTS5.
 */
export const SEPARATOR = 0;
export const TOKEN = 1;
/** U+0300–U+036F inside a word: FTS5 keeps the word whole and drops the mark ("e\u0301tude" → etude). */
export const DROPPED = 2;

/** Letters and digits are token characters; so are private-use ones (FTS5's default categories "L* N* Co"). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const LATIN = /\p{Script=Latin}/u;
const COMBINING = /[\u0300-\u036f]/g;

const classes = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
const folds: (string | undefined)[] = new Array(0x10000);

/**
 * The class of a BMP code unit. Surrogates count as token characters: FTS5
 * keeps astral characters (emoji, mathematical letters) inside words.
 */
export function charClass(code: number): number {
  if (known[code] === 1) return classes[code]!;
  let cls: number;
  if (code >= 0xd800 && code <= 0xdfff) cls = TOKEN;
  else if (code >= 0x300 && code <= 0x36f) cls = DROPPED;
  else cls = TOKEN_CHAR.test(String.fromCharCode(code)) ? TOKEN : SEPARATOR;
  classes[code] = cls;
  known[code] = 1;
  return cls;
}

/**
 * The folded form of a non-ASCII token character: lower case, and for Latin
 * letters without diacritics ("Ü" → u, but "Ø", "ß", "Ł" stay, as FTS5 has no
 * plain letter for them). Greek keeps its accents, as in FTS5, but a final
 * sigma folds to σ.
 */
export function foldChar(code: number): string {
  const cached = folds[code];
  if (cached !== undefined) return cached;
  const char = String.fromCharCode(code);
  let folded = char.toLowerCase();
  if (code === 0x3c2) folded = 'σ';
  else if (code === 0x17f) folded = 's';
  else if (LATIN.test(char)) folded = folded.normalize('NFD').replace(COMBINING, '');
  folds[code] = folded;
  return folded;
}
