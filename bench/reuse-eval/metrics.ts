// The evaluation measures: PAN character-level alignment scores and document linking P/R.
export { panScores, macroPrecision, macroRecall, granularity, plagdet, type PanScores } from './pan-metrics.js';
export { linkingScores, linkingCurve, maxShare, type PredictedLink, type GoldLink, type LinkScores, type ShareOf } from './linking-metrics.js';
