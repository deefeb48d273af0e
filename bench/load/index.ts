// npm run bench:load: `parley serve` under load and abuse, on 127.0.0.1 only.
// Three bounded phases over the same seeded mix of reads from N clients:
//   1. reads alone; 2. reads while a `parley ingest` process writes into the
//   same database; 3. reads while one more client sends hostile queries.
// Reports req/s, p50/p95/p99/max and errors by status per phase, and the
// issue-12 bar, into BENCHMARKS.md (section `load`). Usage: args.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { auPmCorpus } from '../corpus.js';
import { today, writeSection } from '../report.js';
import { parseLoadArgs, USAGE, UsageError, type LoadOptions } from './args.js';
import { buildDist, distIsStale } from './build.js';
import { createClient } from './client.js';
import { ensureDatabase, runIngest, workingCopy, writeSlice, type IngestRun } from './database.js';
import { hostileRequests } from './hostile.js';
import { createMix, MIX_WEIGHTS, type IdPools } from './mix.js';
import { CACHE_DIR, DEMO_CORPUS, PARLEY_BIN } from './paths.js';
import { runPhase, type PhaseResult } from './phase.js';
import { harvestPools } from './pools.js';
import { onExit } from './processes.js';
import { startServer, type ServerChild } from './server.js';
import { hostileTable, ms, phaseTable, slowestList, verdict } from './tables.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Target {
  readonly db: string;
  /** What phase 2 revises and re-ingests. */
  readonly sliceFrom: string;
  readonly label: string;
}

async function target(options: LoadOptions): Promise<Target> {
  if (options.db !== null) {
    const db = resolve(options.db);
    if (!existsSync(db)) throw new UsageError(`--db ${options.db}: no such file. Give an existing database, or leave --db out to build one.`);
    const sliceFrom = options.quick ? DEMO_CORPUS : safeCorpus() ?? DEMO_CORPUS;
    return { db, sliceFrom, label: `\`${basename(db)}\`` };
  }
  if (options.quick) {
    const { db } = await ensureDatabase(DEMO_CORPUS, join(CACHE_DIR, 'demo.db'), log);
    return { db, sliceFrom: DEMO_CORPUS, label: 'the demo corpus' };
  }
  const corpus = auPmCorpus();
  const { db } = await ensureDatabase(corpus, join(CACHE_DIR, 'au-pm.db'), log);
  return { db, sliceFrom: corpus, label: 'the full AU PM transcripts' };
}

function safeCorpus(): string | null {
  try {
    return auPmCorpus();
  } catch {
    return null;
  }
}

function mixes(options: LoadOptions, pools: IdPools) {
  // The same seeds in every phase: the phases send the same requests, so they compare.
  return Array.from({ length: options.clients }, (_, i) => createMix(options.seed * 1000 + i, pools));
}

/** The commit the measured build comes from, and whether its src/ has local changes. */
function buildOf(bin: string): string {
  const repo = join(dirname(bin), '..');
  const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown build';
  const dirty = git('status', '--porcelain', '--', 'src').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/' : ''}`;
}

interface Cpu {
  /** CPU seconds of the server process and its read workers during the phase; null where /proc is missing. */
  readonly server: number | null;
  /** CPU seconds of this process (the clients). */
  readonly client: number;
}

async function withCpu<T>(server: ServerChild, run: () => Promise<T>): Promise<[T, Cpu]> {
  const serverBefore = server.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const result = await run();
  const serverAfter = server.cpuSeconds();
  const client = process.cpuUsage(clientBefore);
  return [result, { server: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore, client: (client.user + client.system) / 1e6 }];
}

function describeCpu(cpu: Cpu, phase: PhaseResult): string {
  const busy = (seconds: number) => `${seconds.toFixed(1)} s (${(seconds / Math.max(phase.seconds, 0.001)).toFixed(2)} cores)`;
  return `CPU over the ${phase.seconds.toFixed(1)} s: server and its read workers ${cpu.server === null ? 'not measured' : busy(cpu.server)}, bench clients ${busy(cpu.client)}.`;
}

function describeIngest(run: IngestRun, files: number, phase: PhaseResult): string {
  const s = run.summary;
  const what = s ? `${s.documents} documents (${s.updated} updated, ${s.inserted} new, ${s.unchanged} unchanged, ${s.failed} failed)` : 'no summary';
  const reads = phase.stoppedBy === 'until' ? 'reads ran until it finished' : `reads stopped after ${phase.seconds.toFixed(1)} s (${phase.stoppedBy} limit), before it finished`;
  const failure = s?.failures?.[0];
  const why = failure ? ` First failure: ${basename(failure.path)}: ${failure.reason} [${failure.code}].` : '';
  return `\`parley ingest\` of ${files} revised files: ${what} in ${run.wallSeconds.toFixed(1)} s wall, exit ${run.exitCode}; ${reads}.${why}`;
}

async function main(options: LoadOptions): Promise<void> {
  if (options.build && distIsStale()) buildDist(log);
  const { db: source, sliceFrom, label } = await target(options);
  const copy = workingCopy(source);
  onExit(() => rmSync(copy.dir, { recursive: true, force: true }));
  const db = copy.db;
  const loadBefore = loadavg()[0] as number;
  const bin = options.bin === null ? PARLEY_BIN : resolve(options.bin);
  const server = await startServer(db, { bin, args: options.serveArgs });
  log(`Serving ${server.documents} documents from a copy of ${source} at ${server.url} (pid ${server.pid})`);
  const client = createClient(server.url, { sockets: options.clients + 2, timeoutMs: options.timeoutMs });
  const alive = (after: string) => {
    if (!server.running()) throw new Error(`parley serve died during ${after}:\n${server.stderrTail().join('\n')}`);
  };
  try {
    const pools = await harvestPools(client, options.seed);
    log(`Ids for the mix: ${pools.documents.length} documents, ${pools.entities.length} entities, ${pools.reusePairs.length} reuse pairs`);
    const bounds = { client, seconds: options.seconds, requests: options.requests, progress: log };
    await runPhase({ ...bounds, mixes: Array.from({ length: options.clients }, (_, i) => createMix(options.seed * 7919 + i, pools)), seconds: 3, requests: 500 });

    log(`Phase 1: mixed reads, ${options.clients} clients`);
    const [reads, readsCpu] = await withCpu(server, () => runPhase({ ...bounds, mixes: mixes(options, pools) }));
    alive('phase 1');

    const slice = writeSlice(sliceFrom, options.writeDocs, new Date().toISOString());
    onExit(() => rmSync(slice.dir, { recursive: true, force: true }));
    log(`Phase 2: mixed reads while parley ingest writes ${slice.files} revised files`);
    const ingest = runIngest(slice.dir, db, { bin });
    const [writing, writingCpu] = await withCpu(server, () => runPhase({ ...bounds, mixes: mixes(options, pools), until: ingest }));
    alive('phase 2');
    if (writing.stoppedBy !== 'until') log('  reads done; waiting for the ingest to finish');
    const ingestRun = await ingest;
    rmSync(slice.dir, { recursive: true, force: true });

    const cases = hostileRequests();
    log(`Phase 3: mixed reads, ${options.clients} clients, + 1 hostile client cycling ${cases.length} cases`);
    const [hostile, hostileCpu] = await withCpu(server, () => runPhase({ ...bounds, mixes: mixes(options, pools), hostile: cases }));
    const survived = server.running();
    const peakRss = server.peakRssMb();
    const stderr = server.stderrTail();
    if (stderr.length > 0) log(`parley serve wrote to stderr (last ${stderr.length} lines):\n${stderr.map((line) => `  | ${line}`).join('\n')}`);

    const markdown = report(options, { label, db: source, documents: server.documents, reads, writing, ingestRun, slice: slice.files, hostile, survived, peakRss, stderr, loadBefore, cpu: [readsCpu, writingCpu, hostileCpu], build: buildOf(bin) });
    process.stdout.write(`${markdown}\n`);
    if (options.report) {
      writeSection('load', markdown);
      log('Wrote the load section of BENCHMARKS.md');
    }
  } finally {
    client.close();
    await server.stop();
    rmSync(copy.dir, { recursive: true, force: true });
  }
}

interface Results {
  readonly label: string;
  readonly db: string;
  readonly documents: number;
  readonly reads: PhaseResult;
  readonly writing: PhaseResult;
  readonly ingestRun: IngestRun;
  readonly slice: number;
  readonly hostile: PhaseResult;
  readonly survived: boolean;
  readonly peakRss: number | null;
  readonly stderr: readonly string[];
  /** 1-minute load average before the server started: other work on the machine skews the figures. */
  readonly loadBefore: number;
  readonly cpu: readonly [Cpu, Cpu, Cpu];
  readonly build: string;
}

function report(options: LoadOptions, r: Results): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const bar = verdict(r.hostile, options.budgetMs);
  const hostileSent = r.hostile.hostile.count();
  const mix = Object.entries(MIX_WEIGHTS)
    .map(([kind, weight]) => `${weight}% ${kind}`)
    .join(', ');
  const flags = [options.quick ? '--quick' : '', ...options.serveArgs].filter(Boolean).join(' ');
  const command = `npm run bench:load${flags ? ` -- ${flags}` : ''}`;
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    `## Load and abuse (\`${command}\`)`,
    '',
    `\`parley serve${options.serveArgs.length ? ` ${options.serveArgs.join(' ')}` : ''}\` (build ${r.build}) as a child process on 127.0.0.1 over ${n(r.documents)} documents (${r.label}; ${(statSync(r.db).size / 1024 / 1024).toFixed(0)} MB SQLite), driven by the bench's own keep-alive HTTP client: ${options.clients} normal clients, each one request at a time, cycling the same seeded mix in every phase (${mix}; searches are terms, AND, phrases, OR, prefixes, NOT, \`title:\`, groups, with date, kind and entity filters, date order and later pages). Each phase runs ${options.seconds} s or ${n(options.requests)} normal requests, whichever comes first; client timeout ${ms(options.timeoutMs)}. Latency is from sending a request to the last byte of its body; the loop is closed (a client sends its next request when the last is answered), so latency ≈ clients ÷ throughput, and the CPU lines show whether the server or the machine was the limit. Node ${process.version}, ${cpu}, ${cpus().length} cores shared by the server, the clients and the ingest (1-minute load average ${r.loadBefore.toFixed(1)} before the run); ${today()}.`,
    '',
    '### 1. Mixed reads',
    '',
    phaseTable(r.reads),
    '',
    describeCpu(r.cpu[0], r.reads),
    '',
    '### 2. Mixed reads while `parley ingest` writes into the same database',
    '',
    describeIngest(r.ingestRun, r.slice, r.writing),
    '',
    phaseTable(r.writing),
    '',
    describeCpu(r.cpu[1], r.writing),
    '',
    `### 3. Mixed reads with 1 hostile client`,
    '',
    `Normal clients (${r.hostile.seconds.toFixed(1)} s):`,
    '',
    phaseTable(r.hostile),
    '',
    describeCpu(r.cpu[2], r.hostile),
    '',
    `Hostile client, one request at a time, cycling ${hostileRequests().length} cases (\`bench/load/hostile.ts\`); outcomes are HTTP statuses, or \`timeout\` when the client gave up:`,
    '',
    hostileTable(r.hostile),
    '',
    `**Issue 12 bar** — normal p99 ≤ 150 ms with 0 errors while the hostile client runs: p99 **${ms(bar.p99)}**, **${bar.errors}** errors: **${bar.met ? 'met' : 'not met'}**. Hostile requests over the ${ms(options.budgetMs)} budget: **${bar.overBudget} of ${hostileSent}** (longest ${ms(bar.hostileMax)}).${r.survived ? '' : ' **The server process died during phase 3.**'}`,
    '',
    `Slowest normal requests in phase 3: ${slowestList(r.hostile) || '—'}.`,
    r.peakRss === null ? '' : `Server peak RSS: ${r.peakRss.toFixed(0)} MB.`,
  ];
  const logged = r.stderr.filter((line) => line.trim() !== '');
  if (logged.length > 0) lines.push('', `The server logged ${logged.length} stderr line(s); the last: \`${(logged.at(-1) as string).slice(0, 160)}\`.`);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

try {
  const options = parseLoadArgs(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(USAGE);
  } else {
    await main(options);
  }
} catch (error) {
  if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    log(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    log(`load bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
