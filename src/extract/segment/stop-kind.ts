import { isAsciiLetter, isDigit, isWordChar } from './chars.js';
import type { SegmentRules, StopKind } from './lexicon.js';

const DOTTED_ACRONYM = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

/**
 * What the full stop at `dot` means, judged by the token written before it.
 * `from` is where the current sentence starts; the token never reaches before it.
 */
export function fullStopKind(text: string, dot: number, from: number, rules: SegmentRules): StopKind {
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (isAsciiLetter(c) || c === 0x2e) k--;
    else break;
  }
  if (k === dot) return numberStop(text, dot, from);
  // "1st." or "Müller." : the letters are the tail of a longer word, not an abbreviation.
  if (k > from && isWordChar(text, k - 1)) return 'strong';
  const length = dot - k;
  const dotted = text.indexOf('.', k) < dot;
  if (length > rules.longestToken && !dotted) return 'strong';
  const token = text.slice(k, dot);
  const listed = rules.exactStops.get(token) ?? rules.caselessStops.get(token.toLowerCase());
  if (listed) return listed;
  // Initials ("John F. Kennedy") and unlisted acronyms ("N.A.T.O.") read like U.S. and D.C.
  if (length === 1 && token >= 'A' && token <= 'Z') return 'weak';
  if (dotted && DOTTED_ACRONYM.test(token)) return 'weak';
  return 'strong';
}

/** "1." or "12." opening a sentence numbers a list item; it does not end a sentence. */
function numberStop(text: string, dot: number, from: number): StopKind {
  let k = dot;
  while (k > from && isDigit(text.charCodeAt(k - 1))) k--;
  return k === from && dot - k >= 1 && dot - k <= 2 ? 'never' : 'strong';
}
