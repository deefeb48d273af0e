import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { docs, ingestBatches, type DocName } from './fixtures.js';

const PM = { title: 'Prime Minister', of: 'New Zealand' };
const OFFICE_DOCS: DocName[] = ['luxon', 'pmSaid2024', 'hipkins', 'pmSaid2023', 'pmSaid2022', 'formerPm', 'pmSaidFeb'];

// [document with "The Prime Minister", whoever held the office on its date]
const HOLDERS: readonly [DocName, string | null][] = [
  ['pmSaid2024', 'person:christopher-luxon'],
  ['pmSaid2023', 'person:chris-hipkins'],
  ['pmSaid2022', null],
  // "Former Prime Minister Helen Clark" on 2024-02-01 is no evidence that she held it then.
  ['pmSaidFeb', 'person:christopher-luxon'],
];

const holderIn = async (store: Store, name: DocName) => (await store.documentEntities(docs[name].document.id))?.officeMentions[0]?.id ?? null;

describe('office-holder history', () => {
  it('resolves a role-only mention to whoever held the office on its date, whatever order documents arrive in', async () => {
    for (const order of [OFFICE_DOCS, [...OFFICE_DOCS].reverse()]) {
      const store = await openSqliteStore(':memory:');
      try {
        await ingestBatches(store, order.map((name) => [docs[name]]));
        for (const [name, id] of HOLDERS) assert.equal(await holderIn(store, name), id, `${name} (${order[0]} first)`);
        const [mention] = (await store.documentEntities(docs.pmSaid2024.document.id))?.officeMentions ?? [];
        assert.deepEqual(mention, { text: 'The Prime Minister', start: 0, end: 18, office: PM, id: 'person:christopher-luxon', name: 'Christopher Luxon' });
        assert.deepEqual(await store.officeHolder(PM, '2023-12-31'), { id: 'person:chris-hipkins', name: 'Chris Hipkins', since: '2023-06-01', document: docs.hipkins.document.id });
        assert.deepEqual((await store.getEntity('person:christopher-luxon'))?.roles, [{ ...PM, from: '2024-01-10', to: '2024-01-10', documents: 1 }]);
        assert.deepEqual((await store.getEntity('person:helen-clark'))?.roles, [], 'a former role is not a term');
      } finally {
        await store.close();
      }
    }
  });

  it('gives the same answers without a store, over one batch (parley extract)', () => {
    const linked = linkBatch(OFFICE_DOCS.map((name) => ({ id: docs[name].document.id, published: docs[name].document.meta.published, stages: docs[name].stages })));
    for (const [name, id] of HOLDERS) {
      const [mention] = linked.get(docs[name].document.id)?.officeMentions ?? [];
      assert.equal(mention?.id ?? null, id, name);
    }
    assert.equal(linked.get(docs.pmSaid2024.document.id)?.officeMentions[0]?.name, 'Christopher Luxon');
  });

  // [document with a role-only mention, holder]: inferred owners that stated evidence overrules are passed over.
  const INFERRED_DOCS: DocName[] = ['howard1997', 'howard2003', 'howard2004', 'blair2003', 'auPmSaid2003', 'clarkNz2000', 'clarkAu2008', 'auPmSaid2008', 'petersInferred', 'fmSaid'];
  const INFERRED_HOLDERS: readonly [DocName, string][] = [
    ['auPmSaid2003', 'person:john-howard'],
    ['auPmSaid2008', 'person:john-howard'],
    ['fmSaid', 'person:winston-peters'],
  ];

  it('passes over inferred owners that stated evidence overrules, alike in the store and over one batch', async () => {
    for (const order of [INFERRED_DOCS, [...INFERRED_DOCS].reverse()]) {
      const store = await openSqliteStore(':memory:');
      try {
        await ingestBatches(store, order.map((name) => [docs[name]]));
        for (const [name, id] of INFERRED_HOLDERS) assert.equal(await holderIn(store, name), id, `${name} (${order[0]} first)`);
        const roles = async (id: string) => (await store.getEntity(id))?.roles.map((r) => `${r.title}, ${r.of}`);
        assert.deepEqual(await roles('person:tony-blair'), [], 'Blair is not Australia’s Prime Minister');
        assert.deepEqual(await roles('person:helen-clark'), ['Prime Minister, New Zealand']);
        assert.deepEqual(await roles('person:john-howard'), ['Prime Minister, Australia']);
        assert.deepEqual(await roles('person:winston-peters'), ['Minister of Foreign Affairs, New Zealand'], 'nothing contradicts Peters');
      } finally {
        await store.close();
      }
    }
    const linked = linkBatch(INFERRED_DOCS.map((name) => ({ id: docs[name].document.id, published: docs[name].document.meta.published, stages: docs[name].stages })));
    for (const [name, id] of INFERRED_HOLDERS) assert.equal(linked.get(docs[name].document.id)?.officeMentions[0]?.id, id, `${name} without a store`);
  });

  it('follows the holder when the evidence document is replaced', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestBatches(store, [[docs.luxon, docs.pmSaid2024]]);
      await store.deleteDocument(docs.luxon.document.id);
      await ingestBatches(store, [[]]);
      assert.equal(await holderIn(store, 'pmSaid2024'), null);
      await ingestBatches(store, [[docs.hipkins]]);
      assert.equal(await holderIn(store, 'pmSaid2024'), 'person:chris-hipkins');
    } finally {
      await store.close();
    }
  });
});
