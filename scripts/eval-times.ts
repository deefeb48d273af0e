// npm run eval:times [-- --corpus TimeBank --corpus AQUAINT] [--errors N] [--json]  (reference values such as "now" are scored, as the stage emits them by default)
//
// The times stage on TimeBank and AQUAINT (../shared/data/timeml, the TBAQ
// cleaned release): each file's DCT is the publication date, the text inside
// <TEXT> is the document, gold is every TIMEX3 of type DATE but the DCT.
// TempEval-3 figures: strict and relaxed detection P/R/F1, value accuracy
// over relaxed matches, value F1 = relaxed F1 × value accuracy. The corpora
// are US newswire, so numeric dates are read month first (as the stage would
// for a US source). TempEval-3 platinum (the evaluation set) is not used.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyMeta, type Document } from '../src/core/index.js';
import { segmentStage } from '../src/extract/segment/index.js';
import { createTimesStage, type TimeExpression } from '../src/extract/times/index.js';
import { emptyCounts, figures, scoreDocument, type Counts, type Miss, type Predicted } from './times-eval/score.js';
import { readTimeml } from './times-eval/timeml.js';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: join(import.meta.dirname, '../../shared/data/timeml') },
    corpus: { type: 'string', multiple: true, default: ['TimeBank', 'AQUAINT'] },
    references: { type: 'boolean', default: true },
    errors: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});

const stage = createTimesStage({ dayOrder: 'month-first', hemisphere: 'north', references: args.references });
const total = emptyCounts();
const results: Record<string, ReturnType<typeof figures> & { documents: number; gold: number; predicted: number }> = {};
const misses: Miss[] = [];
let ms = 0;
let documents = 0;

/**
 * TimeML writes a range as two TIMEX3s ("from [1985] to [1987]"); Parley
 * writes one expression with `until`. Split ours at its connector so each
 * end is scored against its own gold: the first part carries `value`, the
 * second `until.value`.
 */
const RANGE_CONNECTOR = /[ \t\u00a0]*[-–—][ \t\u00a0]*|[ \t\u00a0]+(?:to|and|until|till|through|thru)[ \t\u00a0]+/u;
function asTimeml(t: TimeExpression): Predicted[] {
  const cut = t.until ? RANGE_CONNECTOR.exec(t.text) : null;
  if (!t.until || !cut || cut.index === 0) return [t];
  const mid = t.start + cut.index;
  const second = mid + cut[0].length;
  return [
    { start: t.start, end: mid, text: t.text.slice(0, cut.index), value: t.value },
    { start: second, end: t.end, text: t.text.slice(cut.index + cut[0].length), value: t.until.value },
  ];
}

const add = (into: Counts, from: Counts): void => {
  for (const k of Object.keys(from) as (keyof Counts)[]) into[k] += from[k];
};

for (const corpus of args.corpus) {
  const dir = join(args.root, corpus);
  const counts = emptyCounts();
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  for (const file of files) {
    const tml = readTimeml(join(dir, file));
    const doc: Document = { id: tml.id, path: file, format: 'timeml', bytes: tml.text.length, text: tml.text, meta: { ...emptyMeta('news'), published: tml.dct, publishedFrom: 'feed' }, messages: [] };
    const began = performance.now();
    const segment = segmentStage.run(doc, { outputs: new Map() }).output;
    const { output } = stage.run(doc, { outputs: new Map([['segment', segment]]) });
    ms += performance.now() - began;
    documents++;
    const gold = tml.timexes.filter((t) => t.type === 'DATE');
    scoreDocument(tml.text, gold, output.times.flatMap(asTimeml), counts, misses, tml.dct);
  }
  add(total, counts);
  results[corpus] = { ...figures(counts), documents: files.length, gold: counts.gold, predicted: counts.predicted };
}
results.all = { ...figures(total), documents, gold: total.gold, predicted: total.predicted };

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
if (args.json) {
  process.stdout.write(`${JSON.stringify({ references: args.references, results }, null, 2)}\n`);
} else {
  console.log(`DATE expressions, TempEval-3 scoring${args.references ? ' (with reference values: now, recently, the future)' : ''}`);
  console.log('corpus      docs  gold  pred | strict P    R   F1 | relaxed P    R   F1 | value acc | value F1');
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(10)} ${String(r.documents).padStart(5)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)} |   ${pct(r.strict.p)}${pct(r.strict.r)}${pct(r.strict.f1)} |   ${pct(r.relaxed.p)}${pct(r.relaxed.r)}${pct(r.relaxed.f1)} |     ${pct(r.valueAccuracy)} |    ${pct(r.valueF1)}`,
    );
  }
  console.log(`${(ms / documents).toFixed(2)} ms/document (segment + times)`);
  const n = Number(args.errors);
  if (n > 0) {
    for (const kind of ['missed', 'spurious', 'value'] as const) {
      const list = misses.filter((m) => m.kind === kind);
      console.log(`\n${kind} (${list.length}):`);
      for (const m of list.slice(0, n)) console.log(`  ${m.text} | gold ${m.gold ?? '-'} | ours ${m.predicted ?? '-'} | ${m.context}`);
    }
  }
}
