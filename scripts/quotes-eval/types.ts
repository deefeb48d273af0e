// The shapes the scorer works on: gold and predicted quotes as spans in
// Parley's normalised `text` (the record's `text`), whatever set they came from.
import type { Span } from './words.js';

export type GoldKind = 'direct' | 'turn' | 'partial';

/**
 * Who said a gold quote.
 * - `name`: a canonical name (our fixtures, the sample corpus); `alt` are other
 *   names of the same speaker a stage may print (an organisation's short name).
 * - `source`: PolNeAR's Source mention as written (unresolved: "he", "the
 *   official"), with the nearest earlier named Source when it is a pronoun.
 */
export type GoldSpeaker =
  | { readonly type: 'name'; readonly name: string; readonly alt?: readonly string[] }
  | { readonly type: 'source'; readonly spans: readonly Span[]; readonly text: string; readonly antecedent: string | null };

export interface GoldQuote extends Span {
  readonly kind: GoldKind;
  /** Null when no one can be named: an unattributed quote, an unnamed journalist. */
  readonly speaker: GoldSpeaker | null;
  /** For messages: the gold text as written in the gold file (or the article). */
  readonly text: string;
}

export interface PredictedSpeaker {
  readonly id: string | null;
  readonly name: string;
  readonly mention: Span & { readonly text: string };
  readonly via: string | null;
}

export interface PredictedQuote extends Span {
  readonly text: string;
  readonly kind: string;
  readonly speaker: PredictedSpeaker | null;
  readonly cue: string | null;
  readonly parts?: readonly Span[];
}

/** One document of a set, ready to score. */
export interface EvalDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldQuote[];
  readonly predicted: readonly PredictedQuote[];
  /** Quoted words that are not quotes (our fixtures' traps). */
  readonly traps?: readonly Span[];
}
