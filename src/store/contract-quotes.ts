import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { QuerySyntaxError, UsageError } from '../core/index.js';
import type { DocumentRecord, QuoteQuery, Store } from './store.js';
import { linked, type IndexedSpec } from './test/entities.js';
import { quoted, quotesStage } from './test/quotes.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const PM = { title: 'Prime Minister', of: 'New Zealand' };
const PETERS: IndexedSpec = { id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w', mentions: ['Winston Peters', 'Mr Peters'], roles: [MFA] };
const BLINKEN: IndexedSpec = { id: 'person:antony-blinken', name: 'Antony Blinken', block: 'person:blinken', initials: 'a', mentions: ['Antony Blinken', 'Blinken'] };

const d1Text = 'Foreign Minister Winston Peters met Antony Blinken. “We discussed the Pacific at length,” Mr Peters said. Blinken said the partnership was “stronger than ever”.';
const d1 = quoted(
  { title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', text: d1Text },
  [
    { text: 'We discussed the Pacific at length,', speaker: { entity: 0, mention: 'Mr Peters' } },
    { text: 'stronger than ever', kind: 'partial', speaker: { entity: 1, mention: 'Blinken' } },
  ],
  ['Winston Peters', 'Antony Blinken'],
);
const d2Text = 'The Foreign Minister said: “New Zealand will not be a bystander.” Officials agreed.';
const d2 = quoted({ title: 'Minister speaks', published: '2024-05-02', source: 'RNZ', kind: 'news', text: d2Text }, [
  { text: 'New Zealand will not be a bystander.', speaker: { entity: null, mention: 'The Foreign Minister', via: 'role', office: MFA } },
]);
const d3Text = 'The Prime Minister said “we will act on climate change now”.';
const d3 = quoted({ title: 'Climate', published: '2023-01-01', source: 'RNZ', kind: 'news', text: d3Text }, [
  { text: 'we will act on climate change now', speaker: { entity: null, mention: 'The Prime Minister', via: 'role', office: PM } },
]);
const d4Text = '“Nobody knows what happens next,” a source said.';
const d4 = quoted({ title: 'Anonymous', published: null, source: 'Stuff', kind: 'news', text: d4Text }, [{ text: 'Nobody knows what happens next,', speaker: null, cue: 'said' }]);

/** The quote part of the store contract (called from `storeContract`); `open` must return a new, empty store. */
export function quoteContract(open: () => Promise<Store>): void {
  describe('quotes', () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const seed = async () => {
      await store.putDocuments([d1, d2, d3, d4]);
      await store.putEntityLinks({ documents: [linked(d1, [PETERS, BLINKEN])] });
    };
    const ids = async (query: QuoteQuery) => (await store.quotes(query)).results.map((q) => q.id);
    const idOf = (doc: DocumentRecord, text: string) => `${doc.document.id}:${doc.document.text.indexOf(text)}`;
    const peters1 = idOf(d1, 'We discussed');
    const blinken1 = idOf(d1, 'stronger');
    const role2 = idOf(d2, 'New Zealand will');
    const pm3 = idOf(d3, 'we will act');
    const anon4 = idOf(d4, 'Nobody');

    it("stores a document's quotes from its stage output, in text order, each its span of the text", async () => {
      await seed();
      const rows = await store.documentQuotes(d1.document.id);
      assert.ok(rows);
      assert.deepEqual(rows.map((q) => q.id), [peters1, blinken1]);
      for (const q of rows) assert.equal(q.text, d1Text.slice(q.start, q.end));
      assert.deepEqual(rows[1], {
        id: blinken1,
        document: { id: d1.document.id, title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', path: d1.document.path },
        text: 'stronger than ever',
        start: d1Text.indexOf('stronger'),
        end: d1Text.indexOf('stronger') + 'stronger than ever'.length,
        kind: 'partial',
        cue: 'said',
        speaker: { id: 'person:antony-blinken', name: 'Antony Blinken', mention: { text: 'Blinken', start: d1Text.indexOf('Blinken'), end: d1Text.indexOf('Blinken') + 7 }, via: 'cue' },
        cluster: null,
        clusterSize: 1,
      });
      assert.equal(await store.documentQuotes('no-such-document'), null);
      assert.deepEqual(await store.documentQuotes(d4.document.id).then((r) => r?.map((q) => q.speaker)), [null]);
    });

    it("names a speaker by the stage's name until resolution indexes the document, then by the canonical entity", async () => {
      await store.putDocuments([d1]);
      const before = (await store.documentQuotes(d1.document.id))![0]!.speaker;
      assert.deepEqual([before?.id, before?.name], [null, 'Winston Peters']);
      await store.putEntityLinks({ documents: [linked(d1, [{ ...PETERS, id: 'person:w-peters', name: 'W Peters' }, BLINKEN])] });
      const after = (await store.documentQuotes(d1.document.id))![0]!.speaker;
      assert.deepEqual([after?.id, after?.name], ['person:w-peters', 'W Peters']);
    });

    it('resolves a speaker named by office to whoever held it at the date, and names an office no one held by its title and owner', async () => {
      await seed();
      const [role] = (await store.documentQuotes(d2.document.id))!;
      assert.deepEqual(role?.speaker, {
        id: 'person:winston-peters',
        name: 'Winston Peters',
        mention: { text: 'The Foreign Minister', start: 0, end: 20 },
        via: 'role',
        office: MFA,
      });
      const [pm] = (await store.documentQuotes(d3.document.id))!;
      assert.deepEqual([pm?.speaker?.id, pm?.speaker?.name, pm?.speaker?.office], [null, 'Prime Minister, New Zealand', PM]);
    });

    it('lists quotes newest first, undated last, with a total; pages with limit and offset', async () => {
      await seed();
      assert.deepEqual(await ids({}), [role2, peters1, blinken1, pm3, anon4]);
      const page = await store.quotes({ limit: 2, offset: 1 });
      assert.deepEqual([page.total, page.results.map((q) => q.id)], [5, [peters1, blinken1]]);
      assert.deepEqual((await store.quotes({ offset: 10 })).results, []);
    });

    it('filters by speaker id or name, taking in quotes that name only an office the speaker held then', async () => {
      await seed();
      assert.deepEqual(await ids({ speaker: 'person:winston-peters' }), [role2, peters1]);
      assert.deepEqual(await ids({ speaker: 'Peters' }), [role2, peters1]);
      assert.deepEqual(await ids({ speaker: 'blinken' }), [blinken1]);
      assert.deepEqual(await ids({ speaker: 'Nobody Atall' }), []);
      assert.deepEqual(await ids({ speaker: 'person:nobody' }), []);
    });

    it('filters by office: its holders within their terms, and quotes naming the office, resolved or not', async () => {
      await seed();
      assert.deepEqual(await ids({ role: MFA.title, of: MFA.of }), [role2, peters1]);
      assert.deepEqual(await ids({ role: PM.title, of: PM.of }), [pm3]);
      assert.deepEqual(await ids({ role: PM.title }), [pm3]);
      assert.deepEqual(await ids({ role: MFA.title, of: 'Australia' }), []);
      // A quote before anyone's term: Peters's first evidence is 2024-04-11.
      const early = quoted({ published: '2020-01-01', text: '“This predates everything we know,” Mr Peters said.' }, [{ text: 'This predates everything we know,', speaker: { entity: 0, mention: 'Mr Peters' } }], ['Winston Peters']);
      await store.putDocuments([early]);
      await store.putEntityLinks({ documents: [linked(early, [{ ...PETERS, mentions: ['Mr Peters'], roles: [] }])] });
      assert.deepEqual(await ids({ role: MFA.title, of: MFA.of }), [role2, peters1]);
      assert.equal((await ids({ speaker: 'person:winston-peters' })).length, 3);
    });

    it('filters by words in the quote (the search syntax), date, source and kind', async () => {
      await seed();
      assert.deepEqual(await ids({ contains: 'pacific' }), [peters1]);
      assert.deepEqual(await ids({ contains: '"not be a bystander"' }), [role2]);
      assert.deepEqual(await ids({ contains: 'climat* OR nobody' }), [pm3, anon4]);
      assert.deepEqual(await ids({ contains: 'bystander -zealand' }), []);
      assert.deepEqual(await ids({ contains: '   ' }), [role2, peters1, blinken1, pm3, anon4]);
      assert.deepEqual(await ids({ from: '2024-01-01', to: '2024-04-30' }), [peters1, blinken1]);
      assert.deepEqual(await ids({ source: ['RNZ'] }), [role2, pm3]);
      assert.deepEqual(await ids({ kind: ['news'], source: ['RNZ', 'Stuff'] }), [role2, pm3, anon4]);
      assert.deepEqual(await ids({ kind: ['speech'] }), []);
    });

    it('refuses bad filters with a message naming the value and the fix', async () => {
      await seed();
      const usage = async (query: QuoteQuery, words: RegExp) => assert.rejects(store.quotes(query), (e: unknown) => e instanceof UsageError && words.test(e.message));
      await usage({ limit: 0 }, /'limit' must be a whole number from 1 to 500/);
      await usage({ limit: 501 }, /'limit'/);
      await usage({ offset: -1 }, /'offset'/);
      await usage({ from: '2024-02-30' }, /'from' must be a calendar date.*2024-02-30/);
      await usage({ from: '2024-05-01', to: '2024-01-01' }, /later than 'to'/);
      await usage({ kind: ['blog' as never] }, /Unknown kind 'blog'/);
      await usage({ of: 'New Zealand' }, /'of'.*needs 'role'/);
      await usage({ cluster: 'cluster-1' }, /'cluster' must be a cluster id/);
      await usage({ contains: 'title:pacific' }, /quotes have no title/);
      await usage({ speaker: 'x'.repeat(201) }, /'speaker' must be text of at most 200/);
      await assert.rejects(store.quotes({ contains: '"unclosed' }), QuerySyntaxError);
      assert.equal((await store.quotes({ contains: "x' OR 1=1; drop table quotes; --" })).total, 0);
      assert.equal((await store.quotes({ speaker: "x' OR 1=1 --" })).total, 0);
    });

    it('replaces a changed document’s quotes, and drops a deleted one’s, full text included', async () => {
      await seed();
      const changed = { ...d1, stages: [...d1.stages.filter((s) => s.name !== 'quotes'), quotesStage(d1Text, [{ text: 'stronger than ever', speaker: null }], 2)] };
      await store.putDocuments([changed]);
      assert.deepEqual((await store.documentQuotes(d1.document.id))!.map((q) => q.id), [blinken1]);
      assert.deepEqual(await ids({ contains: 'pacific' }), []);
      await store.putStages(d1.document.id, [...d1.stages], []);
      assert.deepEqual((await store.documentQuotes(d1.document.id))!.map((q) => q.id), [peters1, blinken1]);
      assert.equal(await store.deleteDocument(d1.document.id), true);
      assert.deepEqual(await ids({ contains: 'pacific OR stronger' }), []);
      assert.equal((await store.quotes({})).total, 3);
    });

    it('queues documents with quotes for clustering, and names a cluster by its records', async () => {
      const text = '“Trade with Asia will double within five years,” the minister said.';
      const a = quoted({ published: '2024-03-01', kind: 'release', source: 'beehive.govt.nz', text }, [{ text: 'Trade with Asia will double within five years,', speaker: null }]);
      const b = quoted({ published: '2024-03-04', kind: 'news', source: 'RNZ', text: `Reprinted: ${text}` }, [{ text: 'Trade with Asia will double within five years,', speaker: null }]);
      await store.putDocuments([a, b]);
      const work = await store.quoteWork(10);
      assert.equal(work.documents.length, 2);
      assert.deepEqual(work.dirtyGroups, []);
      const [qa, qb] = work.quotes;
      assert.ok(qa && qb && qa.quote < qb.quote && !qa.indexed && qa.group === qa.quote);
      await store.putQuoteLinks({
        done: work.documents,
        rebuilt: [],
        indexed: [{ quote: qa.quote, hashes: [11, 22], shingles: 1 }, { quote: qb.quote, hashes: [11, 33], shingles: 1 }],
        relabel: [],
        assign: [{ quote: qb.quote, group: qa.quote }],
        dropClusters: [],
        clusters: [{ group: qa.quote, id: 'qc-0123456789ab', documents: 2, earliest: qa.quote }],
      });
      assert.deepEqual((await store.quoteWork(10)).documents, []);
      const postings = await store.quoteShinglePostings([11, 33, 44], 10);
      const said = 'Trade with Asia will double within five years,';
      assert.deepEqual(postings.get(11)?.map((p) => [p.quote, p.group, p.text, p.shingles]), [[qa.quote, qa.quote, said, 1], [qb.quote, qa.quote, said, 1]]);
      assert.deepEqual(postings.get(33)?.map((p) => p.quote), [qb.quote]);
      assert.equal(postings.get(44), undefined);
      assert.deepEqual((await store.quoteShinglePostings([11], 1)).get(11)?.length, 1);
      const rows = (await store.quotes({ cluster: 'qc-0123456789ab' })).results;
      assert.deepEqual(rows.map((r) => [r.document.id, r.cluster, r.clusterSize]), [[b.document.id, 'qc-0123456789ab', 2], [a.document.id, 'qc-0123456789ab', 2]]);
      const cluster = await store.quoteCluster('qc-0123456789ab');
      assert.deepEqual([cluster?.size, cluster?.earliest], [2, { id: a.document.id, published: '2024-03-01' }]);
      assert.deepEqual(cluster?.members.map((m) => [m.document.id, m.lagDays]), [[a.document.id, 0], [b.document.id, 3]]);
      assert.equal(await store.quoteCluster('qc-ffffffffffff'), null);
      const members = await store.quoteGroupMembers([qa.quote]);
      assert.deepEqual(members.map((m) => [m.documentId, m.published, m.kind]).sort(), [[a.document.id, '2024-03-01', 'release'], [b.document.id, '2024-03-04', 'news']].sort());
      // A member's document goes: its group is rebuilt from the rest at the next step.
      await store.deleteDocument(b.document.id);
      // Its keys go with it: a key it alone held is found nowhere.
      const left = await store.quoteShinglePostings([11, 33], 10);
      assert.deepEqual([left.get(11)?.map((p) => p.quote), left.get(33)], [[qa.quote], undefined]);
      const after = await store.quoteWork(10);
      assert.deepEqual([after.documents, after.dirtyGroups, after.quotes.map((q) => [q.quote, q.indexed])], [[], [qa.quote], [[qa.quote, true]]]);
      // A rebuild undoes every group and queues every document with quotes.
      await store.resetQuoteLinks();
      const reset = await store.quoteWork(10);
      assert.deepEqual([reset.documents.length, reset.dirtyGroups, (await store.quoteShinglePostings([11], 10)).get(11)], [1, [], undefined]);
      assert.equal((await store.quotes({})).results[0]?.cluster, null);
    });
  });
}
