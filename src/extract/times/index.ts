export { createTimesStage, hemisphereOf, resolveTimes, timesStage, TIMES_DEFAULTS } from './stage.js';
export type { Hemisphere, ResolveTimesOptions, TimesOptions } from './stage.js';
export { dayOrderOf } from './day-order.js';
export type { DayOrder } from './day-order.js';
export { embargoDay, statedPublication } from './stated-publication.js';
export type { StatedPublication, TimeExpression, TimeGrain, TimesOutput, TimeValue } from './types.js';
