export type { AndNode, EmptyQuery, Field, MatchNode, OrNode, PhraseNode, QueryNode, TermNode } from './ast.js';
export { FIELDS, isSearchable } from './ast.js';
export { MAX_DEPTH, MAX_QUERY_LENGTH, parseQuery } from './parse.js';
export { compileFts5 } from './fts5.js';
export { QUERY_LIMITS } from './limits.js';
