import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths, openStore } from '../../src/app/index.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

describe('ingest is idempotent', () => {
  it('stores the same document once and replaces a changed one', async () => {
    const tmp = tempDir();
    const store = await openStore(join(tmp.dir, 'p.db'));
    try {
      const url = 'https://example.govt.nz/release/fiji-visit';
      const path = writeRelease(tmp.dir, 'fiji.md', { title: 'Fiji visit', date: '2024-02-01', url, body: 'The Minister will travel to Suva next week for talks on policing support.' });
      const first = await ingestPaths(store, [path, path]);
      assert.equal(first.inserted, 1);
      assert.equal((await store.stats()).documents, 1);

      const second = await ingestPaths(store, [path]);
      assert.equal(second.unchanged, 1);
      assert.equal(second.inserted, 0);

      writeRelease(tmp.dir, 'fiji.md', { title: 'Fiji visit', date: '2024-02-01', url, body: 'The Minister will travel to Nadi next week for talks on fisheries.' });
      const third = await ingestPaths(store, [path]);
      assert.equal(third.updated, 1);
      assert.equal((await store.search({ q: 'Suva' })).total, 0, 'old text is gone');
      assert.equal((await store.search({ q: 'Nadi' })).total, 1);

      // A plain-text file has no URL: its id follows its text, and an edit replaces it by path.
      const note = join(tmp.dir, 'note.txt');
      writeFileSync(note, 'Officials met in Apia on Tuesday to discuss the seasonal worker scheme.\n');
      await ingestPaths(store, [note]);
      writeFileSync(note, 'Officials met in Apia on Wednesday to discuss the seasonal worker scheme.\n');
      const edited = await ingestPaths(store, [note]);
      assert.equal(edited.replaced, 1);
      assert.equal((await store.stats()).documents, 2);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });
});
