import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { docs, idOf, ingestBatches, type DocName } from './fixtures.js';

const batch = (...names: DocName[]) => names.map((name) => docs[name]);

describe('resolution across documents: variants', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterEach(() => store.close());

  // [document, canonical id of its first entity] once every variant document is stored.
  const VARIANTS: readonly [DocName, string][] = [
    ['peters', 'person:winston-peters'],
    ['rtHon', 'person:winston-peters'],
    ['initials', 'person:winston-peters'],
    ['possessive', 'person:winston-peters'],
    ['undatedPeters', 'person:winston-peters'],
    ['leDrian', 'person:jean-yves-le-drian'],
    ['leDrianSpaced', 'person:jean-yves-le-drian'],
    ['leDrianSurname', 'person:jean-yves-le-drian'],
    ['leDrianInitials', 'person:jean-yves-le-drian'],
    ['nato', 'org:nato'],
  ];

  it('merges honorifics, initials, possessives, hyphenation and surnames into one canonical id', async () => {
    await ingestBatches(store, [VARIANTS.map(([name]) => docs[name])]);
    for (const [name, id] of VARIANTS) assert.equal(await idOf(store, name), id, name);
    const peters = await store.getEntity('person:winston-peters');
    assert.equal(peters?.name, 'Winston Peters');
    assert.deepEqual([...(peters?.aliases ?? [])].sort(), ['Peters', 'W. Peters']);
    assert.equal(peters?.documents, 5);
    // Equally used and as long: the first in code-point order.
    assert.equal((await store.getEntity('person:jean-yves-le-drian'))?.name, 'Jean Yves Le Drian');
    assert.equal(await store.getEntity('person:peters'), null, 'no separate surname entity');
  });

  it('resolves short names whichever comes first, the short or the full', async () => {
    await ingestBatches(store, [batch('initials', 'possessive', 'leDrianSurname'), batch('leDrianInitials'), batch('peters', 'leDrian')]);
    for (const name of ['initials', 'possessive'] as const) assert.equal(await idOf(store, name), 'person:winston-peters', name);
    for (const name of ['leDrianSurname', 'leDrianInitials'] as const) assert.equal(await idOf(store, name), 'person:jean-yves-le-drian', name);
    assert.equal(await store.getEntity('person:w-peters'), null);
  });

  it('keeps an ambiguous short name apart', async () => {
    await ingestBatches(store, [batch('peters', 'initials', 'possessive', 'undatedPeters'), batch('winona')]);
    assert.equal(await idOf(store, 'initials'), 'person:w-peters', 'W. could be Winston or Winona');
    assert.equal(await idOf(store, 'possessive'), 'person:peters', 'two full-name Peters in the window');
    assert.equal(await idOf(store, 'undatedPeters'), 'person:peters');
    assert.equal(await idOf(store, 'winona'), 'person:winona-peters');
    assert.equal((await store.getEntity('person:peters'))?.name, 'Peters');
  });

  it('links a surname only to a full name seen within the window of years', async () => {
    await ingestBatches(store, [batch('peters', 'peters2010')]);
    assert.equal(await idOf(store, 'peters2010'), 'person:peters', 'Winston Peters is only seen in 2024');
    await ingestBatches(store, [batch('winston2010')]);
    assert.equal(await idOf(store, 'peters2010'), 'person:winston-peters', 'revisited when a full name appears nearby');
    assert.equal(await store.getEntity('person:peters'), null);
    await store.deleteDocument(docs.winston2010.document.id);
    await ingestBatches(store, [[]]);
    assert.equal(await idOf(store, 'peters2010'), 'person:peters', 'and again when it goes');
  });

  it('never merges across types or blocks', async () => {
    await ingestBatches(store, [batch('peters', 'leDrian', 'nato')]);
    const page = await store.listEntities({});
    assert.deepEqual(page.results.map((e) => e.id).sort(), ['org:nato', 'person:jean-yves-le-drian', 'person:winston-peters', 'place:paris']);
  });
});
