import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractPaths, ingestPaths, openStore, type IngestSummary } from '../../src/app/index.js';
import { createPipeline, type Document } from '../../src/core/index.js';
import { segmentStage } from '../../src/extract/index.js';
import type { Store } from '../../src/store/index.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

// JSONL input: one document per line, path `file:line`, through ingest and extract.

const line = (record: unknown): string => JSON.stringify(record);
const story = (n: number, extra: Record<string, unknown> = {}) =>
  line({ text: `Foreign Minister Winston Peters met his Fijian counterpart in Suva to discuss policing, meeting ${n}.`, title: `Meeting ${n}`, published: `2024-03-${String(n).padStart(2, '0')}`, url: `https://news.example.org/story/${n}`, ...extra });
const tail = (path: string): string => path.split('/').pop() as string;
const strip = (s: IngestSummary) => ({ ...s, seconds: 0, megabytesPerSecond: 0, documentsPerSecond: 0, workers: 0, linked: { ...s.linked, seconds: 0 }, reuse: { ...s.reuse, seconds: 0 } });

async function withStore<T>(run: (store: Store, dir: string) => Promise<T>): Promise<T> {
  const tmp = tempDir();
  const store = await openStore(join(tmp.dir, 'p.db'));
  try {
    return await run(store, tmp.dir);
  } finally {
    await store.close();
    tmp.cleanup();
  }
}

describe('ingest: JSONL archives', () => {
  it('stores every good record and fails each bad line alone, with its code and its line', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'archive.jsonl');
      writeFileSync(path, [story(1), '', 'not json', story(2), '{"text": 5}', '[1, 2]', '{"text":"x","published":"tomorrow"}', story(3), ''].join('\n'));
      const seen: Document[] = [];
      const summary = await ingestPaths(store, [path], { workers: 1, onDocument: (d) => seen.push(d) });
      assert.equal(summary.inputs, 7, 'each record is an input; blank lines are not');
      assert.equal(summary.inserted, 3);
      assert.deepEqual(
        summary.failures.map((f) => [tail(f.path), f.code]),
        [
          ['archive.jsonl:3', 'bad-json'],
          ['archive.jsonl:5', 'bad-record'],
          ['archive.jsonl:6', 'bad-record'],
          ['archive.jsonl:7', 'bad-record'],
        ],
      );
      assert.match(summary.failures[3]?.reason ?? '', /Line 7: field "published" 'tomorrow' is not a date/);
      assert.deepEqual(seen.map((d) => tail(d.path)), ['archive.jsonl:1', 'archive.jsonl:3', 'archive.jsonl:4', 'archive.jsonl:5', 'archive.jsonl:6', 'archive.jsonl:7', 'archive.jsonl:8']);
      assert.equal(summary.messagesByCode['reader:jsonl:bad-record'], 3);
      const hit = (await store.search({ q: '"meeting 2"' })).results[0];
      const stored = hit ? await store.getDocument(hit.id) : null;
      assert.equal(stored?.document.path, `${path}:4`);
      assert.equal(stored?.document.meta.published, '2024-03-02');
      assert.equal(stored?.document.meta.publishedFrom, 'feed');
      assert.equal(stored?.document.format, 'jsonl');
    }));

  it('skips every unchanged record after a read and a hash, and extracts only what changed', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'archive.jsonl');
      const records = Array.from({ length: 30 }, (_, i) => story(i + 1));
      writeFileSync(path, `${records.join('\n')}\n`);
      const first = await ingestPaths(store, [path], { workers: 2 });
      assert.equal(first.inserted, 30);

      const progress: number[] = [];
      const again = await ingestPaths(store, [path], { workers: 2, onProgress: (p) => progress.push(p.done) });
      assert.equal(again.skippedUnchanged, 30);
      assert.equal(again.documents, 30);
      assert.equal(again.workers, 0, 'nothing to extract, so no thread started');
      assert.equal(progress.at(-1), 1, 'the file is one input on the progress line');
      assert.equal(again.bytes, first.bytes);

      // One record edited, one appended: only those two are read into documents.
      records[9] = story(10, { text: 'The meeting in Suva was postponed.' });
      writeFileSync(path, `${[...records, story(31)].join('\n')}\n`);
      const paths: string[] = [];
      const edited = await ingestPaths(store, [path], { workers: 2, onDocument: (d) => paths.push(tail(d.path)) });
      assert.deepEqual(paths, ['archive.jsonl:10', 'archive.jsonl:31']);
      assert.equal(edited.skippedUnchanged, 29);
      assert.equal(edited.updated, 1);
      assert.equal(edited.inserted, 1);
      assert.equal((await store.search({ q: 'postponed' })).total, 1);
    }));

  it('dates a record without a date of its own from its text, else from --published; a record date wins', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'mixed.jsonl');
      writeFileSync(
        path,
        [
          line({ text: 'Officials from Samoa and Tonga met in Apia to talk about fisheries.', url: 'https://news.example.org/a' }),
          line({ text: 'WELLINGTON, 2 February 2026 - New Zealand and Fiji agreed to cooperate on policing.', url: 'https://news.example.org/b' }),
          line({ text: 'The Prime Minister of Australia visited Port Moresby.', published: '2023-09-16T08:00:00+10:00', url: 'https://news.example.org/c' }),
        ].join('\n'),
      );
      const docs: Document[] = [];
      await ingestPaths(store, [path], { workers: 1, published: '2024-04-11', onDocument: (d) => docs.push(d) });
      assert.deepEqual(
        docs.map((d) => [d.meta.published, d.meta.publishedFrom]),
        [
          ['2024-04-11', 'user'],
          ['2026-02-02', 'text'],
          ['2023-09-16', 'feed'],
        ],
      );
      assert.ok(!docs[0]?.messages.some((m) => m.code === 'no-publication-date'));
      // --published is part of every record's source hash: another date reads the records again.
      const other = await ingestPaths(store, [path], { workers: 1, published: '2024-05-01' });
      assert.equal(other.skippedUnchanged, 0);
      assert.equal(other.updated, 1, 'only the record the date applies to changes');
    }));

  it('applies --max-bytes to each record, not to the file', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'big.jsonl');
      const huge = line({ text: `${'The Minister spoke at length. '.repeat(400)}` });
      writeFileSync(path, [story(1), huge, story(2)].join('\n'));
      const summary = await ingestPaths(store, [path], { workers: 1, maxBytes: 4096 });
      assert.deepEqual(summary.failures.map((f) => [tail(f.path), f.code]), [['big.jsonl:2', 'document-too-large']]);
      assert.match(summary.failures[0]?.reason ?? '', /^Record .*big\.jsonl:2 is 0\.0 MB, over the 0\.0 MB limit for one document; .*--max-bytes/);
      assert.equal(summary.inserted, 2, 'the file is larger than --max-bytes, its records are not');
    }));

  it('fails a JSONL file with no records as empty, and reads a folder of .jsonl and .ndjson files', () =>
    withStore(async (store, dir) => {
      writeFileSync(join(dir, 'a.jsonl'), '\n\n  \r\n');
      writeFileSync(join(dir, 'b.ndjson'), `${story(5)}\n`);
      const summary = await ingestPaths(store, [dir], { workers: 1 });
      assert.deepEqual(summary.failures.map((f) => [tail(f.path), f.code]), [['a.jsonl', 'empty-document']]);
      assert.equal(summary.inserted, 1);
      assert.equal((await store.search({ q: '"meeting 5"' })).results[0]?.title, 'Meeting 5');
    }));

  it('stores exactly the same with one worker, two, or none', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'archive.jsonl');
    const records = Array.from({ length: 24 }, (_, i) => (i % 7 === 3 ? '{"bad": true}' : story(i + 1, i % 5 === 0 ? { published: null } : {})));
    writeFileSync(path, `\ufeff${records.join('\r\n')}\r\n`);
    const release = writeRelease(tmp.dir, 'release.md', { title: 'Release', date: '2024-03-01', url: 'https://example.govt.nz/r', body: 'The Minister of Foreign Affairs met Samoa\'s Prime Minister in Apia.' });
    const files = [release, path];
    const snapshot = async (store: Store, ids: readonly string[]) => ({
      documents: await Promise.all(
        ids.map(async (id) => {
          const stored = await store.getDocument(id);
          assert.ok(stored, `document ${id} is stored`);
          return { document: stored.document, stages: stored.stages, contentHash: stored.contentHash, entities: await store.documentEntities(id) };
        }),
      ),
      stats: await store.stats(),
    });
    const stores = await Promise.all(['one', 'two', 'inline'].map((n) => openStore(join(tmp.dir, `${n}.db`))));
    const [one, two, inline] = stores as [Store, Store, Store];
    try {
      const ids: string[] = [];
      const a = await ingestPaths(one, files, { workers: 1, batchSize: 5, onDocument: (d) => ids.push(d.id) });
      const order: string[] = [];
      const b = await ingestPaths(two, files, { workers: 2, batchSize: 5, onDocument: (d) => order.push(d.id) });
      assert.equal(b.workers, 2);
      assert.deepEqual(order, ids);
      assert.equal(a.failed, 3);
      assert.deepEqual(strip(b), strip(a));
      const stored = ids.filter((_, i) => i === 0 || (i - 1) % 7 !== 3);
      const expected = await snapshot(one, stored);
      assert.deepEqual(await snapshot(two, stored), expected);
      const pipeline = createPipeline((await import('../../src/extract/index.js')).defaultStages.map((s) => ({ ...s })));
      const c = await ingestPaths(inline, files, { workers: 2, batchSize: 5, pipeline });
      assert.equal(c.workers, 0);
      assert.deepEqual(strip(c), strip(a));
      assert.deepEqual(await snapshot(inline, stored), expected);
    } finally {
      for (const store of stores) await store.close();
      tmp.cleanup();
    }
  });
});

describe('ingest: hostile JSONL', () => {
  /** One line each, in one file with a BOM and CRLF line ends: whether it is stored, and the message it must carry. */
  const ROWS: ReadonlyArray<{ name: string; line: string | Uint8Array; stored: boolean; code: string | null }> = [
    { name: '1 MB line', line: line({ text: 'The Minister met the Ambassador. '.repeat(32_000), published: '2024-04-11' }), stored: true, code: null },
    { name: 'nested 100,000 deep', line: `{"text":"Deeply nested record about Vanuatu.","raw":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, stored: true, code: 'record-fields-ignored' },
    { name: '{"text": 5}', line: '{"text": 5}', stored: false, code: 'bad-record' },
    { name: 'an array', line: '[{"text":"in an array"}]', stored: false, code: 'bad-record' },
    { name: 'invalid UTF-8', line: Uint8Array.from([...new TextEncoder().encode('{"text":"Talks in Noum'), 0xe9, ...new TextEncoder().encode('a on Tuesday."}')]), stored: true, code: 'invalid-utf8' },
    { name: 'truncated', line: '{"text":"cut off', stored: false, code: 'bad-json' },
  ];

  it('stores the good rows, fails the bad ones with their code, and throws nothing', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'hostile.jsonl');
      const parts: Uint8Array[] = [Uint8Array.from([0xef, 0xbb, 0xbf])];
      for (const row of ROWS) parts.push(typeof row.line === 'string' ? new TextEncoder().encode(row.line) : row.line, new TextEncoder().encode('\r\n'));
      writeFileSync(path, Buffer.concat(parts));
      const seen = new Map<string, Document>();
      // Segmentation only: a 1 MB document through every stage is a budget question (the same as a .txt), not a reading one.
      const summary = await ingestPaths(store, [path], { workers: 1, pipeline: createPipeline([segmentStage]), onDocument: (d) => seen.set(tail(d.path), d) });
      ROWS.forEach((row, i) => {
        const doc = seen.get(`hostile.jsonl:${i + 1}`);
        assert.ok(doc, `${row.name} was read`);
        if (row.code) assert.ok(doc.messages.some((m) => m.code === row.code), `${row.name}: ${row.code}`);
        assert.equal(!doc.messages.some((m) => m.severity === 'error'), row.stored, `${row.name}: stored is ${row.stored}`);
      });
      assert.equal(summary.documents, ROWS.filter((r) => r.stored).length);
      assert.equal((await store.search({ q: 'Nouméa' })).total, 1);
    }));

  it('streams 100,000 tiny records', () =>
    withStore(async (store, dir) => {
      const path = join(dir, 'tiny.jsonl');
      writeFileSync(path, Array.from({ length: 100_000 }, (_, i) => `{"text":"Note ${i}."}`).join('\n'));
      // Segmentation only: this row is about reading and storing records, not the model's speed.
      const summary = await ingestPaths(store, [path], { workers: 1, pipeline: createPipeline([segmentStage]), batchSize: 2000 });
      assert.equal(summary.inserted, 100_000);
      assert.equal(summary.failed, 0);
      assert.equal((await store.stats()).documents, 100_000);
    }));
});

describe('extract: JSONL archives', () => {
  it('prints one record per JSONL record, failures included, in line order', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'archive.jsonl');
      writeFileSync(path, [story(1), '', '{"text": 5}', story(2, { kind: 'speech', section: 'world' })].join('\n'));
      const records = [];
      for await (const r of extractPaths([path])) records.push(r);
      assert.deepEqual(
        records.map((r) => [tail(r.path), r.title, r.kind, r.messages.filter((m) => m.severity === 'error').map((m) => m.code)]),
        [
          ['archive.jsonl:1', 'Meeting 1', 'news', []],
          ['archive.jsonl:3', null, 'news', ['bad-record']],
          ['archive.jsonl:4', 'Meeting 2', 'speech', []],
        ],
      );
      assert.ok(records[0]?.entities.some((e) => e.text === 'Winston Peters'));
    } finally {
      tmp.cleanup();
    }
  });
});
