import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statedPublication } from '../index.js';

const table: Array<[string, string | null]> = [
  ['WELLINGTON, 2 February 2026 – Foreign Minister Winston Peters today announced', '2026-02-02'],
  ['Canberra, Monday 2 February 2026\n\nPRIME MINISTER: Thanks.', '2026-02-02'],
  ['WASHINGTON (AP) — April 11, 2024 — Secretary Blinken said', '2024-04-11'],
  ['Wellington, 3 May 2024 — New Zealand and Samoa signed', '2024-05-03'],
  ['The Prime Minister today (Monday 2 February 2026) announced a visit.', '2026-02-02'],
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
