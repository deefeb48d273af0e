import { ConfigError } from '../../core/index.js';

export interface ReuseOptions {
  /**
   * Seeds farther apart than this, in characters of either document, start a
   * new passage. Wide enough to bridge a rewritten attribution or a dropped
   * sentence, whose fingerprints are lost along with a few words either side.
   */
  readonly maxGap: number;
  /**
   * The most one side of a bridged gap may exceed the other: an added or
   * dropped sentence is bridged, a whole inserted paragraph is not.
   */
  readonly maxSkew: number;
  /** Characters scanned word by word beyond the outermost seeds to find where a passage really starts and ends. */
  readonly extendChars: number;
  /** A pair needs a passage at least this long in both documents: anything shorter is a shared phrase, not reuse. */
  readonly minPassageChars: number;
  /** In a related pair, shorter passages count down to this length (a moved sentence, a kept quote). */
  readonly minFragmentChars: number;
  /** Fingerprints in more documents than this are boilerplate and never make documents related. */
  readonly maxDocumentFrequency: number;
  /** Shared fingerprints a pair needs before it is aligned at all. */
  readonly minSeeds: number;
  /**
   * And enough of them for this share of the shorter document (at the
   * fingerprints' usual density): pairs that share a stock phrase or two are
   * not worth aligning, which keeps a lookup fast when such phrases are common.
   */
  readonly minCandidateShare: number;
}

export const REUSE_DEFAULTS: ReuseOptions = Object.freeze({
  maxGap: 600,
  maxSkew: 400,
  extendChars: 320,
  minPassageChars: 150,
  minFragmentChars: 40,
  maxDocumentFrequency: 100,
  minSeeds: 2,
  minCandidateShare: 0.05,
});

export function reuseOptions(options: Partial<ReuseOptions> = {}): ReuseOptions {
  for (const name of Object.keys(options)) {
    if (!(name in REUSE_DEFAULTS)) throw new ConfigError(`Unknown reuse option '${name}': use ${Object.keys(REUSE_DEFAULTS).join(', ')}.`);
  }
  const merged = { ...REUSE_DEFAULTS, ...options };
  for (const [name, value] of Object.entries(merged)) {
    if (name === 'minCandidateShare') {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new ConfigError(`Invalid reuse option ${name}: ${String(value)}: use a fraction from 0 to 1.`);
    } else if (!Number.isInteger(value) || value < 0) {
      throw new ConfigError(`Invalid reuse option ${name}: ${String(value)}: use a whole number, 0 or more.`);
    }
  }
  if (merged.maxDocumentFrequency < 2) {
    throw new ConfigError(`Invalid reuse option maxDocumentFrequency: ${merged.maxDocumentFrequency}: use 2 or more, or no pair could ever share a fingerprint.`);
  }
  return Object.freeze(merged);
}
