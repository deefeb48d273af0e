import { isAsciiLetter, isContinuation, isLower, isOpener, isWordChar } from './chars.js';
import type { SegmentRules } from './lexicon.js';

/** The first character after any opening quotes or brackets, or -1 when the paragraph ends first. */
function firstAfterOpeners(text: string, at: number, end: number): number {
  while (at < end && isOpener(text.charCodeAt(at))) at++;
  return at < end ? at : -1;
}

/**
 * Whether the text at `at` (after a stop and a space) can open a sentence: not
 * a lower-case word ("e.g. trade", "he said") and not punctuation that carries
 * the sentence on (", ", "%", a closing quote). A stray quote at the very end of
 * a paragraph belongs to the sentence before it.
 */
export function canOpenSentence(text: string, at: number, end: number): boolean {
  const first = firstAfterOpeners(text, at, end);
  if (first === -1) return false;
  return !isLower(text, first) && !isContinuation(text.charCodeAt(first));
}

/** Whether the word at `at` is a listed sentence opener ("The", "Mr", "However"). */
export function startsWithOpenerWord(text: string, at: number, end: number, rules: SegmentRules): boolean {
  const first = firstAfterOpeners(text, at, end);
  if (first === -1) return false;
  let k = first;
  while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
  if (k === first || (k < end && isWordChar(text, k))) return false;
  return rules.starters.has(text.slice(first, k));
}

/** How far ahead an attribution is looked for; a longer one is not "short". */
const ATTRIBUTION_WINDOW = 300;

/** Whether a short attribution that closes the sentence starts at `at` (`Mr Peters says.`). */
export function attributionFollows(text: string, at: number, end: number, rules: SegmentRules): boolean {
  const limit = Math.min(end, at + ATTRIBUTION_WINDOW);
  const head = text.slice(at, limit);
  const match = rules.attribution.exec(head);
  // A match reaching the window's edge only "ended the paragraph" if the window did.
  return match !== null && (limit === end || match[0].length < head.length);
}
