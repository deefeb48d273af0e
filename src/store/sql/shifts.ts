import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import { parseQuery, type MatchNode } from '../query/index.js';
import { checkQuotes } from '../quote-query.js';
import type { CheckedFilters } from '../search-query.js';
import { PhraseCounter, type ShiftPhrase, type ShiftSide as Side } from '../shifts/index.js';
import type { CheckedShiftSide, CheckedShifts } from '../trend-query.js';
import type { ShiftDocumentRef, ShiftedPhrase, ShiftResult, ShiftSpeaker } from '../trend-types.js';
import { filterCondition } from './filters.js';
import { earliestQuotes, type QuoteContext } from './quotes.js';
import type { SearchContext } from './search.js';
import type { WithDocumentAlias } from './tables.js';

/** Texts read per statement: a few MB, so memory holds one chunk and the counts. */
const CHUNK = 200;
/** Earliest documents and speakers shown per rising phrase. */
const FIRST = 3;
/** Quotes read to find that many distinct speakers. */
const SPEAKER_ROWS = 40;
/**
 * Text one side may count, in characters (about 7 million words): two sides
 * of this size rank in about 3 s and 400 MB. A larger side is counted on a
 * fixed sample of its documents (the same every time), so a query over an
 * archive of any size keeps its time and memory budget; the side says so.
 */
export const SIDE_BUDGET_CHARS = 40_000_000;
/** Sampling is by `seq` hashed into this many slots. */
const SLOTS = 1000;

const eb = expressionBuilder<WithDocumentAlias, 'd'>();

const NO_FILTERS: CheckedFilters = Object.freeze({ from: null, to: null, source: [], kind: [], minister: [], portfolio: [], person: [], org: [], place: [] });

/** The documents of one side: its own dates and lists, and the shared lists. */
function sideCondition(side: CheckedShiftSide, shared: Expression<SqlBool>): Expression<SqlBool> {
  return eb.and([filterCondition({ ...NO_FILTERS, from: side.from, to: side.to, source: side.source, kind: side.kind }), shared]);
}

/**
 * Counts every phrase of both sides' texts, streamed in chunks, and ranks
 * them (src/store/shifts); then, for each rising phrase, finds who used it
 * first in the shared scope, at any date.
 */
export async function shiftPhrases(search: SearchContext, quotes: QuoteContext, query: CheckedShifts): Promise<ShiftResult> {
  const shared = filterCondition({ ...NO_FILTERS, source: query.source, kind: query.kind });
  const sampled = { a: 1, b: 1 };
  const wheres = {} as Record<Side, Expression<SqlBool>>;
  let expectedCharacters = 0;
  for (const side of ['a', 'b'] as const satisfies readonly Side[]) {
    let where = sideCondition(query[side], shared);
    const size = await search.db.selectFrom('documents as d').select((e) => e.fn.coalesce(e.fn.sum<number>('d.text_length'), sql<number>`0`).as('chars')).where(where).executeTakeFirstOrThrow();
    const chars = Number(size.chars);
    if (chars > SIDE_BUDGET_CHARS) {
      const keep = Math.max(1, Math.floor((SLOTS * SIDE_BUDGET_CHARS) / chars));
      sampled[side] = keep / SLOTS;
      // A multiplicative hash spreads consecutive seqs (one ingest batch, one outlet) over the slots.
      where = eb.and([where, sql<SqlBool>`((d.seq * 2654435761) % ${sql.lit(SLOTS)}) < ${keep}`]);
    }
    wheres[side] = where;
    expectedCharacters += Math.min(chars, SIDE_BUDGET_CHARS);
  }
  const counter = new PhraseCounter({ expectedCharacters });
  for (const side of ['a', 'b'] as const satisfies readonly Side[]) {
    for (let after = -1; ; ) {
      const rows = await search.db.selectFrom('documents as d').select(['d.seq', 'd.text']).where(wheres[side]).where('d.seq', '>', after).orderBy('d.seq').limit(CHUNK).execute();
      for (const row of rows) counter.add(side, row.text);
      const last = rows.at(-1);
      if (!last || rows.length < CHUNK) break;
      after = last.seq;
    }
  }
  const ranking = counter.rank({ minDocs: query.minDocs, limit: query.limit });
  const rising: ShiftedPhrase[] = [];
  for (const phrase of ranking.rising) {
    const node = phraseQuery(phrase.phrase);
    rising.push(withOrigins(phrase, await firstDocuments(search, node, shared), await firstSpeakers(quotes, node, query)));
  }
  return {
    a: { documents: ranking.aDocuments, words: ranking.aWords, sample: sampled.a },
    b: { documents: ranking.bDocuments, words: ranking.bWords, sample: sampled.b },
    rising,
    falling: ranking.falling.map((p) => withOrigins(p, [], [])),
  };
}

function withOrigins(p: ShiftPhrase, first: ShiftDocumentRef[], speakers: ShiftSpeaker[]): ShiftedPhrase {
  return { ...p, first, speakers };
}

/** A ranked phrase as the search syntax reads it: its words in order. */
function phraseQuery(phrase: string): MatchNode {
  return parseQuery(`"${phrase.replace(/"/g, ' ')}"`) as MatchNode;
}

async function firstDocuments(search: SearchContext, node: MatchNode, shared: Expression<SqlBool>): Promise<ShiftDocumentRef[]> {
  const earliest = await search.fullText.earliest(node, shared, FIRST);
  if (earliest.length === 0) return [];
  const rows = await search.db.selectFrom('documents as d').select(['d.seq', 'd.id', 'd.published', 'd.title', 'd.source']).where('d.seq', 'in', earliest).execute();
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return earliest.flatMap((seq) => {
    const r = bySeq.get(seq);
    return r ? [{ id: r.id, published: r.published, title: r.title, source: r.source }] : [];
  });
}

async function firstSpeakers(quotes: QuoteContext, node: MatchNode, query: CheckedShifts): Promise<ShiftSpeaker[]> {
  // The quote listing's own filters: the shared scope and the phrase.
  const rows = await earliestQuotes(quotes, { ...checkQuotes({ source: query.source, kind: query.kind, limit: SPEAKER_ROWS }), contains: node });
  const seen = new Set<string>();
  const speakers: ShiftSpeaker[] = [];
  for (const row of rows) {
    if (row.speaker === null) continue;
    const key = row.speaker.id ?? `name:${row.speaker.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    speakers.push({ id: row.speaker.id, name: row.speaker.name, published: row.document.published, document: row.document.id });
    if (speakers.length === FIRST) break;
  }
  return speakers;
}
