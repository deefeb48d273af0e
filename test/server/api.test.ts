import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createServerApp } from '../../src/server/index.js';
import { fixtureStore } from '../support/fixture-store.js';
import { jsonGet } from '../support/http.js';

describe('HTTP API (in-process, no socket)', () => {
  let app: Hono;
  let cleanup: () => Promise<void>;
  before(async () => {
    const fixture = await fixtureStore();
    cleanup = fixture.cleanup;
    app = createServerApp({ store: fixture.store, version: 'test' });
  });
  after(() => cleanup());

  const get = jsonGet(() => app);

  it('searches with the contract shape', async () => {
    const { status, body } = await get('/api/search?q=Washington');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.deepEqual(Object.keys(body.results[0]).sort(), ['id', 'kind', 'published', 'score', 'snippet', 'source', 'title']);
    assert.equal(body.results[0].title, 'Minister to visit Washington');
    assert.match(body.results[0].snippet, /<mark>Washington<\/mark>/);
    assert.ok(body.results[0].score > 0);
  });

  it('applies repeated filters as any-of, and date ranges', async () => {
    assert.equal((await get('/api/search?portfolio=Trade&portfolio=Foreign%20Affairs')).body.total, 3);
    assert.equal((await get('/api/search?portfolio=Trade')).body.total, 1);
    assert.equal((await get('/api/search?from=2024-01-01&to=2024-12-31')).body.total, 2);
    assert.equal((await get('/api/search?q=%22independent%20foreign%20policy%22')).body.total, 1);
    assert.equal((await get('/api/search?q=resil*')).body.total, 1);
  });

  it('answers bad input with 400 and a message naming the field', async () => {
    const bad = await get('/api/search?from=11/04/2024');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'bad-request');
    assert.match(bad.body.error.message, /`from`/);
    const syntax = await get('/api/search?q=%22unclosed');
    assert.equal(syntax.status, 400);
    assert.equal(syntax.body.error.code, 'query-syntax');
    assert.equal(typeof syntax.body.error.position, 'number');
    assert.equal((await get('/api/search?limit=5000')).status, 400);
    assert.equal((await get('/api/search?colour=red')).status, 400);
  });

  it('returns facets over the matching set', async () => {
    const { body } = await get('/api/facets');
    assert.deepEqual(body.portfolio, [
      { value: 'Foreign Affairs', count: 2 },
      { value: 'Trade', count: 1 },
    ]);
    assert.deepEqual(body.year.map((y: { value: string }) => y.value).sort(), ['2023', '2024']);
    const narrowed = await get('/api/facets?q=Jakarta');
    assert.deepEqual(narrowed.body.portfolio, [{ value: 'Trade', count: 1 }]);
  });

  it('serves a document and 404s an unknown one', async () => {
    const hit = (await get('/api/search?q=Jakarta')).body.results[0];
    const doc = await get(`/api/documents/${hit.id}`);
    assert.equal(doc.status, 200);
    assert.equal(doc.body.title, 'Trade mission to Jakarta');
    assert.equal(doc.body.published, '2023-09-14');
    assert.ok(doc.body.text.includes('Jakarta'));
    const missing = await get('/api/documents/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not-found');
  });

  it('publishes an OpenAPI document listing every route', async () => {
    const { body } = await get('/api/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    assert.deepEqual(Object.keys(body.paths).sort(), ['/api/documents/{id}', '/api/documents/{id}/reuse', '/api/entities', '/api/entities/merge', '/api/entities/rename', '/api/entities/revert', '/api/entities/split', '/api/entities/undo', '/api/entities/{id}', '/api/events', '/api/events/{id}', '/api/facets', '/api/network', '/api/offices', '/api/quotes', '/api/quotes/clusters/{id}', '/api/reuse', '/api/reuse/{a}/{b}', '/api/search', '/api/shifts', '/api/stats', '/api/trends']);
    const params = body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['q', 'from', 'to', 'source', 'kind', 'minister', 'portfolio', 'person', 'org', 'place', 'limit', 'offset', 'sort']) assert.ok(params.includes(name), name);
    const entityParams = body.paths['/api/entities'].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(entityParams.sort(), ['limit', 'offset', 'search', 'type']);
    const facets = body.paths['/api/facets'].get.responses['200'].content['application/json'].schema.properties;
    for (const group of ['person', 'org', 'place']) assert.ok(facets[group], group);
  });

  it('serves the web page', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.equal((await app.request('/static/../../package.json')).status, 404);
  });
});
