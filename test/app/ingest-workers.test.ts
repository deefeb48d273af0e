import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths, openStore } from '../../src/app/index.js';
import { createPipeline } from '../../src/core/index.js';
import { defaultStages } from '../../src/extract/index.js';
import type { Store } from '../../src/store/index.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';
import { hostileStage, stages } from './fixtures/hostile-stages.js';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'corpus');

/** About 30 demo files, both formats, spread over the corpus. */
function sampleFiles(): string[] {
  const all: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else all.push(join(dir, e.name));
    }
  };
  walk(DEMO);
  const md = all.filter((p) => p.endsWith('.md'));
  const xml = all.filter((p) => p.endsWith('.xml'));
  return [...md, ...xml.filter((_, i) => i % 11 === 0)];
}

/** Everything a reader of the store can see, with write times left out. */
async function snapshot(store: Store, ids: readonly string[]) {
  const documents = [];
  for (const id of ids) {
    const stored = await store.getDocument(id);
    assert.ok(stored, `document ${id} is stored`);
    documents.push({ document: stored.document, stages: stored.stages, contentHash: stored.contentHash, entities: await store.documentEntities(id) });
  }
  const entities = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listEntities({ limit: 100, offset });
    entities.push(...page.results);
    if (page.results.length < 100) break;
  }
  const searches = [];
  for (const q of ['Prime Minister', 'trade OR tariff', '"foreign affairs"', 'Australia NOT China', null]) {
    searches.push(await store.search({ q, limit: 50 }));
  }
  return { documents, entities, searches, reuse: await store.listReuse({ minShare: 0 }), stats: await store.stats() };
}

describe('ingest in worker threads', () => {
  it('stores exactly the same documents, entities, search results and reuse pairs with one worker, two, or none', async () => {
    const tmp = tempDir();
    // A news story that reprints a release, so reuse linking has a pair to find.
    const release = sampleFiles().find((p) => p.endsWith('.md')) as string;
    const reprint = join(tmp.dir, 'reprint.txt');
    writeFileSync(reprint, `Wire story\n\n${readFileSync(release, 'utf8').split('\n---\n').slice(1).join('\n')}\n`);
    const files = [...sampleFiles(), reprint];
    assert.ok(files.length >= 25, `sample has ${files.length} files`);
    const one = await openStore(join(tmp.dir, 'one.db'));
    const two = await openStore(join(tmp.dir, 'two.db'));
    const inline = await openStore(join(tmp.dir, 'inline.db'));
    try {
      const ids: string[] = [];
      const a = await ingestPaths(one, files, { workers: 1, batchSize: 7, onDocument: (d) => ids.push(d.id) });
      const order: string[] = [];
      const b = await ingestPaths(two, files, { workers: 2, batchSize: 7, onDocument: (d) => order.push(d.id) });
      assert.equal(a.workers, 1);
      assert.equal(b.workers, 2);
      assert.deepEqual(order, ids, 'documents reach the caller, and the store, in input order');
      assert.equal(a.documents, files.length);
      const strip = (s: typeof a) => ({ ...s, seconds: 0, megabytesPerSecond: 0, documentsPerSecond: 0, workers: 0, linked: { ...s.linked, seconds: 0 }, reuse: { ...s.reuse, seconds: 0 } });
      assert.deepEqual(strip(b), strip(a));
      const expected = await snapshot(one, ids);
      assert.ok(expected.entities.length > 0 && expected.reuse.total > 0, 'the sample exercises entities and reuse');
      assert.deepEqual(await snapshot(two, ids), expected);

      // Copies of the built-in stages are stages no worker can load: extraction runs on this thread, as before workers.
      const c = await ingestPaths(inline, files, { workers: 2, batchSize: 7, pipeline: createPipeline(defaultStages.map((s) => ({ ...s }))) });
      assert.equal(c.workers, 0);
      assert.deepEqual(strip(c), strip(a));
      assert.deepEqual(await snapshot(inline, ids), expected);
    } finally {
      await one.close();
      await two.close();
      await inline.close();
      tmp.cleanup();
    }
  });

  it('skips inputs whose bytes, readers and stages are unchanged, before starting any worker', async () => {
    const tmp = tempDir();
    const store = await openStore(join(tmp.dir, 'p.db'));
    try {
      const paths = [0, 1, 2, 3].map((n) =>
        writeRelease(tmp.dir, `r${n}.md`, { title: `Release ${n}`, date: '2024-03-0' + (n + 1), url: `https://example.govt.nz/r${n}`, body: `The Minister of Foreign Affairs met Samoa's Prime Minister in Apia, visit ${n}.` }),
      );
      const first = await ingestPaths(store, paths, { workers: 2 });
      assert.equal(first.inserted, 4);
      assert.equal(first.skippedUnchanged, 0);
      assert.deepEqual([...(await store.sourceHashes(paths)).keys()].sort(), [...paths].sort(), 'every stored file has a source hash');

      const progress: number[] = [];
      const again = await ingestPaths(store, paths, { workers: 2, onProgress: (p) => progress.push(p.unchanged) });
      assert.equal(again.skippedUnchanged, 4);
      assert.equal(again.unchanged, 4);
      assert.equal(again.documents, 4);
      assert.equal(again.workers, 0, 'nothing to extract, so no thread started');
      assert.deepEqual(progress, [1, 2, 3, 4]);

      writeRelease(tmp.dir, 'r2.md', { title: 'Release 2', date: '2024-03-03', url: 'https://example.govt.nz/r2', body: 'The visit to Apia was postponed.' });
      const edited = await ingestPaths(store, paths, { workers: 2 });
      assert.equal(edited.skippedUnchanged, 3);
      assert.equal(edited.updated, 1);
      assert.equal((await store.search({ q: 'postponed' })).total, 1);

      // A different pipeline is a different hash: everything is read again.
      const segmentOnly = await ingestPaths(store, paths, { workers: 1, pipeline: createPipeline([stages[0]!]) });
      assert.equal(segmentOnly.skippedUnchanged, 0);
      assert.equal(segmentOnly.updated, 4);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });

  it('stops a document that overruns its budget, retries it once as plain text, and keeps every other document', async () => {
    const tmp = tempDir();
    const store = await openStore(join(tmp.dir, 'p.db'));
    try {
      const body = (n: number) => `New Zealand and Fiji agreed to deepen cooperation on policing, release ${n}.`;
      const paths = [
        writeRelease(tmp.dir, 'a-good.md', { title: 'Good A', date: '2024-01-01', url: 'https://example.govt.nz/a', body: body(1) }),
        writeRelease(tmp.dir, 'b-hangs-as-markdown.md', { title: 'Hang', date: '2024-01-02', url: 'https://example.govt.nz/b', body: `${body(2)} HANG-UNLESS-PLAIN` }),
        writeRelease(tmp.dir, 'c-good.md', { title: 'Good C', date: '2024-01-03', url: 'https://example.govt.nz/c', body: body(3) }),
        writeRelease(tmp.dir, 'd-hangs.md', { title: 'Hang always', date: '2024-01-04', url: 'https://example.govt.nz/d', body: `${body(4)} HANG-ALWAYS` }),
        writeRelease(tmp.dir, 'e-balloon.md', { title: 'Balloon', date: '2024-01-05', url: 'https://example.govt.nz/e', body: `${body(5)} BALLOON` }),
        writeRelease(tmp.dir, 'f-recurse.md', { title: 'Recurse', date: '2024-01-06', url: 'https://example.govt.nz/f', body: `${body(6)} RECURSE` }),
        writeRelease(tmp.dir, 'g-throws.md', { title: 'Throw', date: '2024-01-07', url: 'https://example.govt.nz/g', body: `${body(7)} THROW` }),
        writeRelease(tmp.dir, 'h-good.md', { title: 'Good H', date: '2024-01-08', url: 'https://example.govt.nz/h', body: body(8) }),
      ];
      const plain = join(tmp.dir, 'i-good.txt');
      writeFileSync(plain, `${body(9)}\n`);
      paths.push(plain);

      const summary = await ingestPaths(store, paths, {
        workers: 2,
        pipeline: createPipeline([stages[0]!, hostileStage]),
        stagesModule: { module: new URL('./fixtures/hostile-stages.ts', import.meta.url).href, export: 'stages' },
        documentBudgetMs: 4000,
        documentMemoryMb: 64,
      });

      const failed = Object.fromEntries(summary.failures.map((f) => [f.path.split('/').pop(), f]));
      assert.deepEqual(Object.keys(failed).sort(), ['d-hangs.md', 'e-balloon.md', 'f-recurse.md', 'g-throws.md']);
      assert.equal(failed['d-hangs.md']?.code, 'parse-timeout');
      assert.match(failed['d-hangs.md']?.reason ?? '', /4000 ms budget .*--document-timeout.*plain text failed too/);
      assert.equal(failed['e-balloon.md']?.code, 'document-too-complex');
      assert.match(failed['e-balloon.md']?.reason ?? '', /64 MB/);
      assert.equal(failed['f-recurse.md']?.code, 'document-too-complex');
      assert.equal(failed['g-throws.md']?.code, 'reader-crashed');
      assert.match(failed['g-throws.md']?.reason ?? '', /hostile stage threw on purpose/);

      assert.equal(summary.documents, 5, 'the four good documents and the one retried as plain text');
      assert.equal(summary.linked.documents, 5, 'linking ran for everything stored');
      const retried = (await store.search({ q: 'HANG' })).results[0];
      assert.ok(retried, 'the document that hung as Markdown is stored, read as plain text');
      const stored = await store.getDocument(retried.id);
      assert.equal(stored?.document.format, 'text');
      const warning = stored?.document.messages.find((m) => m.code === 'parse-timeout');
      assert.equal(warning?.severity, 'warning');
      assert.match(warning?.reason ?? '', /4000 ms budget.*read again as plain text/);
      assert.equal(summary.messagesByCode['ingest:parse-timeout'], 2);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });
});
