export { pairMarks } from './pair.js';
export type { MarkedQuote, PairedMarks } from './pair.js';
export { styleOf, facing, isQuoteMark } from './glyphs.js';
export type { Style } from './glyphs.js';
