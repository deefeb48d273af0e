import type { Command } from 'commander';
import { phraseTrends, trendCsvRows, type TrendResult, type TrendSeries } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined } from '../options.js';
import { csv, table } from '../output.js';

interface TrendFlags {
  db?: string;
  by?: string;
  measure?: string;
  source?: string[];
  kind?: string[];
  speaker?: string;
  role?: string;
  of?: string;
  split?: string;
  smooth?: string;
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
}

const SPARKS = '▁▂▃▄▅▆▇█';

export function registerTrends(program: Command, io: CliIo): void {
  program
    .command('trends')
    .description('How often phrases are used over time: one series per phrase (each in the search syntax; "a b" OR "c d" is one series)')
    .argument('<phrase...>', 'phrases to compare, e.g. \'"traditional partners"\' \'"independent foreign policy"\'')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--by <grain>', 'bucket by day, week, month (default), quarter or year')
    .option('--measure <m>', 'share (default: matching documents / documents), count (documents) or per-million (occurrences per million words)')
    .option('--source <source>', 'only this source (repeatable)', collect)
    .option('--kind <kind>', 'release, news, speech or other (repeatable)', collect)
    .option('--speaker <name|id>', "count only this speaker's quoted words")
    .option('--role <title>', 'count only quoted words of whoever held this office at the time ("Foreign Minister")')
    .option('--of <owner>', 'whose office --role is')
    .option('--split <by>', 'one series per source or per kind')
    .option('--smooth <n>', 'trailing mean over n buckets (counts stay raw)')
    .option('--from <date>', 'documents on or after YYYY-MM-DD')
    .option('--to <date>', 'documents on or before YYYY-MM-DD')
    .option('--json', 'print the trend as JSON (docs/trends.md), as GET /api/trends gives it')
    .option('--csv', 'print CSV, one row per series and bucket')
    .action(async (phrases: string[], opts: TrendFlags) => {
      const { db, json, csv: asCsv, ...params } = opts;
      if (json && asCsv) throw new UsageError('--json and --csv both given: choose one.');
      const result = await withStore(dbSpec(db, io), (store) => phraseTrends(store, dropUndefined({ ...params, phrase: phrases })));
      if (json) return void io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      const [head, ...rows] = trendCsvRows(result);
      if (asCsv) return void io.stdout.write(`${csv(head as string[], rows)}\r\n`);
      io.stdout.write(humanTrend(result));
    });
}

const label = (s: TrendSeries) => [s.phrase, s.source, s.kind].filter((v) => v !== null).join(' · ');

function format(value: number, measure: TrendResult['measure']): string {
  if (measure === 'count') return String(value);
  if (measure === 'share') return `${(value * 100).toFixed(1)}%`;
  return value.toFixed(1);
}

/** A table of buckets (rows) by series (columns), each cell with its matches of its total, then a sparkline per series. */
function humanTrend(result: TrendResult): string {
  if (result.series.length === 0) return 'No dated documents in scope: nothing to draw. Widen the filters, or ingest documents with dates.\n';
  const buckets = result.series[0]?.points ?? [];
  const rows = buckets.map((b, i) => [b.bucket, ...result.series.map((s) => {
    const p = s.points[i];
    return p ? `${format(p.value, result.measure)} (${p.matches}/${p.total})` : '';
  })]);
  const lines = [table(['bucket', ...result.series.map(label)], rows, [12, ...result.series.map(() => 28)])];
  for (const s of result.series) {
    const max = Math.max(...s.points.map((p) => p.value), 0);
    const spark = s.points.map((p) => (max === 0 ? SPARKS[0] : SPARKS[Math.min(7, Math.floor((p.value / max) * 7.999))])).join('');
    lines.push(`${label(s)}  ${spark}`);
  }
  const unit = result.measure === 'per-million' ? 'occurrences/words' : 'matching documents/documents';
  lines.push(`${buckets.length} ${result.by} buckets from ${result.from} to ${result.to}; (${unit}) in each cell.`);
  return `${lines.join('\n')}\n`;
}
