import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { join as paragraphs, RELEASE } from '../../src/link/reuse/test/texts.js';
import { captureIo } from '../support/cli-io.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

const CONTRACT = ['source', 'target', 'sourceShare', 'targetShare', 'lagDays', 'passages'];

describe('parley reuse', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'reuse.db');
  after(() => tmp.cleanup());
  before(async () => {
    writeRelease(tmp.dir, 'docs/nato.md', { title: 'Security cooperation', date: '2024-04-04', url: 'https://example.govt.nz/nato', body: paragraphs(RELEASE) });
    const story = paragraphs(RELEASE.slice(0, 4).map((p) => p.replaceAll('Mr Peters says', 'he said')));
    writeFileSync(join(tmp.dir, 'docs', 'politik.txt'), `Peters in Brussels\n\n${story}\n\nPOLITIK`);
    const io = captureIo();
    assert.equal(await runCli(['ingest', '--db', db, join(tmp.dir, 'docs')], io), 0, io.err());
    assert.match(io.err(), /Text reuse: 2 documents checked against the index \(lookup\), 1 related pairs found/);
  });

  it('prints the reuse contract with --json: every pair, source first, shares and passages', async () => {
    const io = captureIo();
    assert.equal(await runCli(['reuse', '--db', db, '--json'], io), 0, io.err());
    const pairs = JSON.parse(io.out());
    assert.equal(pairs.length, 1);
    assert.deepEqual(Object.keys(pairs[0]), CONTRACT);
    assert.ok(['id', 'path'].every((k) => k in pairs[0].source && k in pairs[0].target));
    assert.match(pairs[0].source.path, /nato\.md$/);
    assert.equal(pairs[0].lagDays, null, 'the story has no date');
    assert.ok(pairs[0].sourceShare > 0.6 && pairs[0].targetShare > 0.9, JSON.stringify(pairs[0]));
    assert.deepEqual(Object.keys(pairs[0].passages[0]), ['source', 'target']);
  });

  it('filters by --min-share and by document, and prints a table and CSV', async () => {
    const high = captureIo();
    await runCli(['reuse', '--db', db, '--json', '--min-share', '0.99'], high);
    assert.deepEqual(JSON.parse(high.out()), []);
    const list = captureIo();
    await runCli(['reuse', '--db', db, '--json'], list);
    const storyId = JSON.parse(list.out())[0].target.id;
    const table = captureIo();
    assert.equal(await runCli(['reuse', storyId, '--db', db], table), 0, table.err());
    assert.match(table.out(), /Security cooperation/);
    assert.match(table.out(), /1 related pairs/);
    const csv = captureIo();
    await runCli(['reuse', '--db', db, '--csv'], csv);
    assert.match(csv.out().split('\r\n')[0]!, /^source,source date,target,target date,of source,of target,lag,passages$/);
  });

  it('refuses a bad share or an unknown document, naming them', async () => {
    const share = captureIo();
    assert.equal(await runCli(['reuse', '--db', db, '--min-share', '2'], share), 2);
    assert.match(share.err(), /minShare/);
    const missing = captureIo();
    assert.equal(await runCli(['reuse', 'no-such-document', '--db', db], missing), 3);
    assert.match(missing.err(), /No document with id 'no-such-document'/);
  });
});
