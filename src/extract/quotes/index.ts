export { createQuotesStage, quotesStage } from './stage.js';
export type { QuotesOptions } from './stage.js';
export type { Quote, QuoteKind, QuoteSpeaker, QuotesOutput, SpeakerVia } from './types.js';
export { CUES, cuesIn, wordsIn } from './cues.js';
export type { Cue, CueLexicon, Word } from './cues.js';
export { pairMarks } from './marks/index.js';
export type { MarkedQuote, PairedMarks } from './marks/index.js';
