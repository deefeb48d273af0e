import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { UsageError } from '../core/index.js';
import type { Store } from './store.js';
import { record } from './test/builder.js';
import { linked } from './test/entities.js';
import { eventsStage, reported, timesStage } from './test/events.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const text = 'Foreign Minister Winston Peters met Antony Blinken in Washington today. The Foreign Minister will visit Tokyo next week.';
const doc = reported(
  { title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', text },
  [
    { participants: [{ entity: 0, mention: 'Winston Peters' }, { entity: 1, mention: 'Antony Blinken', role: { title: 'Secretary of State', of: 'United States' } }], place: { entity: 2, mention: 'Washington' }, date: '2024-04-11', dateText: 'today', trigger: 'met' },
    { type: 'visit', status: 'planned', participants: [{ entity: null, mention: 'The Foreign Minister', office: MFA }], trigger: 'visit', date: '2024-W16', grain: 'week', dateText: 'next week' },
  ],
  ['Winston Peters', 'Antony Blinken', ['Washington', 'place']],
  timesStage(text, [{ text: 'today', value: '2024-04-11', relative: true }, { text: 'next week', value: '2024-W16', grain: 'week', relative: true }]),
);

/** The dates and engagements part of the store contract (called from `storeContract`); `open` must return a new, empty store. */
export function eventContract(open: () => Promise<Store>): void {
  describe('times and events', () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a document's times and events from its stage outputs; a document without them has none", async () => {
      const plain = record({ text: 'Nothing happened.' });
      await store.putDocuments([doc, plain]);
      assert.deepEqual(await store.documentTimes(doc.document.id), [
        { text: 'today', start: text.indexOf('today'), end: text.indexOf('today') + 5, value: '2024-04-11', grain: 'day', until: null, relative: true, direction: 'past' },
        { text: 'next week', start: text.indexOf('next week'), end: text.indexOf('next week') + 9, value: '2024-W16', grain: 'week', until: null, relative: true, direction: 'past' },
      ]);
      const events = await store.documentEvents(doc.document.id);
      assert.deepEqual(events?.[0], {
        type: 'meet',
        date: '2024-04-11',
        dateText: 'today',
        place: 'Washington',
        status: 'held',
        level: 'minister',
        plover: 'CONSULT',
        participants: ['Winston Peters', 'Antony Blinken'],
        evidence: { start: 0, end: text.length },
        ploverMode: 'visit',
        cameo: '042',
        dateGrain: 'day',
        participantIds: ['person:winston-peters', 'person:antony-blinken'],
        trigger: { text: 'met', start: text.indexOf('met'), end: text.indexOf('met') + 3 },
        engagement: null,
      });
      assert.deepEqual([events?.[1]?.participants, events?.[1]?.participantIds], [['Minister of Foreign Affairs, New Zealand'], [null]]);
      assert.deepEqual(await store.documentTimes(plain.document.id), []);
      assert.deepEqual(await store.documentEvents(plain.document.id), []);
      assert.equal(await store.documentTimes('no-such-document'), null);
      assert.equal(await store.documentEvents('no-such-document'), null);
    });

    it('queues a document with events for linking, its participants resolved through the entity index and office holders by date', async () => {
      await store.putDocuments([doc]);
      let work = await store.eventWork(10);
      assert.equal(work.documents.length, 1);
      assert.deepEqual(work.events[0]?.participants.map((p) => [p.id, p.name]), [['person:winston-peters', 'Winston Peters'], ['person:antony-blinken', 'Antony Blinken']]);
      await store.putEntityLinks({
        documents: [linked(doc, [{ id: 'person:winston-peters', name: 'Winston Peters', roles: [MFA] }, { id: 'person:antony-blinken', name: 'Antony Blinken' }, { id: 'place:washington-dc', name: 'Washington' }])],
      });
      work = await store.eventWork(10);
      const [meeting, visit] = work.events;
      assert.deepEqual(meeting?.participants.map((p) => [p.id, p.role, p.roleFromCorpus]), [
        ['person:winston-peters', MFA, true],
        ['person:antony-blinken', { title: 'Secretary of State', of: 'United States' }, false],
      ]);
      assert.deepEqual(meeting?.place, { id: 'place:washington-dc', name: 'Washington' });
      // Dated by a week only: resolved at the document's date, when Peters held the office.
      assert.deepEqual(visit?.participants.map((p) => [p.id, p.name, p.type]), [['person:winston-peters', 'Winston Peters', 'person']]);
    });

    it('writes a linking step and reads engagements back; a rewrite or deletion queues and marks what it touched', async () => {
      await store.putDocuments([doc]);
      const work = await store.eventWork(10);
      const meeting = work.events[0]!;
      const participants = [{ id: 'person:winston-peters', name: 'Winston Peters', type: 'person' as const, role: 'Minister of Foreign Affairs', roleOf: 'New Zealand' }];
      await store.putEventLinks({
        done: work.documents,
        buckets: ['meeting|x'],
        events: [{ event: meeting.event, bucket: 'meeting|x', engagement: 'ev-0123456789ab', level: 'minister', participants: meeting.participants }],
        engagements: [
          { id: 'ev-0123456789ab', bucket: 'meeting|x', type: 'meet', status: 'held', level: 'minister', plover: 'CONSULT', ploverMode: 'visit', cameo: '042', date: '2024-04-11', grain: 'day', place: null, participants, countries: ['New Zealand'], history: [{ status: 'held', document: doc.document.id, published: '2024-04-11' }], published: '2024-04-11', reports: 1 },
        ],
      });
      assert.equal((await store.eventWork(10)).documents.length, 0);
      const page = await store.events({ country: ['new zealand'] });
      assert.equal(page.total, 1);
      assert.deepEqual(page.results[0]?.sources.map((s) => [s.document.id, s.evidence.text, s.status]), [[doc.document.id, text, 'held']]);
      // match=all: every listed country and participant at one engagement; any (the default): one of each list.
      const count = async (query: object) => (await store.events(query)).total;
      assert.deepEqual(
        [
          await count({ country: ['new zealand', 'united states'] }),
          await count({ country: ['new zealand', 'united states'], match: 'all' }),
          await count({ participant: ['person:winston-peters', 'person:nobody'] }),
          await count({ participant: ['person:winston-peters', 'person:nobody'], match: 'all' }),
          await count({ participant: ['person:winston-peters', 'Blinken'], match: 'all' }),
          await count({ country: ['new zealand'], participant: ['person:winston-peters', 'peters'], match: 'all' }),
        ],
        // Blinken is named in the report but is not a participant of this engagement.
        [1, 0, 1, 0, 0, 1],
      );
      assert.equal((await store.documentEvents(doc.document.id))?.[0]?.engagement, 'ev-0123456789ab');
      assert.deepEqual(await store.eventNetwork({ by: 'country' }), { nodes: [{ id: 'new zealand', label: 'New Zealand', type: 'country', weight: 1 }], edges: [] });
      await store.putStages(doc.document.id, [...doc.stages.filter((s) => s.name !== 'events'), eventsStage(text, [{ participants: [{ entity: 1, mention: 'Antony Blinken' }], trigger: 'met' }], 2)], []);
      const again = await store.eventWork(10);
      assert.deepEqual([again.documents.length, again.events.length, again.dirtyBuckets], [1, 1, ['meeting|x']]);
      assert.equal((await store.documentEvents(doc.document.id))?.length, 1);
      await store.deleteDocument(doc.document.id);
      assert.deepEqual((await store.eventWork(10)).documents, []);
      await store.resetEventLinks();
      assert.equal((await store.events({})).total, 0);
    });

    it('refuses bad filters with the value and the fix', async () => {
      const refuses = (query: object, pattern: RegExp) => assert.rejects(store.events(query), (e: unknown) => e instanceof UsageError && pattern.test(e.message));
      await refuses({ type: ['lunch'] }, /Unknown type 'lunch': use meet, visit, call, dialogue, summit, agreement/);
      await refuses({ status: ['maybe'] }, /Unknown status 'maybe'/);
      await refuses({ from: '2024-02-30' }, /'from' must be a calendar date/);
      await refuses({ limit: 501 }, /'limit' must be a whole number from 1 to 500/);
      await refuses({ order: 'sideways' }, /'order' must be asc/);
      await refuses({ participant: [''] }, /'participant' must be non-empty text/);
      await refuses({ match: 'both' }, /'match' must be any .* or all/);
      await assert.rejects(store.eventNetwork({ by: 'org' as 'person' }), /'by' must be person or country/);
    });
  });
}
