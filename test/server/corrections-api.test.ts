// Corrections over HTTP (in-process, no socket): the survivor of a merge,
// revert by number, splits of single mentions, each behind the write token.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createServerApp } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { entityDocs, entityStore } from '../support/entity-store.js';

const TOKEN = 'test-token-0123456789abcdef';

type Body = { error?: { code: string; message: string } } & Record<string, any>;

async function call(app: Hono, path: string, init: RequestInit = {}): Promise<{ status: number; body: Body }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Body };
}

const post = (body: unknown, token: string | null = TOKEN): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
  body: JSON.stringify(body),
});

const washington = entityDocs.washington.document;
const MR_PETERS = { document: washington.id, start: washington.text.indexOf('Mr Peters'), end: washington.text.indexOf('Mr Peters') + 'Mr Peters'.length };

describe('safe corrections over HTTP', () => {
  let store: Store;
  let app: Hono;
  let readOnly: Hono;
  before(async () => {
    store = await entityStore();
    app = createServerApp({ store, version: 'test', token: TOKEN });
    readOnly = createServerApp({ store, version: 'test' });
  });
  after(() => store.close());

  it('needs the token for revert, and refuses without one', async () => {
    assert.equal((await call(readOnly, '/api/entities/revert', post({ seq: 1 }, null))).status, 403);
    assert.equal((await call(app, '/api/entities/revert', post({ seq: 1 }, null))).status, 401);
    assert.equal((await call(app, '/api/entities/revert', post({ seq: 1 }, 'wrong-token-0123456789abcdef'))).status, 401);
    assert.equal((await call(app, '/api/entities/split', post({ id: 'person:winston-peters', mentions: [MR_PETERS] }, null))).status, 401);
    assert.deepEqual(await store.entityCorrections(), [], 'nothing stored');
  });

  it('refuses misuse with 400 (404 for an unknown entity), the message naming the value and the fix', async () => {
    const cases: [string, unknown, number, RegExp][] = [
      ['revert', { seq: 1 }, 400, /There is no correction 1: there are no corrections stored\./],
      ['revert', { seq: 0 }, 400, /`seq`/],
      ['revert', { seq: 'last' }, 400, /`seq`/],
      ['revert', {}, 400, /`seq`/],
      ['revert', { seq: 1, also: 2 }, 400, /Unknown parameter `also`/],
      ['merge', { from: 'place:suva' }, 400, /`into`/],
      ['merge', { into: 'place:suva', from: 'place:suva' }, 400, /into itself/],
      ['split', { id: 'person:winston-peters' }, 400, /needs at least one --doc <docId> or --mention/],
      ['split', { id: 'person:winston-peters', mentions: ['x:1-2'] }, 400, /`mentions`/],
      ['split', { id: 'person:winston-peters', mentions: [{ ...MR_PETERS, end: MR_PETERS.start }] }, 400, /`mentions` needs start before end/],
      ['split', { id: 'person:winston-peters', mentions: [{ ...MR_PETERS, start: 0 }] }, 400, new RegExp(`is not a mention of 'person:winston-peters': its mentions in '${washington.id}' are .*${washington.id}:${MR_PETERS.start}-${MR_PETERS.end} \\("Mr Peters"\\)`)],
      ['split', { id: 'person:winston-peters', mentions: [{ ...MR_PETERS, document: 'nope' }] }, 400, /there is no document 'nope'/],
      ['split', { id: 'org:nato', mentions: [MR_PETERS] }, 400, /is not a mention of 'org:nato'/],
      ['split', { id: 'person:nobody', mentions: [MR_PETERS] }, 404, /No entity 'person:nobody'/],
    ];
    for (const [route, body, status, message] of cases) {
      const res = await call(app, `/api/entities/${route}`, post(body));
      assert.equal(res.status, status, `${route} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.error?.message ?? '', message, `${route} ${JSON.stringify(body)}`);
    }
    assert.deepEqual(await store.entityCorrections(), [], 'nothing stored');
  });

  it('merge names the survivor', async () => {
    const merged = await call(app, '/api/entities/merge', post({ from: 'place:suva', into: 'place:washington' }));
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.equal(merged.body.merged, 'place:suva');
    assert.deepEqual(merged.body.survivor, { id: 'place:washington', name: 'Washington', mentions: 2, documents: 2 });
    assert.equal(merged.body.message, 'Merged place:suva into place:washington; place:washington (Washington) survives, 2 mentions in 2 documents.');
  });

  it('splits a single mention, which a full resolution keeps', async () => {
    const split = await call(app, '/api/entities/split', post({ id: 'person:winston-peters', mentions: [MR_PETERS], name: 'Michael Peters' }));
    assert.equal(split.status, 200, JSON.stringify(split.body));
    assert.deepEqual(split.body.correction, { kind: 'split', id: 'person:winston-peters', documents: [], newId: 'person:michael-peters', name: 'Michael Peters', mentions: [MR_PETERS] });
    assert.deepEqual([split.body.entity.id, split.body.entity.mentions, split.body.entity.documents], ['person:michael-peters', 1, 1]);
    const shown = await call(app, `/api/documents/${washington.id}`);
    const ids = Object.fromEntries(shown.body.entities.map((m: { text: string; id: string }) => [m.text, m.id]));
    assert.deepEqual([ids['Winston Peters'], ids['Mr Peters']], ['person:winston-peters', 'person:michael-peters']);
    const rename = await call(app, '/api/entities/rename', post({ id: 'org:nato', name: 'NATO (alliance)' }));
    assert.equal(rename.status, 200);
  });

  it('reverts correction N; an unknown N is a 400 naming the valid numbers', async () => {
    const reverted = await call(app, '/api/entities/revert', post({ seq: 1 }));
    assert.equal(reverted.status, 200, JSON.stringify(reverted.body));
    assert.deepEqual([reverted.body.reverted.seq, reverted.body.reverted.kind], [1, 'merge']);
    assert.match(reverted.body.message, /^Reverted correction 1 \(merge\)/);
    assert.equal((await call(app, '/api/entities/place:suva')).status, 200, 'the merged entity is back');
    assert.equal((await call(app, '/api/entities/person:michael-peters')).status, 200, 'the later split still holds');
    const again = await call(app, '/api/entities/revert', post({ seq: 1 }));
    assert.equal(again.status, 400);
    assert.equal(again.body.error?.message, 'There is no correction 1: the stored ones are numbered 2–3. `parley entities corrections` lists them.');
    const split = await call(app, '/api/entities/revert', post({ seq: 2 }));
    assert.equal(split.body.reverted.kind, 'split');
    assert.equal((await call(app, '/api/entities/person:michael-peters')).status, 404, 'the mention went back');
    assert.equal((await call(app, '/api/entities/person:winston-peters')).body.mentions, 4);
    assert.deepEqual((await store.entityCorrections()).map((c) => c.seq), [3]);
  });

  it('describes revert and the new fields in the OpenAPI document', async () => {
    const doc = (await call(app, '/api/openapi.json')).body;
    const revert = doc.paths['/api/entities/revert'].post;
    assert.deepEqual(revert.security, [{ bearer: [] }]);
    assert.deepEqual(Object.keys(revert.requestBody.content['application/json'].schema.properties), ['seq']);
    const split = doc.paths['/api/entities/split'].post.requestBody.content['application/json'].schema;
    assert.ok(split.properties.mentions, 'split takes mentions');
    const merge = doc.paths['/api/entities/merge'].post.responses['200'].content['application/json'].schema;
    assert.ok(merge.properties.survivor, 'merge names the survivor');
  });
});
