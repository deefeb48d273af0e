import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { linkEvents } from '../../src/link/index.js';
import { createServerApp } from '../../src/server/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { edit } from '../../src/store/test/builder.js';
import { CORPUS, held, indexes } from '../support/event-fixtures.js';
import { jsonGet } from '../support/http.js';

describe('engagements over HTTP (in-process)', () => {
  let app: Hono;
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    // One document under an absolute path: the API shows it relative to the root.
    const moved = edit(held, { path: '/home/someone/releases/peters.md' });
    await store.putDocuments([moved, ...CORPUS.filter((d) => d !== held)]);
    // Same id and text as `held`: its index fits.
    await store.putEntityLinks({ documents: indexes(CORPUS) });
    await linkEvents(store);
    app = createServerApp({ store, pathRoot: '/home/someone' });
  });
  after(() => store.close());
  const get = jsonGet(() => app);

  it('GET /api/events: engagements oldest first with sources, paths relative; filters and paging', async () => {
    const { status, body } = await get('/api/events');
    assert.equal(status, 200);
    assert.equal(body.total, 5);
    const first = body.results[0];
    assert.deepEqual([first.type, first.status, first.date, first.sources.length], ['meet', 'held', '2024-04-11', 3]);
    assert.ok(first.sources.some((s: { document: { path: string } }) => s.document.path === 'releases/peters.md'));
    const total = async (query: string) => (await get(`/api/events?${query}`)).body.total;
    assert.equal(await total('country=United%20States'), 3);
    assert.equal(await total('country=Australia&country=Belgium'), 3);
    // Both at one table: fewer than either alone, and never more than any-of.
    const all = (await get('/api/events?limit=500')).body.results as { participants: { id: string | null }[]; countries: string[] }[];
    const together = (countries: string[]) => all.filter((e) => countries.every((c) => e.countries.includes(c))).length;
    assert.equal(await total('country=New%20Zealand&country=United%20States&match=all'), together(['New Zealand', 'United States']));
    assert.ok(together(['New Zealand', 'United States']) > 0 && together(['New Zealand', 'United States']) < (await total('country=New%20Zealand&country=United%20States')));
    assert.equal(await total('participant=person:winston-peters&participant=blinken&match=all'), all.filter((e) => e.participants.some((p) => p.id === 'person:winston-peters') && e.participants.some((p) => p.id === 'person:antony-blinken')).length);
    assert.equal(await total('level=leader'), 1);
    assert.equal(await total('participant=person:penny-wong'), 2);
    assert.equal(await total('participant=blinken&type=visit'), 1);
    assert.equal(await total('status=held&from=2024-05-01'), 2);
    assert.equal(await total('kind=news&source=Stuff'), 1);
    const page = await get('/api/events?limit=2&offset=1&order=desc');
    assert.deepEqual([page.body.total, page.body.results.length, page.body.results[0].date], [5, 2, '2024-05-02']);
  });

  it('GET /api/events/:id: one engagement; 404 for an unknown id', async () => {
    const id = (await get('/api/events')).body.results[0].id;
    const { status, body } = await get(`/api/events/${id}`);
    assert.equal(status, 200);
    assert.equal(body.id, id);
    assert.deepEqual(body.history.map((h: { status: string }) => h.status), ['planned', 'held']);
    for (const missing of ['ev-000000000000', 'nonsense', '%27%20OR%201%3D1']) {
      const res = await get(`/api/events/${missing}`);
      assert.equal(res.status, 404, missing);
      assert.equal(res.body.error.code, 'not-found');
    }
  });

  it('GET /api/network: people by default, countries with by=country, the same filters', async () => {
    const people = await get('/api/network');
    assert.equal(people.status, 200);
    assert.ok(people.body.nodes.some((n: { id: string; weight: number }) => n.id === 'person:winston-peters' && n.weight === 3));
    const countries = await get('/api/network?by=country&level=minister');
    assert.deepEqual(countries.body.edges.map((e: { source: string; target: string; weight: number }) => [e.source, e.target, e.weight]), [
      ['new zealand', 'united states', 2],
      ['australia', 'new zealand', 1],
      ['australia', 'united states', 1],
    ]);
  });

  it('400 for bad parameters, naming the value and the fix', async () => {
    const cases: [string, RegExp][] = [
      ['/api/events?level=king', /level.*must be one of leader, minister, official, other \(got "king"\)/],
      ['/api/events?type=lunch&type=meet', /type.*must be one of meet, visit, call, dialogue, summit, agreement/],
      ['/api/events?from=2024-02-30', /not a real calendar date/],
      ['/api/events?from=2024-05-01&to=2024-04-01', /must not be later than `to`/],
      ['/api/events?limit=0', /limit/],
      ['/api/events?order=sideways', /must be asc \(oldest first\) or desc/],
      ['/api/events?colour=red', /colour/],
      ['/api/events?match=both', /match.*must be any .* or all/],
      ['/api/network?by=org', /must be person or country \(got "org"\)/],
      ['/api/network?kind=blog', /kind.*must be one of release, news, speech, other/],
    ];
    for (const [url, message] of cases) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.match(body.error.message, message, url);
    }
  });

  it('GET /api/documents/:id carries its times and its reports with their engagement', async () => {
    const { status, body } = await get(`/api/documents/${held.document.id}`);
    assert.equal(status, 200);
    assert.deepEqual(body.times.map((t: { text: string; value: string }) => [t.text, t.value]), [['today', '2024-04-11']]);
    assert.equal(body.events.length, 1);
    const [report] = body.events;
    assert.deepEqual(report.participantIds, ['person:winston-peters', 'person:antony-blinken']);
    assert.match(report.engagement, /^ev-[0-9a-f]{12}$/);
    assert.equal(report.place, 'Washington');
  });

  it('lists the routes in the OpenAPI document, parameters from the same schemas', async () => {
    const { body } = await get('/api/openapi.json');
    for (const path of ['/api/events', '/api/events/{id}', '/api/network']) assert.ok(body.paths[path], path);
    const params = body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(params, ['type', 'status', 'level', 'country', 'participant', 'match', 'source', 'kind', 'from', 'to', 'limit', 'offset', 'order']);
    assert.deepEqual(body.paths['/api/network'].get.parameters.map((p: { name: string }) => p.name).at(-1), 'by');
    const doc = body.paths['/api/documents/{id}'].get.responses['200'].content['application/json'].schema.properties;
    assert.ok(doc.times && doc.events);
  });
});
