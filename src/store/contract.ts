import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { KINDS, NotFoundError, QuerySyntaxError, StoreError, UsageError, type Kind } from '../core/index.js';
import { entityContract } from './contract-entities.js';
import { reuseContract } from './contract-reuse.js';
import { quoteContract } from './contract-quotes.js';
import { eventContract } from './contract-events.js';
import type { DocumentRecord, SearchQuery, Store } from './store.js';
import { edit, readerMessage, record, stageMessage } from './test/builder.js';

/**
 * The behaviour every `Store` adapter must show, run against a real database.
 * `open` must return a new, empty store on every call; each test closes it.
 *
 * Used by each adapter's own test file, e.g. `storeContract('SQLite :memory:', () => openSqliteStore(':memory:'))`.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const ids = async (query: SearchQuery) => (await store.search(query)).results.map((hit) => hit.id);

    describe('putDocuments and getDocument', () => {
      it('stores a document and returns it whole', async () => {
        const doc = record({
          title: 'Minister to visit Washington',
          published: '2024-04-08',
          publishedFrom: 'front-matter',
          source: 'beehive.govt.nz',
          url: 'https://example.govt.nz/release/washington',
          byline: 'Office of the Minister',
          ministers: ['Winston Peters'],
          portfolios: ['Foreign Affairs', 'Trade'],
          extra: { type: 'Media release' },
          text: 'Foreign Minister Winston Peters will travel to Washington.',
          messages: [readerMessage('boilerplate-removed'), stageMessage('segment', 'long-sentence', 0, 7)],
          stages: [
            { name: 'segment', version: 2, output: { sentences: [{ start: 0, end: 58 }] } },
            { name: 'entities', version: 1, output: [] },
          ],
        });
        assert.deepEqual(await store.putDocuments([doc]), { inserted: 1, updated: 0, unchanged: 0, replaced: 0 });
        const stored = await store.getDocument(doc.document.id);
        assert.ok(stored);
        assert.deepEqual(stored.document, doc.document);
        assert.deepEqual(stored.stages, doc.stages);
        assert.match(stored.contentHash, /^\S+$/);
        assert.ok(!Number.isNaN(Date.parse(stored.storedAt)), `storedAt ${stored.storedAt} is an ISO timestamp`);
      });

      it('returns null for an unknown id', async () => {
        assert.equal(await store.getDocument('no-such-id'), null);
      });

      it('stores the same document twice as one, writing nothing the second time', async () => {
        const doc = record({ title: 'Once', text: 'Stored once only.' });
        await store.putDocuments([doc]);
        const first = await store.getDocument(doc.document.id);
        assert.deepEqual(await store.putDocuments([doc]), { inserted: 0, updated: 0, unchanged: 1, replaced: 0 });
        assert.equal((await store.stats()).documents, 1);
        assert.equal((await store.getDocument(doc.document.id))?.storedAt, first?.storedAt);
        assert.equal((await store.search({ q: 'once' })).total, 1);
      });

      it('counts a repeat within one batch as unchanged', async () => {
        const doc = record({ text: 'Twice in a batch.' });
        assert.deepEqual(await store.putDocuments([doc, doc]), { inserted: 1, updated: 0, unchanged: 1, replaced: 0 });
      });

      it('accepts an empty batch', async () => {
        assert.deepEqual(await store.putDocuments([]), { inserted: 0, updated: 0, unchanged: 0, replaced: 0 });
      });

      it('replaces a changed document with its new text, messages and stages', async () => {
        const old = record({ url: 'https://example.govt.nz/r/1', title: 'Draft', text: 'The walrus negotiations stalled.', messages: [readerMessage('old')] });
        await store.putDocuments([old]);
        const changed = edit(old, {
          title: 'Final',
          text: 'The albatross agreement was signed.',
          messages: [readerMessage('new')],
          stages: [{ name: 'segment', version: 2, output: { sentences: 2 } }],
        });
        assert.equal(changed.document.id, old.document.id);
        assert.deepEqual(await store.putDocuments([changed]), { inserted: 0, updated: 1, unchanged: 0, replaced: 0 });
        assert.deepEqual(await ids({ q: 'walrus' }), []);
        assert.deepEqual(await ids({ q: 'albatross' }), [old.document.id]);
        const stored = await store.getDocument(old.document.id);
        assert.deepEqual(stored?.document, changed.document);
        assert.deepEqual(stored?.stages, changed.stages);
        assert.equal((await store.stats()).documents, 1);
      });

      it('treats a new stage version as a change', async () => {
        const doc = record({ text: 'Versioned.' });
        await store.putDocuments([doc]);
        const result = await store.putDocuments([edit(doc, { stages: [{ name: 'segment', version: 2, output: { sentences: 1 } }] })]);
        assert.equal(result.updated, 1);
      });

      it('drops the older document when the same path yields a new id', async () => {
        const before = record({ path: 'notes/visit.md', text: 'The kiwi delegation arrives on Monday.' });
        const after = record({ path: 'notes/visit.md', text: 'The kiwi delegation arrives on Tuesday.' });
        assert.notEqual(before.document.id, after.document.id);
        await store.putDocuments([before]);
        assert.deepEqual(await store.putDocuments([after]), { inserted: 1, updated: 0, unchanged: 0, replaced: 1 });
        assert.equal(await store.getDocument(before.document.id), null);
        assert.deepEqual(await ids({ q: 'kiwi' }), [after.document.id]);
        assert.equal((await store.stats()).documents, 1);
      });

      it('keeps documents of one batch that share a path, and never replaces by <stdin>', async () => {
        const a = record({ path: 'feed.xml', text: 'First item of a feed.' });
        const b = record({ path: 'feed.xml', text: 'Second item of a feed.' });
        assert.equal((await store.putDocuments([a, b])).replaced, 0);
        const c = record({ path: '<stdin>', text: 'Piped in once.' });
        const d = record({ path: '<stdin>', text: 'Piped in again.' });
        await store.putDocuments([c]);
        assert.equal((await store.putDocuments([d])).replaced, 0);
        assert.equal((await store.stats()).documents, 4);
      });

      it('keeps the source hash of each path, moves it with a replaced document and forgets it with a deleted one', async () => {
        const first = { ...record({ path: 'in/a.md', text: 'Source hash one.' }), sourceHash: 'h1' };
        const other = { ...record({ path: 'in/b.md', text: 'Source hash two.' }), sourceHash: 'h2' };
        const unhashed = record({ path: 'in/c.md', text: 'No source hash.' });
        const piped = { ...record({ path: '<stdin>', text: 'Piped, never skipped.' }), sourceHash: 'h4' };
        await store.putDocuments([first, other, unhashed, piped]);
        const paths = ['in/a.md', 'in/b.md', 'in/c.md', '<stdin>', 'in/none.md'];
        assert.deepEqual([...(await store.sourceHashes(paths))].sort(), [['in/a.md', 'h1'], ['in/b.md', 'h2']]);
        // Unchanged content with a new source hash (a new stage version, say) records the new hash.
        await store.putDocuments([{ ...first, sourceHash: 'h1b' }]);
        const edited = { ...record({ path: 'in/b.md', text: 'Source hash two, edited.' }), sourceHash: 'h3' };
        await store.putDocuments([edited]);
        assert.deepEqual([...(await store.sourceHashes(paths))].sort(), [['in/a.md', 'h1b'], ['in/b.md', 'h3']]);
        await store.deleteDocument(first.document.id);
        assert.deepEqual([...(await store.sourceHashes(paths))], [['in/b.md', 'h3']]);
        assert.deepEqual(await store.sourceHashes([]), new Map());
      });

      it('stores nothing from a batch that fails part-way', async () => {
        const good = record({ text: 'A perfectly good document.' });
        const bad = record({ text: 'A document whose stage output cannot be stored.', stages: [{ name: 'segment', version: 1, output: 10n }] });
        await assert.rejects(store.putDocuments([good, bad]));
        assert.equal(await store.getDocument(good.document.id), null);
        assert.equal((await store.stats()).documents, 0);
        assert.deepEqual(await ids({ q: 'perfectly' }), []);
      });

      it('is idempotent for any documents (property)', async () => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(fc.array(documentArbitrary(), { minLength: 1, maxLength: 5 }), async (inits) => {
            run += 1;
            const batch = inits.map((init, i) => record({ ...init, id: `prop-${run}-${i}` }));
            const first = await store.putDocuments(batch);
            assert.equal(first.inserted, batch.length);
            const before = await store.stats();
            assert.deepEqual(await store.putDocuments(batch), { inserted: 0, updated: 0, unchanged: batch.length, replaced: 0 });
            assert.deepEqual(await store.stats(), before);
            for (const doc of batch) assert.deepEqual((await store.getDocument(doc.document.id))?.document, doc.document);
          }),
          { numRuns: 40 },
        );
      });
    });

    describe('search', () => {
      const corpus = {
        titleHit: record({ title: 'Albatross conservation pact', text: 'Ministers met in Wellington.', published: '2024-03-01', source: 'beehive.govt.nz', kind: 'release', ministers: ['Winston Peters'], portfolios: ['Foreign Affairs'] }),
        bodyHit: record({ title: 'Ministers meet', text: 'Talks covered fisheries, shipping and the albatross.', published: '2024-03-02', source: 'beehive.govt.nz', kind: 'release', ministers: ['Todd McClay'], portfolios: ['Trade'] }),
        phrase: record({ title: 'Statement', text: 'New Zealand values its foreign affairs partnerships.', published: '2023-11-20', source: 'NZPA', kind: 'news', ministers: ['Winston Peters'], portfolios: ['Foreign Affairs', 'Trade'] }),
        scattered: record({ title: 'Speech', text: 'Foreign ministers discussed the state of affairs in the region.', published: '2023-06-30', source: 'RNZ', kind: 'speech' }),
        undated: record({ title: 'Undated note', text: 'Territorial questions and terrorism were raised.', published: null, source: 'NZPA', kind: 'other' }),
        unsafe: record({ title: 'Markup <b>test</b>', text: 'Beware <script>alert("x")</script> & the marauding albatross.', published: '2022-01-15', source: 'RNZ', kind: 'news' }),
        maori: record({ title: 'Te reo', text: 'The Māori Crown relationship was discussed.', published: '2021-09-14', source: 'beehive.govt.nz', kind: 'release', ministers: ['Nanaia Mahuta'], portfolios: ['Māori Crown Relations'] }),
      } satisfies Record<string, DocumentRecord>;
      const id = (key: keyof typeof corpus) => corpus[key].document.id;
      beforeEach(async () => {
        await store.putDocuments(Object.values(corpus));
      });

      it('ranks a title match above a body match, with higher scores first', async () => {
        const page = await store.search({ q: 'albatross' });
        assert.deepEqual(page.results.map((hit) => hit.id).slice(0, 2), [id('titleHit'), id('bodyHit')]);
        assert.equal(page.total, 3);
        const scores = page.results.map((hit) => hit.score);
        assert.ok(scores.every((s) => s > 0), `scores ${scores} are positive`);
        assert.deepEqual([...scores].sort((a, b) => b - a), scores);
      });

      it('returns the listing fields of each hit', async () => {
        const [hit] = (await store.search({ q: 'conservation' })).results;
        assert.deepEqual({ ...hit, snippet: undefined, score: undefined }, {
          id: id('titleHit'), title: 'Albatross conservation pact', published: '2024-03-01', source: 'beehive.govt.nz', kind: 'release', snippet: undefined, score: undefined,
        });
      });

      it('tells a phrase from a bag of words', async () => {
        assert.deepEqual(await ids({ q: '"foreign affairs"' }), [id('phrase')]);
        assert.deepEqual((await ids({ q: 'foreign affairs' })).sort(), [id('phrase'), id('scattered')].sort());
      });

      it('matches word stems and prefixes', async () => {
        assert.deepEqual(await ids({ q: 'terr*' }), [id('undated')]);
        assert.deepEqual((await ids({ q: 'minister' })).sort(), [id('titleHit'), id('bodyHit'), id('scattered')].sort());
      });

      it('combines OR, NOT and fields', async () => {
        assert.deepEqual((await ids({ q: 'fisheries OR terrorism' })).sort(), [id('bodyHit'), id('undated')].sort());
        assert.deepEqual((await ids({ q: 'albatross -shipping -marauding' })), [id('titleHit')]);
        assert.deepEqual(await ids({ q: 'title:albatross' }), [id('titleHit')]);
        assert.deepEqual((await ids({ q: 'text:albatross' })).sort(), [id('bodyHit'), id('unsafe')].sort());
      });

      it('finds Māori when asked for maori, and the reverse', async () => {
        assert.deepEqual(await ids({ q: 'maori' }), [id('maori')]);
        assert.deepEqual(await ids({ q: 'Māori' }), [id('maori')]);
        assert.deepEqual(await ids({ q: 'MAORI crown' }), [id('maori')]);
      });

      it('marks matches in HTML-escaped snippets', async () => {
        const [hit] = (await store.search({ q: 'fisheries' })).results;
        assert.match(hit?.snippet ?? '', /<mark>fisheries<\/mark>/);
        const unsafe = (await store.search({ q: 'marauding' })).results[0]?.snippet ?? '';
        assert.ok(unsafe.includes('&lt;script&gt;'), unsafe);
        assert.ok(!unsafe.includes('<script'), unsafe);
        assert.ok(unsafe.includes('&amp;'), unsafe);
        assert.match(unsafe, /<mark>marauding<\/mark>/);
        assert.equal(unsafe.replace(/<\/?mark>/g, '').includes('<'), false, unsafe);
      });

      it('lists everything newest first without a query, undated last, with lead snippets and score 0', async () => {
        for (const q of [undefined, null, '', '   ']) {
          const page = await store.search({ q });
          assert.equal(page.total, Object.keys(corpus).length);
          assert.deepEqual(page.results.map((hit) => hit.published), ['2024-03-02', '2024-03-01', '2023-11-20', '2023-06-30', '2022-01-15', '2021-09-14', null]);
          assert.ok(page.results.every((hit) => hit.score === 0));
        }
        const unsafe = (await store.search({ filters: { from: '2022-01-15', to: '2022-01-15' } })).results[0];
        assert.equal(unsafe?.snippet, 'Beware &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the marauding albatross.');
      });

      it('cuts long lead snippets near 200 characters', async () => {
        const long = record({ text: `${'Lengthy words repeated here. '.repeat(40)}`, published: '2030-01-01' });
        await store.putDocuments([long]);
        const snippet = (await store.search({ limit: 1 })).results[0]?.snippet ?? '';
        assert.ok(snippet.length <= 202 && snippet.length > 100, `${snippet.length}: ${snippet}`);
        assert.ok(snippet.endsWith('…'));
      });

      it('sorts query results by date on request', async () => {
        const page = await store.search({ q: 'albatross', sort: 'date' });
        assert.deepEqual(page.results.map((hit) => hit.id), [id('bodyHit'), id('titleHit'), id('unsafe')]);
        assert.ok(page.results.every((hit) => hit.score > 0));
      });

      it('filters by inclusive dates', async () => {
        assert.deepEqual((await ids({ filters: { from: '2024-03-01' } })), [id('bodyHit'), id('titleHit')]);
        assert.deepEqual((await ids({ filters: { to: '2021-09-14' } })), [id('maori')]);
        assert.deepEqual((await ids({ filters: { from: '2023-06-30', to: '2023-11-20' } })), [id('phrase'), id('scattered')]);
      });

      it('filters by any of several sources, kinds, ministers and portfolios', async () => {
        assert.deepEqual((await ids({ filters: { source: ['RNZ'] } })), [id('scattered'), id('unsafe')]);
        assert.deepEqual((await ids({ filters: { source: ['RNZ', 'NZPA'] } })).length, 4);
        assert.deepEqual((await ids({ filters: { kind: ['speech', 'other'] } })), [id('scattered'), id('undated')]);
        assert.deepEqual((await ids({ filters: { minister: ['Winston Peters'] } })), [id('titleHit'), id('phrase')]);
        assert.deepEqual((await ids({ filters: { minister: ['Winston Peters', 'Nanaia Mahuta'] } })), [id('titleHit'), id('phrase'), id('maori')]);
        assert.deepEqual((await ids({ filters: { portfolio: ['Trade'] } })), [id('bodyHit'), id('phrase')]);
        assert.deepEqual((await ids({ filters: { source: [] } })).length, Object.keys(corpus).length);
      });

      it('combines filters with each other and with a query', async () => {
        assert.deepEqual((await ids({ filters: { minister: ['Winston Peters'], portfolio: ['Trade'] } })), [id('phrase')]);
        assert.deepEqual((await ids({ filters: { source: ['beehive.govt.nz'], kind: ['release'], from: '2024-01-01' } })), [id('bodyHit'), id('titleHit')]);
        assert.deepEqual(await ids({ q: 'albatross', filters: { source: ['RNZ'] } }), [id('unsafe')]);
        assert.deepEqual(await store.search({ q: 'albatross', filters: { kind: ['speech'] } }), { total: 0, results: [] });
      });

      it('pages with a stable total', async () => {
        const all = await ids({ limit: 200 });
        const seen: string[] = [];
        for (let offset = 0; offset < all.length; offset += 3) {
          const page = await store.search({ limit: 3, offset });
          assert.equal(page.total, all.length);
          seen.push(...page.results.map((hit) => hit.id));
        }
        assert.deepEqual(seen, all);
        assert.deepEqual(await store.search({ offset: 100 }), { total: all.length, results: [] });
        assert.deepEqual(await store.search({ limit: 0 }), { total: all.length, results: [] });
        const queried = await store.search({ q: 'albatross', limit: 1, offset: 1 });
        assert.equal(queried.total, 3);
        assert.deepEqual(queried.results.map((hit) => hit.id), [id('bodyHit')]);
      });

      it('defaults to 20 results', async () => {
        await store.putDocuments(Array.from({ length: 25 }, (_, i) => record({ text: `Filler document ${i} about penguins.` })));
        const page = await store.search({ q: 'penguins' });
        assert.equal(page.total, 25);
        assert.equal(page.results.length, 20);
      });

      it('refuses an unparsable query with QuerySyntaxError', async () => {
        await assert.rejects(store.search({ q: '"unclosed' }), (error: unknown) => error instanceof QuerySyntaxError && error.position === 0);
        await assert.rejects(store.facets({ q: 'peters AND' }), QuerySyntaxError);
      });

      it('ignores a query of punctuation alone', async () => {
        assert.equal((await store.search({ q: '– 😀' })).total, Object.keys(corpus).length);
      });

      const BAD: readonly [string, SearchQuery, string][] = [
        ['from', { filters: { from: '11/04/2024' } }, 'YYYY-MM-DD'],
        ['to', { filters: { to: '2024-02-30' } }, 'YYYY-MM-DD'],
        ['from', { filters: { from: '2024-05-01', to: '2024-04-01' } }, 'swap'],
        ['kind', { filters: { kind: ['blog' as Kind] } }, KINDS.join(', ')],
        ['limit', { limit: 201 }, '0 to 200'],
        ['limit', { limit: 2.5 }, 'whole number'],
        ['offset', { offset: -1 }, '0 or more'],
        ['sort', { sort: 'newest' as 'date' }, 'relevance or date'],
      ];
      for (const [field, query, fix] of BAD) {
        it(`refuses a bad ${field} with UsageError naming it and the fix`, async () => {
          for (const call of [store.search(query), store.facets(query)]) {
            await assert.rejects(call, (error: unknown) => {
              assert.ok(error instanceof UsageError && !(error instanceof QuerySyntaxError), String(error));
              assert.ok(error.message.includes(field), error.message);
              assert.ok(error.message.includes(fix), error.message);
              return true;
            });
          }
        });
      }
    });

    describe('facets', () => {
      beforeEach(async () => {
        await store.putDocuments([
          record({ text: 'Trade talks in Jakarta.', source: 'beehive.govt.nz', kind: 'release', published: '2024-01-02', ministers: ['Todd McClay'], portfolios: ['Trade', 'Agriculture'] }),
          record({ text: 'Trade and security talks.', source: 'beehive.govt.nz', kind: 'release', published: '2024-05-06', ministers: ['Winston Peters', 'Todd McClay'], portfolios: ['Trade', 'Foreign Affairs'] }),
          record({ text: 'Security briefing.', source: 'RNZ', kind: 'news', published: '2023-07-08', ministers: ['Winston Peters'], portfolios: ['Foreign Affairs'] }),
          record({ text: 'Undated trade note.', source: null, kind: 'other', published: null }),
        ]);
      });

      it('counts each facet over the whole store, most frequent first, then by value', async () => {
        assert.deepEqual(await store.facets({}), {
          source: [{ value: 'beehive.govt.nz', count: 2 }, { value: 'RNZ', count: 1 }],
          kind: [{ value: 'release', count: 2 }, { value: 'news', count: 1 }, { value: 'other', count: 1 }],
          year: [{ value: '2024', count: 2 }, { value: '2023', count: 1 }],
          minister: [{ value: 'Todd McClay', count: 2 }, { value: 'Winston Peters', count: 2 }],
          portfolio: [{ value: 'Foreign Affairs', count: 2 }, { value: 'Trade', count: 2 }, { value: 'Agriculture', count: 1 }],
          person: [],
          org: [],
          place: [],
        });
      });

      it('counts only what the query and filters match', async () => {
        assert.deepEqual(await store.facets({ q: 'trade', filters: { from: '2024-01-01' } }), {
          source: [{ value: 'beehive.govt.nz', count: 2 }],
          kind: [{ value: 'release', count: 2 }],
          year: [{ value: '2024', count: 2 }],
          minister: [{ value: 'Todd McClay', count: 2 }, { value: 'Winston Peters', count: 1 }],
          portfolio: [{ value: 'Trade', count: 2 }, { value: 'Agriculture', count: 1 }, { value: 'Foreign Affairs', count: 1 }],
          person: [],
          org: [],
          place: [],
        });
        const security = await store.facets({ q: 'security', filters: { minister: ['Winston Peters'], kind: ['news'] } });
        assert.deepEqual(security.source, [{ value: 'RNZ', count: 1 }]);
        assert.deepEqual(security.portfolio, [{ value: 'Foreign Affairs', count: 1 }]);
      });

      it('sees a write made after the same search ran', async () => {
        assert.equal((await store.search({ q: 'trade' })).total, (await store.facets({ q: 'trade' })).kind.reduce((n, v) => n + v.count, 0));
        const before = (await store.search({ q: 'trade' })).total;
        await store.putDocuments([record({ kind: 'news', source: 'Stuff', text: 'A new trade story arrives.' })]);
        assert.equal((await store.search({ q: 'trade' })).total, before + 1);
        assert.deepEqual((await store.facets({ q: 'trade', filters: { kind: ['news'] } })).source, [{ value: 'Stuff', count: 1 }]);
      });

      it('returns empty lists when nothing matches', async () => {
        assert.deepEqual(await store.facets({ q: 'walrus' }), { source: [], kind: [], year: [], minister: [], portfolio: [], person: [], org: [], place: [] });
      });

      it('keeps the top 50 values of a facet', async () => {
        await store.putDocuments(Array.from({ length: 60 }, (_, i) => record({ text: `Outlet ${i} reports.`, source: `outlet-${String(i).padStart(2, '0')}` })));
        const { source } = await store.facets({ q: 'outlet' });
        assert.equal(source.length, 50);
        assert.deepEqual(source[0], { value: 'outlet-00', count: 1 });
      });
    });

    describe('stages', () => {
      const current = [
        { name: 'segment', version: 2 },
        { name: 'entities', version: 1 },
      ];
      const upToDate = record({ text: 'Current.', stages: [{ name: 'segment', version: 2, output: 1 }, { name: 'entities', version: 1, output: [] }] });
      const older = record({ text: 'Older.', stages: [{ name: 'segment', version: 1, output: 1 }, { name: 'entities', version: 1, output: [] }] });
      const missing = record({ text: 'Missing.', stages: [{ name: 'segment', version: 2, output: 1 }] });
      const extra = record({ text: 'Extra.', stages: [...upToDate.stages, { name: 'quotes', version: 1, output: [] }] });
      const none = record({ text: 'None.', stages: [] });

      it('finds documents whose stage versions differ from the current ones', async () => {
        await store.putDocuments([upToDate, older, missing, extra, none]);
        const stale = await store.staleDocuments(current);
        assert.deepEqual([...stale].sort(), [older, missing, extra, none].map((r) => r.document.id).sort());
        assert.deepEqual([...(await store.staleDocuments([]))].sort(), [upToDate, older, missing, extra].map((r) => r.document.id).sort());
      });

      it('replaces stage outputs and stage messages, keeping reader messages', async () => {
        const doc = edit(older, { messages: [readerMessage('boilerplate'), stageMessage('segment', 'old-warning'), stageMessage('retired', 'gone')] });
        const withRetired = { ...doc, stages: [...doc.stages, { name: 'retired', version: 1, output: null }] };
        await store.putDocuments([withRetired]);
        const stages = [
          { name: 'segment', version: 2, output: { sentences: 3 } },
          { name: 'entities', version: 1, output: [{ text: 'Older' }] },
        ];
        const messages = [stageMessage('entities', 'new-entity', 0, 5), stageMessage('segment:split', 'new-split')];
        await store.putStages(doc.document.id, stages, messages);
        const stored = await store.getDocument(doc.document.id);
        assert.deepEqual(stored?.stages, stages);
        assert.deepEqual(stored?.document.messages, [readerMessage('boilerplate'), ...messages]);
        assert.deepEqual(stored?.document.text, doc.document.text);
        assert.equal((await store.staleDocuments(current)).includes(doc.document.id), false);
        // Ingesting what reindex produced again writes nothing.
        const same = edit(doc, { messages: stored?.document.messages ?? [], stages });
        assert.equal((await store.putDocuments([same])).unchanged, 1);
      });

      it('refuses stages for an unknown document', async () => {
        await assert.rejects(store.putStages('no-such-id', [], []), NotFoundError);
      });
    });

    describe('deleteDocument and stats', () => {
      it('deletes a document everywhere, once', async () => {
        const doc = record({ text: 'Ephemeral narwhal.', source: 'RNZ', ministers: ['Someone'] });
        const keep = record({ text: 'Lasting.' });
        await store.putDocuments([doc, keep]);
        assert.equal(await store.deleteDocument(doc.document.id), true);
        assert.equal(await store.deleteDocument(doc.document.id), false);
        assert.equal(await store.getDocument(doc.document.id), null);
        assert.deepEqual(await ids({ q: 'narwhal' }), []);
        assert.deepEqual((await store.facets({})).minister, []);
        assert.equal((await store.stats()).documents, 1);
        assert.ok(await store.getDocument(keep.document.id));
      });

      it('counts documents, source bytes and text length in UTF-16 units', async () => {
        assert.deepEqual(await store.stats(), { documents: 0, bytes: 0, textChars: 0 });
        await store.putDocuments([record({ text: 'Māori 🇳🇿' }), record({ text: 'plain' })]);
        assert.deepEqual(await store.stats(), {
          documents: 2,
          bytes: Buffer.byteLength('Māori 🇳🇿') + Buffer.byteLength('plain'),
          textChars: 'Māori 🇳🇿'.length + 'plain'.length,
        });
      });
    });

    entityContract(open);
    reuseContract(open);
    quoteContract(open);
    eventContract(open);

    describe('capabilities and close', () => {
      it('describes itself', () => {
        assert.ok(store.capabilities.label.length > 0);
        assert.equal(typeof store.capabilities.snippets, 'boolean');
      });

      it('refuses work once closed, with StoreError', async () => {
        const other = await open();
        await other.close();
        await other.close();
        await assert.rejects(other.search({}), StoreError);
        await assert.rejects(other.putDocuments([record()]), StoreError);
      });
    });
  });
}

/** Document fields worth varying: unicode text and titles, optional dates, sources, lists. */
function documentArbitrary() {
  return fc.record({
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    title: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 })),
    published: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    source: fc.option(fc.constantFrom('beehive.govt.nz', 'NZPA', 'RNZ')),
    kind: fc.constantFrom(...KINDS),
    ministers: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 3 }),
    portfolios: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 3 }),
  });
}
