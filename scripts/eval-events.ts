// npm run eval:events [-- --set fixtures|sample …] [--verbose]
//
// Issue 15's engagement bars on the sets we have: type + participants + date
// all right (F1), and planned/held accuracy over the engagements found.
//   - fixtures: src/extract/events/test/fixtures (NZ, AU, UK, US styles), gold in *.gold.json,
//     each with the publication date the harness gives the document;
//   - sample: ../shared/sample-corpus, gold in scripts/events-eval/sample-gold.json.
// Matching: a predicted engagement matches a gold one of the same type whose
// participants are the same set (names compared case-folded) and whose date
// is inside the gold date's range (equal, or a day inside a gold month, a
// month inside a gold year; null only matches null). Each gold engagement is
// matched at most once. Participants are the stage's names for the
// document's entities, offices as "Title, Of".
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline, type Document } from '../src/core/index.js';
import { defaultStages, type EntitiesOutput, type EventsOutput } from '../src/extract/index.js';
import { readDocument } from '../src/ingest/index.js';

interface GoldEvent {
  readonly type: string;
  readonly status: string;
  readonly participants: readonly string[];
  readonly date: string | null;
}
interface EvalDoc {
  readonly name: string;
  readonly doc: Document;
  readonly gold: readonly GoldEvent[];
}
type Predicted = GoldEvent & { readonly evidence: string };

const { values: args } = parseArgs({ options: { set: { type: 'string', multiple: true, default: ['fixtures', 'sample'] }, verbose: { type: 'boolean', default: false } } });
const root = join(import.meta.dirname, '..');

function read(path: string, published?: string | null): Document {
  const doc = readDocument({ path, bytes: readFileSync(path) });
  return published === undefined || doc.meta.published !== null ? doc : { ...doc, meta: { ...doc.meta, published, publishedFrom: 'user' } };
}

function fixtures(): EvalDoc[] {
  const dir = join(root, 'src/extract/events/test/fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((g) => {
      const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as { published: string | null; events: GoldEvent[] };
      const stem = g.replace(/\.gold\.json$/, '');
      const file = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.json'))!;
      return { name: file, doc: read(join(dir, file), gold.published), gold: gold.events };
    });
}

function sample(): EvalDoc[] {
  const dir = join(root, '..', 'shared', 'sample-corpus');
  const gold = JSON.parse(readFileSync(join(root, 'scripts/events-eval/sample-gold.json'), 'utf8')) as Record<string, GoldEvent[]>;
  return Object.entries(gold)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, events]) => ({ name, doc: read(join(dir, name)), gold: events }));
}

const pipeline = createPipeline(defaultStages);

function predict(doc: Document): Predicted[] {
  const processed = pipeline.run(doc);
  const stage = (name: string) => processed.stages.find((s) => s.name === name)?.output;
  const entities = stage('entities') as EntitiesOutput;
  const events = (stage('events') as EventsOutput | undefined)?.events ?? [];
  return events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    participants: e.participants.map((p) => (p.entity !== null ? entities.entities[p.entity]!.name : `${p.office?.title}, ${p.office?.of}`)),
    evidence: doc.text.slice(e.evidence.start, e.evidence.end).slice(0, 140),
  }));
}

/** A TIMEX3 value's first and last day, for "inside the gold date's range". */
function range(value: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if (/^\d{4}-\d{2}$/.test(value)) return [`${value}-01`, `${value}-31`];
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(week[2]) - 1) * 7 * 86400000;
    return [new Date(monday).toISOString().slice(0, 10), new Date(monday + 6 * 86400000).toISOString().slice(0, 10)];
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const q = Number(quarter[2]);
    return [`${quarter[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`, `${quarter[1]}-${String(q * 3).padStart(2, '0')}-31`];
  }
  return null;
}

function dateMatches(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  if (predicted === gold) return true;
  const p = range(predicted);
  const g = range(gold);
  return p !== null && g !== null && p[0] >= g[0] && p[1] <= g[1];
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const fold = (x: readonly string[]) => [...new Set(x.map((s) => s.toLowerCase()))].sort().join('|');
  return fold(a) === fold(b);
};

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  statusRight: number;
  statusSeen: number;
}

function score(docs: readonly EvalDoc[], verbose: boolean): Tally {
  const t: Tally = { gold: 0, predicted: 0, matched: 0, statusRight: 0, statusSeen: 0 };
  for (const d of docs) {
    const predicted = predict(d.doc);
    const free = [...d.gold];
    t.gold += d.gold.length;
    t.predicted += predicted.length;
    for (const p of predicted) {
      // Status is scored over engagements found by type and participants, whatever their date.
      const found = free.find((g) => g.type === p.type && sameSet(g.participants, p.participants));
      if (found) {
        t.statusSeen += 1;
        if (found.status === p.status) t.statusRight += 1;
        else if (verbose) console.log(`  status ${d.name}: ${p.status} (gold ${found.status}) « ${p.evidence}`);
      }
      const i = free.findIndex((g) => g.type === p.type && sameSet(g.participants, p.participants) && dateMatches(p.date, g.date));
      if (i >= 0) {
        t.matched += 1;
        free.splice(i, 1);
      } else if (verbose) console.log(`  FP ${d.name}: ${p.type} ${p.status} ${p.date} [${p.participants.join(' | ')}] « ${p.evidence}`);
    }
    if (verbose) for (const g of free) console.log(`  FN ${d.name}: ${g.type} ${g.status} ${g.date} [${g.participants.join(' | ')}]`);
  }
  return t;
}

const pct = (n: number) => (100 * n).toFixed(1);
const makers: Record<string, () => EvalDoc[]> = { fixtures, sample };
console.log('| set | gold | predicted | P | R | F1 | planned/held accuracy |');
console.log('|---|---|---|---|---|---|---|');
for (const name of args.set) {
  const make = makers[name];
  if (!make) throw new Error(`unknown set "${name}": one of ${Object.keys(makers).join(', ')}`);
  const docs = make();
  if (args.verbose) console.log(`${name}: ${docs.map((d) => basename(d.name)).join(', ')}`);
  const t = score(docs, args.verbose);
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`| ${name} | ${t.gold} | ${t.predicted} | ${pct(p)} | ${pct(r)} | ${pct(f)} | ${t.statusSeen ? pct(t.statusRight / t.statusSeen) : '—'} (${t.statusSeen}) |`);
}
