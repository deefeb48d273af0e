/**
 * Quote clustering at archive scale: 100,000 synthetic documents (1 to 3
 * quotes of their own, 20% reprinting an earlier document's quotes whole,
 * trimmed, with a clause dropped, split or re-marked), stored, then
 * clustered in one pass as after a bulk ingest; then 1,000 more documents
 * clustered into them, as a daily ingest would. Prints the figures; the bar
 * is 60 s for the 100,000 on a 2-core machine.
 *
 *   npm run bench:quote-clusters [-- --documents 100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkQuotes } from '../src/link/index.js';
import { quoteCorpus } from '../src/link/quotes/test/synthetic.js';
import { openSqliteStore } from '../src/store/index.js';
import { machine } from './report.js';

const flag = process.argv.indexOf('--documents');
const documents = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
const later = 1000;
const BATCH = 1000;

const seconds = (from: number) => (performance.now() - from) / 1000;
const dir = mkdtempSync(join(tmpdir(), 'parley-quote-bench-'));
try {
  let began = performance.now();
  const { records, truth } = quoteCorpus({ documents: documents + later, reprintShare: 0.2, seed: 2024, window: 400 });
  const generated = seconds(began);
  const store = await openSqliteStore(join(dir, 'bench.db'));
  began = performance.now();
  for (let i = 0; i < documents; i += BATCH) await store.putDocuments(records.slice(i, Math.min(i + BATCH, documents)));
  const storing = seconds(began);

  began = performance.now();
  const bulk = await linkQuotes(store);
  const clustering = seconds(began);

  await store.putDocuments(records.slice(documents));
  began = performance.now();
  const daily = await linkQuotes(store);
  const incremental = seconds(began);

  const clustered = (await store.quotes({ limit: 1 })).total;
  const inClusters = new Set<string>();
  for (const [quote, original] of truth) if (quote !== original) inClusters.add(original);
  await store.close();
  console.log(`machine: ${machine()}`);
  console.log(`documents: ${documents.toLocaleString('en')} (+${later} later); quotes: ${clustered.toLocaleString('en')}; originals reprinted: ${inClusters.size.toLocaleString('en')}`);
  console.log(`generate ${generated.toFixed(1)} s; store ${storing.toFixed(1)} s`);
  console.log(`cluster ${documents.toLocaleString('en')} documents: ${clustering.toFixed(1)} s (${bulk.quotes.toLocaleString('en')} quotes, ${bulk.clusters.toLocaleString('en')} cluster records written)`);
  console.log(`cluster ${later} more into them: ${incremental.toFixed(2)} s (${daily.quotes} quotes)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
