import { FURNITURE, type TokenBuffer } from './tokens.js';
import { NUMBER } from './vocabulary.js';

/** Tokens looked at on each side of a word. */
const REACH = 3;
/** Numbers needed among them. */
const MIN_NUMBERS = 3;

/**
 * Marks words that sit among numbers as page furniture: fax and page headers
 * of scanned transcripts run into the prose ("Fax from 05/ 09/ 96 14: 16 Pg: 2
 * aid provision …"), as do phone numbers and tables. A word with at least
 * three numbers, and at least as many numbers as words, among the three tokens
 * either side of it is not counted at either end of a phrase. Prose keeps its
 * years and amounts: "between 1996 and 2000 the government" has two numbers.
 */
export function markFurniture(tokens: TokenBuffer, flags: Uint8Array): void {
  const { words, marks, length } = tokens;
  const isNumber = (t: number): number => ((flags[words[t]!]! & NUMBER) !== 0 ? 1 : 0);
  // Numbers among tokens t-REACH … t+REACH, kept as the window slides.
  let numbers = 0;
  for (let t = 0; t < Math.min(REACH, length); t++) numbers += isNumber(t);
  for (let t = 0; t < length; t++) {
    if (t + REACH < length) numbers += isNumber(t + REACH);
    if (t - REACH - 1 >= 0) numbers -= isNumber(t - REACH - 1);
    const around = numbers - isNumber(t);
    const size = Math.min(length - 1, t + REACH) - Math.max(0, t - REACH);
    if (around >= MIN_NUMBERS && around * 2 >= size) marks[t]! |= FURNITURE;
  }
}
