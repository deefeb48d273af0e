// npm run eval:ner-extract [-- --split test|dev|both] [--shared DIR] [--keep DIR]
//
// CoNLL++ through the real `parley extract` path, as a user runs it: every
// CoNLL document becomes a plain .txt file (one sentence a line, words joined
// by single spaces, -DOCSTART- dropped) in a temporary folder, and the folder
// goes through `extractPaths` (src/app/extract.ts), the function the CLI
// command calls: same readers (text reader: boilerplate stripping,
// normalisation), same pipeline, same in-batch linking.
//
// Gold PER/ORG/LOC token spans become character offsets in the written text;
// the reader's normalised `text` is aligned back to the written text token by
// token (a diff), so gold lives in the coordinates of what extract saw, and a
// gold span the reader removed is counted as such. Predicted entity mentions
// map person→PER, org→ORG, place→LOC. Scores are exact span, exact type,
// micro over PER/ORG/LOC (as scripts/eval-ner.ts). The tagger alone on the
// same raw text (tagDocument over the gold sentences, eval-ner's "from raw
// text") is scored in the same run, with the same breakdown, and the spans
// one gets right and the other does not are listed, each span extract lost
// with what it predicted there instead: that is where extract loses against
// the tagger.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPaths } from '../src/app/index.js';
import { createTagger, modelDir, readModel } from '../src/extract/entities/tagger/tagger.js';
import { conllSplit } from './ner/data.js';
import { iobSpans, type LabelledDocument } from './ner/conll.js';
import { prf } from './ner/evaluate.js';

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    keep: { type: 'string' },
    top: { type: 'string', default: '40' },
  },
});
const TOP = Number(args.top);
const SCORED = ['PER', 'ORG', 'LOC'] as const;
const ALL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const TYPE_OF: Record<string, string> = { person: 'PER', org: 'ORG', place: 'LOC' };

interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Gold only: `type:start:end` in the written text, whatever coordinates the span is in now. */
  readonly id?: string;
}

interface DocCase {
  readonly name: string;
  readonly text: string;
  readonly sentences: { start: number; end: number }[];
  /** Every gold span, MISC included (MISC is never scored; it explains type mismatches). */
  readonly gold: Span[];
}

function buildCases(docs: readonly LabelledDocument[]): DocCase[] {
  return docs.map((doc, d) => {
    let text = '';
    const sentences: { start: number; end: number }[] = [];
    const gold: Span[] = [];
    for (const s of doc) {
      const begin = text.length;
      const starts: number[] = [];
      const ends: number[] = [];
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
      });
      sentences.push({ start: begin, end: text.length });
      text += '\n';
      for (const g of iobSpans(s.tags)) gold.push({ type: g.type, start: starts[g.start]!, end: ends[g.end - 1]! });
    }
    return { name: `doc-${String(d).padStart(4, '0')}`, text, sentences, gold };
  });
}

// ---------------------------------------------------------------------------
// Alignment of the reader's text with the written text: whitespace-separated
// tokens, Myers diff; equal tokens and same-count replaced runs map char by char.

interface Tok {
  readonly text: string;
  readonly start: number;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index });
  return out;
}

/** Pairs of token indices (a in source, b in target) that the shortest edit script keeps. */
function diffPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === m && a.every((x, i) => x === b[i])) return a.map((_, i) => [i, i]);
  const max = n + m;
  const off = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // Backtrack.
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d > 0 && (x > 0 || y > 0); d--) {
    const vv = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[off + k - 1]! < vv[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = vv[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs.reverse();
}

/** Maps written-text offsets to reader-text offsets (start and end edges), or -1 where the reader dropped or changed the text. */
function aligner(src: string, out: string): { start: (i: number) => number; end: (i: number) => number } {
  const a = tokens(src);
  const b = tokens(out);
  const pairs = diffPairs(
    a.map((t) => t.text),
    b.map((t) => t.text),
  );
  // Runs replaced one for one (same count, between two kept pairs) are mapped too: a reader repair keeps token edges.
  const full: [number, number][] = [];
  let pa = 0;
  let pb = 0;
  for (const [i, j] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (i - pa === j - pb) for (let k = 0; k < i - pa; k++) full.push([pa + k, pb + k]);
    if (i < a.length) full.push([i, j]);
    pa = i + 1;
    pb = j + 1;
  }
  const startMap = new Map<number, number>();
  const endMap = new Map<number, number>();
  for (const [i, j] of full) {
    const ta = a[i]!;
    const tb = b[j]!;
    startMap.set(ta.start, tb.start);
    endMap.set(ta.start + ta.text.length, tb.start + tb.text.length);
    if (ta.text === tb.text) for (let c = 1; c < ta.text.length; c++) {
      startMap.set(ta.start + c, tb.start + c);
      endMap.set(ta.start + c, tb.start + c);
    }
  }
  return { start: (i) => startMap.get(i) ?? -1, end: (i) => endMap.get(i) ?? -1 };
}

// ---------------------------------------------------------------------------
// Scoring and error breakdown.

interface Counts {
  gold: Record<string, number>;
  pred: Record<string, number>;
  correct: Record<string, number>;
}

interface Breakdown {
  /** Gold-only spans by category. */
  goldOnly: Record<string, number>;
  /** Predicted-only spans by category. */
  predOnly: Record<string, number>;
  missed: Map<string, number>;
  spurious: Map<string, number>;
  boundary: string[];
  typeMix: Map<string, number>;
  crossing: Map<string, number>;
}

interface Scored {
  readonly counts: Counts;
  readonly breakdown: Breakdown;
  /** Correct scored spans per document, as `doc:type:start:end` keys. */
  readonly correctKeys: Set<string>;
  /** Gold spans not found, by the same keys: what was predicted over them instead. */
  readonly instead: Map<string, string>;
}

const zero = (): Record<string, number> => Object.fromEntries(ALL_TYPES.map((t) => [t, 0]));
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

function newScored(): Scored {
  return {
    counts: { gold: zero(), pred: zero(), correct: zero() },
    breakdown: { goldOnly: {}, predOnly: {}, missed: new Map(), spurious: new Map(), boundary: [], typeMix: new Map(), crossing: new Map() },
    correctKeys: new Set(),
    instead: new Map(),
  };
}

function bumpRec(r: Record<string, number>, k: string): void {
  r[k] = (r[k] ?? 0) + 1;
}

/**
 * Scores one document. `gold` includes MISC (unscored); `pred` may hold MISC
 * (the tagger's) which is never scored either. `dropped` gold spans (removed
 * by the reader) count as gold, never as found.
 */
function scoreDoc(
  into: Scored,
  name: string,
  text: string,
  gold: readonly Span[],
  pred: readonly Span[],
  dropped: readonly Span[] = [],
  droppedText: (s: Span) => string = () => '?',
  /** Where the input's line breaks (sentence ends) are in `text`: a predicted span across one joins two input lines. */
  breaks: readonly number[] = [],
): void {
  const scored = (s: Span) => (SCORED as readonly string[]).includes(s.type);
  const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Map(gold.filter(scored).map((g) => [key(g), g.id ?? key(g)]));
  const predKeys = new Set(pred.filter(scored).map(key));
  const { counts, breakdown: b } = into;
  for (const g of gold) counts.gold[g.type]!++;
  for (const g of dropped) {
    counts.gold[g.type]!++;
    if (!scored(g)) continue;
    bumpRec(b.goldOnly, 'removed by the reader');
    bump(b.missed, `${g.type} ${droppedText(g)} (removed by reader)`);
  }
  for (const p of pred) counts.pred[p.type]!++;
  for (const p of pred.filter(scored)) {
    const id = goldKeys.get(key(p));
    if (id !== undefined) {
      counts.correct[p.type]!++;
      into.correctKeys.add(`${name}:${id}`);
    }
  }
  const show = (s: Span) => text.slice(s.start, s.end).replace(/\s+/g, ' ');
  for (const g of gold.filter(scored)) {
    if (predKeys.has(key(g))) continue;
    const instead = pred.filter((p) => overlaps(p, g)).map((p) => `${p.type} [${show(p)}]`);
    into.instead.set(`${name}:${g.id ?? key(g)}`, instead.join(', ') || 'nothing');
    const sameSpan = pred.find((p) => p.start === g.start && p.end === g.end);
    if (sameSpan) {
      bumpRec(b.goldOnly, 'type mismatch');
      bump(b.typeMix, `gold ${g.type} → predicted ${sameSpan.type}`);
      continue;
    }
    const over = pred.filter((p) => overlaps(p, g));
    if (over.length > 0) {
      bumpRec(b.goldOnly, 'boundary mismatch');
      if (b.boundary.length < 100000) b.boundary.push(`${name}: gold ${g.type} [${show(g)}] ⇢ predicted ${over.map((p) => `${p.type} [${show(p)}]`).join(', ')}`);
      continue;
    }
    bumpRec(b.goldOnly, 'missing (no overlap)');
    bump(b.missed, `${g.type} ${show(g)}`);
  }
  const crosses = (p: Span) => breaks.some((x) => p.start < x && x < p.end);
  for (const p of pred.filter(scored)) {
    if (goldKeys.has(key(p))) continue;
    if (crosses(p)) {
      bumpRec(b.predOnly, 'crosses an input line break (sentence end)');
      bump(b.crossing, `${p.type} ${show(p)}`);
      continue;
    }
    const sameSpan = gold.find((g) => g.start === p.start && g.end === p.end);
    if (sameSpan) {
      bumpRec(b.predOnly, sameSpan.type === 'MISC' ? 'type mismatch (gold MISC)' : 'type mismatch');
      if (sameSpan.type === 'MISC') bump(b.typeMix, `gold MISC → predicted ${p.type}`);
      continue;
    }
    const over = gold.filter((g) => overlaps(p, g));
    if (over.length > 0) {
      const allMisc = over.every((g) => g.type === 'MISC');
      bumpRec(b.predOnly, allMisc ? 'overlaps gold MISC only' : 'boundary mismatch');
      continue;
    }
    bumpRec(b.predOnly, 'spurious (no overlap)');
    bump(b.spurious, `${p.type} ${show(p)}`);
  }
}


const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

function table(title: string, s: Scored): string {
  const { gold, pred, correct } = s.counts;
  const row = (t: string, g: number, p: number, c: number) => {
    const r = prf(g, p, c);
    return `| ${t.padEnd(5)} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${String(g).padStart(5)} | ${String(p).padStart(5)} | ${String(c).padStart(5)} |`;
  };
  const sum = (r: Record<string, number>) => SCORED.reduce((a, t) => a + r[t]!, 0);
  const rows = ALL_TYPES.map((t) => row(t, gold[t]!, pred[t]!, correct[t]!));
  rows.push(row('micro', sum(gold), sum(pred), sum(correct)));
  return [title, '', '| type  |      P |      R |     F1 |  gold |  pred | right |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function microF1(s: Scored): number {
  const sum = (r: Record<string, number>) => SCORED.reduce((a, t) => a + r[t]!, 0);
  return prf(sum(s.counts.gold), sum(s.counts.pred), sum(s.counts.correct)).f1;
}

function topList(m: Map<string, number>, n: number): string {
  return [...m.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, n)
    .map(([k, c]) => `  ${String(c).padStart(4)}  ${k}`)
    .join('\n');
}

function breakdown(title: string, s: Scored, examples: number): string {
  const b = s.breakdown;
  const cats = (r: Record<string, number>) =>
    Object.entries(r)
      .sort((x, y) => y[1] - x[1])
      .map(([k, c]) => `  ${String(c).padStart(5)}  ${k}`)
      .join('\n');
  return [
    `### ${title}: error breakdown`,
    '',
    'gold spans not found (PER/ORG/LOC), by category:',
    cats(b.goldOnly) || '  none',
    '',
    'predicted spans not in gold (PER/ORG/LOC), by category:',
    cats(b.predOnly) || '  none',
    '',
    'type confusions (same span):',
    topList(b.typeMix, 20) || '  none',
    '',
    `top ${TOP} missed spans (no overlapping prediction):`,
    topList(b.missed, TOP) || '  none',
    '',
    `top ${TOP} spurious spans (no overlapping gold):`,
    topList(b.spurious, TOP) || '  none',
    '',
    'predicted spans across an input line break (top 20):',
    topList(b.crossing, 20) || '  none',
    '',
    `boundary mismatches (first ${examples} of ${b.boundary.length}):`,
    b.boundary
      .slice(0, examples)
      .map((x) => `  ${x}`)
      .join('\n') || '  none',
  ].join('\n');
}

// ---------------------------------------------------------------------------

const t0 = performance.now();
const model = readModel(modelDir());
const tagger = createTagger(model.scorer, model.lex);
process.stdout.write(`tagger model loaded in ${(performance.now() - t0).toFixed(0)} ms\n\n`);
const splits = args.split === 'both' ? (['dev', 'test'] as const) : ([args.split] as ('dev' | 'test')[]);
if (!splits.every((s) => s === 'dev' || s === 'test')) throw new Error('--split must be test, dev or both');

for (const split of splits) {
  const cases = buildCases(conllSplit(args.shared, split));
  const dir = args.keep ? join(args.keep, split) : mkdtempSync(join(tmpdir(), `parley-conll-${split}-`));
  mkdirSync(dir, { recursive: true });
  for (const c of cases) writeFileSync(join(dir, `${c.name}.txt`), c.text);

  // The tagger alone over the written text and the gold sentences.
  const tt = performance.now();
  const taggerScore = newScored();
  for (const c of cases) {
    const spans = tagger.tagDocument(c.text, c.sentences);
    scoreDoc(taggerScore, c.name, c.text, c.gold, spans.map((s) => ({ type: s.type, start: s.start, end: s.end })));
  }
  const taggerMs = performance.now() - tt;

  // The extract path.
  const te = performance.now();
  const byName = new Map(cases.map((c) => [c.name, c]));
  const extractScore = newScored();
  let docs = 0;
  let changed = 0;
  let droppedGold = 0;
  const otherTypes = new Map<string, number>();
  const readerMessages = new Map<string, number>();
  for await (const record of extractPaths([dir], { includeText: true })) {
    const name = record.path.slice(record.path.lastIndexOf('/') + 1).replace(/\.txt$/, '');
    const c = byName.get(name);
    if (!c) throw new Error(`unexpected record ${record.path}`);
    docs++;
    for (const m of record.messages) bump(readerMessages, `${m.severity} ${m.code}`);
    const out = record.text ?? '';
    // Gold into the reader's coordinates; spans whose edges the reader removed or changed are "dropped".
    const gold: Span[] = [];
    const dropped: Span[] = [];
    const breaks: number[] = [];
    if (out === c.text) {
      gold.push(...c.gold);
      breaks.push(...c.sentences.map((x) => x.end));
    } else {
      changed++;
      const al = aligner(c.text, out);
      for (const x of c.sentences) if (al.end(x.end) >= 0) breaks.push(al.end(x.end));
      for (const g of c.gold) {
        const s = al.start(g.start);
        const e = al.end(g.end);
        if (s >= 0 && e > s) gold.push({ type: g.type, start: s, end: e, id: `${g.type}:${g.start}:${g.end}` });
        else dropped.push(g);
      }
    }
    droppedGold += dropped.filter((g) => g.type !== 'MISC').length;
    const pred: Span[] = [];
    for (const e of record.entities) {
      const t = TYPE_OF[e.type];
      if (!t) {
        bump(otherTypes, e.type);
        continue;
      }
      pred.push({ type: t, start: e.start, end: e.end });
    }
    // Extract can print the same span twice (never expected): count it once.
    const uniq = [...new Map(pred.map((p) => [`${p.type}:${p.start}:${p.end}`, p])).values()];
    scoreDoc(extractScore, name, out, gold, uniq, dropped, (g) => c.text.slice(g.start, g.end), breaks);
  }
  const extractMs = performance.now() - te;
  if (!args.keep) rmSync(dir, { recursive: true, force: true });

  process.stdout.write(`## CoNLL++ ${split}: ${cases.length} documents\n\n`);
  process.stdout.write(
    `reader text differs from the written text in ${changed} of ${docs} documents; ${droppedGold} gold PER/ORG/LOC spans fall in text the reader removed or changed\n`,
  );
  if (otherTypes.size) process.stdout.write(`entity types not scored: ${[...otherTypes].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  process.stdout.write(`reader/pipeline messages: ${[...readerMessages].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}\n\n`);
  process.stdout.write(`${table(`CoNLL++ ${split} — parley extract (raw .txt in, entities out)`, extractScore)}\n\n`);
  process.stdout.write(`${table(`CoNLL++ ${split} — tagger alone on the same raw text (gold sentences)`, taggerScore)}\n\n`);
  process.stdout.write(
    `headline micro F1 (PER/ORG/LOC): extract ${pct(microF1(extractScore))}  vs  tagger alone ${pct(microF1(taggerScore))}  (Δ ${(100 * (microF1(extractScore) - microF1(taggerScore))).toFixed(2)})\n\n`,
  );

  // Where the two disagree: right for the tagger and not for extract (lost), and the reverse (won).
  const lost = new Map<string, number>();
  const won = new Map<string, number>();
  const textOf = (k: string) => {
    const [doc, type, s, e] = k.split(':');
    const c = byName.get(doc!)!;
    return `${type} ${c.text.slice(Number(s), Number(e))}`;
  };
  const lostEach: string[] = [];
  for (const k of taggerScore.correctKeys) {
    if (extractScore.correctKeys.has(k)) continue;
    bump(lost, textOf(k));
    lostEach.push(`  ${k.split(':')[0]}: ${textOf(k)} ⇢ extract ${extractScore.instead.get(k) ?? '?'}`);
  }
  for (const k of extractScore.correctKeys) if (!taggerScore.correctKeys.has(k)) bump(won, textOf(k));
  const lostN = [...lost.values()].reduce((x, y) => x + y, 0);
  const wonN = [...won.values()].reduce((x, y) => x + y, 0);
  process.stdout.write(`### extract vs tagger alone\n\nright for the tagger, not for extract: ${lostN} spans (top ${TOP}):\n${topList(lost, TOP) || '  none'}\n\n`);
  process.stdout.write(`each, with what extract predicted over it:\n${lostEach.join('\n') || '  none'}\n\n`);
  process.stdout.write(`right for extract, not for the tagger: ${wonN} spans (top 20):\n${topList(won, 20) || '  none'}\n\n`);
  process.stdout.write(`${breakdown(`CoNLL++ ${split} — extract`, extractScore, 40)}\n\n`);
  process.stdout.write(`${breakdown(`CoNLL++ ${split} — tagger alone`, taggerScore, 15)}\n\n`);
  process.stdout.write(
    `timing: ${split} tagger alone ${(taggerMs / 1000).toFixed(1)} s; extract (write files, read, pipeline, link) ${(extractMs / 1000).toFixed(1)} s\n\n`,
  );
}
process.stdout.write(`total ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
