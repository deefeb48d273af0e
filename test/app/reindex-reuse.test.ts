import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ingestPaths, openStore, reindex } from '../../src/app/index.js';
import { createPipeline } from '../../src/core/index.js';
import { segmentStage } from '../../src/extract/index.js';
import { join as paragraphs, RELEASE } from '../../src/link/reuse/test/texts.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

it('reindex fingerprints documents stored before the fingerprints stage existed, and links their reuse', async () => {
  const tmp = tempDir();
  const store = await openStore(':memory:');
  try {
    writeRelease(tmp.dir, 'nato.md', { title: 'NATO', date: '2024-04-04', url: 'https://example.govt.nz/nato', body: paragraphs(RELEASE) });
    writeFileSync(join(tmp.dir, 'story.txt'), paragraphs(RELEASE.slice(1, 5)));
    const before = await ingestPaths(store, [tmp.dir], { pipeline: createPipeline([segmentStage]) });
    assert.equal(before.reuse.documents, 0, 'no fingerprints, nothing queued');
    assert.equal((await store.reuseCounts()).fingerprints, 0);

    assert.deepEqual(await reindex(store), { stale: 2, reindexed: 2 });
    const page = await store.listReuse({});
    assert.equal(page.total, 1);
    assert.equal(page.pairs[0]!.source.title, 'NATO');
    assert.ok(page.pairs[0]!.targetShare > 0.95, JSON.stringify(page.pairs[0]));
    assert.equal((await store.reuseCounts()).pending, 0);
  } finally {
    await store.close();
    tmp.cleanup();
  }
});
