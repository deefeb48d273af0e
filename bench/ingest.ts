// npm run bench:ingest [-- --workers N] [-- --inline]: ingest throughput
// (MB/s, documents/s) and peak memory for the whole AU PM transcript corpus
// into a fresh SQLite file with FTS, in one process: the foundation pipeline
// (read, clean, segment, store) with N workers; every stage (entities and
// their resolution included) with one worker and with N; and the same corpus
// ingested again unchanged. N defaults to one per core. --inline adds every
// stage on the main thread, as ingest ran before it had workers.
// Writes its figures into BENCHMARKS.md.
import { rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths, openStore, type IngestSummary } from '../src/app/index.js';
import { createPipeline, type Pipeline } from '../src/core/index.js';
import { defaultStages, segmentStage } from '../src/extract/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const { values: args } = parseArgs({ options: { workers: { type: 'string' }, inline: { type: 'boolean' } } });
const workers = args.workers === undefined ? availableParallelism() : Number(args.workers);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a positive whole number (got '${args.workers}').`);
const corpus = auPmCorpus();

interface Run {
  readonly label: string;
  readonly summary: IngestSummary;
}

async function run(label: string, db: string, pipeline: Pipeline, threads: number, fresh = true): Promise<Run> {
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const store = await openStore(db);
  const summary = await ingestPaths(store, [corpus], { pipeline, workers: threads });
  await store.close();
  process.stderr.write(`${label}: ${summary.seconds.toFixed(2)} s, ${summary.megabytesPerSecond.toFixed(2)} MB/s\n`);
  return { label, summary };
}

const fullDb = process.env.PARLEY_BENCH_DB ?? join(tmpdir(), 'parley-bench-ingest.db');
const full = createPipeline(defaultStages);
const runs: Run[] = [];
runs.push(await run(`read, clean, segment, store; ${workers} workers`, join(tmpdir(), 'parley-bench-foundation.db'), createPipeline([segmentStage]), workers));
if (args.inline) {
  // Copies of the stages are stages no worker can load, so extraction runs on the main thread.
  runs.push(await run('all stages, on the main thread (no workers)', fullDb, createPipeline(defaultStages.map((s) => ({ ...s }))), workers));
}
const one = await run('all stages, 1 worker', fullDb, full, 1);
runs.push(one);
const many = await run(`all stages, ${workers} workers`, fullDb, full, workers);
runs.push(many);
const again = await run(`all stages, ${workers} workers, the same corpus again (unchanged)`, fullDb, full, workers, false);
runs.push(again);
const peakMb = process.resourceUsage().maxRSS / 1024;


const row = (label: string, f: (s: IngestSummary) => string) => `| ${label} | ${runs.map((r) => f(r.summary)).join(' | ')} |`;
const markdown = [
  '## Ingest (`npm run bench:ingest`)',
  '',
  `AU PM transcripts into a new SQLite file with FTS5, one process; extraction in worker threads. ${machine().replace(' (one used)', '')}; ${today()}.`,
  '',
  `| measure | ${runs.map((r) => r.label).join(' | ')} |`,
  `|---|${runs.map(() => '---|').join('')}`,
  row('documents', (s) => String(s.documents)),
  row('input', (s) => `${(s.bytes / 1024 / 1024).toFixed(1)} MB`),
  row('time', (s) => `${s.seconds.toFixed(2)} s`),
  row('throughput', (s) => `**${s.megabytesPerSecond.toFixed(2)} MB/s**`),
  row('documents/s', (s) => s.documentsPerSecond.toFixed(0)),
  row('skipped unchanged', (s) => String(s.skippedUnchanged)),
  row('failed', (s) => String(s.failed)),
  row('of which entity resolution', (s) => (s.linked.documents ? `${s.linked.seconds.toFixed(2)} s` : `— (${s.linked.seconds.toFixed(2)} s)`)),
  row('of which reuse linking', (s) => (s.reuse.documents ? `${s.reuse.seconds.toFixed(2)} s (${s.reuse.strategy}, ${s.reuse.pairs} pairs)` : `— (${s.reuse.seconds.toFixed(2)} s)`)),
  '',
  `All stages: ${defaultStages.map((s) => s.name).join(', ')} + entity resolution + reuse linking. ` +
    `${workers} workers over 1: **${(one.summary.seconds / many.summary.seconds).toFixed(2)}x**. ` +
    `Unchanged re-ingest: **${again.summary.seconds.toFixed(2)} s** (the whole ingest call; the process start is not counted). ` +
    `Peak RSS over all runs: ${peakMb.toFixed(0)} MB. Targets: ≥ 5 MB/s for ingest with FTS (issue 2), ≥ 1 MB/s for the whole pipeline, ` +
    `≥ 1.8x with 2 workers and ≤ 10 s unchanged (issue 12).`,
].join('\n');
writeSection('ingest', markdown);
process.stdout.write(`${markdown}\n`);
