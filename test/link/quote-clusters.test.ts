import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkQuotes, rebuildQuoteClusters } from '../../src/link/index.js';
import { clusterId } from '../../src/link/quotes/index.js';
import { quoteCorpus } from '../../src/link/quotes/test/synthetic.js';
import { openSqliteStore, QUOTE_MAX_LIMIT, type DocumentRecord, type Store } from '../../src/store/index.js';
import { quoted } from '../../src/store/test/quotes.js';

/** Every quote's cluster id (null: in none), read back through the listing. */
async function clustersOf(store: Store): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let offset = 0; ; offset += QUOTE_MAX_LIMIT) {
    const page = await store.quotes({ limit: QUOTE_MAX_LIMIT, offset });
    for (const q of page.results) out.set(q.id, q.cluster);
    if (page.results.length < QUOTE_MAX_LIMIT) return out;
  }
}

async function stored(records: readonly DocumentRecord[], batches: number[] = [records.length]): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  let at = 0;
  for (const size of batches) {
    await store.putDocuments(records.slice(at, at + size));
    await linkQuotes(store, { documentsPerStep: 7 });
    at += size;
  }
  return store;
}

const SENTENCE = 'We will stand with our partners across the Pacific for as long as it takes, whatever comes.';
const doc = (published: string | null, kind: 'release' | 'news', text: string, quotes: string[], source = 'RNZ') =>
  quoted({ published, kind, source, text }, quotes.map((q) => ({ text: q, speaker: null })));

describe('quote clusters', () => {
  const corpus = quoteCorpus({ documents: 400, reprintShare: 0.3, seed: 11 });

  it('puts every reprint with its original, and nothing else with it', async () => {
    const store = await stored(corpus.records);
    const clusters = await clustersOf(store);
    assert.equal(clusters.size, corpus.truth.size);
    const byOriginal = new Map<string, Set<string | null>>();
    const byCluster = new Map<string, Set<string>>();
    const documents = new Map<string, Set<string>>();
    for (const [quote, original] of corpus.truth) {
      const cluster = clusters.get(quote) ?? null;
      (byOriginal.get(original) ?? byOriginal.set(original, new Set()).get(original)!).add(cluster);
      (documents.get(original) ?? documents.set(original, new Set()).get(original)!).add(quote.split(':')[0]!);
      if (cluster !== null) (byCluster.get(cluster) ?? byCluster.set(cluster, new Set()).get(cluster)!).add(original);
    }
    let reprinted = 0;
    for (const [original, found] of byOriginal) {
      const inDocuments = documents.get(original)!.size;
      if (inDocuments > 1) reprinted += 1;
      assert.equal(found.size, 1, `every copy of ${original} in one cluster`);
      assert.equal([...found][0] === null, inDocuments === 1, `${original}: a cluster exactly when two documents carry it`);
    }
    for (const [cluster, originals] of byCluster) assert.equal(originals.size, 1, `${cluster} holds copies of one quote only`);
    assert.ok(reprinted > 50, `the corpus reprints (${reprinted} quotes)`);
    await store.close();
  });

  it('builds the same clusters in batches as at once, in any arrival order, and as a rebuild from nothing', async () => {
    const whole = await stored(corpus.records);
    const expected = await clustersOf(whole);
    const batched = await stored(corpus.records, [1, 30, 69, 100, 200]);
    assert.deepEqual(await clustersOf(batched), expected);
    const reversed = await stored([...corpus.records].reverse(), [150, 250]);
    assert.deepEqual(new Map([...(await clustersOf(reversed))].sort()), new Map([...expected].sort()));
    await rebuildQuoteClusters(batched);
    assert.deepEqual(await clustersOf(batched), expected);
    await Promise.all([whole.close(), batched.close(), reversed.close()]);
  });

  it('comes apart when a document goes, as a rebuild would have it', async () => {
    const store = await stored(corpus.records);
    const clusters = await clustersOf(store);
    // Documents whose quotes sit in clusters: take a third of them away.
    const inClusters = [...new Set([...clusters].filter(([, c]) => c !== null).map(([q]) => q.split(':')[0]!))];
    const gone = inClusters.filter((_, i) => i % 3 === 0);
    for (const id of gone) await store.deleteDocument(id);
    await linkQuotes(store);
    const after = await clustersOf(store);
    const rebuilt = await stored(corpus.records.filter((r) => !gone.includes(r.document.id)));
    assert.deepEqual(after, await clustersOf(rebuilt));
    assert.ok([...after.values()].filter((c) => c !== null).length < [...clusters.values()].filter((c) => c !== null).length);
    await Promise.all([store.close(), rebuilt.close()]);
  });

  it('names a cluster after its earliest member, and dates each member from it', async () => {
    const release = doc('2024-03-01', 'release', `“${SENTENCE}” the minister said.`, [SENTENCE]);
    const sameDayNews = doc('2024-03-01', 'news', `Story. "${SENTENCE.toUpperCase()}" he said.`, [SENTENCE.toUpperCase()]);
    const later = doc('2024-03-08', 'news', `Later: “We will stand with our partners across the Pacific,” he said.`, ['We will stand with our partners across the Pacific,']);
    const undated = doc(null, 'news', `Undated: “${SENTENCE}”`, [SENTENCE]);
    const store = await stored([undated, later, sameDayNews, release]);
    const releaseQuote = { documentId: release.document.id, start: release.document.text.indexOf('We') };
    const id = clusterId(releaseQuote);
    assert.match(id, /^qc-[0-9a-f]{12}$/);
    const cluster = await store.quoteCluster(id);
    assert.ok(cluster);
    assert.deepEqual([cluster.size, cluster.earliest], [4, { id: release.document.id, published: '2024-03-01' }]);
    assert.deepEqual(
      cluster.members.map((m) => [m.document.id, m.lagDays, m.clusterSize]),
      [[release.document.id, 0, 4], [sameDayNews.document.id, 0, 4], [later.document.id, 7, 4], [undated.document.id, null, 4]],
    );
    // The earliest goes: the cluster takes the next one's name.
    await store.deleteDocument(release.document.id);
    await linkQuotes(store);
    assert.equal(await store.quoteCluster(id), null);
    const renamed = await store.quoteCluster(clusterId({ documentId: sameDayNews.document.id, start: sameDayNews.document.text.indexOf('WE') }));
    assert.deepEqual(renamed?.members.map((m) => m.document.id), [sameDayNews.document.id, later.document.id, undated.document.id]);
    await store.close();
  });

  it('makes no cluster of one document quoting itself, nor of scare quotes', async () => {
    const twice = doc('2024-01-01', 'release', `“${SENTENCE}” she said. Again: “${SENTENCE}”`, [SENTENCE, SENTENCE]);
    const scare1 = doc('2024-01-02', 'news', 'The deal was “historic”, critics said.', ['historic']);
    const scare2 = doc('2024-01-03', 'news', 'A “historic” day for farmers.', ['historic']);
    const store = await stored([twice, scare1, scare2]);
    assert.deepEqual([...(await clustersOf(store)).values()], [null, null, null, null]);
    await store.close();
  });
});
