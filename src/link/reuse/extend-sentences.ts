import type { Span } from '../../core/index.js';
import { reuseTokens } from '../../extract/fingerprints/index.js';
import type { AlignedPassage } from './types.js';

/** Share of words two neighbouring sentences must have in common to count as the same sentence reworded. */
const SAME_WORDS = 0.6;
/** Sentences longer than this are not compared word by word. */
const MAX_SENTENCE = 400;
/** Sentences taken in per end, at most. */
const MAX_STEPS = 3;

/**
 * Extends a passage over neighbouring sentences that hold mostly the same
 * words in both texts: a sentence reworded or reordered within itself by an
 * editor is still reused text, though no five words of it survive in a row.
 */
export function extendBySentences(aText: string, bText: string, passage: AlignedPassage): AlignedPassage {
  let { a, b } = passage;
  for (let step = 0; step < MAX_STEPS; step++) {
    const na = sentenceAfter(aText, a.end);
    const nb = sentenceAfter(bText, b.end);
    if (!na || !nb || !sameWords(aText, na, bText, nb)) break;
    a = { start: a.start, end: na.end };
    b = { start: b.start, end: nb.end };
  }
  for (let step = 0; step < MAX_STEPS; step++) {
    const pa = sentenceBefore(aText, a.start);
    const pb = sentenceBefore(bText, b.start);
    if (!pa || !pb || !sameWords(aText, pa, bText, pb)) break;
    a = { start: pa.start, end: a.end };
    b = { start: pb.start, end: b.end };
  }
  return { a, b };
}

function isEnd(text: string, i: number): boolean {
  const c = text[i];
  return (c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s|["”’']/.test(text[i + 1]!));
}

/** The sentence starting after `from` (past any closing punctuation and space), up to and including its full stop. */
function sentenceAfter(text: string, from: number): Span | null {
  let start = from;
  while (start < text.length && /[\s"”’'.!?,;:]/.test(text[start]!)) start++;
  for (let i = start; i < Math.min(text.length, start + MAX_SENTENCE); i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') return i > start ? { start, end: i } : null;
    if (isEnd(text, i)) return { start, end: i + 1 };
  }
  return null;
}

/** The sentence ending just before `to` (ignoring space and opening quotes). */
function sentenceBefore(text: string, to: number): Span | null {
  let end = to;
  while (end > 0 && /[\s"“‘']/.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  for (let i = end - 2; i >= Math.max(0, end - MAX_SENTENCE); i--) {
    if (isEnd(text, i) || (text[i] === '\n' && text[i + 1] === '\n') || i === 0) {
      let start = i === 0 && !isEnd(text, 0) ? 0 : i + 1;
      while (start < end && /[\s"“‘']/.test(text[start]!)) start++;
      return start < end ? { start, end } : null;
    }
  }
  return null;
}

function sameWords(aText: string, a: Span, bText: string, b: Span): boolean {
  const x = reuseTokens(aText, a.start, a.end);
  const y = reuseTokens(bText, b.start, b.end);
  if (x.count < 4 || y.count < 4) return false;
  const counts = new Map<number, number>();
  for (let i = 0; i < x.count; i++) counts.set(x.lo[i]!, (counts.get(x.lo[i]!) ?? 0) + 1);
  let shared = 0;
  for (let j = 0; j < y.count; j++) {
    const n = counts.get(y.lo[j]!) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(y.lo[j]!, n - 1);
    }
  }
  return shared >= SAME_WORDS * Math.max(x.count, y.count);
}
