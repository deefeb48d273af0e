import { UsageError } from '../../core/index.js';
import { DEFAULT_MAX_EDGE_SHARE } from './boilerplate.js';

export interface ShiftOptions {
  /** Longest phrase in words, 1–4 (default 4). */
  readonly maxWords?: number;
  /**
   * Characters of text the caller expects to count (0: unknown). The phrase
   * table is sized for it up front instead of doubling as it fills, which
   * spares rehashing millions of phrases (a tenth of the time over 47 M characters).
   */
  readonly expectedCharacters?: number;
}

export interface RankOptions {
  /** A phrase must be in at least this many documents on the side where it is more common (default 5). */
  readonly minDocs?: number;
  /** Phrases per side (default 25). */
  readonly limit?: number;
  /**
   * Strength of the informative prior: α_w = prior × (a's count + b's count)
   * (default 0.1; README, "The statistic"). Larger values favour frequent phrases.
   */
  readonly prior?: number;
  /**
   * The smallest |delta| shown (default ln 2 ≈ 0.69: the phrase's odds at
   * least doubled or halved). z alone favours very common words whose use moved
   * a little ("people" −26%); an analyst is after what changed a lot.
   */
  readonly minDelta?: number;
  /** A phrase with more than this share of its occurrences in documents' edge zones is boilerplate (default 0.5). */
  readonly maxEdgeShare?: number;
  /**
   * A phrase is hidden as a repeat of one ranked above it that contains it or
   * that it contains, when the smaller count of the two (on the side it
   * rises or falls to) is at least this share of the larger (default 0.7).
   */
  readonly overlap?: number;
}

export const SHIFT_DEFAULTS: Readonly<Required<ShiftOptions>> = Object.freeze({ maxWords: 4, expectedCharacters: 0 });

export const RANK_DEFAULTS: Readonly<Required<RankOptions>> = Object.freeze({
  minDocs: 5,
  limit: 25,
  prior: 0.1,
  minDelta: Math.LN2,
  maxEdgeShare: DEFAULT_MAX_EDGE_SHARE,
  overlap: 0.7,
});

/** The most phrases per side anyone can read; more is a mistake, not a request. */
export const MAX_LIMIT = 1000;

export function shiftOptions(options: ShiftOptions = {}): Required<ShiftOptions> {
  const merged = merge('shift', SHIFT_DEFAULTS, options);
  wholeNumber('maxWords', merged.maxWords, 1, 4);
  wholeNumber('expectedCharacters', merged.expectedCharacters, 0, Number.MAX_SAFE_INTEGER);
  return merged;
}

export function rankOptions(options: RankOptions = {}): Required<RankOptions> {
  const merged = merge('rank', RANK_DEFAULTS, options);
  wholeNumber('minDocs', merged.minDocs, 1, Number.MAX_SAFE_INTEGER);
  wholeNumber('limit', merged.limit, 1, MAX_LIMIT);
  fraction('prior', merged.prior, false);
  fraction('maxEdgeShare', merged.maxEdgeShare, true);
  if (typeof merged.minDelta !== 'number' || !(merged.minDelta >= 0 && merged.minDelta < 20)) {
    throw new UsageError(`Invalid shift option minDelta: ${JSON.stringify(merged.minDelta)}: use a number from 0 (any change) to below 20.`);
  }
  fraction('overlap', merged.overlap, true);
  return merged;
}

function merge<T extends object>(kind: string, defaults: Readonly<Required<T>>, options: T): Required<T> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new UsageError(`The ${kind} options must be an object, not ${JSON.stringify(options)}: pass { ${Object.keys(defaults).join(', ')} } or nothing.`);
  }
  for (const name of Object.keys(options)) {
    if (!(name in defaults)) throw new UsageError(`Unknown ${kind} option '${name}': use ${Object.keys(defaults).join(', ')}.`);
  }
  const merged = { ...defaults } as Required<T>;
  for (const [name, value] of Object.entries(options)) if (value !== undefined) (merged as Record<string, unknown>)[name] = value;
  return Object.freeze(merged);
}

function wholeNumber(name: string, value: unknown, min: number, max: number): void {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`Invalid shift option ${name}: ${JSON.stringify(value)}: use a whole number ${range}.`);
  }
}

function fraction(name: string, value: unknown, one: boolean): void {
  if (typeof value !== 'number' || !(value > 0 && (one ? value <= 1 : value < 1))) {
    throw new UsageError(`Invalid shift option ${name}: ${JSON.stringify(value)}: use a number above 0 and ${one ? 'at most 1' : 'below 1'}.`);
  }
}
