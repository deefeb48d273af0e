import type { Generated } from 'kysely';
import type { EntityTables } from './entity-tables.js';
import type { EventTables } from './event-tables.js';
import type { QuoteTables } from './quote-tables.js';
import type { ReuseTables } from './reuse-tables.js';

/**
 * The relational tables every adapter creates with the same names and
 * columns, so the Kysely queries in this folder run unchanged on each. The
 * full-text index is not here: each adapter keeps its own (an FTS5 table, a
 * tsvector column) behind its `FullText` capability.
 */
export interface DocumentsTable {
  /** Internal integer key: joins and the full-text index use it; `id` is the public one. */
  seq: Generated<number>;
  id: string;
  path: string;
  format: string;
  bytes: number;
  title: string | null;
  published: string | null;
  published_from: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  kind: string;
  text: string;
  /** `text.length` in UTF-16 code units, the unit of every offset. */
  text_length: number;
  /** JSON: `{ministers, portfolios, extra}`, the meta without a column of its own. */
  meta: string;
  content_hash: string;
  stored_at: string;
}

/** One row per minister or portfolio of a document, for filters and facets. */
export interface DocumentValuesTable {
  doc: number;
  key: ValueKey;
  value: string;
}

export type ValueKey = 'minister' | 'portfolio';

export interface MessagesTable {
  doc: number;
  ordinal: number;
  code: string;
  severity: string;
  reason: string;
  span_start: number | null;
  span_end: number | null;
  origin: string;
  /** JSON `Place` or null. */
  place: string | null;
  excerpt: string | null;
}

export interface StageRunsTable {
  doc: number;
  /** Run order, so stages come back in the order the pipeline ran them. */
  ordinal: number;
  stage: string;
  version: number;
  /** JSON. */
  output: string;
}

/** The hash of the input a stored document was read from, per path (see `Store.sourceHashes`). */
export interface SourcesTable {
  path: string;
  source_hash: string;
  doc: number;
}

export interface StoreTables extends EntityTables, ReuseTables, QuoteTables, EventTables {
  documents: DocumentsTable;
  sources: SourcesTable;
  document_values: DocumentValuesTable;
  messages: MessagesTable;
  stage_runs: StageRunsTable;
}

/** The query shape shared code filters on: `documents as d`. */
export type WithDocumentAlias = StoreTables & { d: DocumentsTable };
