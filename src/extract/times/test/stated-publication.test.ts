import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embargoDay, statedPublication } from '../index.js';

const table: Array<[string, string | null]> = [
  ['WELLINGTON, 2 February 2026 – Foreign Minister Winston Peters today announced', '2026-02-02'],
  ['Canberra, Monday 2 February 2026\n\nPRIME MINISTER: Thanks.', '2026-02-02'],
  ['WASHINGTON (AP) — April 11, 2024 — Secretary Blinken said', '2024-04-11'],
  ['Wellington, 3 May 2024 — New Zealand and Samoa signed', '2024-05-03'],
  ['The Prime Minister today (Monday 2 February 2026) announced a visit.', '2026-02-02'],
  // A line of its own under a party release's header or a headline.
  ['Greens: No business as usual\n\nWednesday, 6 December 2006\n\nGreen Party Spokesperson Keith Locke says', '2006-12-06'],
  ['Coalition ministry announced\n\n16 December 1996\n\nThe Prime Minister today announced', '1996-12-16'],
  // A date line with a weekday that disagrees, or a date that shares its line with words: nothing.
  ['Headline\n\nTuesday, 6 December 2006\n\nText.', null],
  ['Headline\n\nThe talks of 6 December 2006 went well.', null],
  // A date without its year, a weekday that disagrees, a date in the body: nothing.
  ['WASHINGTON (AP) — Secretary Blinken said on April 11 that', null],
  ['Canberra, Tuesday 2 February 2026\n\nText.', null],
  ['The treaty of 2 February 2026 was signed in Wellington.', null],
];

describe('statedPublication', () => {
  for (const [text, value] of table) {
    it(text.split('\n')[0]!, () => {
      const found = statedPublication(text);
      assert.equal(found?.value ?? null, value);
      if (found) assert.equal(text.slice(found.start, found.end), found.text);
    });
  }
});

describe('embargoDay', () => {
  it('reads the day an embargo lifts, in capitals or not', () => {
    assert.equal(embargoDay('EMBARGOED UNTIL 12.30PM, FRIDAY 10 MAY 2019'), '2019-05-10');
    assert.equal(embargoDay('Embargoed until 5am Monday 3 February 2025'), '2025-02-03');
  });
  it('keeps nothing without a full date, or with a weekday that disagrees', () => {
    assert.equal(embargoDay('EMBARGOED UNTIL DELIVERY'), null);
    assert.equal(embargoDay('EMBARGOED UNTIL 12.30PM, SATURDAY 10 MAY 2019'), null);
  });
});
