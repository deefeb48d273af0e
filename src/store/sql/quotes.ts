import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Kind } from '../../core/index.js';
import type { CheckedQuoteQuery } from '../quote-query.js';
import { compareQuoteAge, lagDays } from '../quote-order.js';
import type {
  PendingQuote,
  QuoteCluster,
  QuoteKind,
  QuoteMemberInfo,
  QuotePage,
  QuoteRow,
  QuoteSpeakerView,
  QuoteWork,
} from '../quote-types.js';
import type { QuoteFullText } from './quote-full-text.js';
import { OfficeTerms, roleCondition, speakerCondition } from './quote-speakers.js';
import type { StoreTables } from './tables.js';
import { officeLabel } from '../entity-types.js';

/** Rows per `in (…)` list: well below every database's parameter limit. */
const CHUNK = 500;

export interface QuoteContext {
  readonly db: Kysely<StoreTables>;
  readonly fullText: QuoteFullText;
}

/** A quote with its document, its speaker's entity and its cluster: what a row is made from. */
function rowsQuery(db: Kysely<StoreTables>) {
  return db
    .selectFrom('quotes as q')
    .innerJoin('documents as d', 'd.seq', 'q.doc')
    .leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'q.doc').onRef('de.idx', '=', 'q.speaker_idx'))
    .leftJoin('entities as e', 'e.id', 'de.entity')
    .leftJoin('quote_clusters as c', 'c.grp', 'q.grp')
    .select([
      'q.seq', 'q.start', 'q.end', 'q.text', 'q.kind', 'q.cue', 'q.speaker_idx', 'q.speaker_name', 'q.speaker_text', 'q.speaker_start',
      'q.speaker_end', 'q.via', 'q.office_title', 'q.office_of', 'q.published', 'q.grp',
      'd.id as doc_id', 'd.title as doc_title', 'd.source as doc_source', 'd.kind as doc_kind', 'd.path as doc_path',
      'de.entity as speaker_id', 'e.name as speaker_entity_name', 'c.id as cluster_id', 'c.documents as cluster_documents',
    ]);
}

type RawRow = Awaited<ReturnType<ReturnType<typeof rowsQuery>['execute']>>[number];

/** Quotes that pass the query's filters, newest first (`quotes as q`). */
export async function listQuotes(context: QuoteContext, query: CheckedQuoteQuery): Promise<QuotePage> {
  const { db } = context;
  const terms = new OfficeTerms(db);
  const where = await quoteCondition(context, query, terms);
  const counted = await db.selectFrom('quotes as q').select((e) => e.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (query.offset >= total) return { total, results: [] };
  const rows = await rowsQuery(db)
    .where(where)
    .orderBy('q.published', (o) => o.desc().nullsLast())
    .orderBy('q.doc', 'desc')
    .orderBy('q.start')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total, results: await toRows(rows, terms) };
}

/** The query's filters as one condition on `quotes as q`. */
export async function quoteCondition(context: QuoteContext, query: CheckedQuoteQuery, terms: OfficeTerms): Promise<RawBuilder<SqlBool>> {
  const { db } = context;
  const conditions: RawBuilder<SqlBool>[] = [];
  if (query.from !== null) conditions.push(sql<SqlBool>`q.published >= ${query.from}`);
  if (query.to !== null) conditions.push(sql<SqlBool>`q.published <= ${query.to}`);
  if (query.source.length > 0) conditions.push(sql<SqlBool>`q.doc in (select seq from documents where source in (${sql.join(query.source)}))`);
  if (query.kind.length > 0) conditions.push(sql<SqlBool>`q.doc in (select seq from documents where kind in (${sql.join(query.kind)}))`);
  if (query.cluster !== null) conditions.push(sql<SqlBool>`q.grp in (select grp from quote_clusters where id = ${query.cluster})`);
  if (query.contains !== null) conditions.push(context.fullText.matches(query.contains) as RawBuilder<SqlBool>);
  if (query.speaker !== null) conditions.push(await speakerCondition(db, query.speaker, terms));
  if (query.role !== null) conditions.push(await roleCondition(db, query.role, terms));
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : (sql.join(conditions, sql` and `) as RawBuilder<SqlBool>);
}

/** A document's quotes in text order; null for an unknown document. */
export async function documentQuotes(db: Kysely<StoreTables>, id: string): Promise<QuoteRow[] | null> {
  const doc = await db.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  const rows = await rowsQuery(db).where('q.doc', '=', doc.seq).orderBy('q.start').execute();
  return toRows(rows, new OfficeTerms(db));
}

/** A cluster with its members oldest first, each with its lag from the earliest; null for an unknown id. */
export async function quoteCluster(db: Kysely<StoreTables>, id: string): Promise<QuoteCluster | null> {
  const cluster = await db.selectFrom('quote_clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cluster) return null;
  const rows = await rowsQuery(db).where('q.grp', '=', cluster.grp).execute();
  const members = await toRows(rows, new OfficeTerms(db));
  const age = (row: QuoteRow) => ({ published: row.document.published, kind: row.document.kind, documentId: row.document.id, start: row.start });
  members.sort((a, b) => compareQuoteAge(age(a), age(b)));
  const earliest = members[0];
  if (!earliest) return null;
  return {
    id: cluster.id,
    size: cluster.documents,
    earliest: { id: earliest.document.id, published: earliest.document.published },
    members: members.map((m) => ({ ...m, lagDays: lagDays(earliest.document.published, m.document.published) })),
  };
}

async function toRows(rows: readonly RawRow[], terms: OfficeTerms): Promise<QuoteRow[]> {
  const out: QuoteRow[] = [];
  for (const r of rows) {
    out.push({
      id: `${r.doc_id}:${r.start}`,
      document: { id: r.doc_id, title: r.doc_title, published: r.published, source: r.doc_source, kind: r.doc_kind as Kind, path: r.doc_path },
      text: r.text,
      start: r.start,
      end: r.end,
      kind: r.kind as QuoteKind,
      cue: r.cue,
      speaker: await speakerOf(r, terms),
      cluster: r.cluster_id,
      clusterSize: r.cluster_documents === null ? 1 : Number(r.cluster_documents),
    });
  }
  return out;
}

/**
 * The speaker as the corpus knows them now: the canonical entity of the
 * speaker's row in the document's entity index (after merges and splits);
 * for an office alone, whoever's term in it holds the document's date.
 */
async function speakerOf(r: RawRow, terms: OfficeTerms): Promise<QuoteSpeakerView | null> {
  if (r.via === null) return null;
  const mention = { text: r.speaker_text ?? '', start: r.speaker_start ?? 0, end: r.speaker_end ?? 0 };
  const office = r.office_title === null ? null : { title: r.office_title, of: r.office_of ? r.office_of : null };
  const withOffice = office ? { office } : {};
  if (r.speaker_idx !== null) {
    // Until resolution indexes the document, the stage's own name stands in.
    const id = r.speaker_id ?? null;
    return { id, name: r.speaker_entity_name ?? id ?? r.speaker_name ?? mention.text, mention, via: r.via, ...withOffice };
  }
  const holder = office ? await terms.holderAt(office, r.published) : null;
  return { id: holder?.id ?? null, name: holder?.name ?? (office ? officeLabel(office) : mention.text), mention, via: r.via, ...withOffice };
}

// Clustering reads (src/link/quotes).

/** Up to `limit` queued documents, their quotes, and the remaining members of every group a removal touched. */
export async function quoteWork(db: Kysely<StoreTables>, limit: number): Promise<QuoteWork> {
  const documents = (await db.selectFrom('quote_pending').select('doc').orderBy('doc').limit(limit).execute()).map((r) => r.doc);
  const dirtyGroups = (await db.selectFrom('quote_dirty').select('grp').orderBy('grp').execute()).map((r) => r.grp);
  const quotes: PendingQuote[] = [];
  for (let i = 0; i < documents.length; i += CHUNK) {
    const rows = await db.selectFrom('quotes').select(['seq', 'doc', 'text', 'grp']).where('doc', 'in', documents.slice(i, i + CHUNK)).execute();
    for (const r of rows) quotes.push({ quote: r.seq, doc: r.doc, text: r.text, group: r.grp ?? r.seq, indexed: false });
  }
  for (let i = 0; i < dirtyGroups.length; i += CHUNK) {
    const rows = await db
      .selectFrom('quotes')
      .select(['seq', 'doc', 'text', 'grp'])
      .where('grp', 'in', dirtyGroups.slice(i, i + CHUNK))
      // A queued document's quotes are new: they come with their document.
      .where('doc', 'not in', db.selectFrom('quote_pending').select('doc'))
      .execute();
    for (const r of rows) quotes.push({ quote: r.seq, doc: r.doc, text: r.text, group: r.grp ?? r.seq, indexed: true });
  }
  quotes.sort((a, b) => a.quote - b.quote);
  return { documents, quotes, dirtyGroups };
}

/** Every quote of these groups, with what names a cluster. */
export async function quoteGroupMembers(db: Kysely<StoreTables>, groups: readonly number[]): Promise<QuoteMemberInfo[]> {
  const out: QuoteMemberInfo[] = [];
  const distinct = [...new Set(groups)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const rows = await db
      .selectFrom('quotes as q')
      .innerJoin('documents as d', 'd.seq', 'q.doc')
      .select(['q.seq', 'q.doc', 'd.id', 'd.published', 'd.kind', 'q.start', 'q.grp'])
      .where('q.grp', 'in', distinct.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.push({ quote: r.seq, doc: r.doc, documentId: r.id, published: r.published, kind: r.kind as Kind, start: r.start, group: r.grp ?? r.seq });
  }
  return out;
}

/** The earliest quotes with a speaker that pass `query` (its `contains`, `source`, `kind`…), oldest first, undated last. */
export async function earliestQuotes(context: QuoteContext, query: CheckedQuoteQuery): Promise<QuoteRow[]> {
  const terms = new OfficeTerms(context.db);
  const rows = await rowsQuery(context.db)
    .where(await quoteCondition(context, query, terms))
    .where('q.via', 'is not', null)
    .orderBy('q.published', (o) => o.asc().nullsLast())
    .orderBy('q.doc')
    .orderBy('q.start')
    .limit(query.limit)
    .execute();
  return toRows(rows, terms);
}
