import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { captureIo } from '../support/cli-io.js';
import { writeRelease } from '../support/documents.js';
import { tempDir } from '../support/temp.js';

const CONTRACT_KEYS = ['entities', 'events', 'id', 'kind', 'messages', 'path', 'published', 'quotes', 'source', 'times', 'title', 'url'];

describe('parley CLI', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'cli.db');
  after(() => tmp.cleanup());
  const release = writeRelease(tmp.dir, 'docs/peters.md', {
    title: 'Talks in Brussels',
    date: '2024-04-04',
    url: 'https://example.govt.nz/release/brussels',
    ministers: ['Rt Hon Winston Peters'],
    portfolios: ['Foreign Affairs'],
    body: 'Foreign Minister Winston Peters met NATO partners in Brussels.\n\n"We work with our traditional partners," Mr Peters says.',
  });

  it('ingests, then searches as a table, JSON and CSV', async () => {
    const io = captureIo();
    assert.equal(await runCli(['ingest', '--db', db, join(tmp.dir, 'docs')], io), 0, io.err());
    assert.match(io.err(), /Ingested 1 of 1 inputs/);
    assert.match(io.err(), /MB\/s/);

    const json = captureIo();
    assert.equal(await runCli(['search', 'Brussels', '--db', db, '--json'], json), 0, json.err());
    const page = JSON.parse(json.out());
    assert.equal(page.total, 1);
    assert.deepEqual(Object.keys(page.results[0]).sort(), ['id', 'kind', 'published', 'score', 'snippet', 'source', 'title']);

    const text = captureIo();
    await runCli(['search', 'Brussels', '--db', db], text);
    assert.match(text.out(), /Talks in Brussels/);
    assert.match(text.out(), /1 matches/);

    const csv = captureIo();
    await runCli(['search', 'Brussels', '--db', db, '--csv', '--kind', 'release'], csv);
    assert.match(csv.out().split('\r\n')[0] ?? '', /^id,published,kind,source,score,title,snippet$/);
    assert.equal(csv.out().trim().split('\r\n').length, 2);
  });

  it('reads PARLEY_DB when --db is absent', async () => {
    const io = captureIo({ env: { PARLEY_DB: db } });
    assert.equal(await runCli(['search', 'Brussels', '--json'], io), 0, io.err());
    assert.equal(JSON.parse(io.out()).total, 1);
  });

  it('prints the extract contract, as JSON and JSONL, with text only on request', async () => {
    const io = captureIo();
    assert.equal(await runCli(['extract', release], io), 0, io.err());
    const [record] = JSON.parse(io.out());
    for (const key of CONTRACT_KEYS) assert.ok(key in record, `missing ${key}`);
    assert.equal('text' in record, false);
    assert.equal(record.published, '2024-04-04');
    assert.equal(record.kind, 'release');
    // "Foreign Minister Winston Peters met NATO partners in Brussels.": one held meeting, undated (the text names no day).
    assert.deepEqual(record.times, []);
    assert.deepEqual(
      record.events.map((e: { type: string; status: string; participants: string[]; place: string | null; date: string | null; level: string }) => [e.type, e.status, e.participants, e.place, e.date, e.level]),
      [['meet', 'held', ['Winston Peters', 'NATO'], 'Brussels', null, 'minister']],
    );
    // The release's quote, its cue and its speaker as linking names them (docs/quotes.md).
    assert.deepEqual(
      record.quotes.map((q: { text: string; kind: string; cue: string; cluster: null; speaker: { id: string; mention: { text: string } } }) => [q.text, q.kind, q.cue, q.cluster, q.speaker.id, q.speaker.mention.text]),
      [['We work with our traditional partners', 'direct', 'says', null, 'person:winston-peters', 'Mr Peters']],
    );
    // Every mention carries its canonical id and name: "Mr Peters" is Winston Peters.
    for (const entity of record.entities) assert.deepEqual(Object.keys(entity).sort(), ['end', 'id', 'name', 'role', 'roleOf', 'roleTense', 'start', 'text', 'type']);
    const peters = record.entities.filter((e: { id: string }) => e.id === 'person:winston-peters');
    assert.deepEqual(peters.map((e: { text: string; name: string }) => [e.text, e.name]), [['Winston Peters', 'Winston Peters'], ['Peters', 'Winston Peters']]);
    assert.ok(Array.isArray(record.officeMentions));

    const lines = captureIo();
    await runCli(['extract', '--format', 'jsonl', '--text', release, release], lines);
    const rows = lines.out().trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 2);
    assert.match(rows[0].text, /^Foreign Minister Winston Peters met NATO partners/);
  });

  it('extracts from stdin', async () => {
    const io = captureIo({ stdin: 'Officials met in Suva today to discuss policing.\n' });
    assert.equal(await runCli(['extract', '-', '--format', 'jsonl'], io), 0, io.err());
    const record = JSON.parse(io.out());
    assert.equal(record.path, '<stdin>');
    assert.equal(record.published, null);
  });

  it('ingests from stdin', async () => {
    const io = captureIo({ stdin: 'Officials from Tonga and Niue met in Nukualofa today to discuss fisheries patrols.\n' });
    assert.equal(await runCli(['ingest', '--db', db, '-'], io), 0, io.err());
    const found = captureIo();
    await runCli(['search', 'Nukualofa', '--db', db, '--json'], found);
    assert.equal(JSON.parse(found.out()).total, 1);
  });

  it('exits 1 when any document failed, and still processes the rest', async () => {
    writeFileSync(join(tmp.dir, 'empty.txt'), '');
    const io = captureIo();
    assert.equal(await runCli(['ingest', '--db', db, join(tmp.dir, 'empty.txt'), release], io), 1);
    assert.match(io.err(), /empty-document/);
    assert.match(io.err(), /1 failed/);
  });

  it('exits 2 with a message naming the value and the fix on misuse', async () => {
    const format = captureIo();
    assert.equal(await runCli(['extract', '--format', 'xml', release], format), 2);
    assert.match(format.err(), /Unknown --format 'xml': use json or jsonl/);

    const date = captureIo();
    assert.equal(await runCli(['search', 'x', '--db', db, '--from', 'yesterday'], date), 2);
    assert.match(date.err(), /`from` must be a calendar date written YYYY-MM-DD/);

    const query = captureIo();
    assert.equal(await runCli(['search', '(NATO OR', '--db', db], query), 2);
    assert.match(query.err(), /parley: /);

    const pg = captureIo();
    assert.equal(await runCli(['search', 'x', '--db', 'postgres://u:secret@host/db'], pg), 2);
    assert.doesNotMatch(pg.err(), /secret/);
  });
});
