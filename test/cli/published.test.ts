import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { captureIo } from '../support/cli-io.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

describe('parley ingest --published', () => {
  const tmp = tempDir();
  after(() => tmp.cleanup());
  const docs = join(tmp.dir, 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'undated.txt'), 'Foreign Minister Winston Peters met counterparts in Suva on Friday.\n\nThe talks covered fisheries.\n');
  writeRelease(tmp.dir, 'docs/dated.md', { title: 'Dated release', date: '2024-04-04', url: 'https://example.govt.nz/release/dated', body: 'Peters travelled to Tonga, where the quarterly talks opened.' });
  writeFileSync(join(docs, 'dateline.txt'), 'WELLINGTON, 2 February 2026 – Foreign Minister Winston Peters will visit Samoa next week.\n\nThe visit is his third.\n');

  async function published(db: string, word: string): Promise<string | null> {
    const io = captureIo();
    assert.equal(await runCli(['search', word, '--db', db, '--json'], io), 0, io.err());
    return JSON.parse(io.out()).results[0].published;
  }

  it('dates documents with no date of their own, and only those', async () => {
    const db = join(tmp.dir, 'a.db');
    const io = captureIo();
    assert.equal(await runCli(['ingest', '--db', db, '--published', '2024-04-11', docs], io), 0, io.err());
    assert.equal(await published(db, 'fisheries'), '2024-04-11');
    assert.equal(await published(db, 'quarterly'), '2024-04-04');
    // A dateline is the document's own date: the flag does not replace it.
    assert.equal(await published(db, 'Samoa'), '2026-02-02');
  });

  it('without the flag an undated document stays undated, and a dateline still dates one', async () => {
    const db = join(tmp.dir, 'b.db');
    const io = captureIo();
    assert.equal(await runCli(['ingest', '--db', db, docs], io), 0, io.err());
    assert.equal(await published(db, 'fisheries'), null);
    assert.equal(await published(db, 'Samoa'), '2026-02-02');
  });

  for (const bad of ['11/04/2024', '2024-02-30', 'yesterday']) {
    it(`refuses --published ${bad} with the value and the fix (exit 2)`, async () => {
      const io = captureIo();
      assert.equal(await runCli(['ingest', '--db', join(tmp.dir, 'c.db'), '--published', bad, docs], io), 2);
      assert.match(io.err(), new RegExp(`--published '${bad.replace(/[/]/g, '\\/')}'.*YYYY-MM-DD`));
    });
  }
});
