import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseCalendarDate } from '../calendar-date.js';

/** Zones either side of the date line and of UTC: a date that shifts anywhere shifts in one of these. */
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Sydney'];

const CASES: Array<[string, string | null]> = [
  // ISO 8601
  ['2024-04-11', '2024-04-11'],
  ['2024-04-11T23:30:00-05:00', '2024-04-11'],
  ['2024-04-11T00:15:00+13:00', '2024-04-11'],
  ['2024-04-11T23:59:59.999Z', '2024-04-11'],
  ['2024-04-11 09:00', '2024-04-11'],
  ['20240411', '2024-04-11'],
  ['2024/04/11', '2024-04-11'],
  ['  2024-04-11\n', '2024-04-11'],
  // RFC 2822 and friends
  ['Thu, 11 Apr 2024 09:00:00 +1200', '2024-04-11'],
  ['Thu, 11 Apr 2024 23:30:00 -0500', '2024-04-11'],
  ['11 Apr 2024 09:00 GMT', '2024-04-11'],
  ['11 April 2024', '2024-04-11'],
  ['Thursday, 11 April 2024', '2024-04-11'],
  ['11th April 2024', '2024-04-11'],
  ['1 May 2023', '2023-05-01'],
  // Month first, in words
  ['April 11, 2024', '2024-04-11'],
  ['Apr 11 2024', '2024-04-11'],
  ['Sept. 5, 2001', '2001-09-05'],
  // Numeric: day first, as NZ and AU write it
  ['11/04/2024', '2024-04-11'],
  ['17/12/1997', '1997-12-17'],
  ['1/5/2023', '2023-05-01'],
  ['11.04.2024', '2024-04-11'],
  ['11-04-2024', '2024-04-11'],
  ['11/04/2024 23:30 +1200', '2024-04-11'],
  ['11/04/2024, 9.30am', '2024-04-11'],
  // chrono fallback, only with a certain year, month and day
  ['the 3rd of March, 1999', '1999-03-03'],
  ['4th of July 2023', '2023-07-04'],
  // Leap years
  ['2024-02-29', '2024-02-29'],
  ['2000-02-29', '2000-02-29'],
  // Impossible or incomplete: null, never a guess
  ['2024-02-30', null],
  ['2023-02-29', null],
  ['1900-02-29', null],
  ['31/04/2024', null],
  ['04/13/2024', null],
  ['2024-13-01', null],
  ['30 February 2024', null],
  ['April 2024', null],
  ['2024', null],
  ['Thursday', null],
  ['today', null],
  ['next Tuesday', null],
  ['sometime next week', null],
  ['', null],
  ['0999-01-01', null],
  ['not a date', null],
];

describe('parseCalendarDate', () => {
  const original = process.env.TZ;
  after(() => {
    process.env.TZ = original;
  });

  for (const zone of ZONES) {
    it(`reads each date as written with TZ=${zone}`, () => {
      process.env.TZ = zone;
      // Node re-reads TZ on assignment; prove the zone is really in force.
      assert.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone, zone === 'UTC' ? 'UTC' : zone);
      for (const [input, expected] of CASES) assert.equal(parseCalendarDate(input), expected, `${JSON.stringify(input)} in ${zone}`);
    });
  }

  it('gives the same answer in every zone', () => {
    const answers = ZONES.map((zone) => {
      process.env.TZ = zone;
      return CASES.map(([input]) => parseCalendarDate(input));
    });
    for (const a of answers) assert.deepEqual(a, answers[0]);
  });
});
