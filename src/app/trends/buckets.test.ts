import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketCount, bucketOf, bucketsBetween, GRAINS, type Grain } from './buckets.js';

describe('trend buckets', () => {
  const table: Array<[string, Grain, string, string, string]> = [
    ['2024-04-11', 'day', '2024-04-11', '2024-04-11', '2024-04-11'],
    ['2024-04-11', 'week', '2024-W15', '2024-04-08', '2024-04-14'],
    // ISO weeks cross years: 1 January 2021 is in 2020's week 53; 31 December 2024 in 2025's week 1.
    ['2021-01-01', 'week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-12-31', 'week', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2024-02-10', 'month', '2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02-10', 'month', '2023-02', '2023-02-01', '2023-02-28'],
    ['2024-05-01', 'quarter', '2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-12-31', 'quarter', '2024-Q4', '2024-10-01', '2024-12-31'],
    ['1996-07-04', 'year', '1996', '1996-01-01', '1996-12-31'],
  ];
  for (const [day, grain, key, from, to] of table) {
    it(`${day} by ${grain} is ${key} (${from}..${to})`, () => assert.deepEqual(bucketOf(day, grain), { key, from, to }));
  }

  it('counts the buckets it would list without listing them (weeks: at most one more)', () => {
    for (const [first, last] of [['2020-12-20', '2021-01-12'], ['1996-03-11', '2010-06-30'], ['2024-04-11', '2024-04-11'], ['2023-12-31', '2024-01-01']] as const) {
      for (const grain of GRAINS) {
        const listed = bucketsBetween(first, last, grain).length;
        const counted = bucketCount(first, last, grain);
        assert.ok(grain === 'week' ? counted === listed || counted === listed + 1 : counted === listed, `${first}..${last} by ${grain}: ${counted} vs ${listed}`);
      }
    }
  });

  it('lists every bucket between two days, empty ones included, each holding its own dates', () => {
    assert.deepEqual(bucketsBetween('2023-11-20', '2024-02-03', 'month').map((b) => b.key), ['2023-11', '2023-12', '2024-01', '2024-02']);
    assert.deepEqual(bucketsBetween('2024-04-11', '2024-04-11', 'year').map((b) => b.key), ['2024']);
    const weeks = bucketsBetween('2020-12-20', '2021-01-12', 'week');
    assert.deepEqual(weeks.map((b) => b.key), ['2020-W51', '2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    for (const [i, b] of weeks.entries()) if (i > 0) assert.equal(Date.parse(b.from) - Date.parse(weeks[i - 1]!.to), 86_400_000);
  });
});
