export { linkEvents, rebuildEngagements } from './link-events.js';
export type { EventLinkSummary, LinkEventsOptions } from './link-events.js';
export { EVENT_MERGE_DEFAULTS, TYPE_FAMILIES } from './options.js';
export type { EventMergeOptions } from './options.js';
export { levelOf } from './levels.js';
export { bucketOf, sameEngagement } from './merge.js';
export { engagementId } from './engagement.js';
export { linkBatchEvents } from './in-batch.js';
export type { EventBatchDocument, ExtractEvent, ExtractTime } from './in-batch.js';
