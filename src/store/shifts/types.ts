/** Which group a document is counted into: a is the baseline ("from"), b the comparison ("to"). */
export type ShiftSide = 'a' | 'b';

/** One phrase whose use rose (z > 0, more in b) or fell (z < 0). */
export interface ShiftPhrase {
  /** Folded words joined by one space, as the search index holds them: "war on terror". */
  readonly phrase: string;
  /** The z-score of `delta`, rounded to 2 decimals. */
  readonly z: number;
  /** The weighted log-odds ratio of b against a, rounded to 3 decimals. */
  readonly delta: number;
  readonly aCount: number;
  readonly bCount: number;
  /** Documents of each group that hold the phrase. */
  readonly aDocs: number;
  readonly bDocs: number;
}

export interface ShiftRanking {
  /** z descending. */
  readonly rising: ShiftPhrase[];
  /** z ascending: the steepest fall first. */
  readonly falling: ShiftPhrase[];
  readonly aDocuments: number;
  readonly bDocuments: number;
  /** Tokens counted in each group (speaker labels and URLs are not counted). */
  readonly aWords: number;
  readonly bWords: number;
}
