import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../../src/app/index.js';
import type { Document } from '../../src/core/index.js';
import { memoryStoreAndFolder } from '../support/memory-store.js';

// Issue 12: one hostile file in a batch of good ones. Before, a deeply nested
// Markdown list overflowed the stack and `parley ingest` exited 70, losing
// every document after the last committed batch.

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'corpus');
const front = (title: string, body: string): string => `---\ntitle: ${title}\ndate: 2024-04-11\n---\n\n${body}`;

/** File name → contents, what should happen to it, and the message it must carry. */
const HOSTILE: ReadonlyArray<{ name: string; body: string | Uint8Array; stored: boolean; code: string; words?: string }> = [
  { name: 'deep-dash.md', body: front('Deep dashes', `Hostile dashes ahead.\n\n${'- '.repeat(2000)}x\n`), stored: true, code: 'document-too-complex', words: 'Hostile dashes' },
  { name: 'deep-quote.md', body: front('Deep quotes', `Hostile quotes ahead.\n\n${'> '.repeat(5000)}x\n`), stored: true, code: 'document-too-complex', words: 'Hostile quotes' },
  { name: 'stars.md', body: front('Stars', `Hostile stars ahead ${'*a'.repeat(50_000)}\n`), stored: true, code: 'document-too-complex', words: 'Hostile stars' },
  { name: 'setext.md', body: front('Setext', `Hostile headings ahead.\n\n${'a\n---\n'.repeat(10_000)}`), stored: true, code: 'document-too-complex', words: 'Hostile headings' },
  { name: 'bomb.md', body: `---\na: &a ["lol","lol","lol"]\nb: &b [*a,*a,*a]\ntitle: *b\n---\n\nHostile aliases in the front matter.\n`, stored: true, code: 'front-matter-field-invalid', words: 'Hostile aliases' },
  { name: 'nul.txt', body: new Uint8Array(50_000).map((_, i) => (i % 2 ? 0 : 0x41)), stored: false, code: 'binary-file' },
];

describe('ingest keeps going through hostile input', () => {
  const fixture = memoryStoreAndFolder();
  const tmp = { dir: fixture.dir };

  it('stores every good document, keeps each hostile one as plain text or fails it with its code, and throws nothing', async () => {
    const dir = join(tmp.dir, 'batch');
    mkdirSync(dir);
    const good: string[] = [];
    for (const folder of ['beehive', 'au-pm-transcripts']) {
      for (const name of readdirSync(join(DEMO, folder)).sort().slice(0, 18)) {
        copyFileSync(join(DEMO, folder, name), join(dir, name));
        good.push(name);
      }
    }
    for (const h of HOSTILE) writeFileSync(join(dir, h.name), h.body);

    const seen = new Map<string, Document>();
    // Small batches, so hostile files land between commits as they would in a big run.
    const summary = await ingestPaths(fixture.store(), [dir], { batchSize: 5, onDocument: (doc) => seen.set(doc.path.split('/').pop() as string, doc) });

    for (const name of good) assert.ok(seen.has(name), `${name} was read`);
    const storedHostile = HOSTILE.filter((h) => h.stored);
    assert.equal(summary.failed, HOSTILE.length - storedHostile.length, JSON.stringify(summary.failures));
    assert.equal(summary.documents, good.length + storedHostile.length);
    assert.deepEqual(
      summary.failures.map((f) => [f.path.split('/').pop(), f.code]),
      HOSTILE.filter((h) => !h.stored).map((h) => [h.name, h.code]),
    );
    for (const h of HOSTILE) {
      const doc = seen.get(h.name);
      assert.ok(doc, `${h.name} was read`);
      assert.ok(doc.messages.some((m) => m.code === h.code), `${h.name}: ${h.code}`);
      assert.ok(!doc.messages.some((m) => m.code === 'reader-crashed'), `${h.name}: no reader crashed`);
    }
    for (const h of storedHostile) {
      const hits = await fixture.store().search({ q: `"${h.words}"` });
      assert.equal(hits.total, 1, `${h.name} is stored and searchable`);
    }
    assert.ok((summary.messagesByCode['reader:markdown:document-too-complex'] ?? 0) >= 4);
  });
});
