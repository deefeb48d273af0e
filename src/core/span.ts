/** A half-open range of UTF-16 code units into a document's `text`: 0-based, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers; `text === doc.text.slice(start, end)` always holds. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** True when every span lies inside `text` and reproduces its `text` field. */
export function spanMatches(text: string, span: TextSpan): boolean {
  return span.start >= 0 && span.end <= text.length && span.start <= span.end && text.slice(span.start, span.end) === span.text;
}
