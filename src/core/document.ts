import type { Message } from './message.js';

export const KINDS = ['release', 'news', 'speech', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Where `published` came from; `metadata` is a field of a structured record (a JSONL line's `published`). */
export const PUBLISHED_FROM = ['front-matter', 'html-meta', 'feed', 'text', 'user'] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];

export interface DocumentMeta {
  readonly title: string | null;
  /** A calendar date, `YYYY-MM-DD`, exactly as the source states it: never shifted by a time zone. */
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom | null;
  /** Site or outlet: `beehive.govt.nz`, `NZPA`, … */
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly kind: Kind;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  /** Reader-specific facts worth keeping (e.g. the AU release type), string to string. */
  readonly extra: Readonly<Record<string, string>>;
}

/** The one document model every reader produces and every stage reads. */
export interface Document {
  /** Stable: a hash of the normalised URL when there is one, otherwise of the text. */
  readonly id: string;
  readonly path: string;
  /** The reader that produced it (`markdown`, `text`, `aupm-xml`). */
  readonly format: string;
  /** Size of the source in bytes. */
  readonly bytes: number;
  /** Normalised, cleaned body; every annotation offset points into it. */
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly messages: readonly Message[];
}

export function emptyMeta(kind: Kind = 'other'): DocumentMeta {
  return {
    title: null,
    published: null,
    publishedFrom: null,
    source: null,
    url: null,
    byline: null,
    kind,
    ministers: [],
    portfolios: [],
    extra: {},
  };
}
