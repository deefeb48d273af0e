// node --import tsx scripts/times-eval/bench.ts [N=1000]: the times stage's cost on AU PM
// transcripts (../shared/corpora/au-pm-transcripts), against segment and the whole default pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages } from '../../src/extract/index.js';
import { segmentStage } from '../../src/extract/segment/index.js';
import { timesStage } from '../../src/extract/times/index.js';
import { readDocument } from '../../src/ingest/index.js';

const dir = join(import.meta.dirname, '../../../shared/corpora/au-pm-transcripts');
const n = Number(process.argv[2] ?? 1000);
const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().slice(0, n);
const docs = files.map((f) => readDocument({ path: f, bytes: readFileSync(join(dir, f)) })).filter((d) => d.text !== '');
const segments = docs.map((d) => segmentStage.run(d, { outputs: new Map() }).output);

let expressions = 0;
const time = (run: () => void): number => {
  const began = performance.now();
  run();
  return performance.now() - began;
};
// Warm up, then measure.
for (let i = 0; i < Math.min(50, docs.length); i++) timesStage.run(docs[i]!, { outputs: new Map([['segment', segments[i]]]) });
const times = time(() => {
  docs.forEach((d, i) => (expressions += timesStage.run(d, { outputs: new Map([['segment', segments[i]]]) }).output.times.length));
});
const pipeline = time(() => {
  for (const d of docs) {
    const outputs = new Map<string, unknown>();
    for (const stage of defaultStages) outputs.set(stage.name, stage.run(d, { outputs }).output);
  }
});
const chars = docs.reduce((s, d) => s + d.text.length, 0);
console.log(`${docs.length} transcripts, ${(chars / docs.length / 1000).toFixed(1)} k chars each, ${expressions} expressions`);
console.log(`times: ${(times / docs.length).toFixed(2)} ms/doc; default pipeline (${defaultStages.map((s) => s.name).join(', ')}): ${(pipeline / docs.length).toFixed(2)} ms/doc; times adds ${((100 * times) / pipeline).toFixed(1)}%`);
