import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityDocs } from '../support/entity-store.js';
import { entitiesCli } from '../support/entities-cli.js';

/** `merge … --into`, `revert N`, `split --mention`, and the misuse of each. */
describe('parley entities: safe corrections', () => {
  const { cli } = entitiesCli('corrections.db');
  const json = async (...args: string[]) => {
    const run = await cli(...args, '--json');
    assert.equal(run.code, 0, run.err);
    return JSON.parse(run.out);
  };
  const washington = entityDocs.washington.document;
  const mrPeters = `${washington.id}:${washington.text.indexOf('Mr Peters')}-${washington.text.indexOf('Mr Peters') + 'Mr Peters'.length}`;

  it('refuses misuse with exit 2 and a message naming the values and the fix', async () => {
    const cases: [string[], RegExp][] = [
      [['merge', 'place:suva'], /merge needs the entity that survives: `parley entities merge place:suva --into <id>`/],
      [['merge', 'place:suva', 'place:brussels', '--into', 'place:washington'], /merge place:suva place:brussels --into place:washington is ambiguous: the older form `merge place:suva place:brussels` keeps place:suva, but --into keeps place:washington\. Give one id and --into: `parley entities merge place:brussels --into place:suva` keeps place:suva/],
      [['merge', 'place:suva', 'place:brussels', '--into', 'place:brussels'], /is ambiguous: .* keeps place:suva, but --into keeps place:brussels/],
      [['merge', 'place:suva', '--into', 'place:suva'], /Cannot merge 'place:suva' into itself/],
      [['merge', 'place:suva', '--into', 'org:nato'], /only entities of one type merge/],
      [['merge', 'suva', '--into', 'place:brussels'], /`from` must be an entity id/],
      [['revert', 'two'], /revert takes a correction number, not 'two': `parley entities corrections` lists them/],
      [['revert', '0'], /`seq` must be greater than or equal to 1|`seq`/],
      [['revert', '1'], /There is no correction 1: there are no corrections stored\. `parley entities corrections` lists them\./],
      [['split', 'person:winston-peters'], /needs at least one --doc <docId> or --mention <docId>:<start>-<end>/],
      [['split', 'person:winston-peters', '--mention', 'somewhere'], /--mention 'somewhere' is not <docId>:<start>-<end>/],
      [['split', 'person:winston-peters', '--mention', `${washington.id}:30-20`], /needs start before end/],
      [['split', 'person:winston-peters', '--mention', `${washington.id}:0-7`], new RegExp(`--mention ${washington.id}:0-7 is not a mention of 'person:winston-peters': its mentions in '${washington.id}' are ${washington.id}:\\d+-\\d+ \\("Winston Peters"\\), ${mrPeters} \\("Mr Peters"\\)\\. \`parley show ${washington.id} --json\` lists every mention`)],
      [['split', 'person:winston-peters', '--mention', 'nope:1-2'], /there is no document 'nope'/],
      [['split', 'person:winston-peters', '--doc', washington.id, '--mention', mrPeters], /already moves whole: give one or the other/],
      [['split', 'person:nobody', '--mention', mrPeters], /No entity 'person:nobody'/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(...args);
      assert.equal(run.code, args.includes('person:nobody') ? 3 : 2, `${args.join(' ')}: ${run.err}`);
      assert.match(run.err, message, args.join(' '));
      assert.equal(run.out, '', 'nothing on stdout');
    }
    assert.deepEqual(await json('corrections'), [], 'nothing stored');
  });

  it('merges with --into, naming the survivor in text and JSON; the older form still works', async () => {
    const merged = await cli('merge', 'place:suva', '--into', 'place:washington');
    assert.equal(merged.code, 0, merged.err);
    assert.match(merged.out, /^Merged place:suva into place:washington; place:washington \(Washington\) survives, 2 mentions in 2 documents\. 1 document entities moved\./);
    assert.equal((await cli('show', 'place:suva')).code, 3);

    const result = await json('merge', 'place:brussels', '--into', 'place:washington');
    assert.deepEqual(result.correction, { kind: 'merge', into: 'place:washington', from: 'place:brussels' });
    assert.equal(result.merged, 'place:brussels');
    assert.deepEqual(result.survivor, { id: 'place:washington', name: 'Washington', mentions: 3, documents: 3 });
    assert.equal(result.message, 'Merged place:brussels into place:washington; place:washington (Washington) survives, 3 mentions in 3 documents.');

    const older = await json('merge', 'org:nato', 'org:pacific-islands-forum');
    assert.equal(older.survivor.id, 'org:nato', 'merge A B: A survives');
    const agreeing = await cli('undo');
    assert.equal(agreeing.code, 0, agreeing.err);
    const both = await json('merge', 'org:nato', 'org:pacific-islands-forum', '--into', 'org:nato');
    assert.equal(both.survivor.id, 'org:nato', '--into agreeing with the older form is fine');
  });

  it('splits a single mention and lists it among the corrections', async () => {
    const split = await cli('split', 'person:winston-peters', '--mention', mrPeters, '--name', 'Michael Peters');
    assert.equal(split.code, 0, split.err);
    assert.match(split.out, /^Split 1 mention\(s\) of person:winston-peters into person:michael-peters \("Michael Peters"\); person:michael-peters has 1 mentions in 1 documents, person:winston-peters stays\./);
    const shown = await json('show', 'person:winston-peters');
    assert.deepEqual([shown.mentions, shown.documents], [3, 3], 'one mention fewer, the same documents');
    const listed = await cli('corrections');
    assert.match(listed.out, new RegExp(`5\\s+\\S+\\s+split\\s+person:winston-peters → person:michael-peters mentions ${mrPeters}, named "Michael`));
    assert.match(listed.out, /1\s+\S+\s+merge\s+place:suva → place:washington \(place:washington survives\)/);
  });

  it('reverts correction N, keeping the numbers of the others; an unknown N names the valid ones', async () => {
    const reverted = await cli('revert', '1');
    assert.equal(reverted.code, 0, reverted.err);
    assert.match(reverted.out, /^Reverted correction 1 \(merge\): \d+ document entities changed id\. It was: merge place:suva → place:washington/);
    assert.equal((await json('show', 'place:suva')).documents, 1, 'Suva is back');
    assert.deepEqual((await json('corrections')).map((c: { seq: number }) => c.seq), [2, 4, 5], 'undo took 3 back; numbers are never reused');
    const missing = await cli('revert', '1');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /There is no correction 1: the stored ones are numbered 2, 4–5\. `parley entities corrections` lists them\./);
    const asJson = await json('revert', '5');
    assert.deepEqual([asJson.reverted.seq, asJson.reverted.kind], [5, 'split']);
    assert.deepEqual([(await json('show', 'person:winston-peters')).mentions, (await cli('show', 'person:michael-peters')).code], [4, 3], 'the mention is back');
  });
});
