import { expressionBuilder, sql, type AliasableExpression, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Kind } from '../../core/index.js';
import { ENTITY_TYPES, type EntityType } from '../entity-types.js';
import type { MatchNode } from '../query/index.js';
import { noFilters, type CheckedSearch } from '../search-query.js';
import { leadSnippet, markSnippet } from '../snippet.js';
import type { FacetValue, Facets, SearchHit, SearchPage, SearchSort } from '../store.js';
import type { TrendDayCount } from '../trend-types.js';
import { filterCondition } from './filters.js';
import type { FullText, MatchedDocument } from './full-text.js';
import type { MatchCache } from './match-cache.js';
import type { StoreTables, ValueKey, WithDocumentAlias } from './tables.js';

export const FACET_LIMIT = 50;
/** Enough raw text for a lead snippet once whitespace is collapsed. */
const LEAD_SOURCE_CHARS = 400;

const eb = expressionBuilder<WithDocumentAlias, 'd'>();

/** What search and facets need besides the database: the adapter's full-text engine and its cache of matched sets. */
export interface SearchContext {
  readonly db: Kysely<StoreTables>;
  readonly fullText: FullText;
  readonly cache: MatchCache;
  /** A trend's denominators per scope: users change phrases far more often than filters. */
  readonly totals: MatchCache<readonly TrendDayCount[]>;
}

/** The documents a text query and its filters select, matched once and shared by the count, the page and the facets. */
function matchedSet(context: SearchContext, query: MatchNode, search: CheckedSearch): Promise<readonly MatchedDocument[]> {
  const key = JSON.stringify([query, search.filters]);
  return context.cache.get(key, () => context.fullText.matched(query, filterCondition(search.filters)));
}

export async function searchDocuments(context: SearchContext, search: CheckedSearch): Promise<SearchPage> {
  const { db, fullText } = context;
  const { query, limit, offset } = search;
  let total: number;
  let ranked: readonly { readonly seq: number; readonly score: number }[];
  if (query.type === 'empty') {
    const counted = await db
      .selectFrom('documents as d')
      .select((e) => e.fn.countAll<number>().as('total'))
      .where(filterCondition(search.filters))
      .executeTakeFirstOrThrow();
    total = Number(counted.total);
    if (limit === 0 || offset >= total) return { total, results: [] };
    ranked = await db
      .selectFrom('documents as d')
      .select(['d.seq', sql<number>`0`.as('score')])
      .where(filterCondition(search.filters))
      .orderBy('d.published', (o) => o.desc().nullsLast())
      .orderBy('d.seq', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  } else {
    const matched = await matchedSet(context, query, search);
    total = matched.length;
    if (limit === 0 || offset >= total) return { total, results: [] };
    ranked = [...matched].sort(ORDER[search.sort]).slice(offset, offset + limit);
  }
  if (ranked.length === 0) return { total, results: [] };

  const seqs = ranked.map((r) => r.seq);
  const rows = await db
    .selectFrom('documents as d')
    .select(['d.seq', 'd.id', 'd.title', 'd.published', 'd.source', 'd.kind'])
    .select(sql<string>`substr(d.text, 1, ${LEAD_SOURCE_CHARS})`.as('lead'))
    .where('d.seq', 'in', seqs)
    .execute();
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  const snippets = query.type === 'empty' ? new Map<number, string>() : await fullText.snippets(query, seqs);

  const results: SearchHit[] = [];
  for (const { seq, score } of ranked) {
    const row = bySeq.get(seq);
    if (!row) continue;
    const marked = snippets.get(seq);
    results.push({
      id: row.id,
      title: row.title,
      published: row.published,
      source: row.source,
      kind: row.kind as Kind,
      snippet: marked === undefined ? leadSnippet(row.lead) : markSnippet(marked),
      score: Number(score),
    });
  }
  return { total, results };
}

type Compare = (a: MatchedDocument, b: MatchedDocument) => number;

/** Newest first, undated last. */
const byDate: Compare = (a, b) => (a.published === b.published ? 0 : a.published === null ? 1 : b.published === null ? -1 : a.published < b.published ? 1 : -1);
const byScore: Compare = (a, b) => b.score - a.score;
const bySeq: Compare = (a, b) => b.seq - a.seq;

/** Ties broken the same way every time, ending with the newest stored document, so pages never overlap. */
const ORDER: Readonly<Record<SearchSort, Compare>> = {
  relevance: (a, b) => byScore(a, b) || byDate(a, b) || bySeq(a, b),
  date: (a, b) => byDate(a, b) || byScore(a, b) || bySeq(a, b),
};

/** Counts per value over the matching set, most frequent first, then by value. */
export async function facetDocuments(context: SearchContext, search: CheckedSearch): Promise<Facets> {
  const { db, fullText } = context;
  const { query } = search;
  const everything = query.type === 'empty' && noFilters(search.filters);
  let where: Expression<SqlBool>;
  let columns: Promise<FacetValue[][]>;
  if (query.type === 'empty') {
    where = filterCondition(search.filters);
    const column = (expression: AliasableExpression<string | null>) =>
      db
        .selectFrom('documents as d')
        .select([expression.as('value'), (e) => e.fn.countAll<number>().as('count')])
        .where(where)
        .where(expression, 'is not', null)
        .groupBy(expression)
        .orderBy('count', 'desc')
        .orderBy('value')
        .limit(FACET_LIMIT)
        .execute()
        .then(toFacet);
    columns = Promise.all([column(eb.ref('d.source')), column(eb.ref('d.kind')), column(sql<string | null>`substr(d.published, 1, 4)`)]);
  } else {
    const matched = await matchedSet(context, query, search);
    if (matched.length === 0) return EMPTY_FACETS;
    where = fullText.inSet(matched.map((m) => m.seq));
    columns = Promise.resolve([
      countValues(matched, (m) => m.source),
      countValues(matched, (m) => m.kind),
      countValues(matched, (m) => m.published?.slice(0, 4) ?? null),
    ]);
  }
  const values = (key: ValueKey) =>
    db
      .selectFrom('document_values as v')
      .innerJoin('documents as d', 'd.seq', 'v.doc')
      .select(['v.value', (e) => e.fn.countAll<number>().as('count')])
      .where('v.key', '=', key)
      .where(where)
      .groupBy('v.value')
      .orderBy('count', 'desc')
      .orderBy('v.value')
      .limit(FACET_LIMIT)
      .execute()
      .then(toFacet);

  const [[source, kind, year], minister, portfolio, person, org, place] = await Promise.all([
    columns,
    values('minister'),
    values('portfolio'),
    ...ENTITY_TYPES.map((type) => entityFacet(db, type, everything ? null : where)),
  ]);
  return {
    source: source as FacetValue[],
    kind: kind as FacetValue[],
    year: year as FacetValue[],
    minister,
    portfolio,
    person: person as FacetValue[],
    org: org as FacetValue[],
    place: place as FacetValue[],
  };
}

const EMPTY_FACETS: Facets = Object.freeze({ source: [], kind: [], year: [], minister: [], portfolio: [], person: [], org: [], place: [] });

/** A column's facet counted from a matched set, in the order SQL would give: count down, then value up. */
function countValues(matched: readonly MatchedDocument[], value: (m: MatchedDocument) => string | null): FacetValue[] {
  const counts = new Map<string, number>();
  for (const m of matched) {
    const v = value(m);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, FACET_LIMIT)
    .map(([v, count]) => ({ value: v, count }));
}

/**
 * Documents per entity of one type, labelled with canonical names. Over the
 * whole store (`where` null) the counts are the entities' own document
 * counts, kept up to date by resolution, so no join over every mention runs.
 */
async function entityFacet(db: Kysely<StoreTables>, type: EntityType, where: Expression<SqlBool> | null): Promise<FacetValue[]> {
  if (where === null) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'name', 'documents'])
      .where('type', '=', type)
      .where('documents', '>', 0)
      .orderBy('documents', 'desc')
      .orderBy('id')
      .limit(FACET_LIMIT)
      .execute();
    return rows.map((row) => ({ value: row.id, label: row.name, count: Number(row.documents) }));
  }
  const counted = db
    .selectFrom('doc_entities as de')
    .innerJoin('documents as d', 'd.seq', 'de.doc')
    .select(['de.entity', (e) => e.fn.count<number>('de.doc').distinct().as('count')])
    .where('de.type', '=', type)
    .where(sql<boolean>`not (de.lone_given = 1 and de.auto = de.block)`)
    .where(where)
    .groupBy('de.entity')
    .orderBy('count', 'desc')
    .orderBy('de.entity')
    .limit(FACET_LIMIT)
    .as('c');
  const rows = await db
    .selectFrom(counted)
    .leftJoin('entities as e', 'e.id', 'c.entity')
    .select(['c.entity', 'c.count', 'e.name'])
    .orderBy('c.count', 'desc')
    .orderBy('c.entity')
    .execute();
  return rows.map((row) => ({ value: row.entity, label: row.name ?? row.entity, count: Number(row.count) }));
}

function toFacet(rows: readonly { value: string | null; count: number | string | bigint }[]): FacetValue[] {
  return rows.map((row) => ({ value: String(row.value), count: Number(row.count) }));
}
