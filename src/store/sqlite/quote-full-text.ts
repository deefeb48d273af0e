import { sql, type SqlBool } from 'kysely';
import { compileFts5 } from '../query/index.js';
import type { QuoteFullText } from '../sql/quote-full-text.js';

/** `quotes_fts` (migration `0008-quotes`): the engine matches once, and the listing joins the keys it found. */
export const fts5QuoteFullText: QuoteFullText = {
  matches: (query) => sql<SqlBool>`q.seq in (select rowid from quotes_fts where quotes_fts match ${compileFts5(query)})`,
};
