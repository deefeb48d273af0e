import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QuerySyntaxError, QueryTimeoutError, StoreError } from '../../core/index.js';
import { openSqliteStore } from '../sqlite/open.js';
import type { Store } from '../store.js';
import { record } from '../test/builder.js';

const STALL = 'stall forever please';
const BUDGET_MS = 600;

describe('read pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pool-'));
  const path = join(dir, 'pool.db');
  const docs = [
    record({ title: 'Trade talks', published: '2024-03-01', source: 'beehive.govt.nz', text: 'Trade talks with Singapore went well.' }),
    record({ title: 'Security', published: '2023-05-01', source: 'RNZ', kind: 'news', text: 'Security and trade were discussed in Wellington.' }),
    record({ title: 'Pacific', published: '2022-01-01', source: 'RNZ', kind: 'news', text: 'A Pacific visit, with nothing else to report.' }),
  ];
  let direct: Store;
  let pooled: Store;

  before(async () => {
    process.env.PARLEY_TEST_STALL_QUERY = STALL;
    direct = await openSqliteStore(path);
    await direct.putDocuments(docs);
    pooled = await openSqliteStore(path, { readPool: { workers: 2, budgetMs: BUDGET_MS } });
  });
  after(async () => {
    await pooled.close();
    await direct.close();
    delete process.env.PARLEY_TEST_STALL_QUERY;
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers as the store does in-process', async () => {
    for (const query of [{ q: 'trade' }, { q: 'trade', filters: { kind: ['news' as const] } }, {}]) {
      assert.deepEqual(await pooled.search(query), await direct.search(query));
      assert.deepEqual(await pooled.facets(query), await direct.facets(query));
    }
    const id = docs[0]?.document.id as string;
    assert.deepEqual(await pooled.getDocument(id), await direct.getDocument(id));
    assert.deepEqual(await pooled.stats(), await direct.stats());
  });

  it('passes errors back as the same classes, with their fields', async () => {
    await assert.rejects(pooled.search({ q: 'peters "nato' }), (error: unknown) => error instanceof QuerySyntaxError && error.position === 7);
    await assert.rejects(pooled.search({ q: 'x', limit: -1 }), (error: unknown) => error instanceof Error && error.name === 'UsageError');
  });

  it('cancels a read past its budget, names the budget, and keeps serving others meanwhile', async () => {
    const stalled = pooled.search({ q: STALL }).then(
      () => assert.fail('a stalled read must not succeed'),
      (error: unknown) => error,
    );
    // The other worker keeps answering while the first one spins.
    for (let i = 0; i < 5; i++) assert.equal((await pooled.search({ q: 'trade' })).total, 2);
    const error = await stalled;
    assert.ok(error instanceof QueryTimeoutError, String(error));
    assert.equal(error.budgetMs, BUDGET_MS);
    assert.match(error.message, new RegExp(`${BUDGET_MS} ms`));
    assert.match(error.message, /--query-budget-ms/);
    assert.equal(error.httpStatus, 503);
  });

  it('replaces a killed worker, so the pool is whole again afterwards', async () => {
    await assert.rejects(pooled.search({ q: STALL }), QueryTimeoutError);
    await assert.rejects(pooled.search({ q: STALL }), QueryTimeoutError);
    const [trade, pacific, facets] = await Promise.all([pooled.search({ q: 'trade' }), pooled.search({ q: 'pacific' }), pooled.facets({ q: 'trade' })]);
    assert.deepEqual([trade.total, pacific.total], [2, 1]);
    assert.deepEqual(facets, await direct.facets({ q: 'trade' }));
  });

  it('sees what the writer commits', async () => {
    await direct.putDocuments([record({ text: 'A late trade story about kiwifruit.' })]);
    assert.equal((await pooled.search({ q: 'kiwifruit' })).total, 1);
  });

  it('fails waiting reads and refuses new ones once closed', async () => {
    const store = await openSqliteStore(path, { readPool: { workers: 1, budgetMs: 60_000 } });
    const stalled = store.search({ q: STALL });
    const waiting = store.search({ q: 'trade' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.close();
    await assert.rejects(stalled, StoreError);
    await assert.rejects(waiting, StoreError);
  });
});
