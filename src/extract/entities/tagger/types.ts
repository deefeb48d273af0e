/** A token: offsets into the input string, UTF-16, end exclusive; `text === input.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A named-entity mention. `score` is the model's confidence in [0, 1]: the least sure token's probability of its type. */
export interface NerSpan {
  readonly type: NerType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
}

/**
 * What the rest of a document says about its words, for the second pass:
 * built by `documentContext` from a first pass over every sentence.
 */
export interface DocumentContext {
  /** Per folded capitalised word: how often the first pass gave it each BILOU label in this document. */
  readonly votes: ReadonlyMap<string, Uint16Array>;
  /** Folded words seen capitalised away from a sentence start (and not in an all-caps line). */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Folded words seen in lower case (of those also seen capitalised: the only ones asked about). */
  readonly lowerSeen: ReadonlySet<string>;
}
