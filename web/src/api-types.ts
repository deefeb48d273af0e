// Shapes of the HTTP JSON API, as the browser sees them. They mirror
// src/store/store.ts and the document route; the UI never imports server code
// (it talks only to the API), so they are restated here.

export type Kind = 'release' | 'news' | 'speech' | 'other';
export type Sort = 'relevance' | 'date';

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  /** Server-escaped HTML: text with each match wrapped in `<mark>`. The only API field inserted as HTML. */
  readonly snippet: string;
  readonly score: number;
}

export interface SearchPage {
  readonly total: number;
  readonly results: readonly SearchHit[];
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export const FACET_GROUPS = ['source', 'kind', 'year', 'minister', 'portfolio'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
export type Facets = Readonly<Record<FacetGroup, readonly FacetValue[]>>;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface DocumentMessage {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly reason: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly origin: string;
}

export interface DocumentDetail {
  readonly id: string;
  readonly path: string;
  readonly format: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly kind: Kind;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  readonly extra: Readonly<Record<string, string>>;
  readonly text: string;
  readonly messages: readonly DocumentMessage[];
  readonly stages: readonly { readonly name: string; readonly version: number }[];
  readonly segments: { readonly paragraphs?: readonly Span[]; readonly sentences?: readonly Span[] } | null;
}

export interface Stats {
  readonly documents: number;
  readonly bytes: number;
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly position?: number };
}
