// npm run bench:events-overhead [-- --docs N]: what dates and engagements cost
// at ingest. The same N AU PM transcripts (the first N by name; default 1,500)
// ingested into a fresh SQLite file twice in one process, one worker each:
// with every stage, and with every stage but `times` and `events` (so none are
// stored or linked). The ratio of the two wall times is the overhead of the
// two stages plus engagement linking; issue 15's bar is <= 25%. Writes
// BENCHMARKS.md.
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
const dir = mkdtempSync(join(tmpdir(), 'parley-events-overhead-'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort().slice(0, count);
for (const f of files) symlinkSync(join(corpus, f), join(dir, f));

async function run(label: string, pipeline: Pipeline): Promise<IngestSummary & { engagements: number }> {
  const store = await openStore(join(dir, `${label}.db`));
  const summary = await ingestPaths(store, [dir], { pipeline, workers: 1 });
  const engagements = (await store.events({ limit: 1 })).total;
  await store.close();
  process.stderr.write(`${label}: ${summary.seconds.toFixed(2)} s, ${summary.megabytesPerSecond.toFixed(2)} MB/s, ${engagements} engagements\n`);
  return { ...summary, engagements };
}

try {
  const without = await run('without-events', createPipeline(defaultStages.filter((s) => s.name !== 'times' && s.name !== 'events')));
  const withEvents = await run('with-events', createPipeline(defaultStages));
  const overhead = withEvents.seconds / without.seconds - 1;
  const lines = [
    '## Dates and engagements at ingest (`npm run bench:events-overhead`)',
    '',
    `${today()}, ${machine()}. The first ${files.length} AU PM transcripts (${(without.seconds * without.megabytesPerSecond).toFixed(1)} MB), one worker, a fresh SQLite file per run, in one process.`,
    '',
    '| run | wall | MB/s | engagements stored |',
    '|---|---|---|---|',
    `| every stage but times and events | ${without.seconds.toFixed(2)} s | ${without.megabytesPerSecond.toFixed(2)} | ${without.engagements} |`,
    `| every stage (times + events + engagement linking) | ${withEvents.seconds.toFixed(2)} s | ${withEvents.megabytesPerSecond.toFixed(2)} | ${withEvents.engagements} |`,
    '',
    `Overhead of dates and engagements: **${(overhead * 100).toFixed(1)}%** of the ingest's wall time (bar: ≤ 25%).`,
  ];
  writeSection('events-overhead', lines.join('\n'));
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
