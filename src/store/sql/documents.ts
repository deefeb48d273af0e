import { sql, type Kysely } from 'kysely';
import type { StageVersion, StoreStats, StoredDocument } from '../store.js';
import { toStoredDocument } from './rows.js';
import type { StoreTables } from './tables.js';

export async function getStoredDocument(db: Kysely<StoreTables>, id: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [messages, stages] = await Promise.all([
    db.selectFrom('messages').selectAll().where('doc', '=', row.seq).orderBy('ordinal').execute(),
    db.selectFrom('stage_runs').selectAll().where('doc', '=', row.seq).orderBy('ordinal').execute(),
  ]);
  return toStoredDocument(row, messages, stages);
}

export async function storeStats(db: Kysely<StoreTables>): Promise<StoreStats> {
  const row = await db
    .selectFrom('documents')
    .select((e) => [
      e.fn.countAll<number>().as('documents'),
      e.fn.coalesce(e.fn.sum<number>('bytes'), sql<number>`0`).as('bytes'),
      e.fn.coalesce(e.fn.sum<number>('text_length'), sql<number>`0`).as('textChars'),
    ])
    .executeTakeFirstOrThrow();
  return { documents: Number(row.documents), bytes: Number(row.bytes), textChars: Number(row.textChars) };
}

/**
 * A document is current when its stage runs are exactly `current`: as many
 * runs as stages, and each run's name and version among them. Anything else
 * (missing, older or extra stages) is stale.
 */
export async function staleDocumentIds(db: Kysely<StoreTables>, current: readonly StageVersion[]): Promise<string[]> {
  const rows = await db
    .selectFrom('documents as d')
    .leftJoin('stage_runs as s', 's.doc', 'd.seq')
    .select('d.id')
    .groupBy(['d.seq', 'd.id'])
    .having((e) =>
      e.or([
        e(e.fn.count('s.stage'), '!=', current.length),
        e(
          e.fn.sum(
            e
              .case()
              .when(e.or(current.map((stage) => e.and([e('s.stage', '=', stage.name), e('s.version', '=', stage.version)]))))
              .then(1)
              .else(0)
              .end(),
          ),
          '!=',
          current.length,
        ),
      ]),
    )
    .orderBy('d.seq')
    .execute();
  return rows.map((row) => row.id);
}

/** Paths per query: well under every database's limit on bound parameters. */
const PATHS_PER_QUERY = 500;

export async function sourceHashes(db: Kysely<StoreTables>, paths: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(paths)];
  for (let i = 0; i < unique.length; i += PATHS_PER_QUERY) {
    const rows = await db
      .selectFrom('sources')
      .select(['path', 'source_hash'])
      .where('path', 'in', unique.slice(i, i + PATHS_PER_QUERY))
      .execute();
    for (const row of rows) found.set(row.path, row.source_hash);
  }
  return found;
}
