import { shortHash } from '../../core/index.js';
import {
  EVENT_LEVELS,
  participantKey,
  type EngagementHistoryItem,
  type EngagementParticipant,
  type EngagementRecord,
  type EventLevelName,
  type EventStatusName,
  type LinkableEvent,
} from '../../store/index.js';
import { reportLevel } from './merge.js';

/** Hex digits of an engagement id after `ev-`. */
const ID_DIGITS = 12;
const GRAIN_RANK: Readonly<Record<string, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

/** `ev-` + a hash of the key and the oldest report (`<documentId>:<ordinal>`): stable while that report is the oldest. */
export function engagementId(bucket: string, oldest: Pick<LinkableEvent, 'documentId' | 'ordinal'>): string {
  return `ev-${shortHash(`${bucket}\u0000${oldest.documentId}:${oldest.ordinal}`).slice(0, ID_DIGITS)}`;
}

/**
 * Its status: held once any report says it was held (a later "postponed"
 * aside about the next round does not undo a meeting that happened);
 * otherwise what the latest report says (planned, then cancelled).
 */
export function engagementStatus(reports: readonly LinkableEvent[]): EventStatusName {
  if (reports.some((r) => r.status === 'held')) return 'held';
  return reports[reports.length - 1]?.status ?? 'planned';
}

/** The engagement one group of reports (oldest first) makes. */
export function engagementOf(bucket: string, reports: readonly LinkableEvent[]): EngagementRecord {
  const oldest = reports[0]!;
  const status = engagementStatus(reports);
  const withStatus = reports.filter((r) => r.status === status);
  // The report that speaks for it: one with its status and the most precise date, oldest first.
  const lead = [...withStatus].sort((a, b) => grainRank(a) - grainRank(b))[0] ?? oldest;
  const dated = [...withStatus, ...reports].filter((r) => r.date !== null).sort((a, b) => grainRank(a) - grainRank(b));
  const when = dated[0] ?? null;
  const participants = participantsOf(lead);
  const history: EngagementHistoryItem[] = [];
  for (const r of reports) if (!history.some((h) => h.status === r.status)) history.push({ status: r.status, document: r.documentId, published: r.published });
  const levels = reports.map(reportLevel);
  return {
    id: engagementId(bucket, oldest),
    bucket,
    type: lead.type,
    status,
    level: levels.reduce<EventLevelName>((a, b) => (EVENT_LEVELS.indexOf(a) <= EVENT_LEVELS.indexOf(b) ? a : b), 'other'),
    plover: lead.plover,
    ploverMode: lead.ploverMode,
    cameo: lead.cameo,
    date: when?.date ?? null,
    grain: when?.grain ?? null,
    place: reports.find((r) => r.place !== null)?.place ?? null,
    participants,
    countries: countriesOf(participants),
    history,
    published: oldest.published,
    reports: reports.length,
  };
}

const grainRank = (r: LinkableEvent) => (r.date === null ? 9 : (GRAIN_RANK[r.grain ?? 'day'] ?? 5));

/** The report's participants, once each, with their role on its date. */
function participantsOf(report: LinkableEvent): EngagementParticipant[] {
  const seen = new Set<string>();
  const out: EngagementParticipant[] = [];
  for (const p of report.participants) {
    const key = participantKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: p.id, name: p.name, type: p.type, role: p.role?.title ?? null, roleOf: p.role?.of ?? null });
  }
  return out;
}

/** Whose engagement it is: the participants' offices' owners, and participants that are places (a country taking part as itself). */
export function countriesOf(participants: readonly EngagementParticipant[]): string[] {
  const out = new Set<string>();
  for (const p of participants) {
    if (p.roleOf) out.add(p.roleOf);
    if (p.type === 'place') out.add(p.name);
  }
  return [...out].sort();
}
