import { QuerySyntaxError } from '../../core/index.js';
import { parseQuery, type SearchFilters, type Store, type TrendCountQuery } from '../../store/index.js';
import { parseParams } from '../entity-params.js';
import { canonicalRole } from '../quotes.js';
import { trendParamsSchema } from './params.js';
import { buildSeries, type TrendResult } from './series.js';

/**
 * Phrase trends (`parley trends`, `GET /api/trends`; docs/trends.md): the
 * store counts the scope and each phrase per day, here they become buckets.
 * The counts run concurrently: with a read pool each goes to its own worker.
 */
export async function phraseTrends(store: Store, raw: unknown): Promise<TrendResult> {
  const p = parseParams(trendParamsSchema, raw);
  p.phrase.forEach(checkPhrase);
  const filters: SearchFilters = { from: p.from, to: p.to, source: p.source, kind: p.kind };
  const scope: TrendCountQuery = {
    filters,
    speaker: p.speaker,
    role: p.role === undefined ? undefined : canonicalRole(p.role),
    of: p.of,
    occurrences: p.measure === 'per-million',
  };
  const [totals, ...counts] = await Promise.all([store.trendCounts(scope), ...p.phrase.map((q) => store.trendCounts({ ...scope, q }))]);
  return buildSeries(
    totals ?? [],
    p.phrase.map((phrase, i) => ({ phrase, counts: counts[i] ?? [] })),
    { by: p.by ?? 'month', measure: p.measure ?? 'share', split: p.split ?? null, smooth: p.smooth ?? 1 },
  );
}

/** A phrase that cannot be read is refused before anything is counted, naming which one it is (the page marks that box). */
function checkPhrase(phrase: string, index: number, all: readonly string[]): void {
  try {
    parseQuery(phrase);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError) || all.length === 1) throw error;
    throw new QuerySyntaxError(`Phrase ${index + 1} (${JSON.stringify(phrase)}): ${error.message}`, error.query, error.position);
  }
}

/** One row per point, for `--csv` and the page's export. */
export function trendCsvRows(result: TrendResult): string[][] {
  const rows = [['phrase', 'source', 'kind', 'bucket', 'from', 'to', 'matches', 'total', 'value']];
  for (const s of result.series) {
    for (const p of s.points) rows.push([s.phrase, s.source ?? '', s.kind ?? '', p.bucket, p.from, p.to, String(p.matches), String(p.total), String(p.value)]);
  }
  return rows;
}
