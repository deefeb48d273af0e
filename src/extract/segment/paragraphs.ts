import type { Span } from '../../core/index.js';
import { isLineSpace, isSpace } from './chars.js';

/**
 * Paragraph spans of `text`: the runs between blank lines (a line holding only
 * whitespace counts as blank), trimmed, empty ones dropped. A single line
 * break is not a paragraph break: readers put a blank line between paragraphs.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  let newline = text.indexOf('\n');
  while (newline !== -1) {
    let k = newline + 1;
    while (k < text.length && isLineSpace(text.charCodeAt(k))) k++;
    if (k < text.length && text.charCodeAt(k) === 0x0a) {
      pushTrimmed(text, from, newline, spans);
      from = k + 1;
      newline = text.indexOf('\n', from);
    } else {
      newline = text.indexOf('\n', newline + 1);
    }
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

export function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) out.push({ start, end });
}
