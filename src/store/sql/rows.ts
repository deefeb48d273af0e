import type { Insertable, Selectable } from 'kysely';
import { isFingerprints, UsageError, type Document, type Kind, type Message, type PublishedFrom, type StageRecord } from '../../core/index.js';
import type { StoredDocument } from '../store.js';
import type { DocumentsTable, DocumentValuesTable, MessagesTable, StageRunsTable } from './tables.js';

/** Row shapes without the document key, which the adapter fills in after inserting the document. */
export type ChildRow<T> = Omit<T, 'doc'>;

export function documentRow(document: Document, contentHash: string, storedAt: string): Insertable<DocumentsTable> {
  const { meta } = document;
  return {
    id: document.id,
    path: document.path,
    format: document.format,
    bytes: document.bytes,
    title: meta.title,
    published: meta.published,
    published_from: meta.publishedFrom,
    source: meta.source,
    url: meta.url,
    byline: meta.byline,
    kind: meta.kind,
    text: document.text,
    text_length: document.text.length,
    meta: JSON.stringify({ ministers: meta.ministers, portfolios: meta.portfolios, extra: meta.extra }),
    content_hash: contentHash,
    stored_at: storedAt,
  };
}

/** Distinct minister and portfolio values: facets count documents, not mentions. */
export function valueRows(document: Document): ChildRow<DocumentValuesTable>[] {
  const rows: ChildRow<DocumentValuesTable>[] = [];
  for (const value of new Set(document.meta.ministers)) rows.push({ key: 'minister', value });
  for (const value of new Set(document.meta.portfolios)) rows.push({ key: 'portfolio', value });
  return rows;
}

export function messageRows(messages: readonly Message[], firstOrdinal = 0): ChildRow<MessagesTable>[] {
  return messages.map((m, i) => ({
    ordinal: firstOrdinal + i,
    code: m.code,
    severity: m.severity,
    reason: m.reason,
    span_start: m.start,
    span_end: m.end,
    origin: m.origin,
    place: m.place === null ? null : JSON.stringify(m.place),
    excerpt: m.excerpt,
  }));
}

/** `outputs`: the stages' `stageOutputJson`, when computed already (`PreparedRows`). */
export function stageRows(stages: readonly StageRecord[], outputs?: readonly string[]): ChildRow<StageRunsTable>[] {
  return stages.map((s, i) => ({ ordinal: i, stage: s.name, version: s.version, output: outputs?.[i] ?? stageOutputJson(s) }));
}

export function stageOutputJson(stage: StageRecord): string {
  try {
    // Fingerprints live in the reuse index; the stage run records how many there are.
    if (isFingerprints(stage.output)) return JSON.stringify({ fingerprints: stage.output.hashes.length });
    // JSON.stringify(undefined) is undefined: a stage without output stores null.
    return JSON.stringify(stage.output) ?? 'null';
  } catch (error) {
    throw new UsageError(`The output of stage '${stage.name}' cannot be stored as JSON (${String(error)}): return plain data from the stage.`, { cause: error });
  }
}

interface StoredMeta {
  ministers: string[];
  portfolios: string[];
  extra: Record<string, string>;
}

export function toMessage(row: ChildRow<Selectable<MessagesTable>>): Message {
  return {
    code: row.code,
    severity: row.severity as Message['severity'],
    reason: row.reason,
    start: row.span_start,
    end: row.span_end,
    origin: row.origin,
    place: row.place === null ? null : (JSON.parse(row.place) as Message['place']),
    excerpt: row.excerpt,
  };
}

export function toStoredDocument(
  row: Selectable<DocumentsTable>,
  messages: readonly ChildRow<Selectable<MessagesTable>>[],
  stages: readonly ChildRow<Selectable<StageRunsTable>>[],
): StoredDocument {
  const extra = JSON.parse(row.meta) as StoredMeta;
  const document: Document = {
    id: row.id,
    path: row.path,
    format: row.format,
    bytes: row.bytes,
    text: row.text,
    meta: {
      title: row.title,
      published: row.published,
      publishedFrom: row.published_from as PublishedFrom | null,
      source: row.source,
      url: row.url,
      byline: row.byline,
      kind: row.kind as Kind,
      ministers: extra.ministers,
      portfolios: extra.portfolios,
      extra: extra.extra,
    },
    messages: messages.map(toMessage),
  };
  return {
    document,
    stages: stages.map((s) => ({ name: s.stage, version: s.version, output: JSON.parse(s.output) as unknown })),
    contentHash: row.content_hash,
    storedAt: row.stored_at,
  };
}
