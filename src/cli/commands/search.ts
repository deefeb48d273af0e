import type { Command } from 'commander';
import { searchDocuments } from '../../app/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined, oneOf } from '../options.js';
import { csv, snippetToText, table } from '../output.js';

interface SearchFlags {
  db?: string;
  from?: string;
  to?: string;
  source?: string[];
  kind?: string[];
  minister?: string[];
  portfolio?: string[];
  person?: string[];
  org?: string[];
  place?: string[];
  sort?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
  csv?: boolean;
}

export function registerSearch(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('Full-text search: "exact phrase", prefix*, OR, -exclude, title:word')
    .argument('[query]', 'the query; omit to list the newest documents')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--source <source>', 'only this source (repeatable)', collect)
    .option('--kind <kind>', 'release, news, speech or other (repeatable)', collect)
    .option('--minister <name>', 'only releases by this minister (repeatable)', collect)
    .option('--portfolio <name>', 'only this portfolio (repeatable)', collect)
    .option('--person <id>', 'only documents naming this person, e.g. person:winston-peters (repeatable: any of them)', collect)
    .option('--org <id>', 'only documents naming this organisation, e.g. org:nato (repeatable: any of them)', collect)
    .option('--place <id>', 'only documents naming this place, e.g. place:wellington (repeatable: any of them)', collect)
    .option('--sort <order>', 'relevance or date', oneOf('--sort', ['relevance', 'date'] as const))
    .option('--limit <n>', 'results per page (1-200, default 20)')
    .option('--offset <n>', 'skip this many results')
    .option('--json', 'print {"total", "results"} as JSON')
    .option('--csv', 'print CSV')
    .action(async (query: string | undefined, opts: SearchFlags) => {
      const { db, json, csv: asCsv, ...filters } = opts;
      const page = await withStore(dbSpec(db, io), (store) => searchDocuments(store, dropUndefined({ q: query, ...filters })));
      if (json) {
        io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      const columns = ['id', 'published', 'kind', 'source', 'score', 'title', 'snippet'];
      if (asCsv) {
        const rows = page.results.map((r) => [r.id, r.published, r.kind, r.source, Number(r.score.toFixed(4)), r.title, snippetToText(r.snippet, false)]);
        io.stdout.write(`${csv(columns, rows)}\r\n`);
        return;
      }
      const bold = Boolean(io.stdout.isTTY);
      const rows = page.results.map((r) => [r.id, r.published ?? '—', r.kind, r.source ?? '—', r.score.toFixed(2), r.title ?? '(untitled)', snippetToText(r.snippet, false)]);
      io.stdout.write(`${table(columns, rows, [16, 10, 7, 24, 6, 50, 80])}\n`);
      const offset = Number(opts.offset ?? 0);
      io.stdout.write(`${bold ? '\u001b[2m' : ''}${page.total} matches; showing ${page.results.length ? offset + 1 : 0}–${offset + page.results.length}.${bold ? '\u001b[22m' : ''}\n`);
    });
}
