import type { EngagementRecord, EventLinkUpdate, LinkableEvent, Store } from '../../store/index.js';
import { engagementOf } from './engagement.js';
import { bucketOf, groupReports, reportLevel } from './merge.js';
import { EVENT_MERGE_DEFAULTS, type EventMergeOptions } from './options.js';

export interface LinkEventsOptions extends Partial<EventMergeOptions> {
  /** Queued documents per step (one read of the queue, one write transaction). */
  readonly documentsPerStep?: number;
}

export interface EventLinkSummary {
  /** Queued documents whose reports were merged. */
  readonly documents: number;
  /** Reports merged, new and relinked. */
  readonly events: number;
  /** Engagement records written. */
  readonly engagements: number;
}

const DOCUMENTS_PER_STEP = 2000;

/**
 * Works off the events queue: each queued document's reports (and linked
 * reports whose participants resolve differently now: an entity merged,
 * split or renamed, an office's holder found) get their merge key (type
 * family and participant set), and every key a step touches has its
 * engagements rebuilt from all of its reports (`groupReports`). A key holds
 * the reports of one set of participants, so rebuilding it whole is cheap and
 * makes the result the same in any order or batches as a rebuild from
 * nothing. Keys that lost reports (a document replaced or deleted) are
 * rebuilt from the rest. Each step is one transaction; a crash redoes it.
 */
export async function linkEvents(store: Store, options: LinkEventsOptions = {}): Promise<EventLinkSummary> {
  const { documentsPerStep = DOCUMENTS_PER_STEP, ...tuning } = options;
  const settings: EventMergeOptions = { ...EVENT_MERGE_DEFAULTS, ...tuning };
  const summary = { documents: 0, events: 0, engagements: 0 };
  let relinked = false;
  for (;;) {
    const work = await store.eventWork(documentsPerStep);
    if (work.documents.length === 0 && work.dirtyBuckets.length === 0) {
      // Only relinks left: one pass takes them all; a second would mean they never settle.
      if (work.events.length === 0 || relinked) return summary;
      relinked = true;
    }
    const written = await step(store, work.documents, work.events, work.dirtyBuckets, settings);
    summary.documents += work.documents.length;
    summary.events += work.events.length;
    summary.engagements += written;
  }
}

/** Undoes every engagement and merges every report again. */
export async function rebuildEngagements(store: Store, options: LinkEventsOptions = {}): Promise<EventLinkSummary> {
  await store.resetEventLinks();
  return linkEvents(store, options);
}

async function step(store: Store, done: readonly number[], work: readonly LinkableEvent[], dirty: readonly string[], options: EventMergeOptions): Promise<number> {
  const inWork = new Set(work.map((e) => e.event));
  const touched = new Set<string>(dirty);
  for (const e of work) {
    if (e.bucket !== null) touched.add(e.bucket);
    touched.add(bucketOf(e));
  }
  const members = (await store.eventBucketMembers([...touched])).filter((e) => !inWork.has(e.event));
  const byBucket = new Map<string, LinkableEvent[]>();
  for (const e of [...members, ...work]) {
    const bucket = bucketOf(e);
    touched.add(bucket);
    (byBucket.get(bucket) ?? byBucket.set(bucket, []).get(bucket)!).push(e);
  }
  const engagements: EngagementRecord[] = [];
  const events: EventLinkUpdate['events'][number][] = [];
  for (const [bucket, reports] of byBucket) {
    for (const group of groupReports(reports, options)) {
      const engagement = engagementOf(bucket, group);
      engagements.push(engagement);
      for (const r of group) events.push({ event: r.event, bucket, engagement: engagement.id, level: reportLevel(r), participants: r.participants });
    }
  }
  await store.putEventLinks({ done, buckets: [...touched].sort(), events, engagements });
  return engagements.length;
}
