import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { record } from '../../src/store/test/builder.js';
import { captureIo } from '../support/cli-io.js';
import { tempDir } from '../support/temp.js';

/** Releases that move from one line to the other across two periods, and news that carries neither. */
function documents() {
  const out = [];
  for (let year = 2016; year <= 2025; year++) {
    for (let i = 0; i < 6; i++) {
      const early = year <= 2019;
      const line = early ? 'New Zealand pursues an independent foreign policy in the Pacific.' : 'New Zealand stands with its traditional partners in the Pacific.';
      out.push(record({ title: `Release ${year}-${i}`, published: `${year}-0${1 + (i % 9)}-1${i}`, source: 'beehive.govt.nz', kind: 'release', text: `${line} Ministers met officials on trade, climate and security number ${year * 10 + i}.` }));
      out.push(record({ title: `Story ${year}-${i}`, published: `${year}-0${1 + (i % 9)}-2${i}`, source: i % 2 ? 'RNZ' : 'Stuff', kind: 'news', text: `Reporters asked about fisheries, wages and housing in story ${year * 10 + i}.` }));
    }
  }
  return out;
}

describe('parley trends and parley shifts', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'trends.db');
  after(() => tmp.cleanup());
  before(async () => {
    const store = await openSqliteStore(db);
    await store.putDocuments(documents());
    await store.close();
  });
  const run = async (...args: string[]) => {
    const io = captureIo();
    const code = await runCli([...args, '--db', db], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('trends --json is the contract: one series per phrase, a point per bucket with its denominator', async () => {
    const { code, out, err } = await run('trends', '"traditional partners"', '"independent foreign policy"', '--by', 'year', '--kind', 'release', '--json');
    assert.equal(code, 0, err);
    const trend = JSON.parse(out);
    assert.deepEqual(Object.keys(trend), ['by', 'measure', 'from', 'to', 'series']);
    const [partners, independent] = trend.series;
    assert.deepEqual(Object.keys(partners.points[0]), ['bucket', 'matches', 'total', 'value', 'from', 'to']);
    assert.deepEqual(partners.points.map((p: any) => p.matches), [0, 0, 0, 0, 6, 6, 6, 6, 6, 6]);
    assert.deepEqual(independent.points.map((p: any) => p.value), [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    assert.ok(partners.points.every((p: any) => p.total === 6));
  });

  it('trends prints a table with sparklines, and CSV one row per point', async () => {
    const human = await run('trends', '"traditional partners"', '--by', 'year');
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /^2020\s+50\.0% \(6\/12\)/m);
    assert.match(human.out, /▁▁▁▁████/);
    const csv = await run('trends', 'pacific', '--by', 'quarter', '--split', 'source', '--csv');
    const lines = csv.out.trim().split('\r\n');
    assert.equal(lines[0], 'phrase,source,kind,bucket,from,to,matches,total,value');
    assert.equal(lines.length, 1 + 3 * 38, 'three outlets × 38 quarters, 2016-Q1 to 2025-Q2');
  });

  it('shifts ranks the phrase that took over first, and the one it replaced as falling', async () => {
    const { code, out, err } = await run('shifts', '--from', '2016..2019', '--to', '2020..2025', '--kind', 'release', '--json');
    assert.equal(code, 0, err);
    const view = JSON.parse(out);
    assert.deepEqual([view.a.from, view.a.to, view.a.documents, view.b.documents], ['2016-01-01', '2019-12-31', 24, 36]);
    assert.match(view.rising[0].phrase, /traditional partners/);
    // Every phrase of the old line fell alike: the first is any of them, but only of them.
    const early = 'new zealand pursues an independent foreign policy in the pacific';
    assert.ok(early.includes(view.falling[0].phrase) && !'new zealand stands with its traditional partners in the pacific'.includes(view.falling[0].phrase), view.falling[0].phrase);
    assert.ok(view.rising[0].z > 3);
    assert.equal(view.rising[0].first[0].published, '2020-01-10', 'who started saying it');
    const human = await run('shifts', '--group', 'kind:release', '--vs', 'kind:news');
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /Rising \(more in kind:news\):/);
  });

  it('misuse exits 2 naming the flag and the fix', async () => {
    const bad = await run('shifts', '--from', '2019..2016', '--to', '2020');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /starts after it ends/);
    const both = await run('trends', 'x', '--json', '--csv');
    assert.equal(both.code, 2);
    assert.match(both.err, /choose one/);
  });
});
