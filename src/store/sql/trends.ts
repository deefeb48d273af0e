import { sql } from 'kysely';
import type { Kind } from '../../core/index.js';
import type { MatchNode } from '../query/index.js';
import type { CheckedSearch } from '../search-query.js';
import type { CheckedTrendCounts } from '../trend-query.js';
import type { TrendDayCount } from '../trend-types.js';
import { filterCondition } from './filters.js';
import type { QuoteContext } from './quotes.js';
import { OfficeTerms } from './quote-speakers.js';
import { quoteCondition } from './quotes.js';
import type { SearchContext } from './search.js';

/** One counted row before it is added up per day: a document, or a quote of its document. */
interface Tally {
  readonly doc: number;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: string;
  readonly count?: number;
}

/**
 * Documents per day, source and kind: every document in scope (no phrase),
 * or those the phrase matches. Matching is the engine's match with the
 * filters `search` applies, so a bucket's count is the total a search gives
 * for its dates (test/trends/trends-search.test.ts holds it to that).
 */
export async function trendCounts(search: SearchContext, quotes: QuoteContext, query: CheckedTrendCounts): Promise<TrendDayCount[]> {
  const checked = query.search;
  const node = checked.query.type === 'empty' ? null : checked.query;
  if (query.quotes !== null) return quotedCounts(quotes, query, node);
  const filter = filterCondition(checked.filters);
  if (query.occurrences) {
    const rows = node === null ? await search.fullText.words(filter) : await search.fullText.occurrences(node, filter);
    return addUp(rows.map((r) => ({ ...r, doc: r.seq })), true);
  }
  if (node === null) return [...(await search.totals.get(JSON.stringify(checked.filters), () => everyDocument(search, checked)))];
  const matched = await search.fullText.dated(node, filter);
  return addUp(matched.map((m) => ({ ...m, doc: m.seq })), false);
}

/** The denominator, counted by the database. */
async function everyDocument(search: SearchContext, checked: CheckedSearch): Promise<TrendDayCount[]> {
  const day = sql<string>`substr(d.published, 1, 10)`;
  const rows = await search.db
    .selectFrom('documents as d')
    .select([day.as('day'), 'd.source', 'd.kind', (e) => e.fn.countAll<number>().as('documents')])
    .where(filterCondition(checked.filters))
    .where('d.published', 'is not', null)
    .groupBy([day, 'd.source', 'd.kind'])
    .execute();
  return rows.map((r) => ({ day: r.day, source: r.source, kind: r.kind as Kind, documents: Number(r.documents) })).sort(byDay);
}

/** Quotes of the speaker or office (matching the phrase), counted per document they are in. */
async function quotedCounts(context: QuoteContext, query: CheckedTrendCounts, node: MatchNode | null): Promise<TrendDayCount[]> {
  const { db } = context;
  const where = await quoteCondition(context, query.quotes!, new OfficeTerms(db));
  const rows = await db
    .selectFrom('quotes as q')
    .innerJoin('documents as d', 'd.seq', 'q.doc')
    .select(['q.seq', 'q.doc', 'd.published', 'd.source', 'd.kind'])
    .where(where)
    .where(filterCondition(query.search.filters))
    .where('d.published', 'is not', null)
    .execute();
  if (!query.occurrences) return addUp(rows, false);
  const seqs = rows.map((r) => r.seq);
  const counts = node === null ? await context.fullText.words(seqs) : await context.fullText.occurrences(node, seqs);
  return addUp(rows.map((r) => ({ ...r, count: counts.get(r.seq) ?? 0 })), true);
}

/** Rows added up per day, source and kind; a document counts once however many of its rows there are. */
function addUp(rows: readonly Tally[], occurrences: boolean): TrendDayCount[] {
  const days = new Map<string, { day: string; source: string | null; kind: Kind; docs: Set<number>; occurrences: number }>();
  for (const row of rows) {
    if (row.published === null) continue;
    const day = row.published.slice(0, 10);
    const key = `${day}\u0000${row.source ?? ''}\u0000${row.source === null ? 0 : 1}\u0000${row.kind}`;
    let entry = days.get(key);
    if (!entry) days.set(key, (entry = { day, source: row.source, kind: row.kind as Kind, docs: new Set(), occurrences: 0 }));
    entry.docs.add(row.doc);
    entry.occurrences += row.count ?? 0;
  }
  return [...days.values()]
    .map((e) => ({ day: e.day, source: e.source, kind: e.kind, documents: e.docs.size, ...(occurrences ? { occurrences: e.occurrences } : {}) }))
    .sort(byDay);
}

const byDay = (a: TrendDayCount, b: TrendDayCount) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : (a.source ?? '') < (b.source ?? '') ? -1 : (a.source ?? '') > (b.source ?? '') ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
