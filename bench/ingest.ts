// npm run bench:ingest: ingest throughput (MB/s, documents/s) and peak memory
// for the whole AU PM transcript corpus into a fresh SQLite file with FTS, in
// one process. Writes its figures into BENCHMARKS.md.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, openStore } from '../src/app/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const corpus = auPmCorpus();
const db = process.env.PARLEY_BENCH_DB ?? join(tmpdir(), 'parley-bench-ingest.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });

const store = await openStore(db);
const summary = await ingestPaths(store, [corpus]);
const stats = await store.stats();
await store.close();
const peakMb = process.resourceUsage().maxRSS / 1024;

const rows = [
  ['documents', String(summary.documents)],
  ['input', `${(summary.bytes / 1024 / 1024).toFixed(1)} MB`],
  ['stored text', `${(stats.textChars / 1024 / 1024).toFixed(1)} M chars`],
  ['time', `${summary.seconds.toFixed(2)} s`],
  ['throughput', `**${summary.megabytesPerSecond.toFixed(2)} MB/s** of input (target ≥ 5)`],
  ['documents/s', summary.documentsPerSecond.toFixed(0)],
  ['peak RSS', `${peakMb.toFixed(0)} MB`],
  ['failed', String(summary.failed)],
];
const markdown = [
  '## Ingest (`npm run bench:ingest`)',
  '',
  `AU PM transcripts (read, clean, segment, store with FTS5) into a new SQLite file. ${machine()}; ${today()}.`,
  '',
  '| measure | value |',
  '|---|---|',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
].join('\n');
writeSection('ingest', markdown);
process.stdout.write(`${markdown}\n`);
