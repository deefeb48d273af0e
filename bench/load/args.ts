import { parseArgs } from 'node:util';

export interface LoadOptions {
  /** The demo corpus instead of the full transcripts. */
  readonly quick: boolean;
  /** An existing database to load instead of the cached one. */
  readonly db: string | null;
  readonly seconds: number;
  readonly requests: number;
  readonly clients: number;
  readonly timeoutMs: number;
  /** The per-query budget the issue sets, reported against (not enforced by the bench). */
  readonly budgetMs: number;
  /** Files phase 2 re-ingests with revised text. */
  readonly writeDocs: number;
  readonly seed: number;
  /** Write the BENCHMARKS.md section (default: only for the full corpus). */
  readonly report: boolean;
  readonly build: boolean;
  /** The `parley` launcher to run (another checkout's bin/parley.js, to compare builds). */
  readonly bin: string | null;
  /** Extra flags for `parley serve`, e.g. --read-workers=4. */
  readonly serveArgs: readonly string[];
}

export const USAGE = `Usage: node --import tsx bench/load/index.ts [options]

  --quick            the demo corpus (fast) instead of the full AU PM transcripts
  --db PATH          load this existing database instead of building/reusing .bench/load/au-pm.db
  --seconds N        time limit per phase (default 20)
  --requests N       normal-request limit per phase, whichever comes first (default 20000)
  --clients N        normal clients (default 8); phase 3 adds one hostile client
  --timeout MS       per-request client timeout (default 30000)
  --budget MS        per-query budget to report hostile requests against (default 2000)
  --write-docs N     files phase 2 re-ingests with revised text (default 1000; 200 with --quick)
  --seed N           seed of the request mix (default 12)
  --report/--no-report   write the BENCHMARKS.md section (default: yes for the full corpus, no for --quick/--db)
  --no-build         do not recompile dist/ when it is older than src/
  --bin PATH         run this parley launcher (e.g. another checkout's bin/parley.js) instead of this repo's
  --serve-arg=FLAG   pass FLAG to parley serve (repeatable), e.g. --serve-arg=--read-workers=4
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} '${value}' is not a positive number: give e.g. --${name} ${fallback}.`);
  return n;
}

export function parseLoadArgs(argv: readonly string[]): LoadOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      db: { type: 'string' },
      seconds: { type: 'string' },
      requests: { type: 'string' },
      clients: { type: 'string' },
      timeout: { type: 'string' },
      budget: { type: 'string' },
      'write-docs': { type: 'string' },
      seed: { type: 'string' },
      report: { type: 'boolean' },
      'no-report': { type: 'boolean' },
      'no-build': { type: 'boolean', default: false },
      bin: { type: 'string' },
      'serve-arg': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const db = values.db ?? null;
  return {
    quick,
    db,
    seconds: positive('seconds', values.seconds, 20),
    requests: Math.floor(positive('requests', values.requests, 20_000)),
    clients: Math.floor(positive('clients', values.clients, 8)),
    timeoutMs: positive('timeout', values.timeout, 30_000),
    budgetMs: positive('budget', values.budget, 2000),
    writeDocs: Math.floor(positive('write-docs', values['write-docs'], quick ? 200 : 1000)),
    seed: Math.floor(positive('seed', values.seed, 12)),
    report: values['no-report'] ? false : (values.report ?? (!quick && db === null)),
    build: !values['no-build'] && values.bin === undefined,
    bin: values.bin ?? null,
    serveArgs: values['serve-arg'] ?? [],
  };
}
