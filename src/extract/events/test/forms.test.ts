import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { names, run } from './support.js';

/**
 * Every form of issue 15, one sentence each: what is found (type, status,
 * participants in order, date). Published dates are given; a Friday is
 * 2024-04-12, so "on Tuesday" in a report is the 9th.
 */
const FORMS: ReadonlyArray<readonly [label: string, text: string, published: string | null, expected: readonly [string, string, readonly string[], string | null]]> = [
  ['a held meeting, dated today', 'Foreign Minister Winston Peters met US Secretary of State Antony Blinken in Washington today.', '2024-04-11', ['meet', 'held', ['Winston Peters', 'Antony Blinken'], '2024-04-11']],
  ['a past weekday in a report', 'Prime Minister Christopher Luxon met Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday.', '2024-04-12', ['meet', 'held', ['Christopher Luxon', 'Fumio Kishida'], '2024-04-09']],
  ['planned: going next week for talks', 'Foreign Minister Winston Peters is now going to Washington next week for talks with US Secretary of State Antony Blinken.', '2024-04-04', ['meet', 'planned', ['Winston Peters', 'Antony Blinken'], '2024-W15']],
  ['planned: will meet on a date', 'Mr Peters will meet Japanese Foreign Minister Yoko Kamikawa on 17 May.', '2024-05-10', ['meet', 'planned', ['Yoko Kamikawa'], '2024-05-17']],
  ['a phone call', 'Prime Minister Anthony Albanese spoke by phone with Indonesian President Joko Widodo yesterday.', '2023-06-07', ['call', 'held', ['Anthony Albanese', 'Joko Widodo'], '2023-06-06']],
  ['a dialogue with an absolute date', 'United States Deputy Secretary of State Christopher Landau and New Zealand Secretary of Foreign Affairs and Trade Bede Corry met in Washington on 02 February 2026 for the New Zealand–United States Strategic Dialogue.', null, ['dialogue', 'held', ['Christopher Landau', 'Bede Corry'], '2026-02-02']],
  ['a cancelled visit', 'Chancellor Olaf Scholz cancelled a planned visit to Beijing next month.', '2024-03-01', ['visit', 'cancelled', ['Olaf Scholz'], '2024-04']],
  ['a signing', 'Foreign Minister Penny Wong and Fijian Deputy Prime Minister Biman Prasad signed a maritime security agreement in Suva on Friday.', '2024-04-12', ['agreement', 'held', ['Penny Wong', 'Biman Prasad'], '2024-04-12']],
  ['a summit attended', 'Prime Minister Jacinda Ardern attended the NATO leaders’ summit in Madrid in June 2022.', '2022-07-01', ['summit', 'held', ['Jacinda Ardern'], '2022-06']],
];

describe('events: the forms of issue 15', () => {
  for (const [label, text, published, [type, status, participants, date]] of FORMS) {
    it(label, () => {
      const r = run(text, { published });
      const found = r.events.find((e) => e.type === type);
      assert.ok(found, `no ${type} in ${JSON.stringify(r.events.map((e) => e.type))}`);
      assert.equal(found.status, status);
      for (const p of participants) assert.ok(names(r, found).includes(p), `${p} not in ${names(r, found).join(' | ')}`);
      assert.equal(found.date, date);
      // Every span points into the text.
      assert.equal(text.slice(found.trigger.start, found.trigger.end), found.trigger.text);
      for (const p of found.participants) assert.equal(text.slice(p.mention.start, p.mention.end), p.mention.text);
      assert.ok(found.evidence.start <= found.trigger.start && found.trigger.end <= found.evidence.end);
    });
  }

  it("takes a wire dateline's place for a held meeting of the day with no place in its own sentence, and only then", () => {
    const text = [
      'WASHINGTON, April 11 (Reuters) - New Zealand Foreign Minister Winston Peters met U.S. Secretary of State Antony Blinken on Thursday.',
      'Peters will meet Japanese Foreign Minister Yoko Kamikawa next month.',
      'Peters spoke by phone with Australian Foreign Minister Penny Wong on Wednesday.',
      'Peters last met Chinese Foreign Minister Wang Yi in March.',
    ].join('\n\n');
    const r = run(text, { published: '2024-04-11' });
    const placeOf = (who: string) => {
      const e = r.events.find((x) => names(r, x).includes(who));
      assert.ok(e, `no engagement with ${who}`);
      return e.place ? text.slice(e.place.mention.start, e.place.mention.end) : null;
    };
    assert.equal(placeOf('Antony Blinken'), 'WASHINGTON');
    assert.equal(placeOf('Yoko Kamikawa'), null, 'a planned meeting is not where the story was filed');
    assert.equal(placeOf('Penny Wong'), null, 'a call has no place');
    assert.equal(placeOf('Wang Yi'), null, 'a meeting of another month is not the news of the day');
    // Without a dateline, no place is guessed.
    const plain = run('New Zealand Foreign Minister Winston Peters met U.S. Secretary of State Antony Blinken on Thursday.', { published: '2024-04-11' });
    assert.equal(plain.events[0]?.place, null);
  });

  it('gives one engagement per counterpart after "bilateral meetings with his counterparts from …"', () => {
    const r = run('While in Brussels, Foreign Minister Winston Peters also had bilateral meetings with his Foreign Minister counterparts from Belgium, the Netherlands and Ukraine.', { published: '2024-04-04' });
    assert.deepEqual(
      r.events.map((e) => names(r, e)),
      [
        ['Winston Peters', 'Minister of Foreign Affairs, Belgium'],
        ['Winston Peters', 'Minister of Foreign Affairs, Netherlands'],
        ['Winston Peters', 'Minister of Foreign Affairs, Ukraine'],
      ],
    );
    assert.ok(r.events.every((e) => e.status === 'held' && e.level === 'minister' && r.entities.entities[e.place!.entity]!.name === 'Brussels'));
  });

  it('titles counterparts with the actor\'s own office when the list names none ("his counterparts from …")', () => {
    const r = run('In Brussels, Foreign Minister Winston Peters held bilateral meetings with his counterparts from Belgium and Ukraine.', { published: '2024-04-04' });
    assert.deepEqual(r.events.map((e) => names(r, e)), [
      ['Winston Peters', 'Minister of Foreign Affairs, Belgium'],
      ['Winston Peters', 'Minister of Foreign Affairs, Ukraine'],
    ]);
  });

  it('resolves "he" to the person named before, and "the two leaders" to the engagement just reported', () => {
    const r = run('Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta on Thursday. The two leaders signed a joint statement on maritime cooperation.', { published: '2025-05-16' });
    const signing = r.events.find((e) => e.type === 'agreement');
    assert.ok(signing);
    assert.deepEqual(names(r, signing), ['Anthony Albanese', 'Prabowo Subianto']);
    assert.equal(signing.plover.category, 'SUPPORT');
  });

  it('dates nothing without a publication date when the date is relative', () => {
    const r = run('Mr Key spent 40 minutes yesterday with Vice President Joe Biden.');
    assert.equal(r.events.length, 1);
    assert.equal(r.events[0]!.date, null);
    assert.equal(r.events[0]!.dateText, 'yesterday');
  });

  it('codes PLOVER: planned meetings as AGREE, calls as CONSULT by phone', () => {
    const planned = run('Mr Peters will meet Japanese Foreign Minister Yoko Kamikawa on 17 May.', { published: '2024-05-10' }).events[0]!;
    assert.deepEqual([planned.plover.category, planned.plover.cameo], ['AGREE', '036']);
    const call = run('Prime Minister Anthony Albanese spoke by phone with Indonesian President Joko Widodo yesterday.', { published: '2023-06-07' }).events[0]!;
    assert.deepEqual([call.plover.category, call.plover.mode], ['CONSULT', 'phone']);
  });
});
