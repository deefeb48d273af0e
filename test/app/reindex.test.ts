import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestPaths, openStore, reindex } from '../../src/app/index.js';
import { createPipeline, message, type Stage } from '../../src/core/index.js';
import { defaultStages } from '../../src/extract/index.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

/** A stage whose version we can bump, standing in for a later issue's stage. */
function wordCount(version: number): Stage<{ words: number; version: number }> {
  return {
    name: 'word-count',
    version,
    requires: ['segment'],
    run: (doc) => ({
      output: { words: doc.text.split(/\s+/).length, version },
      messages: [message({ code: 'counted', reason: `v${version}`, origin: 'word-count', severity: 'info' })],
    }),
  };
}

describe('reindex', () => {
  it('re-runs only stale stages and keeps reader messages', async () => {
    const tmp = tempDir();
    const store = await openStore(':memory:');
    try {
      writeRelease(tmp.dir, 'a.md', { title: 'A', url: 'https://example.govt.nz/a', body: 'Talks in Apia.' }); // no date: a reader warning
      writeRelease(tmp.dir, 'b.md', { title: 'B', date: '2024-01-01', url: 'https://example.govt.nz/b', body: 'Talks in Suva.' });
      await ingestPaths(store, [tmp.dir], { pipeline: createPipeline([...defaultStages, wordCount(1)]) });

      const v2 = createPipeline([...defaultStages, wordCount(2)]);
      const first = await reindex(store, { pipeline: v2 });
      assert.deepEqual(first, { stale: 2, reindexed: 2 });
      const again = await reindex(store, { pipeline: v2 });
      assert.deepEqual(again, { stale: 0, reindexed: 0 }, 'nothing is stale after a reindex');

      const hit = (await store.search({ q: 'Apia' })).results[0];
      const stored = await store.getDocument(hit?.id ?? '');
      assert.deepEqual(stored?.stages.find((s) => s.name === 'word-count'), { name: 'word-count', version: 2, output: { words: 3, version: 2 } });
      const codes = stored?.document.messages.map((m) => m.code) ?? [];
      assert.ok(codes.includes('no-publication-date'), 'reader messages survive');
      assert.deepEqual(codes.filter((c) => c === 'counted'), ['counted'], 'stage messages are replaced, not duplicated');
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });
});
