import type { Document, Kind, Message, PublishedFrom } from '../core/index.js';
import type { ExtractEvent, ExtractQuote, ExtractTime, LinkedEntities, LinkedMention, LinkedOfficeMention } from '../link/index.js';

/**
 * Entity mentions and office mentions as the extract contract prints them
 * (`{type, text, start, end, id, name, role, roleOf}`, and `roleTense`): exactly what in-batch linking
 * produces, so the shape is defined once, in `src/link`.
 */
export type ExtractEntity = LinkedMention;
export type ExtractOfficeMention = LinkedOfficeMention;
/** A quote as the extract contract prints it (docs/quotes.md): speakers resolved over the run, `cluster` null. */
export type { ExtractQuote };
/** Times and engagement reports as the extract contract prints them (docs/events.md): participants resolved over the run, `engagement` null. */
export type { ExtractEvent, ExtractTime };

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
 * it: fields may be added, never renamed or removed. `times` and `events`
 * are empty when a document has no `times`/`events` stage output.
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
  /** In text order; ids resolved across the documents of the run. */
  readonly entities: readonly ExtractEntity[];
  /** In text order; speakers resolved across the documents of the run. */
  readonly quotes: readonly ExtractQuote[];
  readonly times: readonly ExtractTime[];
  readonly events: readonly ExtractEvent[];
  readonly messages: readonly ExtractMessage[];
  // Additions beyond the contract's original fields.
  readonly publishedFrom: PublishedFrom | null;
  readonly byline: string | null;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  readonly officeMentions: readonly ExtractOfficeMention[];
}

export function toExtractRecord(
  doc: Document,
  options: {
    includeText: boolean;
    linked?: LinkedEntities | undefined;
    quotes?: readonly ExtractQuote[] | undefined;
    times?: readonly ExtractTime[] | undefined;
    events?: readonly ExtractEvent[] | undefined;
  },
): ExtractRecord {
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
    entities: (options.linked?.entities ?? []).map(({ type, text, start, end, id, name, role, roleOf, roleTense }) => ({ type, text, start, end, id, name, role, roleOf, roleTense })),
    quotes: options.quotes ?? [],
    times: options.times ?? [],
    events: options.events ?? [],
    messages: doc.messages.map(toExtractMessage),
    publishedFrom: meta.publishedFrom,
    byline: meta.byline,
    ministers: meta.ministers,
    portfolios: meta.portfolios,
    officeMentions: options.linked?.officeMentions ?? [],
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
