import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityDocs } from '../support/entity-store.js';
import { entitiesCli } from '../support/entities-cli.js';

describe('parley entities', () => {
  const { cli } = entitiesCli('entities.db');

  it('lists entities as a table, JSON and CSV', async () => {
    const text = await cli();
    assert.equal(text.code, 0, text.err);
    const [header, rule, first] = text.out.split('\n');
    assert.match(header ?? '', /^id\s+name\s+type\s+mentions\s+documents\s+first seen\s+last seen\s+roles$/);
    assert.match(rule ?? '', /^-+/);
    assert.match(first ?? '', /^person:winston-peters\s+Winston Peters\s+person\s+4\s+3\s+2023-07-11\s+2024-05-20\s+Minister of Foreign Affairs, New Zealand 2024-04-08$/);
    assert.match(text.out, /7 entities; showing 1–7\./);

    const json = await cli('--json', '--type', 'place', '--limit', '2');
    const page = JSON.parse(json.out);
    assert.equal(page.total, 3);
    assert.deepEqual(page.results.map((e: { id: string }) => e.id), ['place:brussels', 'place:suva']);

    const asCsv = await cli('--csv', '--search', 'PACIFIC');
    assert.deepEqual(asCsv.out.trim().split('\r\n'), ['id,name,type,mentions,documents,first_seen,last_seen,roles', 'org:pacific-islands-forum,Pacific Islands Forum,org,1,1,2024-05-20,2024-05-20,']);
  });

  it('shows one entity, as text and as the API shape', async () => {
    const text = await cli('show', 'person:winston-peters');
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /^Winston Peters {2}\(person:winston-peters\)\n/);
    assert.match(text.out, /mentions {2}4 in 3 documents/);
    assert.match(text.out, /aliases {3}(Peters; W\. Peters|W\. Peters; Peters)/);
    assert.match(text.out, /role {6}Minister of Foreign Affairs, New Zealand 2024-04-08 \(1 documents\)/);
    assert.match(text.out, /Documents, newest first \(1–3 of 3\):/);
    assert.ok(text.out.indexOf('Pacific talks in Suva') < text.out.indexOf('NATO in Brussels'));
    assert.match(text.out, /Mentioned with:\n\s+2 {2}NATO \(org:nato\)/);
    const json = JSON.parse((await cli('show', 'person:winston-peters', '--json', '--limit', '1')).out);
    assert.equal(json.documentsList.length, 1);
    assert.equal(json.documents, 3);
  });

  it('says how to find an unknown id, and names bad flags', async () => {
    const missing = await cli('show', 'person:x');
    assert.equal(missing.code, 3);
    assert.match(missing.err, /No entity 'person:x': run `parley entities --search x`/);
    const badType = await cli('--type', 'ship');
    assert.equal(badType.code, 2);
    assert.match(badType.err, /`type` must be person, org, place \(got "ship"\)/);
    const badLimit = await cli('--limit', 'lots');
    assert.equal(badLimit.code, 2);
    assert.match(badLimit.err, /`limit`/);
    const noDoc = await cli('split', 'person:winston-peters');
    assert.equal(noDoc.code, 2);
    assert.match(noDoc.err, /--doc/);
  });

  it('merges, splits and renames, stores the corrections and lists them', async () => {
    const merge = await cli('merge', 'org:nato', 'org:pacific-islands-forum');
    assert.equal(merge.code, 0, merge.err);
    assert.match(merge.out, /^Merged org:pacific-islands-forum into org:nato; org:nato \(NATO\) survives, 3 mentions in 3 documents\. 1 document entities moved\./);
    assert.equal((await cli('show', 'org:pacific-islands-forum')).code, 3);

    const split = await cli('split', 'person:winston-peters', '--doc', entityDocs.brussels.document.id, '--name', 'Walter Peters');
    assert.equal(split.code, 0, split.err);
    assert.match(split.out, /^Split 1 document\(s\) of person:winston-peters into person:walter-peters \("Walter Peters"\)/);

    const rename = await cli('rename', 'person:winston-peters', 'Rt Hon Winston Peters');
    assert.equal(rename.code, 0, rename.err);
    const shown = JSON.parse((await cli('show', 'person:winston-peters', '--json')).out);
    assert.deepEqual([shown.id, shown.name, shown.documents], ['person:winston-peters', 'Rt Hon Winston Peters', 2]);

    const listed = await cli('corrections');
    assert.match(listed.out, /1\s+\S+\s+merge\s+org:pacific-islands-forum → org:nato/);
    assert.match(listed.out, /2\s+\S+\s+split\s+person:winston-peters → person:walter-peters in /);
    assert.match(listed.out, /3\s+\S+\s+rename\s+person:winston-peters → "Rt Hon Winston Peters"/);

    const resolve = await cli('resolve');
    assert.equal(resolve.code, 0, resolve.err);
    assert.match(resolve.err, /0 document entities changed id/);
    assert.equal(JSON.parse((await cli('show', 'person:walter-peters', '--json')).out).name, 'Walter Peters', 'corrections hold after a full resolution');

    const undo = await cli('undo');
    assert.equal(undo.code, 0, undo.err);
    assert.match(undo.out, /^Undid correction 3 \(rename\)/);
    assert.equal(JSON.parse((await cli('show', 'person:winston-peters', '--json')).out).name, 'Winston Peters', 'the automatic name is back');
    assert.doesNotMatch((await cli('corrections')).out, /rename/);
  });
});
