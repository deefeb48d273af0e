// The office page's pure parts under Node: its route (state in the hash, like
// the other pages) and the arithmetic of the terms chart. The browser test
// (office.test.ts) covers the page itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OfficeTerm } from '../../web/src/api-types.js';
import { officeHash, parseRoute } from '../../web/src/router.js';
import { barPosition, dayNumber, termRows, yearAxis } from '../../web/src/timeline.js';

describe('office routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/office?title=Prime%20Minister&of=Australia', { view: 'office', title: 'Prime Minister', of: 'Australia' }],
    ['#/office?title=Prime+Minister&of=New+Zealand', { view: 'office', title: 'Prime Minister', of: 'New Zealand' }],
    ['#/office?of=Australia&title=%20Secretary%20of%20State%20', { view: 'office', title: 'Secretary of State', of: 'Australia' }],
    // No owner: the page still opens, and the API says what is missing.
    ['#/office?title=Prime%20Minister', { view: 'office', title: 'Prime Minister', of: null }],
    ['#/office?title=Prime%20Minister&of=', { view: 'office', title: 'Prime Minister', of: null }],
    ['#/office', { view: 'missing', hash: '#/office' }],
    ['#/office?of=Australia', { view: 'missing', hash: '#/office?of=Australia' }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('the address spells spaces %20, as the API query does, and round-trips', () => {
    assert.equal(officeHash('Prime Minister', 'Australia'), '#/office?title=Prime%20Minister&of=Australia');
    assert.equal(officeHash('Prime Minister', null), '#/office?title=Prime%20Minister');
    for (const [title, of] of [
      ['Minister of Foreign Affairs', 'New Zealand'],
      ['A+B & C', 'Côte d’Ivoire #1 ?x=y'],
    ] as const) {
      assert.deepEqual(parseRoute(officeHash(title, of)), { view: 'office', title, of });
    }
  });
});

describe('the terms chart', () => {
  const term = (name: string, firstAttested: string, lastAttested: string, until: string | null): OfficeTerm => ({
    id: `person:${name.toLowerCase()}`,
    name,
    firstAttested,
    lastAttested,
    documents: 1,
    until,
  });

  test('a term spans its attested days, then on to the successor', () => {
    const [first, second] = termRows([term('Albanese', '2023-12-12', '2024-07-29', '2025-06-05'), term('Next', '2025-06-05', '2025-06-05', null)]);
    assert.ok(first && second);
    assert.equal(first.start, dayNumber('2023-12-12'));
    assert.equal(first.attestedEnd, dayNumber('2024-07-30'), 'the last attested day is inside the solid bar');
    assert.equal(first.end, dayNumber('2025-06-05'), "the term ends where the successor's evidence begins");
    assert.equal(second.start, first.end, 'the successor starts where the term ends');
    assert.equal(second.end, second.attestedEnd, 'the latest holder has no extension');
    assert.equal(second.end - second.start, 1, 'a one-day term is a day wide');
  });

  test('the successor seen on the last attested day gives no extension, and undated terms are left off', () => {
    const rows = termRows([term('A', '2024-01-01', '2024-03-01', '2024-03-01'), term('B', 'sometime', '2024-05-01', null), term('C', '2024-03-01', '2024-05-01', null)]);
    assert.deepEqual(rows.map((r) => r.name), ['A', 'C']);
    assert.equal(rows[0]?.end, rows[0]?.attestedEnd);
  });

  test('bars lie on a whole-year axis, in order and without overlap', () => {
    const rows = termRows([term('A', '2023-12-12', '2024-07-29', '2025-06-05'), term('B', '2025-06-05', '2025-06-05', null)]);
    const axis = yearAxis(rows);
    assert.ok(axis);
    assert.deepEqual(axis.ticks.map((t) => t.year), [2023, 2024, 2025]);
    const a = barPosition(axis, { start: rows[0]!.start, end: rows[0]!.end });
    const b = barPosition(axis, rows[1]!);
    assert.ok(a.left > 0 && a.left + a.width <= b.left + 1e-9 && b.left + b.width <= 1);
  });
});
