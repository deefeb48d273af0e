export type { DocumentContext, NerSpan, NerType, Token } from './types.js';
export type { Tagger } from './tagger.js';
export { tokenize } from './tokenize.js';
export { loadTagger } from './tagger.js';
