import type { Span } from '../../core/index.js';
import { denseText } from './dense.js';
import { reuseOptions, type ReuseOptions } from './options.js';
import { alignDense } from './passages.js';

export interface TextPassage {
  readonly source: Span;
  readonly target: Span;
}

/**
 * The reused passages between two texts, without a store: the alignment the
 * corpus index runs on each candidate pair it finds.
 */
export function alignTexts(source: string, target: string, options: Partial<ReuseOptions> = {}): TextPassage[] {
  const settings = reuseOptions(options);
  return alignDense(denseText(source), denseText(target), settings).map((p) => ({ source: p.a, target: p.b }));
}
