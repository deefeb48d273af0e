// Word tokens with their character spans. Every 80% rule of issue 14 counts
// words, not characters, so punctuation, quotation marks and whitespace
// (which differ between a gold span and a predicted one for reasons nobody
// cares about: a comma kept, a closing mark dropped) never move a score.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A word is a run of letters and digits, joined through an inner apostrophe or
 * hyphen ("it’s", "long-running", "2,521" is two words "2" "521": numbers with
 * separators are rare in quotes and splitting them only adds words to both sides).
 */
const WORD = /[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*/gu;

export function wordSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words of a text, lower-cased (for name comparison and tests). */
export function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));
}

/**
 * Indices of the words of `all` that lie in any of `spans`. A word counts when
 * its middle is inside a span, so a span cut one character into a word (or
 * one short of its end) still holds it, and a word is never in two adjacent spans.
 */
export function wordsIn(all: readonly Span[], spans: readonly Span[]): number[] {
  const out: number[] = [];
  all.forEach((w, i) => {
    const mid = (w.start + w.end) / 2;
    if (spans.some((s) => mid >= s.start && mid < s.end)) out.push(i);
  });
  return out;
}
