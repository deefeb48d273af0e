import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Kind } from '../../core/index.js';
import type { CheckedReuseQuery } from '../reuse-query.js';
import type { ReuseCounts, ReuseDocument, ReuseDocumentRef, ReusePage, ReusePassage } from '../reuse-types.js';
import type { StoreTables } from './tables.js';

/** Rows per `in (…)` list: well below every database's parameter limit. */
const CHUNK = 500;

type PairScope = StoreTables & { p: StoreTables['reuse_pairs']; s: StoreTables['documents']; t: StoreTables['documents'] };

export async function reusePending(db: Kysely<StoreTables>, limit: number): Promise<ReuseDocument[]> {
  const rows = await db
    .selectFrom('reuse_pending as q')
    .innerJoin('documents as d', 'd.seq', 'q.doc')
    .select(['d.seq', 'd.id', 'd.published', 'd.kind', 'd.text_length'])
    .orderBy('q.doc')
    .limit(limit)
    .execute();
  return rows.map(toReuseDocument);
}

export async function reuseDocumentInfo(db: Kysely<StoreTables>, docs: readonly number[]): Promise<ReuseDocument[]> {
  const out: ReuseDocument[] = [];
  for (let i = 0; i < docs.length; i += CHUNK) {
    const rows = await db
      .selectFrom('documents as d')
      .select(['d.seq', 'd.id', 'd.published', 'd.kind', 'd.text_length'])
      .where('d.seq', 'in', docs.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) out.push(toReuseDocument(row));
  }
  return out;
}

export async function reuseDocuments(db: Kysely<StoreTables>, docs: readonly number[]): Promise<Array<ReuseDocument & { text: string }>> {
  const out: Array<ReuseDocument & { text: string }> = [];
  for (let i = 0; i < docs.length; i += CHUNK) {
    const rows = await db
      .selectFrom('documents as d')
      .select(['d.seq', 'd.id', 'd.published', 'd.kind', 'd.text_length', 'd.text'])
      .where('d.seq', 'in', docs.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) out.push({ ...toReuseDocument(row), text: row.text });
  }
  return out;
}

export async function reuseCounts(db: Kysely<StoreTables>): Promise<ReuseCounts> {
  const count = (table: 'documents' | 'reuse_pending' | 'fingerprints') =>
    db.selectFrom(table).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const [documents, pending, fingerprints] = await Promise.all([count('documents'), count('reuse_pending'), count('fingerprints')]);
  return { documents: Number(documents.n), pending: Number(pending.n), fingerprints: Number(fingerprints.n) };
}

/** Related pairs, larger share first; `document` limits them to the pairs of one document. */
export async function listReuse(db: Kysely<StoreTables>, query: CheckedReuseQuery): Promise<ReusePage> {
  const seqOf = async (id: string | null) =>
    id === null ? null : ((await db.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst())?.seq ?? -1);
  const seq = await seqOf(query.document);
  const other = await seqOf(query.other);
  if (seq === -1 || other === -1) return { total: 0, pairs: [] };
  const where = (e: ExpressionBuilder<PairScope, 'p' | 's' | 't'>) => {
    const conditions = [e('p.top_share', '>=', query.minShare)];
    if (seq !== null && other !== null) {
      conditions.push(e.or([e.and([e('p.source', '=', seq), e('p.target', '=', other)]), e.and([e('p.source', '=', other), e('p.target', '=', seq)])]));
    } else if (seq !== null) {
      conditions.push(e.or([e('p.source', '=', seq), e('p.target', '=', seq)]));
    }
    if (query.source.length > 0) conditions.push(e.or([e('s.source', 'in', query.source), e('t.source', 'in', query.source)]));
    if (query.kind.length > 0) conditions.push(e.or([e('s.kind', 'in', query.kind), e('t.kind', 'in', query.kind)]));
    return e.and(conditions);
  };
  const base = db
    .selectFrom('reuse_pairs as p')
    .innerJoin('documents as s', 's.seq', 'p.source')
    .innerJoin('documents as t', 't.seq', 'p.target')
    .where(where);
  const [total, rows] = await Promise.all([
    base.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        's.id as s_id', 's.path as s_path', 's.title as s_title', 's.published as s_published', 's.source as s_source', 's.kind as s_kind',
        't.id as t_id', 't.path as t_path', 't.title as t_title', 't.published as t_published', 't.source as t_source', 't.kind as t_kind',
        'p.source_share', 'p.target_share', 'p.lag_days', 'p.passages',
      ])
      .orderBy('p.top_share', 'desc')
      .orderBy(sql`coalesce(s.published, '')`, 'desc')
      .orderBy('p.source')
      .orderBy('p.target')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  return {
    total: Number(total.n),
    pairs: rows.map((r) => ({
      source: ref(r.s_id, r.s_path, r.s_title, r.s_published, r.s_source, r.s_kind),
      target: ref(r.t_id, r.t_path, r.t_title, r.t_published, r.t_source, r.t_kind),
      sourceShare: r.source_share,
      targetShare: r.target_share,
      lagDays: r.lag_days,
      passages: JSON.parse(r.passages) as ReusePassage[],
    })),
  };
}

function ref(id: string, path: string, title: string | null, published: string | null, source: string | null, kind: string): ReuseDocumentRef {
  return { id, path, title, published, source, kind: kind as Kind };
}

function toReuseDocument(row: { seq: number; id: string; published: string | null; kind: string; text_length: number }): ReuseDocument {
  return { doc: row.seq, id: row.id, published: row.published, kind: row.kind as Kind, textLength: row.text_length };
}
