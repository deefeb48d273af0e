import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../../src/app/index.js';
import { writeRelease } from '../support/documents.js';
import { memoryStoreAndFolder } from '../support/memory-store.js';

const BODY = 'New Zealand and Samoa agreed today to deepen cooperation on climate resilience, the Minister said.';

describe('ingest keeps going through bad input', () => {
  const fixture = memoryStoreAndFolder();
  const tmp = { dir: fixture.dir };

  it('reports each bad file with a clear code and stores every good one', async () => {
    const dir = join(tmp.dir, 'mixed');
    mkdirSync(dir);
    writeRelease(dir, 'good.md', { title: 'Samoa partnership', date: '2024-04-11', url: 'https://example.govt.nz/release/samoa', body: BODY });
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks resumed in Wellington today.\n')]));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'broken-yaml.md'), '---\ntitle: "unterminated\ndate: [2024\n---\n\nThe body survives broken front matter.\n');
    writeRelease(dir, 'bad-date.md', { title: 'Bad date', date: 'next Tuesday-ish', body: 'A release whose date is not a date.' });
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const seen = new Map<string, string[]>();
    const summary = await ingestPaths(fixture.store(), [dir], {
      onDocument: (doc) => seen.set(doc.path.split('/').pop() as string, doc.messages.map((m) => m.code)),
    });

    assert.equal(summary.failed, 2, JSON.stringify(summary.failures));
    assert.deepEqual(summary.failures.map((f) => f.code).sort(), ['binary-file', 'empty-document']);
    assert.equal(summary.documents, 4);
    assert.deepEqual(summary.skipped, { '.png': 1 });
    assert.ok(seen.get('latin1.txt')?.includes('invalid-utf8'));
    assert.ok(seen.get('broken-yaml.md')?.includes('front-matter-invalid'));
    assert.ok(seen.get('bad-date.md')?.includes('invalid-date'));
    assert.ok(summary.messagesByCode['reader:markdown:front-matter-invalid'] ?? Object.keys(summary.messagesByCode).some((k) => k.endsWith(':front-matter-invalid')));

    const latin = await fixture.store().search({ q: 'Café' });
    assert.equal(latin.total, 1, 'windows-1252 fallback keeps the accented word');
    const broken = await fixture.store().search({ q: '"body survives"' });
    assert.equal(broken.total, 1, 'a document with broken YAML is still stored');
  });

  it('refuses a 50 MB file before reading it, naming the limit and the fix', async () => {
    const path = join(tmp.dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'word '));
    const summary = await ingestPaths(fixture.store(), [path]);
    assert.equal(summary.failed, 1);
    assert.equal(summary.failures[0]?.code, 'document-too-large');
    assert.match(summary.failures[0]?.reason ?? '', /--max-bytes/);
    unlinkSync(path);
  });

  it('survives a symlink loop and reads the real files once', async () => {
    const dir = join(tmp.dir, 'loop');
    mkdirSync(join(dir, 'inner'), { recursive: true });
    writeRelease(dir, 'inner/a.md', { title: 'Loop A', date: '2023-05-01', url: 'https://example.govt.nz/a', body: BODY });
    symlinkSync('..', join(dir, 'inner', 'back-up'));
    const summary = await ingestPaths(fixture.store(), [dir]);
    assert.equal(summary.documents, 1);
    assert.ok(summary.failures.some((f) => f.code === 'symlink-loop'));
  });

  it('carries on when a file disappears mid-run', async () => {
    const dir = join(tmp.dir, 'vanish');
    mkdirSync(dir);
    // More files than one worker takes in flight (256), so the last is not read yet when the first is done.
    const files = 300;
    const name = (n: number) => `r${String(n).padStart(3, '0')}.md`;
    for (let n = 0; n < files; n++) {
      writeRelease(dir, name(n), { title: `Release ${n}`, date: '2022-01-01', url: `https://example.govt.nz/v${n}`, body: `${BODY} Number ${n}.` });
    }
    const summary = await ingestPaths(fixture.store(), [dir], {
      workers: 1,
      // Files are listed first and read as their turn comes; the last one is deleted once reading has begun.
      onProgress: (p) => {
        if (p.done === 1) unlinkSync(join(dir, name(files - 1)));
      },
    });
    assert.equal(summary.documents, files - 1);
    assert.deepEqual(summary.failures.map((f) => f.code), ['file-vanished']);
  });

  it('reads a folder of 10,000 files', async () => {
    const dir = join(tmp.dir, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), `Wellington talks, round ${i}.\n\nOfficials from ${i % 7} ministries met for consultations on trade number ${i}.\n`);
    }
    const summary = await ingestPaths(fixture.store(), [dir]);
    assert.equal(summary.inputs, 10_000);
    assert.equal(summary.failed, 0);
    assert.equal(summary.documents, 10_000);
    const again = await ingestPaths(fixture.store(), [dir]);
    assert.equal(again.unchanged, 10_000, 'a second run stores nothing new');
    assert.equal(again.inserted, 0);
  });
});
