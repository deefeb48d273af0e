import type { Command } from 'commander';
import { resolve } from 'node:path';
import { ingestPaths, openStore, type OpenStoreOptions } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import { startServer, type RunningServer } from '../../server/index.js';
import type { Store } from '../../store/index.js';
import { dbSpec, VERSION, type CliIo } from '../context.js';
import { describeSummary } from './ingest.js';
import { ProgressBar } from '../progress-bar.js';

interface ServeFlags {
  db?: string;
  port?: string;
  host: string;
  ingest?: string[];
  allowedHost?: string[];
  token?: string;
  showPaths?: boolean;
  pathRoot?: string;
  readWorkers?: string;
  queryBudgetMs?: string;
}

/** How long open requests get after SIGTERM/SIGINT before their sockets are cut, and when the process gives up waiting. */
const GRACE_MS = 1500;
const HARD_EXIT_MS = 5000;

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Serve the web UI and the HTTP JSON API (read-only unless --token is given)')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--port <port>', 'port to listen on (default $PORT or 3000)')
    .option('--host <host>', 'interface to bind; anything beyond loopback needs --token', '127.0.0.1')
    .option('--allowed-host <name...>', 'another name clients may reach the server by, name or name:port (repeatable; also $PARLEY_ALLOWED_HOSTS, comma-separated)')
    .option('--token <secret>', 'accept entity corrections through the API from clients sending Authorization: Bearer <secret> (prefer $PARLEY_TOKEN: flags show in ps)')
    .option('--show-paths', 'show documents\' paths as ingested (default: relative to --path-root, never absolute)')
    .option('--path-root <dir>', 'directory document paths are shown relative to (default: the current directory)')
    .option('--read-workers <n>', 'worker processes that run queries (0-32, default 2; 0 runs them in the server process, without a budget)')
    .option('--query-budget-ms <ms>', 'cancel a query after this long and answer 503 (default $PARLEY_QUERY_BUDGET_MS or 2000)')
    .option('--ingest <paths...>', 'ingest these paths before serving (idempotent)')
    .action(async (opts: ServeFlags) => {
      const port = parsePort(opts.port ?? io.env.PORT ?? '3000');
      const allowedHosts = [...(opts.allowedHost ?? []), ...(io.env.PARLEY_ALLOWED_HOSTS ?? '').split(',')].map((h) => h.trim()).filter(Boolean);
      const token = checkToken(opts.token ?? (io.env.PARLEY_TOKEN || undefined));
      const exposed = !isLoopbackHost(opts.host);
      if (exposed && token === undefined) {
        throw new UsageError(
          `--host ${opts.host} makes Parley reachable from other machines, so it needs a token: give --token <secret> (or PARLEY_TOKEN), or bind 127.0.0.1.`,
        );
      }
      const readPool = readPoolOptions(opts, io.env);

      const store = await openStore(dbSpec(opts.db, io), readPool);
      let server: RunningServer;
      try {
        if (opts.ingest?.length) {
          const bar = new ProgressBar(io.stderr, 'ingest');
          const summary = await ingestPaths(store, opts.ingest, { onProgress: (p) => bar.update(p.done, p.total, '') });
          bar.clear();
          io.stderr.write(`${describeSummary(summary)}\n`);
        }
        server = await startServer({
          store,
          port,
          host: opts.host,
          version: VERSION,
          allowedHosts,
          token,
          showPaths: opts.showPaths ?? false,
          pathRoot: resolve(opts.pathRoot ?? '.'),
          log: (message, error) => io.stderr.write(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
        });
      } catch (error) {
        await store.close().catch(() => undefined);
        throw error;
      }
      if (exposed) {
        io.stderr.write(
          `parley: warning: listening on ${opts.host}, reachable from other machines. Anyone who can reach it can read everything; ` +
            'corrections need the token. Clients using a name or address other than the bound one need --allowed-host <name>.\n',
        );
      }
      const documents = (await store.stats()).documents;
      // Handlers first: a supervisor that signals as soon as it reads the line must find them in place.
      onShutdown(server, store, io);
      io.stdout.write(`Parley ${VERSION} is serving ${documents} documents at ${server.url}/${token ? ' (corrections need the token)' : ' (read-only)'}\n`);
    });
}

/**
 * SIGTERM or SIGINT: stop accepting, let open requests finish for a moment,
 * cut what is left, close the store, exit 0. A timer that holds nothing
 * open forces the exit if any of that hangs; a second signal exits at once.
 */
function onShutdown(server: RunningServer, store: Store, io: CliIo): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      io.stderr.write(`parley: ${signal} again: exiting now.\n`);
      process.exit(1);
    }
    stopping = true;
    setTimeout(() => {
      io.stderr.write(`parley: shutdown took over ${HARD_EXIT_MS / 1000} s: exiting anyway.\n`);
      process.exit(1);
    }, HARD_EXIT_MS).unref();
    void (async () => {
      let code = 0;
      for (const close of [() => server.close({ graceMs: GRACE_MS }), () => store.close()]) {
        try {
          await close();
        } catch (error) {
          io.stderr.write(`parley: while shutting down: ${error instanceof Error ? error.message : String(error)}\n`);
          code = 1;
        }
      }
      process.exit(code);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Port '${value}' is not a port number: use 0-65535 (--port or PORT).`);
  return port;
}

function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** A short or spaced token is a mistake worth stopping for: it guards writes to the store. */
function checkToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.length < 16 || /\s/.test(token)) {
    throw new UsageError('--token (or PARLEY_TOKEN) must be at least 16 characters without spaces: generate one with `openssl rand -hex 32`.');
  }
  return token;
}

function readPoolOptions(opts: ServeFlags, env: NodeJS.ProcessEnv): OpenStoreOptions {
  const workers = wholeNumber(opts.readWorkers ?? '2', '--read-workers', 0, 32);
  const budgetMs = wholeNumber(opts.queryBudgetMs ?? env.PARLEY_QUERY_BUDGET_MS ?? '2000', '--query-budget-ms (or PARLEY_QUERY_BUDGET_MS)', 1, 600_000);
  return workers === 0 ? {} : { readPool: { workers, budgetMs } };
}

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} '${value}' is not a whole number from ${min} to ${max}.`);
  return n;
}
