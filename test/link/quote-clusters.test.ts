import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
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
  const dir = mkdtempSync(join(tmpdir(), 'parley-quote-clusters-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

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

  it('keeps a row per key of every quote there is, and none of quotes gone', async () => {
    const path = join(dir, 'keys.db');
    const store = await openSqliteStore(path);
    for (let i = 0; i < corpus.records.length; i += 100) await store.putDocuments(corpus.records.slice(i, i + 100));
    await linkQuotes(store);
    // Replaced (quotes written again) and deleted (quotes go by cascade) documents both leave nothing behind.
    await store.putDocuments(corpus.records.slice(0, 40).map((r) => ({ ...r, document: { ...r.document, title: 'Again' } })));
    for (const r of corpus.records.slice(40, 80)) await store.deleteDocument(r.document.id);
    await linkQuotes(store);
    await store.close();
    const db = new Database(path, { readonly: true });
    const expected = db.prepare('select count(*) as n from quotes q, json_each(q.keys)').get() as { n: number };
    const rows = db.prepare('select count(*) as n from quote_shingles').get() as { n: number };
    const orphans = db.prepare('select count(*) as n from quote_shingles where quote not in (select seq from quotes)').get() as { n: number };
    db.close();
    assert.ok(expected.n > 0);
    assert.deepEqual([rows.n, orphans.n], [expected.n, 0]);
  });

  /** A database of the corpus, clustered, closed: its path and its clusters. */
  async function clusteredAt(name: string): Promise<{ path: string; expected: Map<string, string | null> }> {
    const path = join(dir, name);
    const store = await openSqliteStore(path);
    await store.putDocuments(corpus.records);
    await linkQuotes(store);
    const expected = await clustersOf(store);
    await store.close();
    return { path, expected };
  }

  it('upgrades a database clustered on every shingle: its clusters are built again on the new keys', async () => {
    const { path, expected } = await clusteredAt('upgrade.db');
    // Stand for a database from before 0010: every shingle indexed, with a foreign key and an index by quote; full text with prefixes.
    const db = new Database(path);
    db.exec(`drop trigger quote_shingles_delete; drop table quote_shingles; alter table quotes drop column keys;
      create table quote_shingles (hash integer not null, quote integer not null references quotes (seq) on delete cascade,
        constraint quote_shingles_pk primary key (hash, quote)) without rowid;
      create index quote_shingles_quote on quote_shingles (quote);
      insert into quote_shingles (hash, quote) select 1, seq from quotes;
      drop trigger quotes_fts_insert; drop trigger quotes_fts_delete; drop trigger quotes_fts_update; drop table quotes_fts;
      create virtual table quotes_fts using fts5(text, content = 'quotes', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4');
      insert into quotes_fts (quotes_fts) values ('rebuild');`);
    // And from before 0011, which came later.
    db.exec('drop index documents_trend');
    db.prepare("delete from kysely_migration where name >= '0010'").run();
    db.close();
    const reopened = await openSqliteStore(path);
    assert.ok((await reopened.quoteWork(1_000_000)).documents.length > 0, 'every document with quotes queued again');
    await linkQuotes(reopened);
    assert.deepEqual(await clustersOf(reopened), expected);
    const word = (await reopened.quotes({ limit: 1 })).results[0]!.text.split(/\W+/).find((w) => w.length > 6)!;
    assert.ok((await reopened.quotes({ contains: `"${word}"` })).total > 0, 'full text over quotes still answers');
    assert.ok((await reopened.quotes({ contains: `${word.slice(0, 3)}*` })).total > 0, 'and prefixes, without prefix indexes');
    await reopened.close();
  });

  it('upgrades a database clustered before minContained: its clusters are undone and built again by the new rule', async () => {
    const { path, expected } = await clusteredAt('upgrade-contained.db');
    // Stand for clusters an older rule made: every quote in one group, one cluster.
    const db = new Database(path);
    db.exec(`update quotes set grp = (select min(seq) from quotes); delete from quote_clusters;
      insert into quote_clusters (grp, id, documents, earliest) select min(seq), 'qc-000000000000', 2, min(seq) from quotes;`);
    db.prepare("delete from kysely_migration where name >= '0012'").run();
    db.close();
    const reopened = await openSqliteStore(path);
    assert.equal((await reopened.quoteCluster('qc-000000000000')), null, 'the old clusters are gone');
    assert.ok((await reopened.quoteWork(1_000_000)).documents.length > 0, 'every document with quotes queued again');
    await linkQuotes(reopened);
    assert.deepEqual(await clustersOf(reopened), expected);
    await reopened.close();
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

  it('chains no unrelated turns through a stock line they all contain, however many (hostile: 300 radio transcripts)', async () => {
    const STOCK = 'Thanks for your call, bye bye.';
    const vocabulary = 'budget harbour tariffs drought schools rail fisheries housing visas defence tourism dairy forestry wages roads ports power water clinics courts police rents exports loans'.split(' ');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Each turn its own 14 words (no 4-word run in common with another, but by chance), then the stock line.
    const turn = () => `${Array.from({ length: 14 }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ')}. ${STOCK}`;
    const docs = Array.from({ length: 300 }, (_, i) => {
      const text = turn();
      return doc(`2024-02-${String((i % 28) + 1).padStart(2, '0')}`, 'news', `HOST: “${text}”`, [text]);
    });
    // The stock line said alone in two programmes is one quote, exactly.
    const alone = [doc('2024-03-01', 'news', `HOST: “${STOCK}”`, [STOCK]), doc('2024-03-02', 'news', `PRESENTER: “${STOCK}”`, [STOCK])];
    const store = await stored([...docs, ...alone]);
    const clusters = await clustersOf(store);
    const aloneIds = new Set(alone.map((r) => r.document.id));
    const ofDoc = (id: string) => id.slice(0, id.lastIndexOf(':'));
    const sizes = new Map<string, number>();
    for (const [id, cluster] of clusters) if (cluster !== null && !aloneIds.has(ofDoc(id))) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
    assert.ok(Math.max(0, ...sizes.values()) <= 2, `no cluster of turns beyond a chance pair (${[...sizes.values()].join(', ')})`);
    const stock = [...clusters].filter(([id]) => aloneIds.has(ofDoc(id))).map(([, c]) => c);
    assert.ok(stock.length === 2 && stock[0] !== null && stock[0] === stock[1], 'the stock line alone, twice, is one cluster');
    assert.ok(![...clusters].some(([id, c]) => c === stock[0] && !aloneIds.has(ofDoc(id))), 'and no turn joins it');
    await store.close();
  });
});
