// Cuts a stretch of text into plain runs and marked runs (entity mentions), by
// UTF-16 offsets. Pure, for Node tests; document-view.ts turns the pieces into
// text nodes and links, so no API string is ever parsed as HTML.
import type { Span } from './api-types.js';

/** A span to mark; when `text` is given it must equal the text at the offsets. */
export interface Mark extends Span {
  readonly text?: string;
}

export interface Piece<T> extends Span {
  readonly text: string;
  /** The mark covering this run, or null for plain text. */
  readonly mark: T | null;
}

/**
 * The marks that can be shown: offsets inside `text`, agreeing with their own
 * `text`, and not overlapping. Where two overlap, the one starting first wins,
 * then the longer, then the earlier in `marks` (so callers list the kinds they
 * prefer first).
 */
export function usableMarks<T extends Mark>(text: string, marks: readonly T[]): T[] {
  const valid = marks
    .map((mark, order) => ({ mark, order }))
    .filter(({ mark: { start, end, text: said } }) => {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return false;
      return typeof said !== 'string' || text.slice(start, end) === said;
    })
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.order - b.order);
  const kept: T[] = [];
  let reached = 0;
  for (const { mark } of valid) {
    if (mark.start < reached) continue;
    kept.push(mark);
    reached = mark.end;
  }
  return kept;
}

/**
 * `span` of `text` as consecutive pieces. `marks` must be usable (sorted, not
 * overlapping); a mark reaching past the span is cut at its edge, so a mention
 * that straddles two paragraphs is marked in both.
 */
export function splitByMarks<T extends Span>(text: string, span: Span, marks: readonly T[]): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  let at = span.start;
  const push = (start: number, end: number, mark: T | null) => {
    if (start < end) pieces.push({ start, end, text: text.slice(start, end), mark });
  };
  for (const mark of marks) {
    if (mark.end <= span.start) continue;
    if (mark.start >= span.end) break;
    const start = Math.max(mark.start, span.start);
    const end = Math.min(mark.end, span.end);
    push(at, start, null);
    push(start, end, mark);
    at = end;
  }
  push(at, span.end, null);
  return pieces;
}

/**
 * Marks that may nest (a quote within a quote) or cross, dealt into layers
 * that each hold no overlap: a mark goes to the first layer where it fits,
 * outer (earlier, then longer) marks first. Drawn outer layer first, each
 * layer cut inside the one before (`nest`), nested marks become nested
 * elements and a crossing one is cut in two at the other's edge; either way
 * every character is drawn once. Invalid marks are dropped, as in `usableMarks`.
 */
export function markLayers<T extends Mark>(text: string, marks: readonly T[]): T[][] {
  const valid = marks
    .map((mark, order) => ({ mark, order }))
    .filter(({ mark: { start, end, text: said } }) => {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return false;
      return typeof said !== 'string' || text.slice(start, end) === said;
    })
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.order - b.order);
  const layers: T[][] = [];
  const reached: number[] = [];
  for (const { mark } of valid) {
    let at = reached.findIndex((end) => end <= mark.start);
    if (at < 0) {
      at = layers.length;
      layers.push([]);
      reached.push(0);
    }
    layers[at]!.push(mark);
    reached[at] = mark.end;
  }
  return layers;
}

/** One layer of marks and how to wrap what falls inside one of them. */
export interface Layer<N> {
  split(text: string, span: Span): { readonly piece: Span; readonly wrap: ((children: N[]) => N) | null }[];
}

/** A layer of usable (sorted, non-overlapping) marks; `wrap` gets the mark, the piece of it being drawn and what is inside. */
export function layer<T extends Span, N>(marks: readonly T[], wrap: (mark: T, piece: Piece<T>, children: N[]) => N): Layer<N> {
  return {
    split: (text, span) =>
      splitByMarks(text, span, marks).map((piece) => {
        const mark = piece.mark;
        return { piece, wrap: mark === null ? null : (children: N[]) => wrap(mark, piece, children) };
      }),
  };
}

/**
 * `span` of `text` drawn through `layers`, outermost first: each piece of a
 * layer is cut by the next, and what no layer cuts further is drawn by `leaf`.
 */
export function nest<N>(text: string, span: Span, layers: readonly Layer<N>[], leaf: (piece: Span) => N[]): N[] {
  const [first, ...rest] = layers;
  if (!first) return leaf(span);
  return first.split(text, span).flatMap(({ piece, wrap }) => {
    const inner = nest(text, piece, rest, leaf);
    return wrap ? [wrap(inner)] : inner;
  });
}
