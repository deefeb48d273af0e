export { createSegmentStage, segmentStage, SEGMENT_DEFAULTS } from './stage.js';
export type { SegmentLexicon } from './lexicon.js';
export type { SegmentOptions, SegmentOutput, Sentence } from './types.js';
