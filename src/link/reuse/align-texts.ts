import { fingerprintText } from '../../extract/fingerprints/index.js';
import { reuseOptions, type ReuseOptions } from './options.js';
import { alignSeeds } from './passages.js';
import { seedsBetween } from './seeds.js';
import type { Span } from '../../core/index.js';

export interface TextPassage {
  readonly source: Span;
  readonly target: Span;
}

/**
 * The reused passages between two texts, without a store: the same
 * fingerprints, seeds and alignment the corpus index uses, for one pair.
 * No document frequencies are known here, so nothing counts as boilerplate.
 */
export function alignTexts(source: string, target: string, options: Partial<ReuseOptions> = {}): TextPassage[] {
  const settings = reuseOptions(options);
  const seeds = seedsBetween(fingerprintText(source), fingerprintText(target));
  return alignSeeds(source, target, seeds, settings).map((p) => ({ source: p.a, target: p.b }));
}
