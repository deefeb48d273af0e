export { createEventsStage, eventsStage } from './stage.js';
export type { EngagementMention, EventLevel, EventParticipant, EventsOutput, EventStatus, EventType, PloverCode } from './types.js';
export { highestLevel, levelOf, levelOfOffice } from './level.js';
export { ploverOf } from './plover.js';
export { triggersIn } from './triggers.js';
export type { Trigger } from './triggers.js';
