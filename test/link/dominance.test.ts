import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { docs, idOf, ingestBatches } from './fixtures.js';

describe('a surname among several full names of its window', () => {
  const all = Object.values(docs);

  it('links to the one that outnumbers the others five times over, in a run and in the store, whatever comes first', async () => {
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    assert.equal(linked.get(docs.clarkShort2003.document.id)?.entities[0]?.id, 'person:helen-clark');
    assert.equal(linked.get(docs.jonesShort.document.id)?.entities[0]?.id, 'person:jones', 'two against one stays apart');
    // The short name first, while Geoff Clark and Helen Clark are one document each; Helen Clark's others later.
    const store = await openSqliteStore(':memory:');
    try {
      const helen = all.filter((r) => r.document.text.startsWith('Helen Clark spoke ('));
      await ingestBatches(store, [[docs.clarkShort2003, docs.geoffClark2003, helen[0]!], helen.slice(1, 3), helen.slice(3)]);
      assert.equal(await idOf(store, 'clarkShort2003'), 'person:helen-clark');
      await ingestBatches(store, [[docs.jonesShort, docs.tomJones, docs.maryJones, docs.maryJones2]]);
      assert.equal(await idOf(store, 'jonesShort'), 'person:jones');
    } finally {
      await store.close();
    }
  });

  it('stays its own with dominance turned off', () => {
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })), { dominance: 0 });
    assert.equal(linked.get(docs.clarkShort2003.document.id)?.entities[0]?.id, 'person:clark');
  });
});

describe('a full name with one given name near a fuller one', () => {
  const all = Object.values(docs);
  const expected = [
    ['georgeBush1997', 'person:george-bush'],
    ['georgeWBush2002', 'person:george-w-bush'],
    ['georgeBush2003', 'person:george-w-bush'],
    ['bush2003', 'person:george-w-bush'],
  ] as const;

  it('is the fuller one within two years, in a run and in the store, whichever comes first', async () => {
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    for (const [name, id] of expected) assert.equal(linked.get(docs[name].document.id)?.entities[0]?.id, id, name);
    for (const batches of [[all], [[docs.bush2003, docs.georgeBush2003, docs.georgeBush1997], [docs.georgeWBush2002]]]) {
      const store = await openSqliteStore(':memory:');
      try {
        await ingestBatches(store, batches);
        for (const [name, id] of expected) if (batches.flat().includes(docs[name])) assert.equal(await idOf(store, name), id, name);
      } finally {
        await store.close();
      }
    }
  });

  it('stays itself with variants turned off', () => {
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })), { variantWindowYears: 0 });
    assert.equal(linked.get(docs.georgeBush2003.document.id)?.entities[0]?.id, 'person:george-bush');
  });
});
