import { FURNITURE, type TokenBuffer } from './tokens.js';
import { NUMBER } from './vocabulary.js';

/** Tokens looked at on each side of a word. */
const REACH = 4;
/** Numbers among them, on one side, that make the word furniture. */
const MIN_NUMBERS = 3;

/**
 * Marks words that sit next to a run of numbers as page furniture: fax and
 * page headers of scanned transcripts run into the prose ("… Fax from 05/ 09/
 * 96 14: 16 Pg: 2 aid provision …"), as do phone numbers and table rows. A
 * word with at least three numbers among the four tokens on its left, or on
 * its right, is not counted at either end of a phrase. Prose keeps its years
 * and amounts: "between 1996 and 2000 the government" has two numbers.
 */
export function markFurniture(tokens: TokenBuffer, flags: Uint8Array): void {
  const { words, marks, length } = tokens;
  const isNumber = (t: number): number => (t >= 0 && t < length && (flags[words[t]!]! & NUMBER) !== 0 ? 1 : 0);
  // Numbers among tokens t-REACH … t-1 and t+1 … t+REACH, kept as t slides.
  let left = 0;
  let right = 0;
  for (let t = 1; t <= REACH; t++) right += isNumber(t);
  for (let t = 0; t < length; t++) {
    if (left >= MIN_NUMBERS || right >= MIN_NUMBERS) marks[t]! |= FURNITURE;
    left += isNumber(t) - isNumber(t - REACH);
    right += isNumber(t + REACH + 1) - isNumber(t + 1);
  }
}
