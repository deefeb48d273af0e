import type { Command } from 'commander';
import { getDocumentView } from '../../app/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';

export function registerShow(program: Command, io: CliIo): void {
  program
    .command('show')
    .description('Print one stored document: metadata and text, or everything as JSON')
    .argument('<id>', 'document id, as search prints it')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--json', 'print the full document view as JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const view = await withStore(dbSpec(opts.db, io), (store) => getDocumentView(store, id));
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const facts = [
        ['title', view.title],
        ['published', view.published],
        ['source', view.source],
        ['kind', view.kind],
        ['url', view.url],
        ['byline', view.byline],
        ['ministers', view.ministers.join('; ')],
        ['portfolios', view.portfolios.join('; ')],
        ['path', view.path],
      ].filter(([, value]) => value);
      io.stdout.write(`${facts.map(([k, v]) => `${String(k).padEnd(10)} ${v}`).join('\n')}\n\n${view.text}\n`);
    });
}
