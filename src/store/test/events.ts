import type { StageRecord } from '../../core/index.js';
import type { DocumentRecord } from '../store.js';
import { DEFAULT_STAGES, record, type RecordInit } from './builder.js';

/** One participant as a test states it: an entity index with the words naming it, or an office alone. */
export interface ParticipantSpec {
  readonly entity: number | null;
  readonly mention: string;
  readonly office?: { readonly title: string; readonly of: string | null };
  readonly role?: { readonly title: string; readonly of: string | null };
}

/** One engagement report as a test states it; spans are found in the text. */
export interface EventSpec {
  readonly type?: 'meet' | 'visit' | 'call' | 'dialogue' | 'summit' | 'agreement';
  readonly status?: 'held' | 'planned' | 'cancelled';
  readonly level?: 'leader' | 'minister' | 'official' | 'other';
  readonly participants: readonly ParticipantSpec[];
  readonly place?: { readonly entity: number; readonly mention: string } | null;
  readonly date?: string | null;
  readonly grain?: 'day' | 'week' | 'month' | 'quarter' | 'year' | null;
  readonly dateText?: string | null;
  readonly trigger: string;
  /** The supporting sentence; default the whole text. */
  readonly evidence?: string;
}

const find = (text: string, words: string) => {
  if (words === '') return { text: '', start: 0, end: 0 };
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`test builder: '${words}' is not in the text`);
  return { text: words, start, end: start + words.length };
};

/** The `events` stage output of `text` as the stage would give it. */
export function eventsStage(text: string, specs: readonly EventSpec[], version = 1): StageRecord {
  const events = specs.map((spec) => {
    const evidence = spec.evidence === undefined ? { start: 0, end: text.length } : (({ start, end }) => ({ start, end }))(find(text, spec.evidence));
    const status = spec.status ?? 'held';
    return {
      type: spec.type ?? 'meet',
      status,
      level: spec.level ?? 'minister',
      plover: status === 'planned' ? { category: 'AGREE', mode: null, cameo: '036' } : { category: 'CONSULT', mode: 'visit', cameo: '042' },
      participants: spec.participants.map((p) => ({
        entity: p.entity,
        mention: find(text, p.mention),
        ...(p.office ? { office: p.office } : {}),
        ...(p.role ? { role: p.role } : {}),
      })),
      place: spec.place ? { entity: spec.place.entity, mention: find(text, spec.place.mention) } : null,
      date: spec.date ?? null,
      dateGrain: spec.date ? (spec.grain ?? 'day') : null,
      time: null,
      dateText: spec.dateText ?? null,
      trigger: find(text, spec.trigger),
      evidence,
    };
  });
  return { name: 'events', version, output: { events } };
}

/** A `times` stage output: each expression's words found in the text, with its value. */
export function timesStage(text: string, specs: readonly { text: string; value: string | null; grain?: string | null; relative?: boolean; until?: { value: string; grain: string } }[]): StageRecord {
  return {
    name: 'times',
    version: 1,
    output: {
      times: specs.map((t) => ({
        ...find(text, t.text),
        value: t.value,
        grain: t.grain === undefined ? 'day' : t.grain,
        until: t.until ?? null,
        relative: t.relative ?? false,
        direction: t.relative ? 'past' : null,
      })),
    },
  };
}

/** A document with `events` (and `times`) stage outputs and an `entities` one naming `names` by index (a name, or `[name, type]`). */
export function reported(
  init: RecordInit & { text: string },
  specs: readonly EventSpec[],
  names: readonly (string | readonly [string, 'person' | 'org' | 'place'])[] = [],
  times?: StageRecord,
): DocumentRecord {
  const entities: StageRecord = {
    name: 'entities',
    version: 1,
    output: {
      mentions: [],
      entities: names.map((n) => {
        const [name, type] = typeof n === 'string' ? [n, 'person'] : n;
        return { type, name, key: `${type}:${name.toLowerCase().replace(/\W+/g, '-')}`, roles: [], mentions: [] };
      }),
      officeMentions: [],
      country: null,
    },
  };
  return record({ ...init, stages: [...DEFAULT_STAGES, entities, eventsStage(init.text, specs), ...(times ? [times] : [])] });
}
