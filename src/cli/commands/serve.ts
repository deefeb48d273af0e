import type { Command } from 'commander';
import { ingestPaths } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import { startServer } from '../../server/index.js';
import { dbSpec, VERSION, type CliIo } from '../context.js';
import { describeSummary } from './ingest.js';
import { openStore } from '../../app/index.js';
import { ProgressBar } from '../progress-bar.js';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Serve the web UI and the HTTP JSON API (read-only)')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--port <port>', 'port to listen on (default $PORT or 3000)')
    .option('--host <host>', 'interface to bind (default 127.0.0.1)', '127.0.0.1')
    .option('--ingest <paths...>', 'ingest these paths before serving (idempotent)')
    .action(async (opts: { db?: string; port?: string; host: string; ingest?: string[] }) => {
      const port = parsePort(opts.port ?? io.env.PORT ?? '3000');
      const store = await openStore(dbSpec(opts.db, io));
      if (opts.ingest?.length) {
        const bar = new ProgressBar(io.stderr, 'ingest');
        const summary = await ingestPaths(store, opts.ingest, { onProgress: (p) => bar.update(p.done, p.total, '') });
        bar.clear();
        io.stderr.write(`${describeSummary(summary)}\n`);
      }
      const server = await startServer({
        store,
        port,
        host: opts.host,
        version: VERSION,
        log: (message, error) => io.stderr.write(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
      });
      io.stdout.write(`Parley ${VERSION} is serving ${(await store.stats()).documents} documents at ${server.url}/\n`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Port '${value}' is not a port number: use 0-65535 (--port or PORT).`);
  return port;
}
