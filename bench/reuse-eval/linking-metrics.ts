// Document linking: does the detector relate the right pairs of documents at all?
// Pairs are unordered (a story↔story link can be reported either way round).

export interface PredictedLink {
  sourceId: string;
  targetId: string;
  /** Fraction of the source document's text covered by reused passages. */
  sourceShare: number;
  /** Fraction of the target document's text covered by reused passages. */
  targetShare: number;
}

export interface GoldLink {
  sourceId: string;
  targetId: string;
}

export interface LinkScores {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * The share a link must reach. Default: the larger side, so a story reprinting a
 * small part of a long release (high target share, low source share) still links.
 */
export type ShareOf = (link: PredictedLink) => number;
export const maxShare: ShareOf = (link) => Math.max(link.sourceShare, link.targetShare);

const pairKey = (a: string, b: string) => (a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * P/R of the unordered pairs predicted with share ≥ threshold against the gold pairs.
 * Self-links are ignored. With nothing predicted precision is 1 (nothing asserted was
 * wrong); with no gold pairs recall is 1.
 */
export function linkingScores(
  predicted: readonly PredictedLink[],
  gold: readonly GoldLink[],
  threshold: number,
  shareOf: ShareOf = maxShare,
): LinkScores {
  const goldKeys = new Set(gold.filter((g) => g.sourceId !== g.targetId).map((g) => pairKey(g.sourceId, g.targetId)));
  const predictedKeys = new Set(
    predicted.filter((p) => p.sourceId !== p.targetId && shareOf(p) >= threshold).map((p) => pairKey(p.sourceId, p.targetId)),
  );
  let truePositives = 0;
  for (const key of predictedKeys) if (goldKeys.has(key)) truePositives += 1;
  const falsePositives = predictedKeys.size - truePositives;
  const falseNegatives = goldKeys.size - truePositives;
  const precision = predictedKeys.size === 0 ? 1 : truePositives / predictedKeys.size;
  const recall = goldKeys.size === 0 ? 1 : truePositives / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/** linkingScores at each threshold, for a precision/recall curve. */
export function linkingCurve(
  predicted: readonly PredictedLink[],
  gold: readonly GoldLink[],
  thresholds: readonly number[],
  shareOf: ShareOf = maxShare,
): LinkScores[] {
  return thresholds.map((t) => linkingScores(predicted, gold, t, shareOf));
}
