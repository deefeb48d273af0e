import type { ReuseOptions } from './options.js';

/**
 * Fingerprints per character of text, as winnowing 5-grams with a window of
 * 12 gives on English prose (1.90 million for 68.5 MB of AU PM transcripts,
 * `npm run bench:reuse`). Only used to judge how many shared fingerprints a
 * given share of a document would produce.
 */
export const FINGERPRINTS_PER_CHAR = 1 / 37;

/** Whether two documents sharing `shared` fingerprints are worth aligning. */
export function isCandidate(shared: number, lengthA: number, lengthB: number, options: ReuseOptions): boolean {
  return shared >= options.minSeeds && shared >= options.minCandidateShare * Math.min(lengthA, lengthB) * FINGERPRINTS_PER_CHAR;
}
