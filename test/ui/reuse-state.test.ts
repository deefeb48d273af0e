// The reuse routes and arithmetic are pure, so they are checked here under
// Node; the browser test covers the views.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReusePair, ReuseSide } from '../../web/src/api-types.js';
import { parseRoute, reuseHash, reusePairHash } from '../../web/src/router.js';
import { EMPTY_REUSE_LIST, formatLag, formatShare, parseReuseList, passageSpans, reuseListApiParams, reusedSpans } from '../../web/src/reuse-state.js';

const side = (id: string): ReuseSide => ({ id, path: `/${id}.txt`, title: id, published: null, source: null, kind: 'news' });
const pair = (source: string, target: string, passages: [number, number, number, number][]): ReusePair => ({
  source: side(source),
  target: side(target),
  sourceShare: 0.5,
  targetShare: 0.5,
  lagDays: null,
  passages: passages.map(([a, b, c, d]) => ({ source: { start: a, end: b }, target: { start: c, end: d } })),
});

describe('reuse routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/reuse', { view: 'reuse', list: EMPTY_REUSE_LIST }],
    ['#/reuse?minShare=0.6&offset=50', { view: 'reuse', list: { minShare: 0.6, offset: 50 } }],
    ['#/reuse?minShare=7&offset=-3', { view: 'reuse', list: EMPTY_REUSE_LIST }],
    ['#/reuse/abc/def', { view: 'reuse-pair', source: 'abc', target: 'def' }],
    ['#/reuse/a%2Fb/c%3Fd', { view: 'reuse-pair', source: 'a/b', target: 'c?d' }],
    ['#/reuse/abc', { view: 'missing', hash: '#/reuse/abc' }],
    ['#/reuse/abc/', { view: 'missing', hash: '#/reuse/abc/' }],
    ['#/reuse/a/b/c', { view: 'missing', hash: '#/reuse/a/b/c' }],
    ['#/reuse/%E0%A4%A/b', { view: 'missing', hash: '#/reuse/%E0%A4%A/b' }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('the index and a pair survive the round trip through the hash', () => {
    const list = { minShare: 0.4, offset: 100 };
    assert.deepEqual(parseRoute(reuseHash(list)), { view: 'reuse', list });
    assert.equal(reuseHash(EMPTY_REUSE_LIST), '#/reuse', 'the default threshold has one address');
    assert.deepEqual(parseRoute(reusePairHash('x/1', 'y 2')), { view: 'reuse-pair', source: 'x/1', target: 'y 2' });
  });

  test('the API is always told the threshold', () => {
    assert.equal(reuseListApiParams(EMPTY_REUSE_LIST).toString(), 'minShare=0.2&limit=50');
    assert.equal(parseReuseList(new URLSearchParams('minShare=0')).minShare, 0);
  });
});

describe('reuse arithmetic', () => {
  test('passages are numbered in API order on each side', () => {
    const p = pair('r', 's', [[0, 10, 20, 30], [40, 50, 5, 15]]);
    assert.deepEqual(passageSpans(p, 'source'), [{ start: 0, end: 10, n: 1 }, { start: 40, end: 50, n: 2 }]);
    assert.deepEqual(passageSpans(p, 'target'), [{ start: 20, end: 30, n: 1 }, { start: 5, end: 15, n: 2 }]);
  });

  test("a document's reused stretches merge across its pairs, on its own side only", () => {
    const pairs = [pair('r', 's1', [[0, 10, 100, 110], [30, 40, 0, 5]]), pair('r', 's2', [[5, 20, 0, 15]]), pair('x', 'r', [[0, 3, 38, 45], [0, 3, 60, 99]])];
    assert.deepEqual(reusedSpans('r', pairs, 50), [
      { start: 0, end: 20, with: ['s1', 's2'] },
      { start: 30, end: 45, with: ['s1', 'x'] },
    ], 'overlaps merge; the span past the text (60–99) is dropped');
    assert.deepEqual(reusedSpans('nobody', pairs, 50), []);
  });

  test('shares and lags in words', () => {
    assert.equal(formatShare(0.9669), '97%');
    assert.equal(formatShare(0.001), '<1%');
    assert.equal(formatShare(0), '0%');
    assert.equal(formatLag(null), 'lag unknown');
    assert.equal(formatLag(0), 'same day');
    assert.equal(formatLag(1), '1 day later');
    assert.equal(formatLag(-3), '3 days earlier');
  });
});
