import type { Command } from 'commander';
import { allReusePairs, documentReuse, listReuse, toReuseContract } from '../../app/index.js';
import type { ReusePair } from '../../store/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined } from '../options.js';
import { csv, table } from '../output.js';

interface ReuseFlags {
  db?: string;
  minShare?: string;
  source?: string[];
  kind?: string[];
  limit?: string;
  offset?: string;
  json?: boolean;
  csv?: boolean;
}

export function registerReuse(program: Command, io: CliIo): void {
  program
    .command('reuse')
    .description('Documents that reprint other documents: shares of each, lag in days, passages')
    .argument('[doc]', "only this document's pairs (its id, as search prints it)")
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--min-share <fraction>', 'pairs where either document is at least this much reused (default 0.2)')
    .option('--source <source>', 'pairs with a document from this source (repeatable)', collect)
    .option('--kind <kind>', 'pairs with a document of this kind: release, news, speech, other (repeatable)', collect)
    .option('--limit <n>', 'pairs to show (1-1000; default 50, or every pair with --json)')
    .option('--offset <n>', 'skip this many pairs')
    .option('--json', 'print the reuse contract: a JSON array of pairs with passages')
    .option('--csv', 'print CSV, one pair per row')
    .action(async (doc: string | undefined, opts: ReuseFlags) => {
      const params = dropUndefined({ minShare: opts.minShare, source: opts.source, kind: opts.kind, limit: opts.limit, offset: opts.offset });
      const { pairs, total } = await withStore(dbSpec(opts.db, io), async (store) => {
        if (opts.json && opts.limit === undefined) {
          const all = await allReusePairs(store, params, doc);
          return { pairs: all, total: all.length };
        }
        return doc === undefined ? listReuse(store, params) : documentReuse(store, doc, params);
      });
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(pairs.map(toReuseContract), null, 2)}\n`);
        return;
      }
      const columns = ['source', 'source date', 'target', 'target date', 'of source', 'of target', 'lag', 'passages'];
      const label = (d: ReusePair['source']) => `${d.title ?? d.path} [${d.source ?? d.kind}] ${d.id}`;
      const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
      if (opts.csv) {
        const rows = pairs.map((p) => [p.source.id, p.source.published, p.target.id, p.target.published, p.sourceShare, p.targetShare, p.lagDays, p.passages.length]);
        io.stdout.write(`${csv(columns, rows)}\r\n`);
        return;
      }
      const rows = pairs.map((p) => [
        label(p.source),
        p.source.published ?? '—',
        label(p.target),
        p.target.published ?? '—',
        percent(p.sourceShare),
        percent(p.targetShare),
        p.lagDays === null ? '—' : `${p.lagDays} d`,
        String(p.passages.length),
      ]);
      io.stdout.write(`${table(columns, rows, [60, 11, 60, 11, 9, 9, 6, 8])}\n`);
      io.stdout.write(`${total} related pairs; showing ${pairs.length}. "of source": share of the earlier document found in the later one.\n`);
    });
}
