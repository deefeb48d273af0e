import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { linkEvents } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { captureIo } from '../support/cli-io.js';
import { held, seedEvents } from '../support/event-fixtures.js';
import { tempDir } from '../support/temp.js';

describe('parley events, timeline, network', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'events.db');
  after(() => tmp.cleanup());
  before(async () => {
    const store = await openSqliteStore(db);
    await seedEvents(store);
    await linkEvents(store);
    await store.close();
  });
  const run = async (...args: string[]) => {
    const io = captureIo();
    const code = await runCli([...args, '--db', db], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('events --json: engagements as the API gives them, oldest first', async () => {
    const { code, out, err } = await run('events', '--json');
    assert.equal(code, 0, err);
    const page = JSON.parse(out);
    assert.equal(page.total, 5);
    assert.deepEqual(Object.keys(page.results[0]), ['id', 'type', 'status', 'level', 'plover', 'ploverMode', 'cameo', 'date', 'dateGrain', 'place', 'participants', 'countries', 'history', 'sources']);
    assert.equal(page.results[0].sources.length, 3);
    assert.ok(page.results[0].sources.some((s: { document: { id: string } }) => s.document.id === held.document.id));
  });

  it('events: a table, filters, CSV', async () => {
    const table = await run('events', '--country', 'United States', '--level', 'minister');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^date\s+type\s+status\s+level\s+participants/);
    assert.match(table.out, /2024-04-11\s+meet\s+held\s+minister\s+Winston Peters – Antony Blinken\s+Washington\s+3: beehive\.govt\.nz, RNZ/);
    assert.match(table.out, /3 engagements; showing 1–3\./);
    const csv = await run('events', '--csv', '--type', 'call');
    assert.equal(csv.code, 0, csv.err);
    const [head, row] = csv.out.split('\r\n');
    assert.equal(head, 'date,type,status,level,participants,place,sources,id');
    assert.match(row ?? '', /^,call,held,leader,"?Christopher Luxon; Minister of Foreign Affairs, Belgium"?,,[0-9a-f]+,ev-[0-9a-f]{12}$/);
    const byName = await run('events', '--participant', 'Penny Wong', '--json');
    assert.equal(JSON.parse(byName.out).total, 2);
  });

  it('refuses bad flags with the value and the fix (exit 2)', async () => {
    const bad = await run('events', '--level', 'king');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /level.*must be one of leader, minister, official, other \(got "king"\)/);
    const dates = await run('events', '--from', '2024-13-01');
    assert.equal(dates.code, 2);
    assert.match(dates.err, /`from` is not a real calendar date, e.g. 2024-04-11 \(got "2024-13-01"\)/);
    const both = await run('network', '--json', '--graphml');
    assert.equal(both.code, 2);
    assert.match(both.err, /choose one/);
  });

  it('timeline: grouped by month, oldest first, undated last', async () => {
    const { code, out, err } = await run('timeline');
    assert.equal(code, 0, err);
    const months = out.split('\n').filter((line) => /^\S/.test(line));
    assert.deepEqual(months, ['2024-04', '2024-05', 'Undated', '5 engagements.']);
    assert.match(out, /2024-04-11\s+meet \(held\): Winston Peters – Antony Blinken in Washington \[beehive\.govt\.nz 2024-03-30\]/);
    assert.match(out, /—\s+call \(held\): Christopher Luxon – Minister of Foreign Affairs, Belgium \[RNZ 2024-06-01\]/);
  });

  it('network: JSON, a table, and GraphML that is well-formed XML with label, type and weight keys', async () => {
    const json = JSON.parse((await run('network', '--by', 'country', '--json')).out);
    assert.deepEqual(json.edges[0], { source: 'new zealand', target: 'united states', weight: 2, events: json.edges[0].events });
    const table = await run('network');
    assert.match(table.out, /2\s+Antony Blinken\s+Winston Peters/);
    const { code, out } = await run('network', '--graphml');
    assert.equal(code, 0);
    assert.ok(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
    for (const key of ['label', 'type', 'weight']) assert.match(out, new RegExp(`<key id="${key}" for="node" attr.name="${key}"`));
    assert.match(out, /<key id="eweight" for="edge" attr.name="weight" attr.type="double"\/>/);
    assert.match(out, /<node id="person:winston-peters"><data key="label">Winston Peters<\/data><data key="type">person<\/data><data key="weight">3<\/data><\/node>/);
    assert.match(out, /<node id="office:Minister of Foreign Affairs, Belgium">/);
    assertWellFormed(out);
  });
});

/** Every tag closed in order, every attribute quoted, no bare `&` or `<` in text: what an XML parser needs. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    assert.doesNotMatch(text, /<|&(?!(amp|lt|gt|quot|apos);)/, `bad text: ${text}`);
    last = tag.lastIndex;
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) assert.equal(stack.pop(), name, `</${name}> closes another element`);
    else stack.push(name as string);
  }
  assert.equal(body.slice(last).trim(), '');
  assert.deepEqual(stack, []);
}
