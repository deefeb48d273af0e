// Throughput of the entities stage (tagger included) on AU PM transcripts, one core.
//   npm run bench:entities [-- MAX_FILES]   (writes BENCHMARKS.md)
// Reads the corpus with the real reader, segments every document first (not
// timed), then times the entities stage alone: with the default tagger, and
// with rules only. Prints MB/s of `text` (UTF-8 bytes) per CPU-second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';
import type { Document } from '../src/core/index.js';
import type { SegmentOutput } from '../src/extract/segment/index.js';

// The compiled code `parley` runs (dist/, built by the npm script first), not
// tsx's on-the-fly build: tsx wraps every function in a name-keeping helper,
// which costs this stage about a tenth of its speed.
const dist = (path: string) => join(import.meta.dirname, '..', 'dist', path);
const { readDocument } = (await import(dist('ingest/index.js'))) as typeof import('../src/ingest/index.js');
const { segmentStage } = (await import(dist('extract/segment/index.js'))) as typeof import('../src/extract/segment/index.js');
const { createEntitiesStage, entitiesStage } = (await import(dist('extract/entities/index.js'))) as typeof import('../src/extract/entities/index.js');

const dir = auPmCorpus();
const max = Number(process.argv[2] ?? 2000);
const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().slice(0, max);
const docs: { doc: Document; segment: SegmentOutput }[] = [];
let bytes = 0;
for (const f of files) {
  const path = join(dir, f);
  const doc = readDocument({ path, bytes: readFileSync(path) });
  if (!doc.text) continue;
  docs.push({ doc, segment: segmentStage.run(doc, { outputs: new Map() }).output });
  bytes += Buffer.byteLength(doc.text, 'utf8');
}

// Passes per configuration, interleaved: on this shared machine one pass over the same
// input varied by 40% within minutes, so the median of three is reported, with every pass.
const PASSES = 3;
const configurations = [['rules only', createEntitiesStage({ tagger: null })], ['with tagger', entitiesStage]] as const;
const seconds = new Map<string, number[]>(configurations.map(([label]) => [label, []]));
const mentionCounts = new Map<string, number>();
for (const [, stage] of configurations) stage.run(docs[0]!.doc, { outputs: new Map([['segment', docs[0]!.segment]]) }); // load the model outside the clock
for (let pass = 0; pass < PASSES; pass++) {
  for (const [label, stage] of configurations) {
    // CPU time, not wall time: the machine is shared, and the target is per core.
    const started = process.cpuUsage();
    let mentions = 0;
    for (const { doc, segment } of docs) mentions += stage.run(doc, { outputs: new Map([['segment', segment]]) }).output.mentions.length;
    const used = process.cpuUsage(started);
    seconds.get(label)!.push((used.user + used.system) / 1e6);
    mentionCounts.set(label, mentions);
  }
}
const rows = configurations.map(([label]) => {
  const all = seconds.get(label)!;
  const median = [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  return `| ${label} | ${all.map((s) => s.toFixed(2)).join(', ')} | ${median.toFixed(2)} | **${(bytes / 1e6 / median).toFixed(2)} MB/s** | ${mentionCounts.get(label)} |`;
});
const markdown = [
  '## Entity stage (`npm run bench:entities`)',
  '',
  `The \`entities\` stage alone (segmentation done beforehand, not timed) on the first ${docs.length} AU PM transcripts, ${(bytes / 1e6).toFixed(1)} MB of text, MB/s per CPU second of the median of ${PASSES} interleaved passes, compiled code (dist/) as \`parley\` runs it. CPU time counts every thread of the process, V8's background compilers too. Target ≥ 2.5 MB/s (issue 13). ${machine()}; ${today()}.`,
  '',
  '| configuration | CPU s, each pass | median CPU s | throughput | mentions |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
writeSection('entities', markdown);
process.stdout.write(`${markdown}\n`);
