// Public surface of the text-reuse evaluation: test-set generator, gold, metrics.
export type { Span, GoldPassage, TestDoc, TestPair, ReuseTestSet, DocRole, SourceDocument, Alignment } from './types.js';
export { generateReuseSet, STORY_PAIR_EDIT, type GeneratorOptions } from './generator.js';
export { EDIT_NAMES } from './edits.js';
export { BOILERPLATE } from './boilerplate.js';
export { MIN_PASSAGE_WORDS } from './story.js';
export { readAuPmSources, MIN_SOURCE_CHARS } from './corpus.js';
export { goldAlignments, goldLinks } from './gold.js';
export { countSet, describeSet, type SetCounts } from './summary.js';
export { words, shingles, shingleContainment } from './text.js';
export * from './metrics.js';
