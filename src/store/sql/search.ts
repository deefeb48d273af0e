import { expressionBuilder, sql, type AliasableExpression, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Kind } from '../../core/index.js';
import { ENTITY_TYPES, type EntityType } from '../entity-types.js';
import { noFilters, type CheckedSearch } from '../search-query.js';
import { leadSnippet, markSnippet } from '../snippet.js';
import type { FacetValue, Facets, SearchHit, SearchPage } from '../store.js';
import { filterCondition } from './filters.js';
import type { FullText, RankedRow } from './full-text.js';
import type { StoreTables, ValueKey, WithDocumentAlias } from './tables.js';

export const FACET_LIMIT = 50;
/** Enough raw text for a lead snippet once whitespace is collapsed. */
const LEAD_SOURCE_CHARS = 400;

const eb = expressionBuilder<WithDocumentAlias, 'd'>();

/** Query and filters as one condition on `documents as d`: the matching set that search and facets share. */
function matchingSet(fullText: FullText, search: CheckedSearch): Expression<SqlBool> {
  const filter = filterCondition(search.filters);
  return search.query.type === 'empty' ? filter : eb.and([fullText.matches(search.query), filter]);
}

export async function searchDocuments(db: Kysely<StoreTables>, fullText: FullText, search: CheckedSearch): Promise<SearchPage> {
  const { query, limit, offset } = search;
  const counted = await db
    .selectFrom('documents as d')
    .select((e) => e.fn.countAll<number>().as('total'))
    .where(matchingSet(fullText, search))
    .executeTakeFirstOrThrow();
  const total = Number(counted.total);
  if (limit === 0 || offset >= total) return { total, results: [] };

  const ranked: RankedRow[] =
    query.type === 'empty'
      ? await db
          .selectFrom('documents as d')
          .select(['d.seq', sql<number>`0`.as('score')])
          .where(filterCondition(search.filters))
          .orderBy('d.published', (o) => o.desc().nullsLast())
          .orderBy('d.seq', 'desc')
          .limit(limit)
          .offset(offset)
          .execute()
      : await fullText.rank(query, filterCondition(search.filters), search.sort, limit, offset);
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

/** Counts per value over the matching set, most frequent first, then by value. */
export async function facetDocuments(db: Kysely<StoreTables>, fullText: FullText, search: CheckedSearch): Promise<Facets> {
  const where = matchingSet(fullText, search);
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
      .execute();
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
      .execute();

  const [source, kind, year, minister, portfolio, person, org, place] = await Promise.all([
    column(eb.ref('d.source')),
    column(eb.ref('d.kind')),
    column(sql<string | null>`substr(d.published, 1, 4)`),
    values('minister'),
    values('portfolio'),
    ...ENTITY_TYPES.map((type) => entityFacet(db, type, search.query.type === 'empty' && noFilters(search.filters) ? null : where)),
  ]);
  return {
    source: toFacet(source),
    kind: toFacet(kind),
    year: toFacet(year),
    minister: toFacet(minister),
    portfolio: toFacet(portfolio),
    person: person as FacetValue[],
    org: org as FacetValue[],
    place: place as FacetValue[],
  };
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
