// Splits a document's text into paragraphs for display. Pure, for Node tests.
import type { Span } from './api-types.js';

/**
 * Uses the segmenter's paragraph spans when the document has them, so the
 * page shows the same paragraphs the annotations refer to; otherwise splits
 * on blank lines. Single line breaks inside a paragraph are kept (the page
 * shows them with `white-space: pre-line`) rather than guessed at.
 */
export function paragraphs(text: string, spans?: readonly Span[] | null): string[] {
  return paragraphSpans(text, spans).map((s) => text.slice(s.start, s.end));
}

/**
 * The same paragraphs as offsets into `text`, trimmed of surrounding white
 * space, so annotations (entity mentions) can be placed inside them.
 */
export function paragraphSpans(text: string, spans?: readonly Span[] | null): Span[] {
  const fromSpans = spans?.length
    ? spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end).map(trim(text))
    : [];
  const usable = fromSpans.filter((s) => s.start < s.end);
  return usable.length > 0 ? usable : blankLineSpans(text);
}

function blankLineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t]*\n/g)) {
    spans.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.map(trim(text)).filter((s) => s.start < s.end);
}

const trim =
  (text: string) =>
  ({ start, end }: Span): Span => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  };
