import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../../src/app/index.js';
import { TEXT_PARTS_OVER } from '../../src/ingest/text-parts.js';
import { memoryStoreAndFolder } from '../support/memory-store.js';

// A plain-text file over 4 MB is stored in parts of about 1 MB, each a document
// of its own at `file:N`, so memory follows the part and not the file
// (issue 12: bounded memory for big plain text).

/** Paragraphs of news, numbered so each part's words differ; the last one names a word found nowhere else. */
function bigText(): string {
  const out: string[] = ['Archive of wire copy'];
  let size = 0;
  for (let i = 0; size < TEXT_PARTS_OVER + 512 * 1024; i++) {
    const p = `Item ${i}. Foreign Minister Tomas Ferreira met his Samoan counterpart in Apia on Tuesday to discuss the fisheries agreement, officials said.`;
    out.push(p);
    size += p.length + 2;
  }
  out.push('The final paragraph mentions the word zanzibarite once.');
  return `${out.join('\n\n')}\n`;
}

describe('ingest of a plain-text file over 4 MB', () => {
  const fixture = memoryStoreAndFolder();

  it('stores it in parts at file:N, each saying so, all searchable; unchanged, every part is skipped', async () => {
    const path = join(fixture.dir, 'archive.txt');
    const text = bigText();
    writeFileSync(path, text);
    const paths: string[] = [];
    const summary = await ingestPaths(fixture.store(), [path], { workers: 2, onDocument: (doc) => paths.push(doc.path) });
    assert.equal(summary.failed, 0, JSON.stringify(summary.failures));
    assert.ok(summary.documents >= 4 && summary.documents <= 6, `${summary.documents} parts`);
    assert.deepEqual(paths, paths.map((_, i) => `${path}:${i + 1}`));
    assert.equal(summary.bytes, Buffer.byteLength(text));
    assert.equal(summary.messagesByCode['reader:text-parts:document-part'], summary.documents);

    const last = await fixture.store().search({ q: 'zanzibarite' });
    assert.equal(last.total, 1);
    const first = await fixture.store().search({ q: '"Item 0"' });
    assert.equal(first.total, 1);

    const again = await ingestPaths(fixture.store(), [path], { workers: 2 });
    assert.equal(again.skippedUnchanged, summary.documents);
    assert.equal(again.inserted + again.updated, 0);
  });

  it('a binary dump over 4 MB fails part by part and stalls nothing: the good document beside it is stored and linked, no exception', async () => {
    const dir = join(fixture.dir, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'dump.txt'), new Uint8Array(TEXT_PARTS_OVER + 1024 * 1024));
    writeFileSync(join(dir, 'good.txt'), 'Foreign Minister Tomas Ferreira met his Samoan counterpart in Apia on Tuesday to discuss quokkaland fisheries, officials said.\n');
    const summary = await ingestPaths(fixture.store(), [dir], { workers: 2 });
    assert.ok(summary.failed >= 2, `${summary.failed} failed`);
    assert.ok(summary.failures.every((f) => f.code === 'binary-file' && f.path.includes('dump.txt:')), JSON.stringify(summary.failures.slice(0, 2)));
    assert.equal(summary.documents, 1);
    assert.equal((await fixture.store().search({ q: 'quokkaland' })).total, 1);
    assert.equal(summary.linked.documents >= 1, true);
  });

  it('is still refused whole past --max-bytes, before it is read', async () => {
    const path = join(fixture.dir, 'over.txt');
    writeFileSync(path, bigText());
    const summary = await ingestPaths(fixture.store(), [path], { maxBytes: TEXT_PARTS_OVER });
    assert.equal(summary.failed, 1);
    assert.equal(summary.failures[0]?.code, 'document-too-large');
    assert.equal(summary.documents, 0);
  });
});
