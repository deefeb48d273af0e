import type { ReuseDocument, ReusePairRecord } from '../../store/index.js';
import { coveredShare } from './coverage.js';
import type { AlignedPassage } from './types.js';

const DAY_MS = 86_400_000;

/**
 * A related pair from passages between documents `a` and `b`. The source is
 * the earlier document; on equal or unknown dates a release comes first
 * (the reuse contract), and otherwise the one stored first.
 */
export function reusePair(a: ReuseDocument, b: ReuseDocument, passages: readonly AlignedPassage[]): ReusePairRecord {
  const aFirst = comesFirst(a, b);
  const [source, target] = aFirst ? [a, b] : [b, a];
  const oriented = passages
    .map((p) => (aFirst ? { source: p.a, target: p.b } : { source: p.b, target: p.a }))
    .sort((x, y) => x.source.start - y.source.start || x.target.start - y.target.start);
  return {
    source: source.doc,
    target: target.doc,
    sourceShare: round(coveredShare(oriented.map((p) => p.source), source.textLength)),
    targetShare: round(coveredShare(oriented.map((p) => p.target), target.textLength)),
    lagDays: lagDays(source.published, target.published),
    passages: oriented,
  };
}

function comesFirst(a: ReuseDocument, b: ReuseDocument): boolean {
  if (a.published !== null && b.published !== null && a.published !== b.published) return a.published < b.published;
  const aRelease = a.kind === 'release';
  if (aRelease !== (b.kind === 'release')) return aRelease;
  return a.doc < b.doc;
}

function lagDays(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Four decimals: shares are for people and thresholds, not for arithmetic. */
function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
