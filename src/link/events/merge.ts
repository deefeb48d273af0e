import { compareQuoteAge, daysApart, participantKey, type EventLevelName, type LinkableEvent } from '../../store/index.js';
import { highestLevel, levelOf } from './levels.js';
import { TYPE_FAMILIES, type EventMergeOptions } from './options.js';

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

/** Days between two reports for merging: their dates when both have one, else their documents' dates; null when unknown. */
function gap(a: LinkableEvent, b: LinkableEvent): { days: number | null; by: 'date' | 'published' } {
  if (a.date !== null && b.date !== null) {
    const days = daysApart(a.date, b.date);
    if (days !== null) return { days, by: 'date' };
  }
  return { days: daysApart(a.published, b.published), by: 'published' };
}

/** Whether two reports of one key describe one engagement. */
export function sameEngagement(a: LinkableEvent, b: LinkableEvent, options: EventMergeOptions): boolean {
  if (!samePlace(a.place, b.place)) return false;
  const { days, by } = gap(a, b);
  return days !== null && days <= (by === 'date' ? options.dateDays : options.publishedDays);
}

/** A date of a week or less: it can tell two meetings apart. "Next month" and undated reports cannot. */
const precise = (r: LinkableEvent) => r.date !== null && (r.grain === 'day' || r.grain === 'week' || r.grain === null);

/** Oldest report first: by document date (undated last), a release before news, document id, position. */
export function compareReports(a: LinkableEvent, b: LinkableEvent): number {
  const age = (e: LinkableEvent) => ({ published: e.published, kind: e.kind, documentId: e.documentId, start: e.ordinal });
  return compareQuoteAge(age(a), age(b));
}

/**
 * The engagements among one key's reports. Reports with a precise date (a
 * day or a week) are placed oldest first, each into the group whose every
 * member it matches (`sameEngagement`), the nearest such group if several,
 * else a group of its own: two meetings a week apart stay two even when a
 * report dated between them matches both (a chain A–B, B–C is not one
 * engagement when A and C are 6 days apart). A vague report ("next month",
 * or no date at all) then joins the one engagement it is nearest to, never
 * several: "in April" matches both the 11th and the 21st, and must not make
 * two meetings one. Vague reports matching nothing group among themselves
 * the same way. Every pair is compared (a key holds the reports of one set of
 * participants, a handful) and reports are placed oldest first, so the result
 * does not depend on arrival order.
 */
export function groupReports(reports: readonly LinkableEvent[], options: EventMergeOptions): LinkableEvent[][] {
  const sorted = [...reports].sort(compareReports);
  const groups: LinkableEvent[][] = [];
  const distance = (r: LinkableEvent, m: LinkableEvent) => gap(r, m).days ?? Number.POSITIVE_INFINITY;
  for (const r of sorted.filter(precise)) {
    let best: { members: LinkableEvent[]; days: number } | null = null;
    for (const members of groups) {
      if (!members.every((m) => sameEngagement(r, m, options))) continue;
      const days = Math.max(...members.map((m) => distance(r, m)));
      // Ties go to the group found first: groups are met oldest first.
      if (best === null || days < best.days) best = { members, days };
    }
    if (best) best.members.push(r);
    else groups.push([r]);
  }
  for (const r of sorted) {
    if (precise(r)) continue;
    let best: { members: LinkableEvent[]; days: number } | null = null;
    for (const members of groups) {
      for (const m of members) {
        if (!sameEngagement(r, m, options)) continue;
        const days = distance(r, m);
        if (best === null || days < best.days) best = { members, days };
      }
    }
    if (best) best.members.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => g.sort(compareReports)).sort((a, b) => compareReports(a[0]!, b[0]!));
}
