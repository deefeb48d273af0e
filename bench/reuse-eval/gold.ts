// The gold of a test set in the shapes the metrics take.
import type { GoldLink } from './linking-metrics.js';
import type { Alignment, ReuseTestSet, TestPair } from './types.js';

/** Every gold passage as a PAN case; optionally only the pairs `keep` accepts (e.g. one edit type). */
export function goldAlignments(set: ReuseTestSet, keep: (pair: TestPair) => boolean = () => true): Alignment[] {
  return set.pairs.filter(keep).flatMap((p) => p.passages.map((g) => ({ sourceId: p.sourceId, targetId: p.targetId, source: g.source, target: g.target })));
}

/** Every gold related pair (release→story and story↔story) for linking evaluation. */
export function goldLinks(set: ReuseTestSet): GoldLink[] {
  return set.pairs.map((p) => ({ sourceId: p.sourceId, targetId: p.targetId }));
}
