// Splits a document's text into paragraphs for display. Pure, for Node tests.
import type { Span } from './api-types.js';

/**
 * Uses the segmenter's paragraph spans when the document has them, so the
 * page shows the same paragraphs the annotations refer to; otherwise splits
 * on blank lines. Single line breaks inside a paragraph are kept (the page
 * shows them with `white-space: pre-line`) rather than guessed at.
 */
export function paragraphs(text: string, spans?: readonly Span[] | null): string[] {
  const fromSpans = spans?.length
    ? spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).map((s) => text.slice(s.start, s.end))
    : [];
  const parts = fromSpans.length > 0 ? fromSpans : text.split(/\n[ \t]*\n/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
