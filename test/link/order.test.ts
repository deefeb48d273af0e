import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { relinkAll } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { assignment, docs, ingestBatches } from './fixtures.js';

const ALL = Object.values(docs);

/** Every document, in `order`, cut into batches at `cuts`. */
function batches(order: readonly number[], cuts: readonly boolean[]) {
  const out: (typeof ALL)[] = [[]];
  order.forEach((i, n) => {
    if (n > 0 && cuts[n]) out.push([]);
    out[out.length - 1]?.push(ALL[i] as (typeof ALL)[number]);
  });
  return out;
}

describe('resolution does not depend on ingest order', () => {
  it('gives every document entity the same id and every entity the same name, whatever the order and batching (property)', async () => {
    const reference = await openSqliteStore(':memory:');
    await ingestBatches(reference, [ALL]);
    const expected = await assignment(reference);
    const expectedList = await reference.listEntities({ limit: 200 });
    await reference.close();

    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(ALL.map((_, i) => i), { minLength: ALL.length, maxLength: ALL.length }),
        fc.array(fc.boolean(), { minLength: ALL.length, maxLength: ALL.length }),
        async (order, cuts) => {
          const store = await openSqliteStore(':memory:');
          try {
            await ingestBatches(store, batches(order, cuts));
            assert.deepEqual(await assignment(store), expected);
            assert.deepEqual(await store.listEntities({ limit: 200 }), expectedList);
            // A full resolution finds nothing to change.
            assert.equal((await relinkAll(store)).reassigned, 0);
            assert.deepEqual(await store.listEntities({ limit: 200 }), expectedList);
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('derives ids from names, so they survive a fresh database', async () => {
    const first = await openSqliteStore(':memory:');
    await ingestBatches(first, [ALL]);
    const second = await openSqliteStore(':memory:');
    await ingestBatches(second, [[...ALL].reverse()]);
    assert.deepEqual((await first.listEntities({ limit: 200 })).results.map((e) => e.id), (await second.listEntities({ limit: 200 })).results.map((e) => e.id));
    assert.ok((await first.getEntity('person:winston-peters')) !== null);
    await first.close();
    await second.close();
  });
});
