import type { Document, Kind, Message, PublishedFrom } from '../core/index.js';

/** One message as the extract contract prints it: the DESIGN.md fields first, extras after. */
export interface ExtractMessage {
  readonly code: string;
  readonly severity: Message['severity'];
  readonly reason: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly origin: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly excerpt: string | null;
}

/**
 * The `parley extract` contract (DESIGN.md). Tools and evaluations depend on
 * it: fields may be added, never renamed or removed. `entities`, `quotes`,
 * `times` and `events` stay empty until their stages land.
 */
export interface ExtractRecord {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly kind: Kind;
  readonly text?: string;
  readonly entities: readonly unknown[];
  readonly quotes: readonly unknown[];
  readonly times: readonly unknown[];
  readonly events: readonly unknown[];
  readonly messages: readonly ExtractMessage[];
  // Additions beyond the contract's original fields.
  readonly publishedFrom: PublishedFrom | null;
  readonly byline: string | null;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
}

export function toExtractRecord(doc: Document, options: { includeText: boolean }): ExtractRecord {
  const { meta } = doc;
  return {
    id: doc.id,
    path: doc.path,
    title: meta.title,
    published: meta.published,
    source: meta.source,
    url: meta.url,
    kind: meta.kind,
    ...(options.includeText ? { text: doc.text } : {}),
    entities: [],
    quotes: [],
    times: [],
    events: [],
    messages: doc.messages.map(toExtractMessage),
    publishedFrom: meta.publishedFrom,
    byline: meta.byline,
    ministers: meta.ministers,
    portfolios: meta.portfolios,
  };
}

function toExtractMessage(m: Message): ExtractMessage {
  return {
    code: m.code,
    severity: m.severity,
    reason: m.reason,
    start: m.start,
    end: m.end,
    origin: m.origin,
    line: m.place?.start.line ?? null,
    column: m.place?.start.column ?? null,
    excerpt: m.excerpt,
  };
}
