import type { Kind } from '../core/index.js';
import type { ShiftPhrase } from './shifts/index.js';
import type { SearchFilters } from './store.js';

// Types of phrase trends and language shifts (docs/trends.md). The store
// counts; src/app buckets, measures and smooths.

/** What a trend counts: documents in scope, or those a phrase matches. */
export interface TrendCountQuery {
  /** A query in the search syntax; null or empty counts every document in scope (a trend's denominator). */
  readonly q?: string | null | undefined;
  readonly filters?: SearchFilters | undefined;
  /**
   * Count only quoted words: the quotes of this speaker (an entity id or a
   * name, as `QuoteQuery.speaker`) or of whoever held `role` (of `of`) at the
   * quote's date. A document counts when such a quote in it matches.
   */
  readonly speaker?: string | undefined;
  readonly role?: string | undefined;
  readonly of?: string | undefined;
  /** Also count words (no `q`) or the phrase's occurrences (with `q`): what `per-million` divides. */
  readonly occurrences?: boolean | undefined;
}

/** Dated documents counted on one day, per source and kind. Undated documents are in no trend. */
export interface TrendDayCount {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  readonly source: string | null;
  readonly kind: Kind;
  readonly documents: number;
  /** With `occurrences`: the phrase's occurrences, or every word when there is no `q` (only quoted words with a speaker or role). */
  readonly occurrences?: number;
}

/** One side of a comparison: the documents it takes, besides the query's shared filters. */
export interface ShiftSide {
  /** Inclusive calendar dates, `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly source?: readonly string[] | undefined;
  readonly kind?: readonly Kind[] | undefined;
}

export interface ShiftQuery {
  readonly a: ShiftSide;
  readonly b: ShiftSide;
  /** Shared by both sides: each list is any-of, combined with the side's own lists by AND. */
  readonly source?: readonly string[] | undefined;
  readonly kind?: readonly Kind[] | undefined;
  /** A phrase must be in at least this many documents on the side where it is more common (default 5). */
  readonly minDocs?: number | undefined;
  /** Phrases per side (default 25). */
  readonly limit?: number | undefined;
}

export interface ShiftDocumentRef {
  readonly id: string;
  readonly published: string | null;
  readonly title: string | null;
  readonly source: string | null;
}

export interface ShiftSpeaker {
  /** Canonical entity id; null for an office no one is known to hold then. */
  readonly id: string | null;
  readonly name: string;
  readonly published: string | null;
  /** The document of their earliest quote with the phrase. */
  readonly document: string;
}

/** A ranked phrase (src/store/shifts) with who used it first. */
export interface ShiftedPhrase extends ShiftPhrase {
  /** The earliest documents in the shared scope (any date) that use it. */
  readonly first: readonly ShiftDocumentRef[];
  /** The earliest quoted speakers of it, one entry each. */
  readonly speakers: readonly ShiftSpeaker[];
}

export interface ShiftSideSummary {
  /** Documents and words counted (of the sample, when sampled). */
  readonly documents: number;
  readonly words: number;
  /** The share of the side's documents counted: 1, or less when the side is over the text budget and a fixed sample stands for it. */
  readonly sample: number;
}

export interface ShiftResult {
  readonly a: ShiftSideSummary;
  readonly b: ShiftSideSummary;
  readonly rising: readonly ShiftedPhrase[];
  readonly falling: readonly ShiftedPhrase[];
}
