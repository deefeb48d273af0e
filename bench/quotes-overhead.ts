// npm run bench:quotes-overhead [-- --docs N]: what quotes cost at ingest. The
// same N AU PM transcripts (the first N by name; default 1,500) ingested into a
// fresh SQLite file twice in one process, one worker each: with every stage,
// and with every stage but `quotes` (so no quotes are stored or clustered).
// The ratio of the two wall times is the overhead of the quote stage plus
// quote clustering; issue 14's bar is <= 20%. Writes BENCHMARKS.md.
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

try {
  const without = await run('without-quotes', createPipeline(defaultStages.filter((s) => s.name !== 'quotes')));
  const withQuotes = await run('with-quotes', createPipeline(defaultStages));
  const overhead = withQuotes.seconds / without.seconds - 1;
  const lines = [
    '## Quotes at ingest (`npm run bench:quotes-overhead`)',
    '',
    `${today()}, ${machine()}. The first ${files.length} AU PM transcripts (${without.megabytesPerSecond > 0 ? (without.seconds * without.megabytesPerSecond).toFixed(1) : '?'} MB), one worker, a fresh SQLite file per run, in one process.`,
    '',
    '| run | wall | MB/s | quotes stored |',
    '|---|---|---|---|',
    `| every stage but quotes | ${without.seconds.toFixed(2)} s | ${without.megabytesPerSecond.toFixed(2)} | ${without.stored} |`,
    `| every stage (quote stage + quote clustering) | ${withQuotes.seconds.toFixed(2)} s | ${withQuotes.megabytesPerSecond.toFixed(2)} | ${withQuotes.stored} |`,
    '',
    `Overhead of quotes: **${(overhead * 100).toFixed(1)}%** of the ingest's wall time (bar: ≤ 20%).`,
  ];
  writeSection('quotes-overhead', lines.join('\n'));
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
