import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listCorrections, reindex, renameEntity, revertCorrection, splitEntity, undoCorrection } from '../../src/app/index.js';
import { createPipeline, type Stage } from '../../src/core/index.js';
import { applyMentionMoves, MENTION_ROW_BASE, replayCorrections } from '../../src/link/corrections.js';
import { relinkAll } from '../../src/link/index.js';
import { openSqliteStore, type DocumentRecord, type Store } from '../../src/store/index.js';
import { entitiesOutput, entityRecord, type EntitySpec } from '../support/entities.js';
import { ingestBatches } from './fixtures.js';

/**
 * One document whose entities stage took two people for one: "Peters" of the
 * first sentence is a Wellington lawyer, not the minister. A split of that
 * single mention must hold through every later resolution.
 */
const SPECS = new Map<string, EntitySpec[]>();
function doc(url: string, published: string, text: string, entities: EntitySpec[]): DocumentRecord {
  SPECS.set(text, entities);
  return entityRecord({ url: `https://example.govt.nz/r/${url}`, published, text, entities });
}
const TEXT = 'Peters, a Wellington lawyer, disagreed. Foreign Minister Winston Peters met MFAT. Mr Peters left.';
const m1 = doc('m1', '2024-03-01', TEXT, [{ name: 'Winston Peters', mentions: ['Winston Peters', 'Peters', 'Mr Peters'], roles: [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', text: 'Foreign Minister Winston Peters' }] }, { type: 'org', name: 'MFAT' }, { type: 'place', name: 'Wellington' }]);
const m2 = doc('m2', '2024-03-02', 'Winston Peters spoke again.', [{ name: 'Winston Peters' }]);

const LAWYER = { document: m1.document.id, start: TEXT.indexOf('Peters, a'), end: TEXT.indexOf('Peters, a') + 'Peters'.length };
const FULL = { document: m1.document.id, start: TEXT.indexOf('Winston Peters'), end: TEXT.indexOf('Winston Peters') + 'Winston Peters'.length };

function entitiesStage(version: number): Stage {
  return { name: 'entities', version, requires: [], run: (document) => ({ output: entitiesOutput(document.text, SPECS.get(document.text) ?? []), messages: [] }) };
}

describe('splitting single mentions', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await ingestBatches(store, [[m1, m2]]);
  });
  after(() => store.close());

  /** Each mention of m1 with the entity it resolves to. */
  const mentions = async () => Object.fromEntries((await store.documentEntities(m1.document.id))!.mentions.map((m) => [`${m.start}-${m.end} ${m.text}`, m.id]));
  const counts = async (id: string) => {
    const e = await store.getEntity(id, { limit: 0, coMentioned: 0 });
    return e && [e.mentions, e.documents];
  };
  const at = (ref: { start: number; end: number }, text: string) => `${ref.start}-${ref.end} ${text}`;

  it('starts with the three mentions on the minister', async () => {
    assert.deepEqual(Object.values(await mentions()).filter((id) => id === 'person:winston-peters').length, 3);
    assert.deepEqual(await counts('person:winston-peters'), [4, 2]);
  });

  it('moves one mention to a new entity; the others and the document stay', async () => {
    const result = await splitEntity(store, { id: 'person:winston-peters', mentions: [LAWYER], name: 'Jan Peters' });
    assert.equal(result.entity.id, 'person:jan-peters');
    assert.deepEqual((result.correction as { mentions?: unknown }).mentions, [LAWYER]);
    assert.equal(result.reassigned, 1);
    assert.match(result.message, /^Split 1 mention\(s\) of person:winston-peters into person:jan-peters \("Jan Peters"\); person:jan-peters has 1 mentions in 1 documents/);
    const now = await mentions();
    assert.equal(now[at(LAWYER, 'Peters')], 'person:jan-peters');
    assert.equal(now[at(FULL, 'Winston Peters')], 'person:winston-peters');
    assert.equal(Object.values(now).filter((id) => id === 'person:winston-peters').length, 2);
    assert.deepEqual(await counts('person:winston-peters'), [3, 2]);
    assert.deepEqual(await counts('person:jan-peters'), [1, 1]);
    assert.equal((await store.getEntity('person:jan-peters'))?.name, 'Jan Peters');
    assert.deepEqual((await store.getEntity('person:winston-peters'))?.roles.map((r) => r.title), ['Minister of Foreign Affairs'], 'the role stays with the mention it holds');
  });

  let corrected: Record<string, string | null>;
  it('holds after a full resolution', async () => {
    corrected = await mentions();
    await relinkAll(store);
    assert.deepEqual(await mentions(), corrected);
    assert.deepEqual(await counts('person:jan-peters'), [1, 1]);
  });

  it('holds after re-extraction (reindex with a new entities stage)', async () => {
    const summary = await reindex(store, { pipeline: createPipeline([entitiesStage(2)]) });
    assert.equal(summary.reindexed, 2);
    assert.deepEqual(await mentions(), corrected);
    assert.deepEqual(await counts('person:winston-peters'), [3, 2]);
  });

  it('holds when a moved mention is split again, and a later correction builds on it', async () => {
    const again = await splitEntity(store, { id: 'person:jan-peters', mentions: [LAWYER] });
    assert.equal(again.entity.id, 'person:jan-peters~2');
    assert.equal((await mentions())[at(LAWYER, 'Peters')], 'person:jan-peters~2');
    await renameEntity(store, { id: 'person:jan-peters~2', name: 'J. Peters (lawyer)' });
    await relinkAll(store);
    assert.equal((await mentions())[at(LAWYER, 'Peters')], 'person:jan-peters~2');
    assert.equal((await store.getEntity('person:jan-peters~2'))?.name, 'J. Peters (lawyer)');
  });

  it('reverts a correction in the middle; the others keep their numbers and effect', async () => {
    assert.deepEqual((await listCorrections(store)).map((c) => `${c.seq} ${c.kind}`), ['1 split', '2 split', '3 rename']);
    const reverted = await revertCorrection(store, { seq: 2 });
    assert.equal(reverted.reverted.seq, 2);
    assert.match(reverted.message, /^Reverted correction 2 \(split\): \d+ document entities changed id, 1 document\(s\) indexed again \(a split of single mentions\)\. It was: split person:jan-peters → person:jan-peters~2 mentions /);
    assert.deepEqual((await listCorrections(store)).map((c) => c.seq), [1, 3]);
    assert.equal((await mentions())[at(LAWYER, 'Peters')], 'person:jan-peters', 'back on the first split');
    assert.equal(await store.getEntity('person:jan-peters~2'), null, 'the rename now names an id nothing resolves to');
    await assert.rejects(revertCorrection(store, { seq: 2 }), /There is no correction 2: the stored ones are numbered 1, 3\. `parley entities corrections` lists them\./);
  });

  it('undo and revert give the mention back to the entity it came from', async () => {
    const undone = await undoCorrection(store);
    assert.equal(undone.undone.seq, 3);
    await revertCorrection(store, { seq: 1 });
    assert.deepEqual(await listCorrections(store), []);
    assert.equal(Object.values(await mentions()).filter((id) => id === 'person:winston-peters').length, 3);
    assert.deepEqual(await counts('person:winston-peters'), [4, 2]);
    assert.equal(await store.getEntity('person:jan-peters'), null);
    await assert.rejects(revertCorrection(store, { seq: 1 }), /There is no correction 1: there are no corrections stored/);
    await assert.rejects(undoCorrection(store), /no correction to undo/);
  });

  it('refuses a span that is not a mention of the entity, listing the ones that are', async () => {
    const id = m1.document.id;
    const cases: [unknown, RegExp][] = [
      [{ id: 'person:winston-peters', mentions: [{ document: id, start: 0, end: 5 }] }, new RegExp(`--mention ${id}:0-5 is not a mention of 'person:winston-peters': its mentions in '${id}' are ${id}:${LAWYER.start}-${LAWYER.end} \\("Peters"\\), ${id}:${FULL.start}-${FULL.end} \\("Winston Peters"\\), .*\`parley show ${id} --json\` lists every mention`)],
      [{ id: 'org:mfat', mentions: [{ ...LAWYER }] }, /is not a mention of 'org:mfat'/],
      [{ id: 'person:winston-peters', mentions: [{ document: m2.document.id, start: 0, end: 3 }] }, /is not a mention of/],
      [{ id: 'place:wellington', mentions: [{ document: m2.document.id, start: 0, end: 3 }] }, new RegExp(`'place:wellington' is not mentioned in '${m2.document.id}'`)],
      [{ id: 'person:winston-peters', mentions: [{ document: 'no-such-doc', start: 0, end: 3 }] }, /there is no document 'no-such-doc'/],
      [{ id: 'person:winston-peters', documents: [id], mentions: [LAWYER] }, /which --doc .* already moves whole: give one or the other/],
      [{ id: 'person:winston-peters', mentions: [{ document: id, start: 9, end: 3 }] }, /`mentions` needs start before end/],
      [{ id: 'person:winston-peters', mentions: [{ document: id, start: -1, end: 3 }] }, /`mentions.start`/],
      [{ id: 'person:winston-peters', mentions: [] }, /needs at least one --doc <docId> or --mention <docId>:<start>-<end>/],
      [{ id: 'person:winston-peters' }, /needs at least one --doc/],
    ];
    for (const [raw, message] of cases) await assert.rejects(splitEntity(store, raw), (error: unknown) => error instanceof Error && message.test(error.message), JSON.stringify(raw));
    assert.deepEqual(await listCorrections(store), [], 'nothing stored');
  });
});

describe('moved-mention rows', () => {
  const split = { kind: 'split', id: 'person:a', documents: [], newId: 'person:b', name: 'B', mentions: [{ document: 'd', start: 10, end: 12 }] } as const;
  const entity = (idx: number, mentions: number) => ({ idx, mentions, name: `e${idx}` });
  const draft = {
    id: 'd',
    entities: [entity(0, 2), entity(1, 1)],
    mentions: [
      { entity: 0, start: 0, end: 5, text: 'A', via: 'model' },
      { entity: 0, start: 10, end: 12, text: 'A', via: 'model' },
      { entity: 1, start: 20, end: 22, text: 'C', via: 'model' },
    ],
    roles: [{ entity: 0, start: 8, end: 12, title: 'T', of: null, text: 'T A', source: 'pattern', ofInferred: false, oneHolder: false }],
  };

  it('give the mention a row of its own, with the role whose span holds it', () => {
    const moved = applyMentionMoves(draft, new Map([['d', split.mentions]]));
    assert.deepEqual(moved.entities, [entity(0, 1), entity(1, 1), { ...entity(0, 1), idx: MENTION_ROW_BASE + 10 }]);
    assert.deepEqual(moved.mentions.map((m) => m.entity), [0, MENTION_ROW_BASE + 10, 1]);
    assert.deepEqual(moved.roles.map((r) => r.entity), [MENTION_ROW_BASE + 10]);
    assert.equal(applyMentionMoves(draft, new Map([['other', split.mentions]])), draft, 'other documents are left alone');
    assert.equal(applyMentionMoves(draft, new Map([['d', [{ document: 'd', start: 10, end: 13 }]]])), draft, 'the end must match too');
  });

  it('drop an entity left without mentions, its roles going with its first moved mention', () => {
    const moved = applyMentionMoves(draft, new Map([['d', [{ document: 'd', start: 20, end: 22 }]]]));
    assert.deepEqual(moved.entities.map((e) => e.idx), [0, MENTION_ROW_BASE + 20]);
  });

  it('are sent to the new id by replay only while the split names their id', () => {
    const replay = replayCorrections([split]);
    assert.equal(replay('person:a', 'd', MENTION_ROW_BASE + 10), 'person:b');
    assert.equal(replay('person:a', 'd', 0), 'person:a', 'the row it came from stays');
    assert.equal(replay('person:a', 'e', MENTION_ROW_BASE + 10), 'person:a', 'another document');
    assert.equal(replay('person:c', 'd', MENTION_ROW_BASE + 10), 'person:c', 'another id');
    const merged = replayCorrections([{ kind: 'merge', into: 'person:a', from: 'person:c' }, split]);
    assert.equal(merged('person:c', 'd', MENTION_ROW_BASE + 10), 'person:b', 'after a merge made it the split id');
  });
});
