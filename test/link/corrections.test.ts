import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mergeEntities, reindex, renameEntity, splitEntity } from '../../src/app/index.js';
import { createPipeline, type Stage } from '../../src/core/index.js';
import { relinkAll } from '../../src/link/index.js';
import { openSqliteStore, type DocumentRecord, type Store } from '../../src/store/index.js';
import { edit } from '../../src/store/test/builder.js';
import { entitiesOutput, entityRecord, type EntitySpec } from '../support/entities.js';
import { ingestBatches } from './fixtures.js';

/** What each text's `entities` output says, so a stand-in stage can produce it again on reindex. */
const SPECS = new Map<string, EntitySpec[]>();
function doc(url: string, published: string, text: string, entities: EntitySpec[]): DocumentRecord {
  SPECS.set(text, entities);
  return entityRecord({ url: `https://example.govt.nz/r/${url}`, published, text, entities });
}
const c1 = doc('c1', '2024-03-01', 'Winston Peters met MFAT officials.', [{ name: 'Winston Peters' }, { type: 'org', name: 'MFAT' }]);
const c2 = doc('c2', '2024-03-02', 'The Ministry of Foreign Affairs and Trade hosted Peters.', [{ type: 'org', name: 'Ministry of Foreign Affairs and Trade' }, { name: 'Peters' }]);
const c3 = doc('c3', '2024-03-03', 'Peters, a Wellington lawyer, disagreed.', [{ name: 'Peters' }, { type: 'place', name: 'Wellington' }]);

/** Stands in for a new version of the entities stage: the same output, a higher version, so reindex re-runs it. */
function entitiesStage(version: number): Stage {
  return {
    name: 'entities',
    version,
    requires: [],
    run: (document) => ({ output: entitiesOutput(document.text, SPECS.get(document.text) ?? []), messages: [] }),
  };
}

const MINISTRY = 'org:ministry-of-foreign-affairs-and-trade';

describe('corrections', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await ingestBatches(store, [[c1, c2, c3]]);
  });
  after(() => store.close());

  const state = async () => {
    const rows = await store.entityRows({ all: true });
    const ids = Object.fromEntries(rows.map((r) => [`${r.document === c1.document.id ? 'c1' : r.document === c2.document.id ? 'c2' : 'c3'}/${r.name}`, r.entity]));
    const names = Object.fromEntries((await store.listEntities({ limit: 200 })).results.map((e) => [e.id, [e.name, e.mentions]]));
    return { ids, names };
  };

  it('start from what automatic resolution decided', async () => {
    const { ids } = await state();
    assert.equal(ids['c3/Peters'], 'person:winston-peters', 'the lawyer Peters is taken for the minister');
    assert.equal(ids['c1/MFAT'], 'org:mfat');
  });

  let corrected: Awaited<ReturnType<typeof state>>;
  it('merge, split and rename change ids and names at once', async () => {
    const merged = await mergeEntities(store, { into: MINISTRY, from: 'org:mfat' });
    assert.equal(merged.reassigned, 1);
    assert.deepEqual((await store.getEntity(MINISTRY))?.aliases, ['MFAT']);
    assert.equal(await store.getEntity('org:mfat'), null);

    const split = await splitEntity(store, { id: 'person:winston-peters', documents: [c3.document.id], name: 'Jan Peters' });
    assert.equal(split.entity.id, 'person:jan-peters');
    assert.equal(split.entity.name, 'Jan Peters');

    await renameEntity(store, { id: 'person:winston-peters', name: 'Winston Raymond Peters' });
    corrected = await state();
    assert.deepEqual(corrected.ids, {
      'c1/MFAT': MINISTRY,
      'c1/Winston Peters': 'person:winston-peters',
      'c2/Ministry of Foreign Affairs and Trade': MINISTRY,
      'c2/Peters': 'person:winston-peters',
      'c3/Peters': 'person:jan-peters',
      'c3/Wellington': 'place:wellington',
    });
    assert.deepEqual(corrected.names['person:winston-peters'], ['Winston Raymond Peters', 2]);
    assert.deepEqual(corrected.names[MINISTRY], ['Ministry of Foreign Affairs and Trade', 2]);
    assert.deepEqual((await store.entityCorrections()).map((c) => c.kind), ['merge', 'split', 'rename']);
  });

  it('survive re-ingesting changed documents', async () => {
    SPECS.set('Winston Peters met MFAT officials again.', SPECS.get(c1.document.text)!);
    SPECS.set('Peters, a Wellington lawyer, disagreed.\n', SPECS.get(c3.document.text)!);
    const changed = [
      edit(c1, { text: 'Winston Peters met MFAT officials again.', stages: [c1.stages[0]!, { name: 'entities', version: 1, output: entitiesOutput('Winston Peters met MFAT officials again.', SPECS.get(c1.document.text)!) }] }),
      edit(c3, { text: 'Peters, a Wellington lawyer, disagreed.\n', stages: c3.stages }),
    ];
    assert.deepEqual(changed.map((r) => r.document.id), [c1.document.id, c3.document.id], 'same URLs, same ids');
    await ingestBatches(store, [changed]);
    const { ids, names } = await state();
    assert.equal(ids['c1/MFAT'], MINISTRY);
    assert.equal(ids['c3/Peters'], 'person:jan-peters');
    assert.deepEqual(names, corrected.names);
  });

  it('survive reindex with a new version of the entities stage', async () => {
    const summary = await reindex(store, { pipeline: createPipeline([entitiesStage(2)]) });
    assert.equal(summary.reindexed, 3);
    assert.deepEqual((await store.pendingLinks(10)).documents, [], 'reindex resolved what it re-ran');
    const { ids, names } = await state();
    assert.deepEqual(ids, corrected.ids);
    assert.deepEqual(names, corrected.names);
  });

  it('survive a full resolution', async () => {
    await relinkAll(store);
    assert.deepEqual(await state(), corrected);
  });

  it('refuse what cannot be done, naming the value and the fix', async () => {
    const cases: [Promise<unknown>, RegExp][] = [
      [mergeEntities(store, { into: MINISTRY, from: MINISTRY }), /into itself/],
      [mergeEntities(store, { into: MINISTRY, from: 'person:jan-peters' }), /only entities of one type merge/],
      [mergeEntities(store, { into: 'person:nobody-here', from: 'person:jan-peters' }), /No entity 'person:nobody-here': run `parley entities --search 'nobody here'`/],
      [splitEntity(store, { id: 'person:jan-peters', documents: ['not-a-doc'] }), /not mentioned in 'not-a-doc'.*parley entities show person:jan-peters/],
      [splitEntity(store, { id: 'person:jan-peters', documents: [c3.document.id], name: 'Mr Jan Peters' }), /reads as 'person:jan-peters' itself/],
      [renameEntity(store, { id: 'person:jan-peters', name: '   ' }), /`name` must not be empty/],
      [renameEntity(store, { id: 'jan-peters', name: 'Jan' }), /`id` must be an entity id such as person:winston-peters/],
    ];
    for (const [call, message] of cases) await assert.rejects(call, (error: unknown) => error instanceof Error && message.test(error.message));
  });
});
