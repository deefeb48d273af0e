// Store-only throughput: `node --import tsx src/store/test/throughput.ts [DIR] [BATCH]`.
// Loads the AU PM transcripts (plain text pulled out of the XML, no pipeline),
// times putDocuments into a new SQLite file with FTS, then times searches.
// The whole-pipeline figure lives in bench/ingest.ts; this isolates the store.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId, emptyMeta, type Kind } from '../../core/index.js';
import { openSqliteStore } from '../sqlite/open.js';
import type { DocumentRecord, SearchQuery } from '../store.js';

const dir = process.argv[2] || join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'au-pm-transcripts');
const batchSize = Number(process.argv[3] ?? 200);
const out = (line: string) => process.stdout.write(`${line}\n`);

const tag = (xml: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1]?.trim() ?? '';
const KIND: Record<string, Kind> = { 'Media Release': 'release', Speech: 'speech', Interview: 'news' };

function toRecord(path: string, xml: string): DocumentRecord {
  const html = tag(xml, 'content').replace(/^<!\[CDATA\[|\]\]>$/g, '');
  const text = html
    .replace(/<\/p>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+/g, ' ')
    .trim();
  const [d, m, y] = tag(xml, 'release-date').split('/');
  const sentences: { start: number; end: number }[] = [];
  for (let start = 0, end = text.indexOf('. '); end !== -1; start = end + 2, end = text.indexOf('. ', start)) sentences.push({ start, end: end + 1 });
  return {
    document: {
      id: documentId(null, text),
      path,
      format: 'aupm-xml',
      bytes: Buffer.byteLength(xml),
      text,
      meta: {
        ...emptyMeta(KIND[tag(xml, 'release-type')] ?? 'other'),
        title: tag(xml, 'title') || null,
        published: y && m && d ? `${y}-${m}-${d}` : null,
        source: 'pmtranscripts.pmc.gov.au',
        ministers: [tag(xml, 'prime-minister')].filter(Boolean),
      },
      messages: [],
    },
    stages: [{ name: 'segment', version: 1, output: { sentences } }],
  };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
const records = files.map((f) => toRecord(join(dir, f), readFileSync(join(dir, f), 'utf8')));
const inputBytes = records.reduce((sum, r) => sum + r.document.bytes, 0);
const textBytes = records.reduce((sum, r) => sum + Buffer.byteLength(r.document.text), 0);

const path = join(tmpdir(), 'parley-store-throughput.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
const store = await openSqliteStore(path);
const started = performance.now();
const cpuStart = process.cpuUsage();
for (let i = 0; i < records.length; i += batchSize) await store.putDocuments(records.slice(i, i + batchSize));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (bytes: number) => bytes / 1024 / 1024;
out(`${records.length} documents, ${mb(inputBytes).toFixed(1)} MB input (${mb(textBytes).toFixed(1)} MB text), batches of ${batchSize}`);
// CPU time is the figure to compare across runs on a shared machine; wall time includes waiting for the disk and other processes.
for (const [label, s] of [['wall', seconds], ['cpu', cpuSeconds]] as const) {
  out(`putDocuments (${label}): ${s.toFixed(2)} s = ${(mb(inputBytes) / s).toFixed(1)} MB/s input, ${(mb(textBytes) / s).toFixed(1)} MB/s text, ${(records.length / s).toFixed(0)} docs/s`);
}

const again = performance.now();
await store.putDocuments(records.slice(0, 500));
out(`re-put 500 unchanged: ${(performance.now() - again).toFixed(0)} ms`);

const QUERIES: SearchQuery[] = [
  { q: 'economy' },
  { q: '"prime minister"' },
  { q: 'terr*' },
  { q: 'iraq -war' },
  { q: 'title:china OR title:japan' },
  { q: 'trade', sort: 'date', limit: 50 },
  { q: 'budget', filters: { from: '2000-01-01', to: '2004-12-31', kind: ['speech'] } },
  {},
  { filters: { minister: ['Rudd, Kevin'] }, offset: 100 },
];
for (const query of QUERIES) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 15; i += 1) {
    const t = performance.now();
    total = (await store.search(query)).total;
    times.push(performance.now() - t);
  }
  const facetStart = performance.now();
  await store.facets(query);
  const facetMs = performance.now() - facetStart;
  times.sort((a, b) => a - b);
  out(`search ${JSON.stringify(query)}: ${total} hits, median ${times[7]?.toFixed(1)} ms; facets ${facetMs.toFixed(1)} ms`);
}
await store.close();
if (!process.env.KEEP_DB) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
