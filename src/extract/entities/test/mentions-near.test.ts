import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mentionOverlapping, mentionsStartingIn, type EntitiesOutput, type EntityMention } from '../index.js';

const TYPES = ['person', 'org', 'place'] as const;
const outputOf = (mentions: EntityMention[]) => ({ entities: [], mentions }) as unknown as EntitiesOutput;
const mentionList = fc
  .array(fc.tuple(fc.nat(300), fc.nat(30), fc.constantFrom(...TYPES)), { maxLength: 50 })
  .map((rows) => rows.map(([start, length, type], i) => ({ start, end: start + length, text: 'x'.repeat(length), type, entity: i }) as unknown as EntityMention).sort((a, b) => a.start - b.start));
const span = fc.tuple(fc.nat(320), fc.nat(80)).map(([start, length]) => ({ start, end: start + length }));

test('mentionOverlapping and mentionsStartingIn agree with a scan of every mention', () => {
  fc.assert(
    fc.property(mentionList, span, fc.constantFrom(...TYPES), (mentions, s, type) => {
      const entities = outputOf(mentions);
      const live = mentions.filter((m) => m.end > m.start);
      assert.equal(mentionOverlapping(entities, s, (m) => m.type === type), live.find((m) => m.type === type && m.start < s.end && s.start < m.end));
      assert.deepEqual(mentionsStartingIn(entities, s, (m) => m.type === type), live.filter((m) => m.type === type && m.start >= s.start && m.start < s.end));
    }),
    { numRuns: 300 },
  );
});
