/** Fields a term or phrase can be limited to with `field:word`. */
export const FIELDS = ['title', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** A single word as typed (without a trailing `*`); `prefix` means it matches any word starting with it. */
export interface TermNode {
  readonly type: 'term';
  readonly text: string;
  readonly prefix: boolean;
  readonly field: Field | null;
}

/** Words that must appear together, in order: `"foreign affairs"`. */
export interface PhraseNode {
  readonly type: 'phrase';
  readonly text: string;
  readonly field: Field | null;
}

/**
 * Every `include` must match and no `exclude` may. Exclusions only ever narrow
 * a conjunction, so `include` is never empty: both full-text engines reject a
 * bare NOT, and the parser refuses queries that only exclude.
 */
export interface AndNode {
  readonly type: 'and';
  readonly include: readonly [MatchNode, ...MatchNode[]];
  readonly exclude: readonly MatchNode[];
}

/** At least two alternatives. */
export interface OrNode {
  readonly type: 'or';
  readonly children: readonly [MatchNode, MatchNode, ...MatchNode[]];
}

/** Blank input, or input with nothing searchable (only punctuation or symbols): lists every document. */
export interface EmptyQuery {
  readonly type: 'empty';
}

/** A query that selects documents; what the per-dialect compilers accept. */
export type MatchNode = TermNode | PhraseNode | AndNode | OrNode;
export type QueryNode = MatchNode | EmptyQuery;

const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Whether a word or phrase contains anything a full-text tokenizer indexes.
 * Words without a letter or digit (`–`, `&`, emoji) are dropped by the parser,
 * so `Australia – New Zealand` does not require the dash to match.
 */
export function isSearchable(text: string): boolean {
  return SEARCHABLE.test(text);
}
