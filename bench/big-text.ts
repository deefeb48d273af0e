// Peak memory of one very large plain-text document through the readers and
// the pipeline (issue 12: a 15 MB text once took 1.94 GB).
//
//   node --import tsx bench/big-text.ts make [OUT] [MB]    # OUT defaults to .bench/big-15mb.txt, MB to 15
//   node --max-semi-space-size=32 --import tsx bench/big-text.ts [FILE]
//
// The second form measures each step in a fresh child process: the read
// alone, then the read plus one stage at a time, the whole pipeline, and the
// whole pipeline plus the JSON the store writes for stage outputs. Each child
// first loads every module and runs a small document through the whole
// pipeline, then 20 ordinary transcripts (so the tagger model and a heap that has
// done ordinary work are in the baseline), then reports its peak RSS (getrusage
// maxRSS) over the RSS it had at that point. BIG_TEXT_WARM=0 skips the transcripts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ingestPaths, openStore } from '../src/app/index.js';
import { createPipeline, isFingerprints, type Stage } from '../src/core/index.js';
import { defaultStages, entitiesStage, fingerprintsStage, segmentStage } from '../src/extract/index.js';
import { readDocument } from '../src/ingest/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const DEFAULT_FILE = join(import.meta.dirname, '..', '.bench', 'big-15mb.txt');
const MB = 1024 * 1024;

const STEPS: Readonly<Record<string, readonly Stage[] | null>> = {
  read: null,
  segment: [segmentStage],
  entities: [segmentStage, entitiesStage],
  fingerprints: [fingerprintsStage],
  pipeline: defaultStages,
  'pipeline+json': defaultStages,
  ingest: null,
};

const [command, ...rest] = process.argv.slice(2);
if (command === 'make') make(rest[0] ?? DEFAULT_FILE, Number(rest[1] ?? 15));
else if (command === 'child') child(rest[0] as string, rest[1] as string);
else if (command === 'ingest-child') await ingestChild(rest[0] as string);
else parent(command ?? DEFAULT_FILE);

/** Concatenates the bodies of AU PM transcripts (as the aupm-xml reader reads them) into one text file. */
function make(out: string, megabytes: number): void {
  const dir = auPmCorpus();
  const parts: string[] = [];
  let size = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
    const doc = readDocument({ path: join(dir, name), bytes: readFileSync(join(dir, name)) });
    if (doc.text === '') continue;
    parts.push(doc.text);
    size += Buffer.byteLength(doc.text) + 2;
    if (size >= megabytes * MB) break;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, parts.join('\n\n'));
  process.stdout.write(`${out}: ${(size / MB).toFixed(1)} MB from ${parts.length} transcripts\n`);
}

function parent(file: string): void {
  const size = readFileSync(file).length;
  process.stdout.write(`${file}: ${(size / MB).toFixed(1)} MB; node ${process.execArgv.join(' ')}; warm-up transcripts ${process.env.BIG_TEXT_WARM ?? 20}\n`);
  process.stdout.write('| step | peak RSS over baseline | baseline RSS | seconds |\n|---|---|---|---|\n');
  // BIG_TEXT_STEPS=entities,pipeline runs only those steps.
  const chosen = process.env.BIG_TEXT_STEPS?.split(',') ?? Object.keys(STEPS);
  const rows: string[] = [];
  for (const step of chosen) {
    if (step === 'ingest') {
      rows.push(ingestRow(file));
      process.stdout.write(`${rows.at(-1)}\n`);
      continue;
    }
    const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, 'child', file, step], { encoding: 'utf8' });
    if (run.status !== 0) {
      rows.push(`| ${step} | failed (exit ${run.status ?? run.signal}): ${run.stderr.split('\n').slice(-3).join(' ')} | | |`);
    } else {
      const r = JSON.parse(run.stdout) as { over: number; baseline: number; seconds: number };
      rows.push(`| ${step} | ${r.over.toFixed(0)} MB | ${r.baseline.toFixed(0)} MB | ${r.seconds.toFixed(1)} |`);
    }
    process.stdout.write(`${rows.at(-1)}\n`);
  }
  // Only a run of every step on the default file is the benchmark of record.
  if (file === DEFAULT_FILE && chosen.length === Object.keys(STEPS).length) {
    writeSection(
      'big-text',
      [
        '## One 15 MB plain-text document (`npm run bench:big-text`)',
        '',
        `${(size / MB).toFixed(1)} MB of AU PM transcript bodies in one \`.txt\`, each step in a fresh process whose baseline has run 20 ordinary transcripts through every stage; peak RSS (getrusage) over that baseline. The steps from \`read\` to \`pipeline+json\` run the whole file as one document in one process; \`parley ingest\` reads a text over 4 MB in parts of about 1 MB (src/ingest/text-parts.ts) with one extraction worker. ${machine()}; ${today()}. Bar (issue 12): ≤ 150 MB over the baseline.`,
        '',
        '| step | peak RSS over baseline | baseline RSS | seconds |',
        '|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  }
}

function child(file: string, step: string): void {
  const stages = STEPS[step];
  const pipeline = createPipeline(stages ?? []);
  // The baseline is a process that has been ingesting: BIG_TEXT_WARM transcripts (default 20) of
  // the AU PM corpus through the whole pipeline first, so the young generation the flags allow
  // is grown already and counts as baseline, not as the cost of the big file. BIG_TEXT_WARM=0
  // warms up with one sentence only.
  const warmCount = Number(process.env.BIG_TEXT_WARM ?? 20);
  const warmPipeline = createPipeline(defaultStages);
  warmPipeline.run(readDocument({ path: 'warm.txt', bytes: Buffer.from('Prime Minister John Howard met President George Bush in Washington today.\n\nThe talks went well, he said.\n') }));
  const dir = auPmCorpus();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort().slice(0, warmCount)) {
    warmPipeline.run(readDocument({ path: name, bytes: readFileSync(join(dir, name)) }));
  }
  const baseline = process.memoryUsage().rss / MB;
  const started = performance.now();

  const doc = readDocument({ path: file, bytes: readFileSync(file) });
  let chars = doc.text.length;
  if (stages) {
    const processed = pipeline.run(doc);
    if (step === 'pipeline+json') {
      for (const record of processed.stages) if (!isFingerprints(record.output)) chars += JSON.stringify(record.output).length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ step, chars, baseline, over: peak - baseline, seconds }));
}

/** The `ingest` row: peak RSS of ingesting the file alone over that of ingesting 20 ordinary transcripts, each a fresh process. */
function ingestRow(file: string): string {
  const work = mkdtempSync(join(tmpdir(), 'parley-big-text-'));
  try {
    const ordinary = join(work, 'ordinary');
    const big = join(work, 'big');
    mkdirSync(ordinary);
    mkdirSync(big);
    const dir = auPmCorpus();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort().slice(0, 20)) symlinkSync(join(dir, name), join(ordinary, name));
    symlinkSync(resolve(file), join(big, 'big.txt'));
    const measure = (input: string) => {
      const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, 'ingest-child', input], { encoding: 'utf8' });
      if (run.status !== 0 && run.status !== 1) throw new Error(`ingest of ${input} exited ${run.status ?? run.signal}: ${run.stderr.slice(-500)}`);
      return JSON.parse(run.stdout) as { peak: number; seconds: number };
    };
    const baseline = measure(ordinary);
    const measured = measure(big);
    return `| ingest (whole \`parley ingest\` process) | ${(measured.peak - baseline.peak).toFixed(0)} MB | ${baseline.peak.toFixed(0)} MB (peak, 20 transcripts) | ${measured.seconds.toFixed(1)} |`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Ingests one folder into a new database in this process, one extraction worker; prints the process's peak RSS. */
async function ingestChild(input: string): Promise<void> {
  const db = join(dirname(input), `${Date.now()}.db`);
  const store = await openStore(db);
  const started = performance.now();
  await ingestPaths(store, [input], { workers: 1 });
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ peak: process.resourceUsage().maxRSS / 1024, seconds }));
}
