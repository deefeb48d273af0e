import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { UsageError, type StageRecord } from '../core/index.js';
import type { DocumentRecord, ReusePairRecord, Store } from './store.js';
import { DEFAULT_STAGES, edit, record } from './test/builder.js';

/** Hashes at the edges of the signed 64-bit range: a driver that reads them as doubles loses their low bits. */
const BIG = 0x7fff_ffff_ffff_fff1n;
const NEGATIVE = -0x7fff_ffff_ffff_fff3n;

function withFingerprints(doc: DocumentRecord, hashes: readonly bigint[]): DocumentRecord {
  const stage: StageRecord = {
    name: 'fingerprints',
    version: 1,
    output: {
      hashes: BigInt64Array.from(hashes),
      starts: Uint32Array.from(hashes, (_, i) => i * 2),
      ends: Uint32Array.from(hashes, (_, i) => i * 2 + 1),
    },
  };
  return { ...doc, stages: [...DEFAULT_STAGES, stage] };
}

/** The reuse part of the store contract (called from `storeContract`). */
export function reuseContract(open: () => Promise<Store>): void {
  describe('reuse index', () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const release = withFingerprints(
      record({ title: 'NATO release', published: '2024-04-04', source: 'beehive.govt.nz', kind: 'release', text: 'Release text '.repeat(10) }),
      [BIG, NEGATIVE, 5n, 7n],
    );
    const story = withFingerprints(record({ title: 'POLITIK story', published: '2024-04-05', source: 'POLITIK', kind: 'news', text: 'Story text '.repeat(10) }), [
      BIG,
      5n,
      11n,
    ]);
    const other = withFingerprints(record({ title: 'Unrelated', published: '2024-05-01', source: 'RNZ', kind: 'news', text: 'Other text '.repeat(10) }), [13n, 5n]);
    const docKey = async (id: string) => (await store.reusePending(100)).find((d) => d.id === id)!.doc;

    it('indexes fingerprint outputs exactly, queues their documents, and keeps only a count in the stage run', async () => {
      await store.putDocuments([release, story]);
      const pending = await store.reusePending(10);
      assert.deepEqual(pending.map((d) => d.id), [release.document.id, story.document.id]);
      assert.equal(pending[0]!.textLength, release.document.text.length);
      assert.equal(pending[0]!.kind, 'release');
      const own = await store.documentFingerprints(pending[0]!.doc);
      assert.deepEqual(own, [
        { hash: BIG, start: 0, end: 1 },
        { hash: NEGATIVE, start: 2, end: 3 },
        { hash: 5n, start: 4, end: 5 },
        { hash: 7n, start: 6, end: 7 },
      ]);
      const stored = await store.getDocument(release.document.id);
      assert.deepEqual(stored!.stages.find((s) => s.name === 'fingerprints')!.output, { fingerprints: 4 });
      assert.deepEqual(await store.reuseCounts(), { documents: 2, pending: 2, fingerprints: 7 });
      const info = await store.reuseDocumentInfo([pending[1]!.doc, 999_999]);
      assert.deepEqual(info, [pending[1]]);
      const [withText] = await store.reuseDocuments([pending[1]!.doc]);
      assert.deepEqual(withText, { ...pending[1], text: story.document.text });
    });

    it('answers postings per hash, at most `limit` of them', async () => {
      await store.putDocuments([release, story, other]);
      const postings = await store.fingerprintPostings([BIG, 5n, 999n, BIG], 2);
      assert.equal(postings.size, 3);
      assert.equal(postings.get(BIG)!.length, 2);
      assert.equal(postings.get(5n)!.length, 2, 'three documents hold 5, the limit is 2');
      assert.deepEqual(postings.get(999n), []);
      const keys = new Set(postings.get(BIG)!.map((p) => p.doc));
      assert.equal(keys.size, 2);
    });

    it('reads the whole index in hash order', async () => {
      await store.putDocuments([release, story, other]);
      const chunks = await store.allFingerprints();
      const hashes = chunks.flatMap((c) => Array.from(c.hashes.subarray(0, c.length)));
      assert.equal(hashes.length, 9);
      for (let i = 1; i < hashes.length; i++) assert.ok(hashes[i - 1]! <= hashes[i]!, 'hash order');
      assert.deepEqual(new Set(hashes), new Set([BIG, NEGATIVE, 5n, 7n, 11n, 13n]));
    });

    it('stores pairs, dequeues documents, and lists pairs by share with filters and paging', async () => {
      await store.putDocuments([release, story, other]);
      const [r, s, o] = [await docKey(release.document.id), await docKey(story.document.id), await docKey(other.document.id)];
      const pair = (source: number, target: number, share: number): ReusePairRecord => ({
        source,
        target,
        sourceShare: share,
        targetShare: share / 2,
        lagDays: 1,
        passages: [{ source: { start: 0, end: 10 }, target: { start: 5, end: 15 } }],
      });
      await store.putReuse({ done: [r, s], pairs: [pair(r, s, 0.8), pair(s, o, 0.1)] });
      assert.deepEqual((await store.reusePending(10)).map((d) => d.id), [other.document.id]);
      const page = await store.listReuse({});
      assert.equal(page.total, 1, 'the 0.1 pair is under the default 0.2 threshold');
      assert.equal(page.pairs[0]!.source.id, release.document.id);
      assert.equal(page.pairs[0]!.target.title, 'POLITIK story');
      assert.deepEqual(page.pairs[0]!.passages, [{ source: { start: 0, end: 10 }, target: { start: 5, end: 15 } }]);
      assert.equal((await store.listReuse({ minShare: 0 })).total, 2);
      assert.equal((await store.listReuse({ minShare: 0, document: other.document.id })).total, 1);
      assert.equal((await store.listReuse({ minShare: 0, document: 'no-such-id' })).total, 0);
      assert.equal((await store.listReuse({ minShare: 0, source: ['RNZ'] })).total, 1);
      assert.equal((await store.listReuse({ minShare: 0, kind: ['release'] })).total, 1);
      const second = await store.listReuse({ minShare: 0, limit: 1, offset: 1 });
      assert.equal(second.total, 2);
      assert.equal(second.pairs[0]!.sourceShare, 0.1);
      // The same pair the other way round replaces the first.
      await store.putReuse({ done: [], pairs: [pair(s, r, 0.5)] });
      const replaced = await store.listReuse({ minShare: 0, document: release.document.id });
      assert.equal(replaced.total, 1);
      assert.equal(replaced.pairs[0]!.source.id, story.document.id);
    });

    it('drops a changed document’s fingerprints and pairs and queues it again; deleting it deletes them', async () => {
      await store.putDocuments([release, story]);
      const [r, s] = [await docKey(release.document.id), await docKey(story.document.id)];
      await store.putReuse({ done: [r, s], pairs: [{ source: r, target: s, sourceShare: 0.5, targetShare: 0.5, lagDays: 1, passages: [] }] });
      await store.putDocuments([withFingerprints(edit(story, { text: 'Story text, corrected. '.repeat(5) }), [17n])]);
      assert.equal((await store.listReuse({ minShare: 0 })).total, 0);
      assert.deepEqual((await store.reusePending(10)).map((d) => d.id), [story.document.id]);
      assert.equal((await store.fingerprintPostings([11n], 5)).get(11n)!.length, 0);
      assert.equal((await store.fingerprintPostings([17n], 5)).get(17n)!.length, 1);
      await store.deleteDocument(story.document.id);
      assert.deepEqual(await store.reuseCounts(), { documents: 1, pending: 0, fingerprints: 4 });
    });

    it('re-stages fingerprints through putStages and queues the document', async () => {
      await store.putDocuments([release]);
      const r = await docKey(release.document.id);
      await store.putReuse({ done: [r], pairs: [] });
      await store.putStages(release.document.id, withFingerprints(release, [19n]).stages, []);
      assert.deepEqual(await store.documentFingerprints(r), [{ hash: 19n, start: 0, end: 1 }]);
      assert.equal((await store.reuseCounts()).pending, 1);
    });

    it('refuses a bad reuse query, naming the field', async () => {
      await assert.rejects(store.listReuse({ minShare: 2 }), (e: unknown) => e instanceof UsageError && /minShare/.test(e.message));
      await assert.rejects(store.listReuse({ limit: 0 }), (e: unknown) => e instanceof UsageError && /limit/.test(e.message));
      await assert.rejects(store.listReuse({ kind: ['memo' as never] }), UsageError);
    });
  });
}
