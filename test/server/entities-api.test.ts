import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createServerApp } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { entityDocs, entityStore } from '../support/entity-store.js';
import { jsonGet } from '../support/http.js';

describe('HTTP API: entities (in-process, no socket)', () => {
  let app: Hono;
  let store: Store;
  before(async () => {
    store = await entityStore();
    app = createServerApp({ store, version: 'test' });
  });
  after(() => store.close());

  const get = jsonGet(() => app);

  it('lists entities with counts, roles over time and first and last seen', async () => {
    const { status, body } = await get('/api/entities');
    assert.equal(status, 200);
    assert.equal(body.total, 7);
    assert.deepEqual(body.results[0], {
      id: 'person:winston-peters',
      type: 'person',
      name: 'Winston Peters',
      mentions: 4,
      documents: 3,
      firstSeen: '2023-07-11',
      lastSeen: '2024-05-20',
      roles: [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', from: '2024-04-08', to: '2024-04-08' }],
    });
    assert.deepEqual((await get('/api/entities?type=org')).body.results.map((e: { id: string }) => e.id), ['org:nato', 'org:pacific-islands-forum']);
    assert.deepEqual((await get('/api/entities?search=pacific')).body.results.map((e: { id: string }) => e.id), ['org:pacific-islands-forum']);
    assert.deepEqual((await get('/api/entities?search=w.%20pet')).body.results.map((e: { id: string }) => e.id), ['person:winston-peters'], 'aliases are searched');
    const page = (await get('/api/entities?limit=2&offset=1')).body;
    assert.deepEqual([page.total, page.results.length], [7, 2]);
  });

  it('shows one entity with aliases, roles, documents newest first and co-mentioned entities', async () => {
    const { status, body } = await get('/api/entities/person:winston-peters');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['aliases', 'coMentioned', 'documents', 'documentsList', 'firstSeen', 'id', 'lastSeen', 'mentions', 'name', 'roles', 'type']);
    assert.deepEqual([...body.aliases].sort(), ['Peters', 'W. Peters']);
    assert.deepEqual(body.roles, [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', from: '2024-04-08', to: '2024-04-08', documents: 1 }]);
    assert.deepEqual(body.documentsList.map((d: { title: string }) => d.title), ['Pacific talks in Suva', 'Peters to visit Washington', 'NATO in Brussels']);
    assert.deepEqual(Object.keys(body.documentsList[0]).sort(), ['id', 'kind', 'mentions', 'published', 'source', 'title']);
    assert.deepEqual(body.coMentioned[0], { id: 'org:nato', type: 'org', name: 'NATO', count: 2 });
    const paged = (await get('/api/entities/person:winston-peters?limit=1&offset=2')).body;
    assert.deepEqual(paged.documentsList.map((d: { title: string }) => d.title), ['NATO in Brussels']);
    const encoded = await get(`/api/entities/${encodeURIComponent('person:winston-peters')}`);
    assert.equal(encoded.body.id, 'person:winston-peters');
  });

  it('answers an unknown entity with 404 and bad parameters with 400, naming them', async () => {
    const missing = await get('/api/entities/person:nobody');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not-found');
    assert.match(missing.body.error.message, /No entity 'person:nobody'/);
    for (const [path, field] of [
      ['/api/entities?type=ship', '`type`'],
      ['/api/entities?limit=0', '`limit`'],
      ['/api/entities?colour=red', '`colour`'],
      ['/api/entities/person:winston-peters?limit=5000', '`limit`'],
      ['/api/search?person=org:nato', '`person`'],
    ] as const) {
      const bad = await get(path);
      assert.equal(bad.status, 400, path);
      assert.ok(bad.body.error.message.includes(field), bad.body.error.message);
    }
  });

  it('filters search by entity: repeated ids of a type are any-of, types combine', async () => {
    const titles = async (query: string) => (await get(`/api/search?${query}`)).body.results.map((h: { title: string }) => h.title).sort();
    assert.deepEqual(await titles('person=person:winston-peters'), ['NATO in Brussels', 'Pacific talks in Suva', 'Peters to visit Washington']);
    assert.deepEqual(await titles('place=place:suva&place=place:brussels'), ['NATO in Brussels', 'Pacific talks in Suva']);
    assert.deepEqual(await titles('person=person:winston-peters&org=org:nato&place=place:washington'), ['Peters to visit Washington']);
  });

  it('returns entity facets with ids as values and names as labels', async () => {
    const { body } = await get('/api/facets');
    assert.deepEqual(body.person, [
      { value: 'person:winston-peters', label: 'Winston Peters', count: 3 },
      { value: 'person:antony-blinken', label: 'Antony Blinken', count: 1 },
    ]);
    assert.deepEqual(body.org[0], { value: 'org:nato', label: 'NATO', count: 2 });
    const narrowed = (await get('/api/facets?place=place:suva')).body;
    assert.deepEqual(narrowed.org, [{ value: 'org:pacific-islands-forum', label: 'Pacific Islands Forum', count: 1 }]);
  });

  it('gives a document its mentions with canonical ids and its office mentions resolved by date', async () => {
    const { body } = await get(`/api/documents/${entityDocs.suva.document.id}`);
    assert.deepEqual(body.entities.map((m: { text: string }) => m.text), ['Suva', 'Peters', 'Pacific Islands Forum'], 'in text order');
    assert.deepEqual(body.entities[1], { type: 'person', text: 'Peters', start: 50, end: 56, id: 'person:winston-peters', name: 'Winston Peters', role: null, roleOf: null, roleTense: null });
    assert.deepEqual(body.officeMentions, [
      { text: 'The Foreign Minister', start: 0, end: 20, office: { title: 'Minister of Foreign Affairs', of: 'New Zealand' }, id: 'person:winston-peters', name: 'Winston Peters' },
    ]);
    for (const m of body.entities) assert.equal(body.text.slice(m.start, m.end), m.text);
    const washington = (await get(`/api/documents/${entityDocs.washington.document.id}`)).body;
    const peters = washington.entities.find((m: { text: string }) => m.text === 'Mr Peters');
    assert.deepEqual([peters?.role, peters?.roleOf, peters?.roleTense], ['Minister of Foreign Affairs', 'New Zealand', 'current']);
  });

  it('gives an office\'s holders over time, and refuses a title it does not know', async () => {
    const { status, body } = await get('/api/offices?title=Foreign%20Minister&of=New%20Zealand');
    assert.equal(status, 200);
    assert.deepEqual(body.office, { title: 'Minister of Foreign Affairs', of: 'New Zealand' });
    assert.deepEqual(body.terms.map((t: { id: string; until: string | null }) => [t.id, t.until]), [['person:winston-peters', null]]);
    const bad = await get('/api/offices?title=Grand%20Vizier&of=New%20Zealand');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /not an office Parley knows/);
    assert.equal((await get('/api/offices?title=Prime%20Minister')).status, 400, 'the owner is required');
  });

  it('stays read-only without a token: every write is refused, naming --token', async () => {
    for (const [method, path] of [['POST', '/api/entities/merge'], ['POST', '/api/entities/undo'], ['PUT', '/api/entities/person:winston-peters'], ['DELETE', '/api/entities/person:winston-peters']] as const) {
      const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : null });
      assert.equal(res.status, 403, `${method} ${path}`);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'forbidden');
      assert.match(body.error.message, /read-only: start it with --token/);
    }
    assert.equal((await get('/api/entities/person:winston-peters')).body.name, 'Winston Peters', 'nothing changed');
  });
});
