import { createPipeline, emptyMeta, type Document, type DocumentMeta } from '../../../core/index.js';
import type { EntitiesOutput } from '../../entities/index.js';
import { defaultStages } from '../../index.js';
import type { EngagementMention, EventsOutput } from '../types.js';

export function documentOf(text: string, meta: Partial<DocumentMeta> = {}): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: { ...emptyMeta('news'), ...meta }, messages: [] };
}

const pipeline = createPipeline(defaultStages);

export interface Run {
  readonly doc: Document;
  readonly entities: EntitiesOutput;
  readonly events: readonly EngagementMention[];
}

/** The whole pipeline, as ingest runs it: the events stage reads real entities, times and quotes. */
export function runDocument(doc: Document): Run {
  const processed = pipeline.run(doc);
  const output = (name: string) => processed.stages.find((s) => s.name === name)?.output;
  return { doc, entities: output('entities') as EntitiesOutput, events: (output('events') as EventsOutput).events };
}

export function run(text: string, meta: Partial<DocumentMeta> = {}): Run {
  return runDocument(documentOf(text, meta));
}

/** A participant's name: the entity's, or an office as "Title, Of". */
export function names(r: Run, e: EngagementMention): string[] {
  return e.participants.map((p) => (p.entity !== null ? r.entities.entities[p.entity]!.name : `${p.office?.title}, ${p.office?.of}`));
}

/** Each engagement as one readable line: `meet held minister 2024-04-11 [A | B] @Washington DC`. */
export function lines(r: Run): string[] {
  return r.events.map((e) => {
    const place = e.place ? ` @${r.entities.entities[e.place.entity]!.name}` : '';
    return `${e.type} ${e.status} ${e.level} ${e.date ?? '—'} [${names(r, e).join(' | ')}]${place}`;
  });
}
