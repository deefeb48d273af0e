import assert from 'node:assert/strict';
import { it } from 'node:test';
import { linkBatch, linkBatchEvents } from '../../src/link/index.js';
import { byOffice, held } from '../support/event-fixtures.js';
import { record } from '../../src/store/test/builder.js';

it('parley extract: times and events with participants resolved over the run, offices by the run evidence, engagement null; none without the stages', () => {
  const withMentions = (doc: typeof held, mentions: { text: string; entity: number }[]) => ({
    id: doc.document.id,
    published: doc.document.meta.published,
    stages: doc.stages.map((s) => {
      if (s.name !== 'entities') return s;
      const output = s.output as { entities: { roles: unknown[] }[] };
      const text = doc.document.text;
      return {
        ...s,
        output: {
          ...output,
          entities: output.entities.map((e, i) => ({ ...e, roles: i === 0 && doc === held ? [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', start: 0, end: 16, text: 'Foreign Minister', source: 'pattern', tense: 'current' }] : [], mentions: [] })),
          mentions: mentions.map((m) => ({ type: 'person', text: m.text, start: text.indexOf(m.text), end: text.indexOf(m.text) + m.text.length, entity: m.entity, via: 'model', confidence: 1 })),
        },
      };
    }),
  });
  const plain = record({ text: 'Nothing to see.' });
  const batch = [withMentions(held, [{ text: 'Winston Peters', entity: 0 }, { text: 'Antony Blinken', entity: 1 }]), withMentions(byOffice, [{ text: 'Antony Blinken', entity: 0 }]), { id: plain.document.id, published: null, stages: plain.stages }];
  const linked = linkBatch(batch);
  const out = linkBatchEvents(batch.map((d) => ({ ...d, linked: linked.get(d.id) })));
  const first = out.get(held.document.id)!;
  assert.deepEqual(first.times, [{ text: 'today', start: held.document.text.indexOf('today'), end: held.document.text.indexOf('today') + 5, value: '2024-04-11', grain: 'day', until: null, relative: true, direction: 'past' }]);
  assert.deepEqual(Object.keys(first.events[0]!), ['type', 'date', 'dateText', 'place', 'status', 'level', 'plover', 'participants', 'evidence', 'ploverMode', 'cameo', 'dateGrain', 'participantIds', 'trigger', 'engagement']);
  assert.deepEqual([first.events[0]?.participants, first.events[0]?.participantIds, first.events[0]?.place, first.events[0]?.engagement], [
    ['Winston Peters', 'Antony Blinken'],
    ['person:winston-peters', 'person:antony-blinken'],
    'Washington',
    null,
  ]);
  const second = out.get(byOffice.document.id)!;
  assert.deepEqual(second.events[0]?.participants, ['Winston Peters', 'Antony Blinken'], 'the Foreign Minister: whoever the run shows in the office on the date');
  assert.deepEqual(out.get(plain.document.id), { times: [], events: [] });
});
