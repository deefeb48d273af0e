import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FEATURE_KINDS } from '../../src/extract/entities/tagger/features.js';
import { bagsOf, droppedSlots } from '../../scripts/ner/bags.js';

const kinds = Object.keys(FEATURE_KINDS);

test('pairs: six models, each without a different two of the four kinds, each kind missing from three', () => {
  const bags = bagsOf('pairs');
  assert.equal(bags.length, 6);
  assert.equal(new Set(bags.map((b) => [...b].sort().join('+'))).size, 6);
  for (const b of bags) assert.equal(new Set(b).size, 2);
  for (const k of kinds) assert.equal(bags.filter((b) => b.includes(k as never)).length, 3, k);
});

test('kinds: four models, each without one kind; none: no bags', () => {
  assert.deepEqual(bagsOf('kinds'), kinds.map((k) => [k]));
  assert.deepEqual(bagsOf('none'), []);
});

test('a bag drops exactly the slots of its kinds', () => {
  const slots = droppedSlots(['words', 'lists']);
  assert.deepEqual(new Set(slots), new Set([...FEATURE_KINDS.words, ...FEATURE_KINDS.lists]));
  assert.equal(slots.length, FEATURE_KINDS.words.length + FEATURE_KINDS.lists.length);
});
