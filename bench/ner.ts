// npm run bench:ner: the entity tagger's load time and throughput (MB/s of
// UTF-8 text per core, tokenisation and both passes included) on AU PM
// transcripts, split into sentences beforehand by the segment stage. When
// `compromise` can be imported (a dev dependency, or NER_BENCH_COMPROMISE=path
// to its package folder) its people()/places()/organizations() run on the
// first MB for comparison. Writes its figures into BENCHMARKS.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emptyMeta, type Document } from '../src/core/index.js';
import { segmentStage } from '../src/extract/index.js';
import { loadTagger } from '../src/extract/entities/tagger/index.js';
import { auPmParagraphs } from '../scripts/ner/unlabelled.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const TARGET_MB = Number(process.env.NER_BENCH_MB ?? 20);
const loadStart = performance.now();
const tagger = loadTagger();
const loadMs = performance.now() - loadStart;

// Documents: one per transcript, paragraphs joined by blank lines.
const dir = auPmCorpus();
const docs: { text: string; sentences: { start: number; end: number }[] }[] = [];
let bytes = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
  const text = auPmParagraphs(readFileSync(join(dir, file), 'utf8')).join('\n\n');
  if (text.length === 0) continue;
  const doc: Document = { id: file, path: file, format: 'aupm-xml', bytes: text.length, text, meta: emptyMeta(), messages: [] };
  const { output } = segmentStage.run(doc, { outputs: new Map() });
  docs.push({ text, sentences: output.sentences.map((s) => ({ start: s.start, end: s.end })) });
  bytes += Buffer.byteLength(text);
  if (bytes >= TARGET_MB * 1024 * 1024) break;
}
const mb = bytes / 1024 / 1024;

// Warm up on the first documents, then time the whole set.
for (const d of docs.slice(0, 20)) tagger.tagDocument(d.text, d.sentences);
// CPU seconds of this process as well as wall time: the machine may be shared.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
let spans = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (const d of docs) spans += tagger.tagDocument(d.text, d.sentences).length;
const cpu = cpuSeconds(c0);
const seconds = (performance.now() - t0) / 1000;
const rate = mb / cpu;

const rows: [string, string][] = [
  ['model load (first call)', `${loadMs.toFixed(0)} ms`],
  ['text', `${mb.toFixed(1)} MB in ${docs.length} documents`],
  ['time', `${cpu.toFixed(2)} s CPU, ${seconds.toFixed(2)} s wall`],
  ['throughput', `**${rate.toFixed(2)} MB/s** per CPU second (${(mb / seconds).toFixed(2)} MB/s wall); target ≥ 2, aim ≥ 4`],
  ['entities found', String(spans)],
];

const compromise = await importCompromise();
if (compromise) {
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const d of docs) {
    sample.push(d.text);
    sampleBytes += Buffer.byteLength(d.text);
    if (sampleBytes >= 1024 * 1024) break;
  }
  const cc0 = process.cpuUsage();
  for (const text of sample) {
    const doc = compromise(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const cRate = sampleBytes / 1024 / 1024 / cpuSeconds(cc0);
  rows.push(['compromise people/places/organizations', `${cRate.toFixed(3)} MB/s per CPU second on the first ${(sampleBytes / 1024 / 1024).toFixed(1)} MB`]);
  rows.push(['tagger ÷ compromise', `${(rate / cRate).toFixed(0)}×`]);
} else {
  rows.push(['compromise', 'not installed: set NER_BENCH_COMPROMISE=/path/to/node_modules/compromise']);
}

const markdown = [
  '## Entity tagger (`npm run bench:ner`)',
  '',
  `Averaged-perceptron tagger (src/extract/entities/tagger): \`tagDocument\` = tokenise + two passes + confidence, over AU PM transcripts pre-split into sentences by the segment stage (not timed). MB/s of UTF-8 text per CPU second of this process. ${machine()}; ${today()}.`,
  '',
  '| measure | value |',
  '|---|---|',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
].join('\n');
writeSection('ner', markdown);
process.stdout.write(`${markdown}\n`);

type Compromise = (text: string) => { people(): Outable; places(): Outable; organizations(): Outable };
interface Outable {
  out(format: 'array'): string[];
}

async function importCompromise(): Promise<Compromise | null> {
  const path = process.env.NER_BENCH_COMPROMISE;
  try {
    const mod = (await import(path ? pathToFileURL(join(path, 'src', 'three.js')).href : 'compromise')) as { default: Compromise };
    return mod.default;
  } catch {
    return null;
  }
}
