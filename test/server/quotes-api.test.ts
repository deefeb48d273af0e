import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { linkQuotes } from '../../src/link/index.js';
import { createServerApp } from '../../src/server/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { linked } from '../../src/store/test/entities.js';
import { quoted } from '../../src/store/test/quotes.js';
import { jsonGet } from '../support/http.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const QUOTE = 'We will stand with our partners across the Pacific for as long as it takes';
const release = quoted(
  { title: 'Pacific partners', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', path: '/home/someone/releases/pacific.md', text: `Foreign Minister Winston Peters spoke. “${QUOTE},” Mr Peters said. “Thank you all,” he added.` },
  [
    { text: QUOTE, speaker: { entity: 0, mention: 'Mr Peters' } },
    { text: 'Thank you all,', speaker: { entity: 0, mention: 'Mr Peters', via: 'pronoun' } },
  ],
  ['Winston Peters'],
);
const story = quoted({ title: 'Peters on the Pacific', published: '2024-04-13', source: 'RNZ', kind: 'news', text: `The Foreign Minister said: "${QUOTE}," to reporters.` }, [
  { text: `${QUOTE},`, speaker: { entity: null, mention: 'The Foreign Minister', via: 'role', office: MFA } },
]);

describe('quotes over HTTP (in-process)', () => {
  let app: Hono;
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await store.putDocuments([release, story]);
    await store.putEntityLinks({ documents: [linked(release, [{ id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w', mentions: ['Winston Peters', 'Mr Peters'], roles: [MFA] }])] });
    await linkQuotes(store);
    app = createServerApp({ store, pathRoot: '/home/someone' });
  });
  after(() => store.close());
  const get = jsonGet(() => app);

  it('GET /api/quotes: rows newest first with resolved speakers and clusters, paths relative', async () => {
    const { status, body } = await get('/api/quotes');
    assert.equal(status, 200);
    assert.equal(body.total, 3);
    const [first, second] = body.results;
    assert.deepEqual([first.document.id, first.speaker.id, first.speaker.name, first.speaker.office], [story.document.id, 'person:winston-peters', 'Winston Peters', MFA]);
    assert.equal(second.id, `${release.document.id}:${release.document.text.indexOf('We will')}`);
    assert.equal(second.document.path, 'releases/pacific.md');
    assert.equal(first.cluster, second.cluster);
    assert.equal(first.clusterSize, 2);
    assert.equal(body.results[2].cluster, null);
    assert.equal(body.results[2].clusterSize, 1);
  });

  it('GET /api/quotes filters: speaker, role and of, contains, kind, dates, repeated source, paging', async () => {
    const total = async (query: string) => (await get(`/api/quotes?${query}`)).body.total;
    assert.equal(await total('speaker=person:winston-peters'), 3);
    assert.equal(await total('speaker=Winston%20Peters&kind=news'), 1);
    assert.equal(await total('role=Foreign%20Minister&of=New%20Zealand'), 3);
    assert.equal(await total('role=Foreign%20Minister&of=Australia'), 0);
    assert.equal(await total(`contains=${encodeURIComponent('"thank you"')}`), 1);
    assert.equal(await total('from=2024-04-12'), 1);
    assert.equal(await total('source=RNZ&source=beehive.govt.nz'), 3);
    const page = await get('/api/quotes?limit=1&offset=1');
    assert.deepEqual([page.body.total, page.body.results.length], [3, 1]);
  });

  it('GET /api/quotes/clusters/:id: members oldest first with their lag; 404 for an unknown id', async () => {
    const cluster = (await get('/api/quotes')).body.results[0].cluster;
    const { status, body } = await get(`/api/quotes/clusters/${cluster}`);
    assert.equal(status, 200);
    assert.deepEqual([body.id, body.size, body.earliest], [cluster, 2, { id: release.document.id, published: '2024-04-11' }]);
    assert.deepEqual(body.members.map((m: { document: { id: string }; lagDays: number }) => [m.document.id, m.lagDays]), [[release.document.id, 0], [story.document.id, 2]]);
    assert.equal(body.members[0].document.path, 'releases/pacific.md');
    for (const id of ['qc-000000000000', 'nonsense', '%27%20OR%201%3D1']) {
      const missing = await get(`/api/quotes/clusters/${id}`);
      assert.equal(missing.status, 404, id);
      assert.equal(missing.body.error.code, 'not-found');
    }
  });

  it('GET /api/documents/:id carries its quotes in text order', async () => {
    const { status, body } = await get(`/api/documents/${release.document.id}`);
    assert.equal(status, 200);
    assert.deepEqual(body.quotes.map((q: { text: string }) => q.text), [QUOTE, 'Thank you all,']);
    assert.equal(body.quotes[1].speaker.via, 'pronoun');
  });

  it('describes both routes and the document quotes in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    assert.ok(body.paths['/api/quotes'].get.parameters.some((p: { name: string }) => p.name === 'speaker'));
    assert.ok(body.paths['/api/quotes/clusters/{id}'].get.responses['404']);
    const doc = body.paths['/api/documents/{id}'].get.responses['200'].content['application/json'].schema;
    assert.ok(doc.properties.quotes);
  });
});
