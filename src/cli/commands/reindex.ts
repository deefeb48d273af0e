import type { Command } from 'commander';
import { reindex } from '../../app/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { ProgressBar } from '../progress-bar.js';

export function registerReindex(program: Command, io: CliIo): void {
  program
    .command('reindex')
    .description('Re-run pipeline stages whose version changed since documents were stored')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .action(async (opts: { db?: string }) => {
      const bar = new ProgressBar(io.stderr, 'reindex');
      const summary = await withStore(dbSpec(opts.db, io), (store) => reindex(store, { onProgress: (done, total) => bar.update(done, total, '') }));
      bar.clear();
      io.stderr.write(`${summary.stale} stale documents, ${summary.reindexed} re-run.\n`);
    });
}
