import { sql, type Kysely, type SqlBool } from 'kysely';
import { compileFts5 } from '../query/index.js';
import type { QuoteFullText } from '../sql/quote-full-text.js';
import type { StoreTables } from '../sql/tables.js';
import { MARK_END, MARK_START } from '../snippet.js';
import { countMarks, docsizeTokens } from './fts5-docsize.js';

/** Bound once as a JSON array: a speaker's quotes can number tens of thousands. */
const inQuotes = (quotes: readonly number[]) => sql`(select value from json_each(${JSON.stringify(quotes)}))`;
/** Marks around each match for `highlight()`: the snippet sentinels, noncharacters that text does not carry. */
const OPEN = MARK_START;
const CLOSE = MARK_END;

/** `quotes_fts` (migration `0008-quotes`): the engine matches once, and the listing joins the keys it found. */
export function fts5QuoteFullText(db: Kysely<StoreTables>): QuoteFullText {
  return {
    matches: (query) => sql<SqlBool>`q.seq in (select rowid from quotes_fts where quotes_fts match ${compileFts5(query)})`,

    async words(quotes) {
      const rows = await sql<{ id: number; sz: Uint8Array | null }>`select id, sz from quotes_fts_docsize where id in ${inQuotes(quotes)}`.execute(db);
      return new Map(rows.rows.map((r) => [r.id, docsizeTokens(r.sz)]));
    },

    async occurrences(query, quotes) {
      const rows = await sql<{ id: number; marked: string | null }>`
        select rowid as id, highlight(quotes_fts, 0, ${OPEN}, ${CLOSE}) as marked
        from quotes_fts where quotes_fts match ${compileFts5(query)} and rowid in ${inQuotes(quotes)}`.execute(db);
      return new Map(rows.rows.map((r) => [r.id, countMarks(r.marked, OPEN)]));
    },
  };
}
