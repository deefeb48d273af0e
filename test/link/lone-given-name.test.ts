import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSearchParams } from '../../src/app/index.js';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { entityRecord } from '../support/entities.js';
import { ingestBatches } from './fixtures.js';

describe('a lone given name that links to nothing', () => {
  const interviews = ['1999-03-01', '1999-04-01', '1999-05-01'].map((published, i) =>
    entityRecord({ published, text: `Neil asked the Prime Minister again (${i}).`, entities: [{ name: 'Neil' }] }),
  );
  const neilSurname = entityRecord({ published: '2005-01-01', text: 'Sam Neil spoke. Neil left.', entities: [{ name: 'Sam Neil', mentions: ['Sam Neil', 'Neil'] }] });
  const clark = entityRecord({ published: '1999-03-02', text: 'Helen Clark replied.', entities: [{ name: 'Helen Clark' }] });

  it('is still printed by parley extract', () => {
    const linked = linkBatch(interviews.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    assert.equal(linked.get(interviews[0]!.document.id)?.entities[0]?.id, 'person:neil');
  });

  it('is in no list or facet of the store, though the document keeps the mention', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestBatches(store, [[...interviews, clark]]);
      const people = (await store.listEntities({ type: 'person', limit: 50 })).results.map((e) => e.id);
      assert.deepEqual(people, ['person:helen-clark']);
      const facets = await store.facets(parseSearchParams({ q: 'asked' }));
      assert.ok(!JSON.stringify(facets).includes('person:neil'), 'no facet counts it');
      assert.equal((await store.documentEntities(interviews[0]!.document.id))?.mentions[0]?.text, 'Neil');
    } finally {
      await store.close();
    }
  });

  it('counts again once it links: a surname that is also a given name, within its full name', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestBatches(store, [[neilSurname]]);
      assert.deepEqual((await store.listEntities({ type: 'person', limit: 50 })).results.map((e) => e.id), ['person:sam-neil']);
    } finally {
      await store.close();
    }
  });
});
