import type { Span } from '../../core/index.js';

/** A fingerprint both documents share: where it sits in each (the `a` and `b` sides of a pair). */
export interface Seed {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/** A reused passage: the same words (give or take small edits) at `a` in one document and `b` in the other. */
export interface AlignedPassage {
  readonly a: Span;
  readonly b: Span;
}
