// npm run bench:cores [-- --documents N] [-- --repeat R]: does `parley ingest` use every core?
//
// Ingests the first N (default 2,000) AU PM transcripts with every stage, as
// fresh `parley` processes from dist/ (so start-up counts, as users see it):
// pinned to one core with one extraction worker (`taskset -c 0`), then on
// every core with one worker, then with one worker per core; the three runs
// R times over (default 3), interleaved, since this machine's speed drifts by
// a quarter within minutes. Reports every run, the medians and the speed-ups
// of the medians, and writes them into BENCHMARKS.md.
//
// Why both baselines: the main thread is the single writer (full-text index,
// quote and entity linking), about half of the CPU of an ingest. With one
// worker the writer already runs on the second core, so "one worker" on two
// cores is not one core's throughput; the one-core run is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const { values: args } = parseArgs({ options: { documents: { type: 'string' }, repeat: { type: 'string' } } });
const repeat = Number(args.repeat ?? 3);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive whole number (got '${args.repeat}').`);
const documents = Number(args.documents ?? 2000);
if (!Number.isInteger(documents) || documents < 1) throw new Error(`--documents must be a positive whole number (got '${args.documents}').`);
const cores = availableParallelism();
const bin = join(import.meta.dirname, '..', 'bin', 'parley.js');

const work = mkdtempSync(join(tmpdir(), 'parley-bench-cores-'));
const input = join(work, 'input');
const corpus = auPmCorpus();
mkdirSync(input);
for (const name of readdirSync(corpus).filter((n) => n.endsWith('.xml')).sort().slice(0, documents)) symlinkSync(join(corpus, name), join(input, name));

interface Run {
  readonly label: string;
  readonly wall: number;
  readonly cpu: number;
}

function run(label: string, workers: number, pin: boolean): Run {
  const db = join(work, `${label.replace(/\W+/g, '-')}.db`);
  // A fresh file every run: a second run into the same one would skip every unchanged input.
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const command = [...(pin ? ['taskset', '-c', '0'] : []), process.execPath, bin, 'ingest', input, '--db', db, '--workers', String(workers)];
  const started = performance.now();
  const child = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  // Exit 1: some transcripts are empty and fail alone, as they should.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${label}: parley ingest exited ${child.status}: ${child.stderr.slice(-500)}`);
  const cpu = childCpuSeconds();
  process.stderr.write(`${label}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU\n`);
  return { label, wall, cpu };
}

/** CPU seconds of waited-for children since the last call, from /proc/self/stat (cutime + cstime, in clock ticks of 1/100 s). */
let childCpuSoFar = 0;
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[13]) + Number(fields[14]);
  const total = ticks / 100;
  const used = total - childCpuSoFar;
  childCpuSoFar = total;
  return used;
}

try {
  childCpuSeconds();
  const configurations = [
    { label: 'one core, 1 worker', workers: 1, pin: true },
    { label: `${cores} cores, 1 worker`, workers: 1, pin: false },
    { label: `${cores} cores, ${cores} workers`, workers: cores, pin: false },
  ];
  const runs = configurations.map(() => [] as Run[]);
  for (let r = 0; r < repeat; r++) configurations.forEach((c, i) => runs[i]!.push(run(c.label, c.workers, c.pin)));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const [pinned, one, many] = runs.map((list) => median(list.map((x) => x.wall))) as [number, number, number];
  const markdown = [
    '## Ingest on every core (`npm run bench:cores`)',
    '',
    `The first ${documents} AU PM transcripts, every stage, \`parley ingest\` as a fresh process from dist/ into a new SQLite file; each configuration ${repeat} times, interleaved. ${machine().replace(' (one used)', '')}; ${today()}.`,
    '',
    '| run | wall, each run | median wall | CPU (all threads), each run |',
    '|---|---|---|---|',
    ...configurations.map((c, i) => `| ${c.label} | ${runs[i]!.map((x) => `${x.wall.toFixed(1)} s`).join(', ')} | ${median(runs[i]!.map((x) => x.wall)).toFixed(1)} s | ${runs[i]!.map((x) => `${x.cpu.toFixed(1)} s`).join(', ')} |`),
    '',
    `Speed-up of ${cores} workers on ${cores} cores over one core (medians): **${(pinned / many).toFixed(2)}x**; over one worker on ${cores} cores: **${(one / many).toFixed(2)}x**. ` +
      'One worker on two cores is already two busy threads: the main thread writes (full-text index, quote and entity linking) while the worker extracts.',
  ].join('\n');
  writeSection('cores', markdown);
  process.stdout.write(`${markdown}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
