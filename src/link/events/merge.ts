import { compareQuoteAge, daysApart, participantKey, type EventLevelName, type LinkableEvent } from '../../store/index.js';
import { highestLevel, levelOf } from './levels.js';
import { TYPE_FAMILIES, type EventMergeOptions } from './options.js';
import { UnionFind } from '../quotes/union-find.js';

/**
 * The merge key of a report: its type family and its participant set
 * (canonical ids, an office no one holds by its label). Only reports with one
 * key are ever compared, so a key's engagements can be rebuilt from its
 * reports alone, in any order or batch.
 */
export function bucketOf(event: Pick<LinkableEvent, 'type' | 'participants'>): string {
  const keys = [...new Set(event.participants.map(participantKey))].sort();
  return `${TYPE_FAMILIES[event.type] ?? event.type}|${keys.join('|')}`;
}

/** A report's level from its participants' roles on its date (the corpus's, else the report's); the stage's when no role is known. */
export function reportLevel(event: Pick<LinkableEvent, 'participants' | 'level'>): EventLevelName {
  return highestLevel(event.participants.flatMap((p) => (p.role ? [levelOf(p.role.title)] : [])), event.level);
}

const samePlace = (a: LinkableEvent['place'], b: LinkableEvent['place']) =>
  a === null || b === null || (a.id !== null && b.id !== null ? a.id === b.id : a.name.toLowerCase() === b.name.toLowerCase());

/** Whether two reports of one key describe one engagement. */
export function sameEngagement(a: LinkableEvent, b: LinkableEvent, options: EventMergeOptions): boolean {
  if (!samePlace(a.place, b.place)) return false;
  if (a.date !== null && b.date !== null) {
    const apart = daysApart(a.date, b.date);
    if (apart !== null) return apart <= options.dateDays;
  }
  const apart = daysApart(a.published, b.published);
  return apart !== null && apart <= options.publishedDays;
}

/** Oldest report first: by document date (undated last), a release before news, document id, position. */
export function compareReports(a: LinkableEvent, b: LinkableEvent): number {
  const age = (e: LinkableEvent) => ({ published: e.published, kind: e.kind, documentId: e.documentId, start: e.ordinal });
  return compareQuoteAge(age(a), age(b));
}

/**
 * The engagements among one key's reports: the connected components of
 * `sameEngagement`, each oldest report first, in order of their oldest.
 * Every pair is compared (a key holds the reports of one set of
 * participants, a handful), so the result does not depend on order.
 */
export function groupReports(reports: readonly LinkableEvent[], options: EventMergeOptions): LinkableEvent[][] {
  const sorted = [...reports].sort(compareReports);
  const groups = new UnionFind();
  for (const r of sorted) groups.add(r.event);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) if (sameEngagement(sorted[i]!, sorted[j]!, options)) groups.union(sorted[i]!.event, sorted[j]!.event);
  }
  const out = new Map<number, LinkableEvent[]>();
  for (const r of sorted) {
    const root = groups.find(r.event);
    (out.get(root) ?? out.set(root, []).get(root)!).push(r);
  }
  return [...out.values()];
}
