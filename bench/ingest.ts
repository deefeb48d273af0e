// npm run bench:ingest: ingest throughput (MB/s, documents/s) and peak memory
// for the whole AU PM transcript corpus into a fresh SQLite file with FTS, in
// one process, twice: with the foundation pipeline (read, clean, segment,
// store) and with every stage (entities and their resolution included).
// Writes its figures into BENCHMARKS.md.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, openStore, type IngestSummary } from '../src/app/index.js';
import { createPipeline, type Pipeline } from '../src/core/index.js';
import { defaultStages, segmentStage } from '../src/extract/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const corpus = auPmCorpus();

async function run(db: string, pipeline: Pipeline): Promise<{ summary: IngestSummary; textChars: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const store = await openStore(db);
  const summary = await ingestPaths(store, [corpus], { pipeline });
  const stats = await store.stats();
  await store.close();
  return { summary, textChars: stats.textChars };
}

const foundation = await run(join(tmpdir(), 'parley-bench-foundation.db'), createPipeline([segmentStage]));
const full = await run(process.env.PARLEY_BENCH_DB ?? join(tmpdir(), 'parley-bench-ingest.db'), createPipeline(defaultStages));
const peakMb = process.resourceUsage().maxRSS / 1024;

const row = (label: string, f: (s: IngestSummary) => string) => `| ${label} | ${f(foundation.summary)} | ${f(full.summary)} |`;
const markdown = [
  '## Ingest (`npm run bench:ingest`)',
  '',
  `AU PM transcripts into a new SQLite file with FTS5, one process. ${machine()}; ${today()}.`,
  '',
  `| measure | read, clean, segment, store | all stages (${defaultStages.map((s) => s.name).join(', ')}) + entity resolution + reuse linking |`,
  '|---|---|---|',
  row('documents', (s) => String(s.documents)),
  row('input', (s) => `${(s.bytes / 1024 / 1024).toFixed(1)} MB`),
  row('time', (s) => `${s.seconds.toFixed(2)} s`),
  row('throughput', (s) => `**${s.megabytesPerSecond.toFixed(2)} MB/s**`),
  row('documents/s', (s) => s.documentsPerSecond.toFixed(0)),
  row('failed', (s) => String(s.failed)),
  row('of which entity resolution', (s) => (s.linked.documents ? `${s.linked.seconds.toFixed(2)} s` : '—')),
  row('of which reuse linking', (s) => (s.reuse.documents ? `${s.reuse.seconds.toFixed(2)} s (${s.reuse.strategy}, ${s.reuse.pairs} pairs)` : '—')),
  '',
  `Stored text: ${(full.textChars / 1024 / 1024).toFixed(1)} M chars. Peak RSS over both runs: ${peakMb.toFixed(0)} MB. Targets: ≥ 5 MB/s for ingest with FTS (issue 2), ≥ 1 MB/s for the whole pipeline.`,
].join('\n');
writeSection('ingest', markdown);
process.stdout.write(`${markdown}\n`);
