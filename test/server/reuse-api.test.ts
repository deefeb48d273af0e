import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { defaultPipeline } from '../../src/app/index.js';
import { emptyMeta, type Document } from '../../src/core/index.js';
import { linkReuse } from '../../src/link/index.js';
import { createServerApp } from '../../src/server/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { join, OTHER, RELEASE } from '../../src/link/reuse/test/texts.js';
import { jsonGet } from '../support/http.js';

function doc(id: string, text: string, meta: Partial<Document['meta']>): Document {
  return { id, path: `${id}.txt`, format: 'text', bytes: text.length, text, meta: { ...emptyMeta(), ...meta }, messages: [] };
}

describe('reuse over HTTP (in-process)', () => {
  let app: Hono;
  let store: Store;
  const release = doc('release-nato', join(RELEASE), { title: 'NATO release', kind: 'release', published: '2024-04-04', source: 'beehive.govt.nz' });
  const story = doc('story-politik', join([OTHER[0]!, ...RELEASE.slice(0, 4).map((p) => p.replaceAll('Mr Peters says', 'he said')), OTHER[1]!]), {
    kind: 'news',
    published: '2024-04-06',
    source: 'POLITIK',
  });
  const unrelated = doc(
    'story-dairy',
    'Auckland ferry services were cancelled on Tuesday after a mechanical fault was found on two of the older vessels in the fleet.\n\nThe operator said repairs would take most of the week and apologised to commuters.',
    { kind: 'news', published: '2024-04-07', source: 'RNZ' },
  );

  before(async () => {
    store = await openSqliteStore(':memory:');
    const pipeline = defaultPipeline();
    await store.putDocuments([release, story, unrelated].map((d) => pipeline.run(d)));
    await linkReuse(store);
    app = createServerApp({ store });
  });
  after(() => store.close());

  const get = jsonGet(() => app);

  it('lists related pairs in the reuse contract’s shape', async () => {
    const { status, body } = await get('/api/reuse');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    const [pair] = body.pairs;
    assert.deepEqual(Object.keys(pair), ['source', 'target', 'sourceShare', 'targetShare', 'lagDays', 'passages']);
    assert.equal(pair.source.id, 'release-nato');
    assert.equal(pair.target.id, 'story-politik');
    assert.equal(pair.lagDays, 2);
    assert.ok(pair.sourceShare > 0.6 && pair.targetShare > 0.5, JSON.stringify(pair));
    for (const p of pair.passages) {
      assert.ok(p.source.end > p.source.start && p.source.end <= release.text.length);
      assert.ok(p.target.end > p.target.start && p.target.end <= story.text.length);
    }
  });

  it('filters by share, outlet and kind, and validates them', async () => {
    assert.equal((await get('/api/reuse?minShare=0.99')).body.total, 0);
    assert.equal((await get('/api/reuse?source=POLITIK')).body.total, 1);
    assert.equal((await get('/api/reuse?source=RNZ')).body.total, 0);
    assert.equal((await get('/api/reuse?kind=speech')).body.total, 0);
    const bad = await get('/api/reuse?minShare=lots');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /minShare/);
    assert.equal((await get('/api/reuse?color=red')).status, 400);
  });

  it('answers a document’s pairs, and 404s an unknown document', async () => {
    assert.equal((await get('/api/documents/story-politik/reuse')).body.pairs[0].source.id, 'release-nato');
    assert.equal((await get('/api/documents/story-dairy/reuse')).body.total, 0);
    assert.equal((await get('/api/documents/nope/reuse')).status, 404);
  });

  it('answers one pair in either order, and 404s documents that are not related', async () => {
    const forward = await get('/api/reuse/release-nato/story-politik');
    const backward = await get('/api/reuse/story-politik/release-nato');
    assert.equal(forward.status, 200);
    assert.deepEqual(backward.body, forward.body);
    assert.equal(forward.body.source.id, 'release-nato');
    const unrelatedPair = await get('/api/reuse/release-nato/story-dairy');
    assert.equal(unrelatedPair.status, 404);
    assert.match(unrelatedPair.body.error.message, /share no reused passage/);
  });
});
