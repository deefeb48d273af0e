// npm run bench:trends: issue 16's speed bars, measured in one run.
// - A 3-phrase monthly trend over the AU PM corpus (7,534 transcripts): p50/p95/p99
//   over 120 distinct phrase triples (each new, so no matched set is reused).
// - `shifts` between two 5-year periods (1996..2000 vs 2005..2009).
// - Both again at 100,000 documents: the corpus copied under 13 outlets (same dates),
//   so every period and bucket holds 13 times the documents. Built once, kept in tmp.
// Reuses the database bench:ingest built (PARLEY_BENCH_DB), or builds it.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, languageShifts, openStore, phraseTrends } from '../src/app/index.js';
import type { DocumentRecord, Store } from '../src/store/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const db = process.env.PARLEY_BENCH_DB ?? join(tmpdir(), 'parley-bench-ingest.db');
const big = process.env.PARLEY_BENCH_100K_DB ?? join(tmpdir(), 'parley-bench-trends-100k.db');
const TARGET = 100_000;

const TERMS = ['terrorism', 'trade', 'Indonesia', 'China', 'alliance', 'refugees', 'drought', 'Iraq', 'climate', 'Timor', 'Japan', 'tariffs', 'Pacific', 'defence', 'budget', 'economy', 'security', 'APEC', 'Washington', 'Zealand'];
const PHRASES = ['"war on terror"', '"free trade agreement"', '"national security"', '"Asia Pacific"', '"climate change"', '"United States"', '"interest rates"', '"border protection"', '"East Timor"', '"New Zealand"', '"United Nations"', '"Middle East"'];

/** 120 distinct triples: a phrase, a term and a phrase-or-term, rotated. */
function triples(): string[][] {
  const out: string[][] = [];
  for (let i = 0; out.length < 120; i++) {
    const triple = [PHRASES[i % PHRASES.length]!, TERMS[(i * 7) % TERMS.length]!, i % 2 ? `${TERMS[(i * 3 + 1) % TERMS.length]} OR ${TERMS[(i * 5 + 2) % TERMS.length]}` : PHRASES[(i * 5 + 3) % PHRASES.length]!];
    if (new Set(triple).size === 3 && !out.some((t) => t.join() === triple.join())) out.push(triple);
    if (i > 10_000) break;
  }
  return out;
}

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function measure(store: Store) {
  const sets = triples();
  for (const phrase of sets.slice(0, 5)) await phraseTrends(store, { phrase, by: 'month' }); // warm the page cache
  const trend: number[] = [];
  // A new connection's cache: the warm-up triples are not reused below.
  for (const phrase of sets.slice(5)) {
    const started = performance.now();
    await phraseTrends(store, { phrase, by: 'month' });
    trend.push(performance.now() - started);
  }
  const shifts: number[] = [];
  let top: string[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const view = await languageShifts(store, { from: '1996..2000', to: '2005..2009' });
    shifts.push(performance.now() - started);
    top = view.rising.slice(0, 8).map((p) => p.phrase);
  }
  const documents = (await store.stats()).documents;
  return { documents, trend, shifts, top, memory: process.memoryUsage().rss };
}

/** The corpus copied under outlets `copy-1`… until `TARGET` documents: same texts (each made unique) and dates. */
async function buildBig(from: Store): Promise<void> {
  const store = await openStore(big);
  try {
    if ((await store.stats()).documents >= TARGET) return;
    const page = await from.search({ limit: 200, sort: 'date' });
    const total = page.total;
    const ids: string[] = [];
    for (let offset = 0; offset < total; offset += 200) ids.push(...(await from.search({ limit: 200, offset, sort: 'date' })).results.map((r) => r.id));
    for (let copy = 0; ids.length * copy < TARGET; copy++) {
      const batch: DocumentRecord[] = [];
      for (const [i, id] of ids.entries()) {
        if (ids.length * copy + i >= TARGET) break;
        const stored = await from.getDocument(id);
        if (!stored) continue;
        const { document } = stored;
        const text = copy === 0 ? document.text : `${document.text}\n\n(copy ${copy})`;
        batch.push({ document: { ...document, id: `${document.id}-c${copy}`, path: `${document.path}#${copy}`, text, meta: { ...document.meta, source: copy === 0 ? document.meta.source : `copy-${copy}` } }, stages: [] });
        if (batch.length === 500) await store.putDocuments(batch.splice(0));
      }
      if (batch.length) await store.putDocuments(batch);
      process.stderr.write(`100k store: ${Math.min(TARGET, ids.length * (copy + 1))} documents\n`);
    }
  } finally {
    await store.close();
  }
}

/** `parley shifts` as a user runs it: a fresh process each time (start-up, one cold comparison, output), wall time. */
function cliShifts(path: string): number[] {
  const bin = join(import.meta.dirname, '..', 'bin', 'parley.js');
  return [0, 1, 2].map(() => {
    const started = performance.now();
    execFileSync(process.execPath, [bin, 'shifts', '--from', '1996..2000', '--to', '2005..2009', '--db', path, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
    return performance.now() - started;
  });
}

const store = await openStore(db);
if ((await store.stats()).documents === 0) await ingestPaths(store, [auPmCorpus()]);
const corpus = await measure(store);
await store.close();
const cli = cliShifts(db);
const reopened = await openStore(db);
await buildBig(reopened);
await reopened.close();
const bigStore = await openStore(big);
const scaled = await measure(bigStore);
await bigStore.close();

const row = (label: string, r: typeof corpus) =>
  `| ${label} | ${r.documents.toLocaleString('en')} | ${ms(pct(r.trend, 50))} | ${ms(pct(r.trend, 95))} | ${ms(pct(r.trend, 99))} | ${r.shifts.map((v) => `${(v / 1000).toFixed(2)} s`).join(', ')} |`;
const markdown = [
  '## Phrase trends and shifts (`npm run bench:trends`)',
  '',
  `A 3-phrase monthly trend (share; ${corpus.trend.length} distinct triples of phrases, terms and ORs, each matched afresh) and \`shifts --from 1996..2000 --to 2005..2009\` (three runs), in process on one connection. The 100,000-document store is the AU PM corpus copied under 13 outlets with the same dates, so each bucket and period holds 13 times the documents. ${machine()}; ${today()}.`,
  '',
  '| store | documents | trend p50 | trend p95 | trend p99 | shifts (3 runs) |',
  '|---|---|---|---|---|---|',
  row('AU PM transcripts', corpus),
  row('×13 outlets', scaled),
  '',
  `\`parley shifts --from 1996..2000 --to 2005..2009\` as a fresh process (start-up, one cold comparison, JSON out), wall: ${cli.map((v) => `${(v / 1000).toFixed(2)} s`).join(', ')}.`,
  '',
  `Top rising phrases, 1996–2000 → 2005–2009: ${corpus.top.map((p) => `“${p}”`).join(', ')}.`,
  `Peak resident memory: ${(Math.max(corpus.memory, scaled.memory) / 2 ** 20).toFixed(0)} MB.`,
].join('\n');
writeSection('trends', markdown);
process.stdout.write(`${markdown}\n`);
