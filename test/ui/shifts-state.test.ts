// The shifts page's state and where a phrase leads (its trend over both
// sides) are pure, so they are checked here under Node; shifts-page.test.ts
// covers the page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRoute, shiftsHash, trendsHash } from '../../web/src/router.js';
import { EMPTY_SHIFTS, GROUP, PERIOD, formatZ, isComplete, phraseTrend, shiftsParams, sideLabel, type ShiftsState } from '../../web/src/shifts-state.js';
import { EMPTY_TRENDS } from '../../web/src/trends-state.js';

const PERIODS: ShiftsState = { ...EMPTY_SHIFTS, from: '1996..2000', to: '2005..2009', source: 'beehive.govt.nz', kind: 'release', minDocs: 5, limit: 25 };
const GROUPS: ShiftsState = { ...EMPTY_SHIFTS, mode: 'groups', group: 'kind:release', vs: 'kind:news' };

const side = (from: string | null, to: string | null, group: string | null = null) => ({ from, to, group, documents: 10, words: 1000 });

describe('shifts routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/shifts', { view: 'shifts', shifts: EMPTY_SHIFTS }],
    ['#/shifts?from=1996..2000&to=2005..2009', { view: 'shifts', shifts: { ...EMPTY_SHIFTS, from: '1996..2000', to: '2005..2009' } }],
    // A group in the address makes it a comparison of groups; periods are then ignored.
    ['#/shifts?group=kind:release&vs=kind:news&from=2001', { view: 'shifts', shifts: GROUPS }],
    ['#/shifts?from=2001&to=2002&minDocs=0&limit=9999', { view: 'shifts', shifts: { ...EMPTY_SHIFTS, from: '2001', to: '2002' } }],
  ];
  for (const [hash, expected] of table) test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));

  test('both modes survive the round trip, in the API’s names', () => {
    assert.deepEqual(parseRoute(shiftsHash(PERIODS)), { view: 'shifts', shifts: PERIODS });
    assert.deepEqual(parseRoute(shiftsHash(GROUPS)), { view: 'shifts', shifts: GROUPS });
    assert.equal(shiftsParams(PERIODS).toString(), 'from=1996..2000&to=2005..2009&source=beehive.govt.nz&kind=release&minDocs=5&limit=25');
    assert.equal(shiftsParams(GROUPS).toString(), 'group=kind%3Arelease&vs=kind%3Anews');
    assert.equal(shiftsHash(), '#/shifts');
    // Switching to groups with nothing typed still lands on the groups form.
    assert.equal(parseRoute(shiftsHash({ ...EMPTY_SHIFTS, mode: 'groups' })).view === 'shifts' && (parseRoute(shiftsHash({ ...EMPTY_SHIFTS, mode: 'groups' })) as { shifts: ShiftsState }).shifts.mode, 'groups');
  });

  test('only two sides make a question for the API', () => {
    assert.equal(isComplete(EMPTY_SHIFTS), false);
    assert.equal(isComplete({ ...EMPTY_SHIFTS, from: '2001' }), false);
    assert.equal(isComplete(PERIODS), true);
    assert.equal(isComplete({ ...GROUPS, vs: '' }), false);
    assert.equal(isComplete(GROUPS), true);
  });

  const periods: [string, boolean][] = [
    ['1996..2000', true],
    ['2001', true],
    ['2001-09-11..2002-12-31', true],
    ['2001..2002-06-30', true],
    ['96..2000', false],
    ['2001..', false],
  ];
  for (const [value, ok] of periods) test(`${value} is ${ok ? '' : 'not '}a period`, () => assert.equal(PERIOD.test(value), ok));
  test('groups are kind: or source:', () => {
    assert.ok(GROUP.test('kind:release') && GROUP.test('source:Capital Courier'));
    assert.ok(!GROUP.test('release') && !GROUP.test('kind:'));
  });
});

describe('a phrase’s trend', () => {
  test('between periods: quoted, by year, from the first period’s start to the second’s end, in the same scope', () => {
    const trend = phraseTrend('war on terror', PERIODS, { a: side('1996-01-01', '2000-12-31'), b: side('2005-01-01', '2009-12-31') });
    assert.deepEqual(trend, { ...EMPTY_TRENDS, phrases: ['"war on terror"'], by: 'year', from: '1996-01-01', to: '2009-12-31', source: 'beehive.govt.nz', kind: 'release' });
    assert.equal(trendsHash(trend), '#/trends?phrase=%22war+on+terror%22&by=year&from=1996-01-01&to=2009-12-31&source=beehive.govt.nz&kind=release');
  });

  test('between two groups of one dimension: split by it', () => {
    assert.equal(phraseTrend('x', GROUPS).split, 'kind');
    assert.equal(phraseTrend('x', { ...GROUPS, group: 'source:A', vs: 'source:B' }).split, 'source');
    assert.equal(phraseTrend('x', { ...GROUPS, group: 'source:A', vs: 'kind:news' }).split, '');
  });

  test('sides and z-scores in words', () => {
    assert.equal(sideLabel(side('1996-01-01', '2000-12-31')), '1 Jan 1996 – 31 Dec 2000');
    assert.equal(sideLabel(side(null, null, 'kind:release')), 'kind:release');
    assert.deepEqual([formatZ(12.44), formatZ(-9.1), formatZ(0)], ['+12.4', '−9.1', '0.0']);
  });
});
