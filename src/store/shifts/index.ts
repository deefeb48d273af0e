export { PhraseCounter } from './counter.js';
export { RANK_DEFAULTS, SHIFT_DEFAULTS } from './options.js';
export type { RankOptions, ShiftOptions } from './options.js';
export type { ShiftPhrase, ShiftRanking, ShiftSide } from './types.js';
