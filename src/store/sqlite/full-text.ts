import { sql, type Kysely, type SqlBool } from 'kysely';
import { compileFts5, type MatchNode } from '../query/index.js';
import { ELLIPSIS, MARK_END, MARK_START } from '../snippet.js';
import type { FullText } from '../sql/full-text.js';
import { countMarks, docsizeTokens } from './fts5-docsize.js';
import type { StoreTables } from '../sql/tables.js';

/** BM25 column weights: a word in the title counts five times one in the text. */
const TITLE_WEIGHT = 5.0;
const TEXT_WEIGHT = 1.0;
/** Tokens per snippet (FTS5 allows up to 64); about 200 characters of English. */
const SNIPPET_TOKENS = 32;
/** The `text` column of `documents_fts`; snippets come from the body, the title is shown anyway. */
const TEXT_COLUMN = 1;

type FtsTables = {
  documents_fts: { rowid: number; documents_fts: string; title: string | null; text: string };
  documents_fts_docsize: { id: number; sz: Uint8Array | null };
};

/** Marks around each match for `highlight()`: the snippet sentinels, noncharacters that text does not carry. */
const OPEN = MARK_START;
const CLOSE = MARK_END;

/** Full-text search with FTS5 over `documents_fts` (see migrations.ts). */
export function fts5FullText(db: Kysely<StoreTables>): FullText {
  const fts = db.withTables<FtsTables>();
  const match = (query: MatchNode) => sql<SqlBool>`documents_fts match ${compileFts5(query)}`;
  return {
    async matched(query, filter) {
      const rows = await fts
        .selectFrom('documents_fts')
        .innerJoin('documents as d', 'd.seq', 'documents_fts.rowid')
        .select(['d.seq', 'd.published', 'd.source', 'd.kind'])
        .select(sql<number>`-bm25(documents_fts, ${sql.lit(TITLE_WEIGHT)}, ${sql.lit(TEXT_WEIGHT)})`.as('score'))
        .where(match(query))
        .where(filter)
        .execute();
      return rows;
    },

    // One bound JSON array rather than one parameter per document: a matched set can hold every document.
    inSet: (seqs) => sql<SqlBool>`d.seq in (select value from json_each(${JSON.stringify(seqs)}))`,

    // One statement per document, stopped after its row: FTS5 seeks a `rowid =`
    // straight to that row, but then goes on walking the rest of the match
    // unless told to stop, and with `rowid IN (…)` it runs the whole match again
    // (1 s a snippet for `trade` over 7,500 transcripts without the LIMIT,
    // 60 ms a page with IN, 1 ms a page like this).
    async snippets(query, seqs) {
      const expression = compileFts5(query);
      const found = new Map<number, string>();
      for (const seq of seqs) {
        const row = await fts
          .selectFrom('documents_fts')
          .select(sql<string>`snippet(documents_fts, ${sql.lit(TEXT_COLUMN)}, ${MARK_START}, ${MARK_END}, ${ELLIPSIS}, ${sql.lit(SNIPPET_TOKENS)})`.as('snippet'))
          .where(sql<SqlBool>`documents_fts match ${expression}`)
          .where('documents_fts.rowid', '=', seq)
          .limit(1)
          .executeTakeFirst();
        if (row) found.set(seq, row.snippet);
      }
      return found;
    },

    // The FTS5 match first, then each document's date, outlet and kind from
    // the narrow `documents_trend` index (migration 0011), never from its row.
    async dated(query, filter) {
      const rows = await sql<{ seq: number; published: string | null; source: string | null; kind: string }>`
        select d.seq, d.published, d.source, d.kind from documents as d indexed by documents_trend
        where d.seq in (select rowid from documents_fts where documents_fts match ${compileFts5(query)}) and ${filter}`.execute(db);
      return rows.rows;
    },

    // No rank is computed: only dates order these.
    async earliest(query, filter, limit) {
      // Dates from the narrow index, as `dated` reads them: a common word's thousands of matches never touch their rows.
      const rows = await sql<{ seq: number }>`
        select d.seq from documents as d indexed by documents_trend
        where d.seq in (select rowid from documents_fts where documents_fts match ${compileFts5(query)}) and ${filter}
        order by d.published is null, d.published, d.seq
        limit ${limit}`.execute(db);
      return rows.rows.map((r) => r.seq);
    },

    async words(filter) {
      const rows = await fts
        .selectFrom('documents as d')
        .leftJoin('documents_fts_docsize as z', 'z.id', 'd.seq')
        .select(['d.seq', 'd.published', 'd.source', 'd.kind', 'z.sz'])
        .where(filter)
        .execute();
      return rows.map(({ sz, ...row }) => ({ ...row, count: docsizeTokens(sz) }));
    },

    // Both columns, as a match may be in either; instances that touch are one mark.
    async occurrences(query, filter) {
      const rows = await fts
        .selectFrom('documents_fts')
        .innerJoin('documents as d', 'd.seq', 'documents_fts.rowid')
        .select(['d.seq', 'd.published', 'd.source', 'd.kind'])
        .select(sql<string | null>`highlight(documents_fts, 0, ${OPEN}, ${CLOSE})`.as('title_marked'))
        .select(sql<string>`highlight(documents_fts, 1, ${OPEN}, ${CLOSE})`.as('text_marked'))
        .where(match(query))
        .where(filter)
        .execute();
      return rows.map(({ title_marked, text_marked, ...row }) => ({ ...row, count: countMarks(title_marked, OPEN) + countMarks(text_marked, OPEN) }));
    },
  };
}
