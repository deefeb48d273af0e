import type { Command } from 'commander';
import { listQuotes, quoteClusterView } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import type { QuoteClusterMember, QuoteRow } from '../../store/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined } from '../options.js';
import { csv, table } from '../output.js';

interface QuoteFlags {
  db?: string;
  speaker?: string;
  role?: string;
  of?: string;
  contains?: string;
  from?: string;
  to?: string;
  source?: string[];
  kind?: string[];
  cluster?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
  csv?: boolean;
}

const COLUMNS = ['date', 'speaker', 'quote', 'source', 'cluster', 'id'];

export function registerQuotes(program: Command, io: CliIo): void {
  program
    .command('quotes')
    .description('Who said what: quotes with resolved speakers, newest first; --cluster ID for one quote across documents')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--speaker <name|id>', 'said by this entity: an id (person:winston-peters) or a name, as `parley entities --search` matches it')
    .option('--role <title>', 'said by whoever held this office at the time, or by the office itself ("Foreign Minister")')
    .option('--of <owner>', "whose office --role is (a country or organisation); default: any")
    .option('--contains <query>', 'words in the quote, in the search syntax ("exact phrase", prefix*, OR, -word)')
    .option('--from <date>', 'quoted on or after YYYY-MM-DD')
    .option('--to <date>', 'quoted on or before YYYY-MM-DD')
    .option('--source <source>', 'only this source (repeatable)', collect)
    .option('--kind <kind>', 'release, news, speech or other (repeatable)', collect)
    .option('--cluster <id>', "one cluster's members, oldest first, with their lag (no other filter applies)")
    .option('--limit <n>', 'quotes per page (1-500, default 50)')
    .option('--offset <n>', 'skip this many quotes')
    .option('--json', 'print {"total", "results"} (with --cluster: the cluster) as JSON, rows as GET /api/quotes gives them')
    .option('--csv', 'print CSV, one quote per row')
    .action(async (opts: QuoteFlags) => {
      const { db, json, csv: asCsv, cluster, ...filters } = opts;
      if (json && asCsv) throw new UsageError('--json and --csv both given: choose one.');
      if (cluster !== undefined) {
        const given = Object.entries(filters).filter(([, v]) => v !== undefined).map(([k]) => `--${k}`);
        if (given.length > 0) throw new UsageError(`--cluster lists one cluster whole: drop ${given.join(', ')}, or drop --cluster to filter quotes.`);
        const found = await withStore(dbSpec(db, io), (store) => quoteClusterView(store, cluster));
        if (json) return void io.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        const lag = (m: QuoteClusterMember) => (m.lagDays === null ? '—' : `${m.lagDays} d`);
        if (asCsv) return void io.stdout.write(`${csv([...COLUMNS, 'lag days'], found.members.map((m) => [...csvRow(m), m.lagDays]))}\r\n`);
        io.stdout.write(`${table(['lag', ...COLUMNS], found.members.map((m) => [lag(m), ...humanRow(m)]), [6, 10, 24, 80, 20, 15, 24])}\n`);
        io.stdout.write(`${found.id}: ${found.size} documents; first ${found.earliest.published ?? '(undated)'} in ${found.earliest.id}.\n`);
        return;
      }
      const page = await withStore(dbSpec(db, io), (store) => listQuotes(store, dropUndefined(filters)));
      if (json) return void io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      if (asCsv) return void io.stdout.write(`${csv(COLUMNS, page.results.map(csvRow))}\r\n`);
      io.stdout.write(`${table(COLUMNS, page.results.map(humanRow), [10, 24, 80, 20, 15, 24])}\n`);
      const offset = Number(opts.offset ?? 0);
      io.stdout.write(`${page.total} quotes; showing ${page.results.length ? offset + 1 : 0}–${offset + page.results.length}.\n`);
    });
}

const speakerName = (q: QuoteRow) => q.speaker?.name ?? '(unattributed)';

function humanRow(q: QuoteRow): string[] {
  const cluster = q.cluster === null ? '—' : `${q.cluster} (${q.clusterSize})`;
  return [q.document.published ?? '—', speakerName(q), `“${q.text}”`, q.document.source ?? q.document.kind, cluster, q.id];
}

function csvRow(q: QuoteRow): (string | number | null)[] {
  return [q.document.published, q.speaker?.name ?? null, q.text, q.document.source, q.cluster, q.id];
}
