// Typed client for the JSON API. Every failure becomes an ApiError, so views
// handle one error type whether the server refused the request or the network did.
import type { DocumentDetail, EntityDetail, EntityPage, ErrorBody, EventNetwork, EventPage, Facets, OfficeHistory, QuoteCluster, QuotePage, ReusePage, ReusePair, SearchPage, ShiftsResponse, Stats, TrendsResponse } from './api-types.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The API's error code (`query-syntax`, `not-found`, …) or `network`. */
    readonly code: string,
    message: string,
    /** For `query-syntax`: UTF-16 offset into the query where parsing failed. */
    readonly position: number | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const encoded = params?.toString() ?? '';
  const query = encoded ? `?${encoded}` : '';
  let response: Response;
  try {
    response = await fetch(`${path}${query}`, { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ApiError(0, 'network', 'Could not reach the Parley server. Is it still running?', null, { cause });
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return body as T;
  if (isErrorBody(body)) {
    const { code, message, position } = body.error;
    throw new ApiError(response.status, code, message, typeof position === 'number' ? position : null);
  }
  throw new ApiError(response.status, 'unexpected', `The server answered ${response.status} ${response.statusText} without a readable body.`);
}

export const api = {
  search: (params: URLSearchParams) => getJson<SearchPage>('/api/search', params),
  facets: (params: URLSearchParams) => getJson<Facets>('/api/facets', params),
  document: (id: string) => getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  entities: (params: URLSearchParams) => getJson<EntityPage>('/api/entities', params),
  /** `params`: `limit` and `offset` page its documents; `coMentioned` caps the co-mentioned list. */
  entity: (id: string, params?: URLSearchParams) => getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`, params),
  /** Who held an office (title and owner) over time; 400 for a title Parley does not know or a missing `of`. */
  office: (title: string, of: string | null) => {
    const params = new URLSearchParams({ title });
    if (of !== null) params.set('of', of);
    return getJson<OfficeHistory>('/api/offices', params);
  },
  /** Related pairs, larger share first: `minShare`, `source`, `kind`, `limit`, `offset`. */
  reuse: (params: URLSearchParams) => getJson<ReusePage>('/api/reuse', params),
  /** The pairs that include one document, with the same parameters. */
  documentReuse: (id: string, params?: URLSearchParams) => getJson<ReusePage>(`/api/documents/${encodeURIComponent(id)}/reuse`, params),
  /** The pair of two documents in either order, whatever its share; 404 when they share no passage. */
  reusePair: (a: string, b: string) => getJson<ReusePair>(`/api/reuse/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  /** Quotes, newest first: `speaker`, `role`+`of`, `contains`, `from`, `to`, `source`, `kind`, `cluster`, `limit`, `offset`. */
  quotes: (params: URLSearchParams) => getJson<QuotePage>('/api/quotes', params),
  /** One quote across documents, members oldest first; 404 for an unknown id. */
  quoteCluster: (id: string) => getJson<QuoteCluster>(`/api/quotes/clusters/${encodeURIComponent(id)}`),
  /** Engagements, oldest first (`order=desc`: newest); `type`, `status`, `level`, `country`, `participant`, `source`, `kind`, `from`, `to`, `limit`, `offset`. */
  events: (params: URLSearchParams) => getJson<EventPage>('/api/events', params),
  /** Who engages with whom: `by=person|country` with the events' filters. */
  network: (params: URLSearchParams) => getJson<EventNetwork>('/api/network', params),
  /** A phrase's use over time (docs/trends.md): `phrase` (repeats), `by`, `measure`, `split`, `smooth`, `from`, `to`, `source`, `kind`, `speaker`. */
  trends: (params: URLSearchParams) => getJson<TrendsResponse>('/api/trends', params),
  /** Phrases that rose or fell most between two periods (`from`, `to`) or groups (`group`, `vs`). */
  shifts: (params: URLSearchParams) => getJson<ShiftsResponse>('/api/shifts', params),
  stats: () => getJson<Stats>('/api/stats'),
};
export type Api = typeof api;
