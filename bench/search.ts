// npm run bench:search: search latency (p50/p95/p99) over 1,000 queries on
// the AU PM corpus. Reuses the database that bench:ingest built, or builds it.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, openStore } from '../src/app/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';

const db = process.env.PARLEY_BENCH_DB ?? join(tmpdir(), 'parley-bench-ingest.db');
const fresh = !existsSync(db);
const store = await openStore(db);
if (fresh) await ingestPaths(store, [auPmCorpus()]);

// A fixed, mixed workload: single terms, two-term AND, phrases, prefixes, OR, and filtered queries.
const terms = ['trade', 'China', 'Indonesia', 'terrorism', 'alliance', 'Washington', 'Zealand', 'security', 'refugees', 'APEC', 'Iraq', 'economy', 'drought', 'Timor', 'Japan', 'tariffs', 'climate', 'Pacific', 'defence', 'budget'];
const phrases = ['"New Zealand"', '"free trade agreement"', '"United States"', '"national security"', '"Prime Minister"', '"Asia Pacific"'];
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const queries = Array.from({ length: 1000 }, (_, i) => {
  switch (i % 6) {
    case 0: return { q: pick(terms) };
    case 1: return { q: `${pick(terms)} ${pick(terms)}` };
    case 2: return { q: pick(phrases) };
    case 3: return { q: `${pick(terms).slice(0, 4)}*` };
    case 4: return { q: `${pick(terms)} OR ${pick(terms)}` };
    default: return { q: pick(terms), filters: { from: '2001-01-01', to: '2007-12-31', kind: ['speech' as const, 'release' as const] } };
  }
});

for (const query of queries.slice(0, 50)) await store.search(query); // warm the page cache
const timings: number[] = [];
let totalHits = 0;
for (const query of queries) {
  const started = performance.now();
  const page = await store.search({ ...query, limit: 20 });
  timings.push(performance.now() - started);
  totalHits += page.total;
}
const facetTimings: number[] = [];
for (const query of queries.slice(0, 200)) {
  const started = performance.now();
  await store.facets(query);
  facetTimings.push(performance.now() - started);
}
const documents = (await store.stats()).documents;
await store.close();

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;
const markdown = [
  '## Search latency (`npm run bench:search`)',
  '',
  `1,000 queries (terms, AND, phrases, prefixes, OR, filtered) over ${documents} AU PM transcripts, top 20 with snippets and total count, SQLite FTS5 + BM25. ${machine()}; ${today()}.`,
  '',
  '| measure | p50 | p95 | p99 | mean |',
  '|---|---|---|---|---|',
  `| search | ${ms(pct(timings, 50))} | ${ms(pct(timings, 95))} | ${ms(pct(timings, 99))} | ${ms(timings.reduce((a, b) => a + b, 0) / timings.length)} |`,
  `| facets (200 queries) | ${ms(pct(facetTimings, 50))} | ${ms(pct(facetTimings, 95))} | ${ms(pct(facetTimings, 99))} | ${ms(facetTimings.reduce((a, b) => a + b, 0) / facetTimings.length)} |`,
  '',
  `Mean matches per query: ${(totalHits / queries.length).toFixed(0)}.`,
].join('\n');
writeSection('search', markdown);
process.stdout.write(`${markdown}\n`);
