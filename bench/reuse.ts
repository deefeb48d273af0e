// npm run bench:reuse: the text-reuse index at archive scale, on one core.
//  1. fingerprinting throughput (MB of UTF-8 text per CPU second) over the AU PM transcripts;
//  2. reuse of N documents (default 100,000: real release-sized slices of the
//     transcripts plus newsroom-style reprints of them) computed after ingest;
//  3. the index's size against the text's;
//  4. one new document checked against an index of M documents (default
//     1,000,000): p50/p95 of linking it (lookups, alignment, write).
// The M-document index is the N documents' fingerprints plus copies of them
// under a per-copy 64-bit salt: hash statistics and b-tree depth of an index
// that size, without fingerprinting 3 GB of text first. Writes BENCHMARKS.md.
// Both databases stay in .bench/ and are reused by the next run (everything
// re-queued) unless --rebuild is given.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createPipeline, documentId, emptyMeta, type Document, type Kind } from '../src/core/index.js';
import { fingerprintText, fingerprintsStage } from '../src/extract/index.js';
import { linkReuse } from '../src/link/index.js';
import { openSqliteStore, type DocumentRecord } from '../src/store/index.js';
import { auPmCorpus } from './corpus.js';
import { machine, today, writeSection } from './report.js';
import { Mutator } from './reuse/mutate.js';
import { realTexts, slices } from './reuse/texts.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DOCS = arg('docs', 100_000);
const INDEX = arg('index', 1_000_000);
const QUERIES = arg('queries', 300);
const dir = join(import.meta.dirname, '..', '.bench');
mkdirSync(dir, { recursive: true });
const REBUILD = process.argv.includes('--rebuild');
const dbPath = join(dir, `reuse-${DOCS}.db`);
const bigPath = join(dir, `reuse-${DOCS}-as-${INDEX}.db`);
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

// 1. Fingerprinting.
const texts = realTexts(auPmCorpus());
const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
let cpu = cpuSeconds();
let fingerprints = 0;
for (const text of texts) fingerprints += fingerprintText(text).hashes.length;
const fingerprintCpu = cpuSeconds() - cpu;
console.log(`fingerprinting: ${mb(textBytes).toFixed(1)} MB in ${fingerprintCpu.toFixed(2)} CPU s = ${(mb(textBytes) / fingerprintCpu).toFixed(1)} MB/s; ${fingerprints} fingerprints`);

// 2. The corpus: bases (releases) and reprints (news), plus held-out texts for new documents.
const heldOut = texts.splice(Math.floor(texts.length * 0.95));
const bases = slices(texts);
const mutator = new Mutator(2026);
const shuffledWords = (text: string) => {
  const words = text.split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(mutator.random() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.slice(0, 60).join(' ');
};
const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
/** Only the stage reuse needs: the benchmark measures reuse, not entities. */
const fingerprintsOnly = createPipeline([fingerprintsStage]);
function toRecord(text: string, kind: Kind, published: string, n: number): DocumentRecord {
  const document: Document = {
    id: documentId(null, `${n}\n${text}`),
    path: `bench/${n}.txt`,
    format: 'text',
    bytes: Buffer.byteLength(text),
    text,
    meta: { ...emptyMeta(kind), published, publishedFrom: 'user', source: kind === 'release' ? 'release-desk' : `outlet-${n % 40}` },
    messages: [],
  };
  return fingerprintsOnly.run(document);
}
const baseCount = Math.min(bases.length, Math.round(DOCS * 0.22));
const baseDates = bases.slice(0, baseCount).map(() => day('2020-01-01', Math.floor(mutator.random() * 1800)));
function* corpus(): Generator<DocumentRecord> {
  for (let i = 0; i < baseCount; i++) yield toRecord(bases[i]!, 'release', baseDates[i]!, i);
  for (let n = baseCount; n < DOCS; n++) {
    const b = Math.floor(mutator.random() * baseCount);
    const lead = shuffledWords(mutator.pick(heldOut));
    yield toRecord(mutator.reprint(bases[b]!, lead), 'news', day(baseDates[b]!, Math.floor(mutator.random() * 10)), n);
  }
}

const reuseDb = !REBUILD && existsSync(dbPath);
if (!reuseDb) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
const store = await openSqliteStore(dbPath);
let started = performance.now();
let corpusBytes = 0;
let ingestSeconds = 0;
if (reuseDb) {
  // The same documents as last time: forget their pairs and queue them all again.
  const raw = new Database(dbPath);
  raw.exec('delete from reuse_pairs; insert or ignore into reuse_pending select seq from documents;');
  corpusBytes = (raw.prepare('select sum(bytes) as n from documents').get() as { n: number }).n;
  raw.close();
  console.log(`reusing ${dbPath}: every document queued again`);
} else {
  let batch: DocumentRecord[] = [];
  for (const record of corpus()) {
    corpusBytes += record.document.bytes;
    batch.push(record);
    if (batch.length === 2000) {
      await store.putDocuments(batch);
      batch = [];
    }
  }
  await store.putDocuments(batch);
  ingestSeconds = (performance.now() - started) / 1000;
  console.log(`ingested ${DOCS} documents (${baseCount} releases), ${mb(corpusBytes).toFixed(0)} MB, in ${ingestSeconds.toFixed(1)} s`);
}

started = performance.now();
cpu = cpuSeconds();
const linked = await linkReuse(store);
const reuseSeconds = (performance.now() - started) / 1000;
const reuseCpu = cpuSeconds() - cpu;
const related = await store.listReuse({ minShare: 0.2, limit: 1 });
console.log(`reuse: ${linked.strategy}, ${linked.pairs} pairs stored (${related.total} at ≥ 20%), ${reuseSeconds.toFixed(1)} s wall, ${reuseCpu.toFixed(1)} CPU s`);
const counts = await store.reuseCounts();
await store.close();

// 3. Index size: the fingerprints table and its document index, against the text.
const raw = new Database(dbPath);
const indexBytes = (raw.prepare("select sum(pgsize) as n from dbstat where name in ('fingerprints', 'fingerprints_doc')").get() as { n: number }).n;
const pairBytes = (raw.prepare("select sum(pgsize) as n from dbstat where name like 'reuse_pairs%' or name = 'sqlite_autoindex_reuse_pairs_1'").get() as { n: number }).n;
console.log(`index: ${mb(indexBytes).toFixed(0)} MB for ${mb(corpusBytes).toFixed(0)} MB of text = ${(indexBytes / corpusBytes).toFixed(2)}×; pairs ${mb(pairBytes).toFixed(0)} MB`);

// 4. An index of INDEX documents, in a copy: salted copies of the fingerprints under document keys that do not exist.
raw.pragma('wal_checkpoint(TRUNCATE)');
const maxSeq = (raw.prepare('select max(seq) as m from documents').get() as { m: number }).m;
raw.close();
const copies = Math.max(0, Math.ceil(INDEX / DOCS) - 1);
if (REBUILD || !existsSync(bigPath)) {
  for (const suffix of ['-wal', '-shm']) rmSync(`${bigPath}${suffix}`, { force: true });
  copyFileSync(dbPath, bigPath);
  const big = new Database(bigPath);
  big.pragma('foreign_keys = OFF');
  big.pragma('cache_size = -1000000');
  started = performance.now();
  for (let c = 1; c <= copies; c++) {
    const salt = BigInt.asIntN(64, BigInt(c) * 0x9e3779b97f4a7c15n);
    // a XOR salt, written with the operators SQLite has.
    big
      .prepare('insert into fingerprints (hash, doc, start, "end") select (hash | @salt) & ~(hash & @salt), doc + @shift, start, "end" from fingerprints where doc <= @maxSeq order by 1')
      .run({ salt, shift: c * (maxSeq + 1), maxSeq });
    console.log(`  copy ${c}/${copies} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  big.pragma('wal_checkpoint(TRUNCATE)');
  big.close();
}
const indexDocs = DOCS * (copies + 1);

const big = await openSqliteStore(bigPath);
const bigCounts = await big.reuseCounts();
const timings: number[] = [];
let found = 0;
for (let q = 0; q < QUERIES; q++) {
  // Two in three new documents reprint a stored release; the rest are new text.
  const b = Math.floor(mutator.random() * baseCount);
  const text = q % 3 === 2 ? mutator.pick(heldOut).slice(0, 4000) : mutator.reprint(bases[b]!, shuffledWords(mutator.pick(heldOut)));
  const record = toRecord(text, 'news', day(baseDates[b]!, 3), DOCS * (copies + 1) + q);
  await big.putDocuments([record]);
  const t = performance.now();
  const result = await linkReuse(big, { strategy: 'lookup' });
  timings.push(performance.now() - t);
  if (result.pairs > 0) found += 1;
  // Leave the index as it was, so the next run measures the same thing.
  await big.deleteDocument(record.document.id);
}
await big.close();
timings.sort((a, b) => a - b);
const quantile = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!;
console.log(`lookup in a ${indexDocs}-document index (${bigCounts.fingerprints} fingerprints): p50 ${quantile(0.5).toFixed(2)} ms, p95 ${quantile(0.95).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms; ${found}/${QUERIES} found related documents`);
const fileMb = mb(statSync(bigPath).size);

writeSection(
  'reuse',
  `## Text reuse (\`npm run bench:reuse\`)

${today()}, ${machine()}. Real text: ${texts.length + heldOut.length} AU PM transcripts (≥ 1,500 characters, ${mb(textBytes).toFixed(1)} MB).

| measure | result | bar |
|---|---|---|
| fingerprinting (tokenise, hash 5-grams, winnow w=12) | **${(mb(textBytes) / fingerprintCpu).toFixed(1)} MB/s** per CPU second (${fingerprints.toLocaleString('en')} fingerprints, ${(fingerprints / textBytes * 1000).toFixed(1)} per KB) | ≥ 6 MB/s |
| reuse of ${DOCS.toLocaleString('en')} documents after ingest (${linked.strategy} strategy) | **${reuseSeconds.toFixed(1)} s** wall, ${reuseCpu.toFixed(1)} CPU s; ${linked.pairs.toLocaleString('en')} pairs stored, ${related.total.toLocaleString('en')} at ≥ 20% | ≤ 60 s |
| index size (fingerprints + document index) | **${(indexBytes / corpusBytes).toFixed(2)}×** the text (${mb(indexBytes).toFixed(0)} MB for ${mb(corpusBytes).toFixed(0)} MB; ${counts.fingerprints.toLocaleString('en')} fingerprints) | ≤ 2× |
| one new document against ${indexDocs.toLocaleString('en')} documents (${bigCounts.fingerprints.toLocaleString('en')} fingerprints, ${fileMb.toFixed(0)} MB file) | p50 ${quantile(0.5).toFixed(2)} ms, **p95 ${quantile(0.95).toFixed(2)} ms**, max ${timings.at(-1)!.toFixed(2)} ms (${found}/${QUERIES} found their release) | p95 ≤ 20 ms |

The ${DOCS.toLocaleString('en')} documents: ${baseCount.toLocaleString('en')} release-sized slices (2–5 KB of whole paragraphs) of real transcripts, and ${(DOCS - baseCount).toLocaleString('en')} reprints of random slices (trimmed to 50–100%, a sentence dropped, "the Prime Minister said" → "he said", quotes restyled, paragraphs sometimes joined, a new lead of shuffled held-out words), dated 0–9 days after their release${ingestSeconds ? `; ingest with the fingerprints stage alone took ${ingestSeconds.toFixed(0)} s (FTS indexing included)` : ''}. The ${indexDocs.toLocaleString('en')}-document index adds ${copies} salted copies of those fingerprints (hash XOR a per-copy constant, under document keys with no document), which gives the b-tree the size and hash spread of a real index of that many documents; the timed step is \`linkReuse\` for the one new document: its postings lookups, alignment with each candidate, and the write of its pairs. Queries: ${QUERIES} new documents, two in three reprints of a stored release, one in three unrelated held-out text.`,
);
