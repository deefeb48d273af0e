// The quotes page as one value (its filters and page), round-tripping through
// the hash with the API's own parameter names, so `#/quotes?speaker=…` and
// `/api/quotes?speaker=…` say the same thing; plus the words a quote's speaker,
// kind and cue read as. No DOM, so it is unit-tested under Node.
import type { QuoteKind, QuoteRow, QuoteSpeaker } from './api-types.js';
import { formatDate, kindLabel } from './format.js';

/** Quotes per page of the quotes page. */
export const QUOTE_PAGE_SIZE = 20;
/** Quotes shown on a person's page before "all their quotes". */
export const ENTITY_QUOTES_SHOWN = 5;

/** Document kinds the `kind` filter offers (the search's kinds). */
export const QUOTE_DOCUMENT_KINDS = ['release', 'news', 'speech', 'other'] as const;

export interface QuoteListState {
  /** An entity id (`person:winston-peters`) or a name, as the API takes either. */
  readonly speaker: string;
  /** An office title: quotes by whoever held it (of `of`) on each quote's date. */
  readonly role: string;
  readonly of: string;
  /** Full-text over the quoted words, in the search syntax. */
  readonly contains: string;
  /** Inclusive `YYYY-MM-DD`, or '' for open-ended. */
  readonly from: string;
  readonly to: string;
  /** Any of these outlets / document kinds. */
  readonly source: readonly string[];
  readonly kind: readonly string[];
  /** One cluster's members (the API's filter; the cluster page is the usual way to see one). */
  readonly cluster: string;
  readonly offset: number;
}

export const EMPTY_QUOTE_LIST: QuoteListState = Object.freeze({
  speaker: '',
  role: '',
  of: '',
  contains: '',
  from: '',
  to: '',
  source: [],
  kind: [],
  cluster: '',
  offset: 0,
});

/** The single-valued text filters, in the order the address lists them. */
const TEXT_FILTERS = ['speaker', 'role', 'of', 'contains'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

export function parseQuoteList(params: URLSearchParams): QuoteListState {
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  const text = (name: string) => (params.get(name) ?? '').trim();
  return {
    speaker: text('speaker'),
    role: text('role'),
    of: text('of'),
    contains: text('contains'),
    from: date('from'),
    to: date('to'),
    source: unique(params.getAll('source')),
    kind: unique(params.getAll('kind')),
    cluster: text('cluster'),
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the non-default parts, in a fixed order, so equal states give equal strings. */
export function quoteListParams(state: QuoteListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of TEXT_FILTERS) if (state[name].trim() !== '') params.set(name, state[name].trim());
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const value of state.source) params.append('source', value);
  for (const value of state.kind) params.append('kind', value);
  if (state.cluster.trim() !== '') params.set('cluster', state.cluster.trim());
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string for /api/quotes: the page's own, with the page size. */
export function quoteListApiParams(state: QuoteListState, limit = QUOTE_PAGE_SIZE): URLSearchParams {
  const params = quoteListParams(state);
  params.set('limit', String(limit));
  return params;
}

/** Any change to what is listed restarts at the first page. */
export function withQuoteChanges(state: QuoteListState, changes: Partial<QuoteListState>): QuoteListState {
  return { ...state, offset: 0, ...changes };
}

export function hasQuoteFilters(state: QuoteListState): boolean {
  return TEXT_FILTERS.some((name) => state[name].trim() !== '') || state.from !== '' || state.to !== '' || state.source.length > 0 || state.kind.length > 0 || state.cluster !== '';
}

/** The quotes of one speaker (an entity id or a name), newest first. */
export function speakerQuotes(speaker: string): QuoteListState {
  return withQuoteChanges(EMPTY_QUOTE_LIST, { speaker });
}

/** The filters in force, each with the state that drops it: the quotes page's removable chips. */
export function activeQuoteFilters(state: QuoteListState, nameOf: (speaker: string) => string = (s) => s): { readonly label: string; readonly without: QuoteListState }[] {
  const chips: { label: string; without: QuoteListState }[] = [];
  if (state.speaker) chips.push({ label: `Speaker: ${nameOf(state.speaker)}`, without: withQuoteChanges(state, { speaker: '' }) });
  if (state.role) chips.push({ label: `Office: ${state.of ? `${state.role}, ${state.of}` : state.role}`, without: withQuoteChanges(state, { role: '', of: '' }) });
  else if (state.of) chips.push({ label: `Of: ${state.of}`, without: withQuoteChanges(state, { of: '' }) });
  if (state.contains) chips.push({ label: `Containing: ${state.contains}`, without: withQuoteChanges(state, { contains: '' }) });
  if (state.from) chips.push({ label: `From ${formatDate(state.from)}`, without: withQuoteChanges(state, { from: '' }) });
  if (state.to) chips.push({ label: `To ${formatDate(state.to)}`, without: withQuoteChanges(state, { to: '' }) });
  for (const source of state.source) chips.push({ label: `Source: ${source}`, without: withQuoteChanges(state, { source: state.source.filter((s) => s !== source) }) });
  for (const kind of state.kind) chips.push({ label: `Kind: ${kindLabel(kind)}`, without: withQuoteChanges(state, { kind: state.kind.filter((k) => k !== kind) }) });
  if (state.cluster) chips.push({ label: `Cluster: ${state.cluster}`, without: withQuoteChanges(state, { cluster: '' }) });
  return chips;
}

const QUOTE_KIND_LABELS: Readonly<Record<QuoteKind, string>> = { direct: 'direct quote', partial: 'partial quote', turn: 'transcript turn' };

/** `direct quote`, `partial quote`, `transcript turn`; an unknown kind as given. */
export function quoteKindLabel(kind: string): string {
  return (QUOTE_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

/** Who said it, as a reader needs it: the name, or the office when only the office is known; "Unattributed" for none. */
export function speakerLabel(speaker: QuoteSpeaker | null): string {
  if (speaker === null) return 'Unattributed';
  const office = speaker.office;
  if (speaker.id === null && office) return office.of ? `${office.title}, ${office.of}` : office.title;
  return speaker.name;
}

/**
 * A quote's tooltip in the text: "Winston Peters (says) · direct quote";
 * "Unattributed · partial quote"; with how many documents carry it when
 * others do.
 */
export function quoteTip(quote: Pick<QuoteRow, 'speaker' | 'cue' | 'kind' | 'clusterSize' | 'cluster'>): string {
  const who = quote.speaker === null ? 'Unattributed' : quote.cue ? `${speakerLabel(quote.speaker)} (${quote.cue})` : speakerLabel(quote.speaker);
  const spread = quote.cluster !== null && quote.clusterSize > 1 ? ` · in ${quote.clusterSize} documents` : '';
  return `${who} · ${quoteKindLabel(quote.kind)}${spread}`;
}
