/**
 * How alike two quotes must be to be one quote. Tuned on test/link/quote-match.test.ts
 * (trims, dropped clauses, split attributions, changed marks must match; stock
 * phrases and scare quotes must not).
 */
export interface QuoteClusterOptions {
  /** Words per shingle. 4: a changed word breaks at most 4 shingles, while 4-word runs are rare enough by chance. */
  readonly shingleWords: number;
  /**
   * Shared shingles over the shorter quote's. 0.6: a quote trimmed at either
   * end shares all of the shorter's shingles; one that dropped a clause in
   * the middle still shares two thirds ("We will, as we always have, stand
   * with our partners" / "We will stand with our partners": 4 of 6); two
   * unrelated quotes that share a stock phrase share a few of many.
   */
  readonly minCoverage: number;
  /**
   * At least this many shared shingles (a run of 6 words with 4-word
   * shingles), whatever the share: below it a stock phrase ("a free and
   * open Indo-Pacific") quoted in passing would chain the unrelated speeches
   * it appears in.
   */
  readonly minShared: number;
  /**
   * A quote only stands inside a longer one (sharing too few of the
   * longer's shingles to be a near copy of it) when it has at least this
   * many shingles itself: 6, 9 words. A shorter one is a stock line ("Thanks
   * for your call, bye bye", "Prime Minister, good morning to you") found
   * inside countless unrelated speaker turns: matching it there chained
   * 2,315 AU PM transcripts into one cluster. Near copies of each other
   * match at any length from `minShared` up.
   */
  readonly minContained: number;
  /**
   * Quotes with fewer words cluster only with the same words exactly (after
   * normalising), and quotes under `minWords` never: a scare quote
   * ("historic", "a reset") is a word or two any story may use, and matching
   * it inside longer quotes would chain unrelated documents together.
   */
  readonly shortWords: number;
  readonly minWords: number;
  /**
   * Shingles per winnowing window: a quote is indexed and looked up by the
   * smallest shingle hash of every run of this many (`winnow`), about
   * 2/(keyWindow+1) of its shingles, not all of them. 3: two quotes sharing a
   * run of 6 words, the least `minShared` can match on, always share a key
   * and are compared; matching itself counts every shingle (`setsMatch`).
   */
  readonly keyWindow: number;
  /**
   * A key in more quotes than this makes candidates of only its earliest
   * stored ones: a stock phrase costs a bounded read, and a quote reprinted
   * everywhere still finds its first copies. Below it, clustering is
   * independent of arrival order.
   */
  readonly maxPostings: number;
}

export const QUOTE_CLUSTER_DEFAULTS: QuoteClusterOptions = Object.freeze({
  shingleWords: 4,
  minCoverage: 0.6,
  minShared: 3,
  minContained: 6,
  shortWords: 5,
  minWords: 3,
  keyWindow: 3,
  maxPostings: 200,
});
