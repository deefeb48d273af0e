import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { linkPending } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { tempDir } from '../support/temp.js';
import { assignment, docs, ingestBatches } from './fixtures.js';

describe('a crash between storing and resolving', () => {
  it('leaves the documents queued, and the next step resolves them from what was stored', async () => {
    const tmp = tempDir();
    const all = Object.values(docs);
    try {
      const path = join(tmp.dir, 'crash.db');
      const first = await openSqliteStore(path);
      await first.putDocuments(all);
      // The process dies here, before resolution.
      await first.close();

      const again = await openSqliteStore(path);
      assert.equal((await again.pendingLinks(1000)).documents.length, all.length);
      assert.equal((await again.listEntities({})).total, 0, 'consistent meanwhile: nothing half-resolved');
      const summary = await linkPending(again);
      assert.equal(summary.documents, all.length);

      const reference = await openSqliteStore(':memory:');
      await ingestBatches(reference, [all]);
      assert.deepEqual(await assignment(again), await assignment(reference));
      assert.deepEqual(await again.listEntities({ limit: 200 }), await reference.listEntities({ limit: 200 }));
      await again.close();
      await reference.close();
    } finally {
      tmp.cleanup();
    }
  });
});
