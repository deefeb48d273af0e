import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { entityRecord } from '../support/entities.js';
import { ingestBatches } from './fixtures.js';
import { genderOfId } from '../../src/link/short-forms.js';

describe('a surname whose honorific conflicts with the full name', () => {
  const jim = entityRecord({ published: '1996-05-01', text: 'Jim Bolger spoke.', entities: [{ name: 'Jim Bolger' }] });
  const mrs = entityRecord({ published: '1996-06-01', text: 'Mrs Bolger opened the fair.', entities: [{ name: 'Bolger', mentions: ['Mrs Bolger'], gender: 'f' }] });
  const mr = entityRecord({ published: '1996-07-01', text: 'Mr Bolger replied.', entities: [{ name: 'Bolger', mentions: ['Mr Bolger'], gender: 'm' }] });
  const unknown = entityRecord({ published: '1996-08-01', text: 'Bolger replied again.', entities: [{ name: 'Bolger' }] });
  const expected = [
    [mrs, 'person:bolger'],
    [mr, 'person:jim-bolger'],
    [unknown, 'person:jim-bolger'],
  ] as const;

  it('reads a full name’s sex from its first given name, and knows when it cannot', () => {
    assert.deepEqual([genderOfId('person:jim-bolger'), genderOfId('person:helen-clark'), genderOfId('person:zxq-smith')], ['m', 'f', null]);
  });

  it('does not link in a run, nor in the store, whichever comes first', async () => {
    const all = [jim, mrs, mr, unknown];
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    for (const [record, id] of expected) assert.equal(linked.get(record.document.id)?.entities[0]?.id, id, record.document.text);
    for (const batches of [[all], [[mrs, mr, unknown], [jim]]]) {
      const store = await openSqliteStore(':memory:');
      try {
        await ingestBatches(store, batches);
        for (const [record, id] of expected) {
          assert.equal((await store.documentEntities(record.document.id))?.mentions[0]?.id, id, record.document.text);
        }
      } finally {
        await store.close();
      }
    }
  });
});
