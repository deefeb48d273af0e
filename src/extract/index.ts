import type { Stage } from '../core/index.js';
import { entitiesStage } from './entities/index.js';
import { segmentStage } from './segment/index.js';
import { fingerprintsStage } from './fingerprints/index.js';
import { quotesStage } from './quotes/index.js';
import { timesStage } from './times/index.js';
import { eventsStage } from './events/index.js';

export { createSegmentStage, segmentStage } from './segment/index.js';
export type { SegmentLexicon, SegmentOptions, SegmentOutput, Sentence } from './segment/index.js';
export { createEntitiesStage, entitiesStage } from './entities/index.js';
export type { EntitiesOptions, EntitiesOutput } from './entities/index.js';

export { createQuotesStage, quotesStage } from './quotes/index.js';
export type { Quote, QuoteKind, QuoteSpeaker, QuotesOutput, QuotesOptions, SpeakerVia } from './quotes/index.js';

export { createTimesStage, timesStage, resolveTimes, statedPublication } from './times/index.js';
export type { StatedPublication, TimeExpression, TimeGrain, TimesOutput, TimeValue } from './times/index.js';
export { createEventsStage, eventsStage } from './events/index.js';
export type { EngagementMention, EventLevel, EventParticipant, EventsOutput, EventStatus, EventType, PloverCode } from './events/index.js';

export { createFingerprintsStage, fingerprintsStage, fingerprintText, FINGERPRINT_DEFAULTS, reuseTokens } from './fingerprints/index.js';
export type { FingerprintOptions, ReuseTokens } from './fingerprints/index.js';

/** Every stage that exists, with its defaults. The pipeline orders them by `requires`, not by position here. */
export const defaultStages: readonly Stage[] = Object.freeze([segmentStage, entitiesStage, quotesStage, timesStage, eventsStage, fingerprintsStage]);
