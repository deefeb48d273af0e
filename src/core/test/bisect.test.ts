import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { firstIndex, spanAt } from '../index.js';

const spanList = fc
  .array(fc.tuple(fc.nat(200), fc.nat(60)), { maxLength: 40 })
  .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start || b.end - a.end));

test('spanAt finds what a scan finds: the first span in order holding the offset, nested and overlapping spans included', () => {
  fc.assert(
    fc.property(spanList, fc.integer({ min: -5, max: 270 }), (spans, at) => {
      assert.equal(spanAt(spans, at), spans.find((s) => s.start <= at && at < s.end));
    }),
    { numRuns: 500 },
  );
});

test('spanAt: an empty span holds nothing, and the end is exclusive', () => {
  const spans = [{ start: 5, end: 5 }, { start: 5, end: 9 }];
  assert.equal(spanAt(spans, 5), spans[1]);
  assert.equal(spanAt(spans, 9), undefined);
  assert.equal(spanAt([], 0), undefined);
});

test('firstIndex is the first index where the prefix test fails', () => {
  assert.equal(firstIndex([1, 3, 5, 7], (x) => x < 5), 2);
  assert.equal(firstIndex([1, 3], (x) => x < 9), 2);
  assert.equal(firstIndex([], () => true), 0);
});
