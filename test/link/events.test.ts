import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { linkEvents, rebuildEngagements } from '../../src/link/index.js';
import { openSqliteStore, type Engagement, type EventQuery, type Store } from '../../src/store/index.js';
import { edit } from '../../src/store/test/builder.js';
import { eventsStage } from '../../src/store/test/events.js';
import { call, CORPUS, byOffice, held, hosted, indexes, later, planned, seedEvents } from '../support/event-fixtures.js';

const names = (e: Engagement) => e.participants.map((p) => p.name).sort().join(' + ');

describe('engagements: reports merged across documents (src/link/events)', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
  });
  afterEach(() => store.close());
  const all = async (query: EventQuery = {}) => (await store.events(query)).results;

  it('merges the planned report, the held one and the one naming only the office into one held engagement, with its history; 10 days later is another', async () => {
    await seedEvents(store);
    const summary = await linkEvents(store);
    assert.deepEqual([summary.documents, summary.events], [6, 7]);
    const list = await all();
    assert.equal(list.length, 5, JSON.stringify(list.map(names)));
    const [meeting, again] = list;
    assert.ok(meeting && again);
    assert.equal(names(meeting), 'Antony Blinken + Winston Peters');
    assert.deepEqual([meeting.status, meeting.date, meeting.dateGrain, meeting.level, meeting.type], ['held', '2024-04-11', 'day', 'minister', 'meet']);
    assert.deepEqual(meeting.place, { id: 'place:washington-dc', name: 'Washington' });
    assert.deepEqual(meeting.sources.map((s) => s.document.id), [planned.document.id, held.document.id, byOffice.document.id]);
    assert.deepEqual(meeting.history, [
      { status: 'planned', document: planned.document.id, published: '2024-03-30' },
      { status: 'held', document: held.document.id, published: '2024-04-11' },
    ]);
    assert.deepEqual(meeting.countries, ['New Zealand', 'United States']);
    assert.deepEqual(meeting.participants.find((p) => p.id === 'person:winston-peters'), { id: 'person:winston-peters', name: 'Winston Peters', type: 'person', role: 'Minister of Foreign Affairs', roleOf: 'New Zealand' });
    assert.equal(meeting.sources[1]?.evidence.text, held.document.text);
    assert.equal(meeting.sources[2]?.dateText, 'on Thursday');
    assert.deepEqual([again.date, again.sources.length, names(again)], ['2024-04-21', 1, 'Antony Blinken + Winston Peters']);
    assert.match(meeting.id, /^ev-[0-9a-f]{12}$/);
    assert.deepEqual(await store.engagement(meeting.id), meeting);
    // Every report points at its engagement.
    const reports = await store.documentEvents(byOffice.document.id);
    assert.deepEqual(reports?.map((r) => [r.engagement, r.participants, r.participantIds]), [[meeting.id, ['Winston Peters', 'Antony Blinken'], ['person:winston-peters', 'person:antony-blinken']]]);
  });

  it('gives a multilateral visit one engagement per counterpart pair, and an office no one holds its label', async () => {
    await seedEvents(store);
    await linkEvents(store);
    const canberra = await all({ participant: ['person:penny-wong'] });
    assert.deepEqual(canberra.map(names).sort(), ['Antony Blinken + Penny Wong', 'Penny Wong + Winston Peters']);
    for (const e of canberra) assert.deepEqual(e.sources.map((s) => s.document.id), [hosted.document.id]);
    const [phone] = await all({ type: ['call'] });
    assert.ok(phone);
    assert.deepEqual(phone.participants.map((p) => [p.id, p.name, p.type]), [['person:christopher-luxon', 'Christopher Luxon', 'person'], [null, 'Minister of Foreign Affairs, Belgium', 'office']]);
    assert.equal(phone.level, 'leader', 'the Prime Minister on the date, whatever the stage said');
    assert.deepEqual(phone.countries, ['Belgium', 'New Zealand']);
    assert.equal(phone.date, null);
  });

  it('filters by country, level, participant (id or name), status, type, dates, source and kind', async () => {
    await seedEvents(store);
    await linkEvents(store);
    const count = async (query: EventQuery) => (await store.events(query)).total;
    assert.equal(await count({}), 5);
    assert.equal(await count({ country: ['United States'] }), 3);
    assert.equal(await count({ country: ['australia'] }), 2);
    assert.equal(await count({ country: ['Belgium', 'Australia'] }), 3);
    assert.equal(await count({ level: ['leader'] }), 1);
    assert.equal(await count({ level: ['minister'] }), 4);
    assert.equal(await count({ participant: ['person:antony-blinken'] }), 3);
    assert.equal(await count({ participant: ['blinken'] }), 3);
    assert.equal(await count({ participant: ['Belgium'] }), 1, 'an office participant by its label');
    assert.equal(await count({ status: ['planned'] }), 0);
    assert.equal(await count({ status: ['held'] }), 5);
    assert.equal(await count({ type: ['visit'] }), 2);
    assert.equal(await count({ from: '2024-04-12' }), 3);
    assert.equal(await count({ from: '2024-04-01', to: '2024-04-30' }), 2);
    assert.equal(await count({ source: ['Stuff'] }), 1);
    assert.equal(await count({ kind: ['release'] }), 3);
    const newest = await all({ order: 'desc' });
    assert.deepEqual(newest.map((e) => e.date), ['2024-05-02', '2024-05-02', '2024-04-21', '2024-04-11', null], 'undated last either way');
    assert.deepEqual((await all({ limit: 2, offset: 1 })).length, 2);
    await assert.rejects(store.events({ level: ['president'] }), /Unknown level 'president': use leader, minister, official, other/);
    await assert.rejects(store.events({ from: '2024-05-01', to: '2024-04-01' }), /'from' \(2024-05-01\) is later than 'to'/);
  });

  it('counts the network by person and by country', async () => {
    await seedEvents(store);
    await linkEvents(store);
    const people = await store.eventNetwork({ by: 'person' });
    const weight = (id: string) => people.nodes.find((n) => n.id === id)?.weight;
    assert.deepEqual([weight('person:winston-peters'), weight('person:antony-blinken'), weight('person:penny-wong'), weight('person:christopher-luxon')], [3, 3, 2, 1]);
    assert.deepEqual(people.edges[0] && [people.edges[0].source, people.edges[0].target, people.edges[0].weight, people.edges[0].events.length], ['person:antony-blinken', 'person:winston-peters', 2, 2]);
    assert.equal(people.edges.length, 4);
    const countries = await store.eventNetwork({ by: 'country' });
    assert.deepEqual(
      countries.edges.map((e) => [e.source, e.target, e.weight]),
      [['new zealand', 'united states', 2], ['australia', 'new zealand', 1], ['australia', 'united states', 1], ['belgium', 'new zealand', 1]],
    );
    assert.equal(countries.nodes.find((n) => n.id === 'new zealand')?.label, 'New Zealand');
    const filtered = await store.eventNetwork({ by: 'country', country: ['Belgium'] });
    assert.deepEqual(filtered.nodes.map((n) => n.id).sort(), ['belgium', 'new zealand']);
  });

  it('rewriting a document replaces its reports and merges again; deleting one takes its source away; the same as a rebuild', async () => {
    await seedEvents(store);
    await linkEvents(store);
    // The later report is corrected to the 12th: it now belongs to the first meeting.
    const moved = edit(later, { stages: [...later.stages.filter((s) => s.name !== 'events'), eventsStage(later.document.text, [{ participants: [{ entity: 0, mention: 'Peters' }, { entity: 1, mention: 'Blinken' }], date: '2024-04-12', trigger: 'met' }], 2)] });
    await store.putDocuments([moved]);
    await store.putEntityLinks({ documents: indexes([later]).map((d) => ({ ...d, id: moved.document.id })) });
    await linkEvents(store);
    assert.deepEqual((await store.documentEvents(moved.document.id))?.map((e) => e.date), ['2024-04-12']);
    let list = await all({ participant: ['person:antony-blinken'], to: '2024-04-30' });
    assert.deepEqual(list.map((e) => e.sources.length), [4]);
    await store.deleteDocument(byOffice.document.id);
    await linkEvents(store);
    list = await all({ participant: ['person:antony-blinken'], to: '2024-04-30' });
    assert.deepEqual(list.map((e) => e.sources.map((s) => s.document.id)), [[planned.document.id, held.document.id, moved.document.id]]);
    const incremental = await all();
    await rebuildEngagements(store);
    assert.deepEqual(await all(), incremental);
  });

  it('the result does not depend on the order or batches documents arrive in', async () => {
    await seedEvents(store, [call, hosted, later]);
    await linkEvents(store);
    await seedEvents(store, [byOffice, held]);
    await linkEvents(store);
    await seedEvents(store, [planned]);
    await linkEvents(store);
    const batched = await all();
    const other = await openSqliteStore(':memory:');
    await seedEvents(other, CORPUS);
    await linkEvents(other);
    assert.deepEqual(batched, (await other.events({})).results);
    await other.close();
  });

  it('an entity merge that makes two participant sets one merges their engagements', async () => {
    await seedEvents(store, [held]);
    // A report naming Peters under an id of its own: two engagements until the merge.
    await store.putDocuments([later]);
    await store.putEntityLinks({ documents: indexes([later]).map((d) => ({ ...d, index: { ...d.index, entities: d.index.entities.map((e) => (e.idx === 0 ? { ...e, entity: 'person:w-peters', auto: 'person:w-peters' } : e)) } })) });
    await linkEvents(store);
    assert.equal((await store.events({})).total, 2);
    await store.putEntityLinks({ correction: { kind: 'merge', into: 'person:winston-peters', from: 'person:w-peters' }, reassign: [{ document: later.document.id, idx: 0, block: 'person:peters', form: 'surname', initials: null, auto: 'person:w-peters', entity: 'person:winston-peters' }] });
    const summary = await linkEvents(store);
    assert.equal(summary.events, 1, 'only the report whose participant moved is merged again');
    const list = await all();
    assert.deepEqual(list.map(names), ['Antony Blinken + Winston Peters', 'Antony Blinken + Winston Peters'], 'the 21st stays apart from the 11th: 10 days');
    assert.ok(list.every((e) => e.participants.every((p) => p.id !== 'person:w-peters')));
  });
});
