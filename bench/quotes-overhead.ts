// npm run bench:quotes-overhead [-- --docs N]: what quotes cost at ingest. The
// same N AU PM transcripts (the first N by name; default 1,500) ingested into a
// fresh SQLite file twice in one process, one worker each: with every stage,
// and with every stage but `quotes` (so no quotes are stored or clustered).
// Stages that read the quote stage's output (events) cannot run without it, so
// both runs leave them out: the difference is the quote stage and quote
// clustering alone. The ratio of the two wall times is their overhead; issue
// 14's bar is <= 20%. Writes BENCHMARKS.md.
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths, openStore, type IngestSummary } from '../src/app/index.js';
import { createPipeline, type Pipeline } from '../src/core/index.js';
import { defaultStages } from '../src/extract/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const { values: args } = parseArgs({ options: { docs: { type: 'string' } } });
const count = args.docs === undefined ? 1500 : Number(args.docs);
if (!Number.isInteger(count) || count < 1) throw new Error(`--docs must be a positive whole number (got '${args.docs}').`);

const corpus = auPmCorpus();
const dir = mkdtempSync(join(tmpdir(), 'parley-quotes-overhead-'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort().slice(0, count);
for (const f of files) symlinkSync(join(corpus, f), join(dir, f));

async function run(label: string, pipeline: Pipeline): Promise<IngestSummary & { stored: number }> {
  const db = join(dir, `${label}.db`);
  const store = await openStore(db);
  const summary = await ingestPaths(store, [dir], { pipeline, workers: 1 });
  const stored = (await store.quotes({ limit: 1 })).total;
  await store.close();
  process.stderr.write(`${label}: ${summary.seconds.toFixed(2)} s, ${summary.megabytesPerSecond.toFixed(2)} MB/s, ${stored} quotes\n`);
  return { ...summary, stored };
}

/** `quotes` and every stage that needs it, directly or through another. */
const needQuotes = new Set(['quotes']);
for (let grew = true; grew; ) {
  grew = false;
  for (const stage of defaultStages) {
    if (!needQuotes.has(stage.name) && stage.requires.some((r) => needQuotes.has(r))) grew = needQuotes.add(stage.name).size > 0;
  }
}
const dependents = [...needQuotes].filter((n) => n !== 'quotes');
const withStages = defaultStages.filter((s) => !dependents.includes(s.name));

try {
  // Other work on a shared machine slows the runs: the load is reported with the figures.
  const loadBefore = loadavg()[0]!;
  const without = await run('without-quotes', createPipeline(withStages.filter((s) => s.name !== 'quotes')));
  const withQuotes = await run('with-quotes', createPipeline(withStages));
  const overhead = withQuotes.seconds / without.seconds - 1;
  const loadAfter = loadavg()[0]!;
  const lines = [
    '## Quotes at ingest (`npm run bench:quotes-overhead`)',
    '',
    `${today()}, ${machine()}. The first ${files.length} AU PM transcripts (${without.megabytesPerSecond > 0 ? (without.seconds * without.megabytesPerSecond).toFixed(1) : '?'} MB), one worker, a fresh SQLite file per run, in one process. Stages: ${withStages.map((st) => st.name).join(', ')}${dependents.length > 0 ? ` (not ${dependents.join(', ')}, which need quotes)` : ''}.`,
    '',
    '| run | wall | MB/s | quotes stored |',
    '|---|---|---|---|',
    `| every stage but quotes | ${without.seconds.toFixed(2)} s | ${without.megabytesPerSecond.toFixed(2)} | ${without.stored} |`,
    `| every stage (quote stage + quote clustering) | ${withQuotes.seconds.toFixed(2)} s | ${withQuotes.megabytesPerSecond.toFixed(2)} | ${withQuotes.stored} |`,
    '',
    `Overhead of quotes: **${(overhead * 100).toFixed(1)}%** of the ingest's wall time (bar: ≤ 20%). Load average (1 minute) ${loadBefore.toFixed(2)} before the runs, ${loadAfter.toFixed(2)} after.`,
  ];
  writeSection('quotes-overhead', lines.join('\n'));
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
