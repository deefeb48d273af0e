import type { StageRecord } from '../../core/index.js';
import { officeLabel, type Office } from '../../store/index.js';
import { Holders } from '../quotes/in-batch.js';
import { entitiesOf, isInt, isObject, type BatchDocument } from '../stage-output.js';

/** One time expression as `parley extract` prints it (docs/events.md). */
export interface ExtractTime {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly grain: string | null;
  readonly until: { readonly value: string; readonly grain: string } | null;
  readonly relative: boolean;
  readonly direction: 'past' | 'future' | 'same' | null;
}

/** One engagement as one document reports it, as `parley extract` prints it (docs/events.md): the DESIGN.md fields, then the additions. */
export interface ExtractEvent {
  readonly type: string;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly place: string | null;
  readonly status: string;
  readonly level: string;
  readonly plover: string;
  readonly participants: readonly string[];
  readonly evidence: { readonly start: number; readonly end: number };
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly dateGrain: string | null;
  readonly participantIds: readonly (string | null)[];
  readonly trigger: { readonly text: string; readonly start: number; readonly end: number };
  /** Merging reports across documents needs a store: always null here. */
  readonly engagement: null;
}

/** A document of the run (`entities`, `times` and `events` are read). */
export type EventBatchDocument = BatchDocument;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const span = (value: unknown) => (isObject(value) && isInt(value.start) && isInt(value.end) ? { start: value.start, end: value.end } : null);
const listOf = (stages: readonly StageRecord[], stage: string, key: string): unknown[] => {
  const output = stages.find((s) => s.name === stage)?.output;
  return isObject(output) && Array.isArray(output[key]) ? (output[key] as unknown[]) : [];
};

/**
 * Times and events of one run, without a store: participants take the ids
 * and names in-batch linking gave their entity's mentions; an office named
 * alone, whoever the run shows holding it on the event's date (as quote
 * speakers resolve), else its label ("Minister of Foreign Affairs, Belgium")
 * with a null id. Stage outputs absent: empty lists.
 */
export function linkBatchEvents(documents: readonly EventBatchDocument[]): Map<string, { times: ExtractTime[]; events: ExtractEvent[] }> {
  const holders = new Holders();
  for (const doc of documents) {
    for (const m of doc.linked?.entities ?? []) {
      if (m.type === 'person' && m.role !== null && m.roleTense === 'current' && doc.published !== null) holders.add({ title: m.role, of: m.roleOf }, doc.published, m.id, m.name);
    }
  }
  const out = new Map<string, { times: ExtractTime[]; events: ExtractEvent[] }>();
  for (const doc of documents) out.set(doc.id, { times: timesOf(doc.stages), events: eventsOf(doc, holders) });
  return out;
}

function timesOf(stages: readonly StageRecord[]): ExtractTime[] {
  const out: ExtractTime[] = [];
  for (const t of listOf(stages, 'times', 'times')) {
    const at = span(t);
    if (!isObject(t) || at === null || typeof t.text !== 'string') continue;
    const until = isObject(t.until) && typeof t.until.value === 'string' ? { value: t.until.value, grain: str(t.until.grain) ?? 'day' } : null;
    const direction = t.direction === 'past' || t.direction === 'future' || t.direction === 'same' ? t.direction : null;
    out.push({ text: t.text, ...at, value: str(t.value), grain: str(t.grain), until, relative: t.relative === true, direction });
  }
  return out;
}

function eventsOf(doc: EventBatchDocument, holders: Holders): ExtractEvent[] {
  const { entities, mentions } = entitiesOf(doc.stages);
  const linkedAt = new Map((doc.linked?.entities ?? []).map((m) => [`${m.start}:${m.end}`, m]));
  /** The id and name linking gave any mention of entity `idx`; the stage's own key and name when none was linked. */
  const entity = (idx: number): { id: string | null; name: string } | null => {
    for (const m of mentions) {
      if (m.entity !== idx) continue;
      const hit = linkedAt.get(`${m.start}:${m.end}`);
      if (hit) return { id: hit.id, name: hit.name };
    }
    const e = entities[idx];
    return e ? { id: e.key, name: e.name } : null;
  };
  const out: ExtractEvent[] = [];
  for (const e of listOf(doc.stages, 'events', 'events')) {
    if (!isObject(e) || typeof e.type !== 'string' || !Array.isArray(e.participants)) continue;
    const evidence = span(e.evidence);
    const trigger = span(e.trigger);
    if (evidence === null || trigger === null || !isObject(e.trigger)) continue;
    const date = str(e.date);
    const grain = str(e.dateGrain);
    const at = date !== null && grain === 'day' ? date : doc.published;
    const participants: { id: string | null; name: string }[] = [];
    for (const p of e.participants as unknown[]) {
      if (!isObject(p)) continue;
      const who = isInt(p.entity) ? entity(p.entity) : null;
      if (who) {
        participants.push(who);
        continue;
      }
      const office: Office | null = isObject(p.office) && typeof p.office.title === 'string' ? { title: p.office.title, of: str(p.office.of) } : null;
      if (!office) continue;
      const holder = holders.at(office, at);
      participants.push(holder ? { id: holder.id, name: holder.name } : { id: null, name: officeLabel(office) });
    }
    const plover = isObject(e.plover) ? e.plover : {};
    const place = isObject(e.place) && isInt(e.place.entity) ? e.place : null;
    const placeMention = place && isObject(place.mention) ? str(place.mention.text) : null;
    out.push({
      type: e.type,
      date,
      dateText: str(e.dateText),
      place: place ? (entity(place.entity as number)?.name ?? placeMention) : null,
      status: str(e.status) ?? 'held',
      level: str(e.level) ?? 'other',
      plover: str(plover.category) ?? 'CONSULT',
      participants: participants.map((p) => p.name),
      evidence,
      ploverMode: str(plover.mode),
      cameo: str(plover.cameo) ?? '040',
      dateGrain: grain,
      participantIds: participants.map((p) => p.id),
      trigger: { text: str(e.trigger.text) ?? '', ...trigger },
      engagement: null,
    });
  }
  return out;
}
