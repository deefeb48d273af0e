import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { spanMatches } from '../../../core/index.js';
import { createEntitiesStage } from '../index.js';
import type { EntitiesOutput } from '../types.js';
import { documentOf, runStage, testStage } from './support.js';

function checkInvariants(text: string, out: EntitiesOutput): void {
  for (const m of out.mentions) {
    assert.ok(spanMatches(text, m), `mention ${JSON.stringify(m)}`);
    // Only a person the metadata names and the text does not has an empty mention, at 0.
    assert.ok(m.text.length > 0 || (m.via === 'metadata' && m.start === 0 && m.end === 0), 'mentions are never empty');
    assert.ok(out.entities[m.entity]?.mentions.includes(out.mentions.indexOf(m)), 'mention and entity point at each other');
    assert.ok(m.confidence >= 0 && m.confidence <= 1, 'confidence in [0, 1]');
  }
  for (let i = 1; i < out.mentions.length; i++) assert.ok(out.mentions[i - 1]!.end <= out.mentions[i]!.start, 'mentions are ordered and disjoint');
  for (const e of out.entities) if (e.mentions.some((i) => out.mentions[i]!.via === 'metadata')) assert.equal(e.mentions.length, 1, 'a metadata mention is the only one');
  for (const e of out.entities) {
    assert.ok(e.mentions.length > 0, 'every entity has a mention');
    assert.match(e.key, /^(person|org|place):[a-z0-9]+(-[a-z0-9]+)*$|^(person|org|place):unnamed$/, e.key);
    for (const r of e.roles) assert.ok(spanMatches(text, r), `role ${JSON.stringify(r)}`);
  }
  for (const o of out.officeMentions) assert.ok(spanMatches(text, o), `office ${JSON.stringify(o)}`);
}

// Words and marks that exercise every rule, glued together at random.
const tricky = fc
  .array(
    fc.constantFrom(
      ' ', ' ', ' ', '\n', '\n\n', '.', '. ', ',', ', ', ';', '’s', "'s", "'", '’', '-', '–', '“', '”', '(', ')', 'Mr', 'Mr.', 'Rt Hon', 'Dr', 'General', 'the',
      'Foreign Minister', 'Prime Minister', 'Secretary of State', 'Secretary', 'Deputy', 'former', 'of', 'US', 'U.S.', 'U.S', 'New Zealand', 'Japanese',
      'NATO', 'Winston', 'Peters', 'Antony Blinken', 'Blinken', 'Clark', 'Helen Clark', 'May', 'March', 'However', 'State', 'Pillar Two', 'Indo-Pacific',
      'von der', 'Leyen', 'António', 'Guterres', '日本', '\u{1F600}', '\uD800', 'said', 'he',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('spans reproduce their text and links hold, for tricky text', () => {
  fc.assert(fc.property(tricky, (text) => checkInvariants(text, runStage(testStage, documentOf(text)).output)), { numRuns: 1500 });
});

test('never throws, for any string, with and without a tagger', () => {
  const rulesOnly = createEntitiesStage({ tagger: null });
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      checkInvariants(text, runStage(testStage, documentOf(text)).output);
      checkInvariants(text, runStage(rulesOnly, documentOf(text)).output);
    }),
    { numRuns: 800 },
  );
});

test('a tagger with nonsense spans cannot break the invariants', () => {
  let raw: [number, number, string, number][] = [];
  // One stage, compiled once; each run's tagger answers with this run's spans.
  const stage = createEntitiesStage({
    tagger: { tagDocument: () => raw.map(([start, len, type, score]) => ({ start, end: start + len, type: type as 'PER', score })) },
  });
  fc.assert(
    fc.property(tricky, fc.array(fc.tuple(fc.nat(80), fc.nat(20), fc.constantFrom('PER', 'ORG', 'LOC', 'MISC'), fc.double({ noNaN: false })), { maxLength: 8 }), (text, spans) => {
      raw = spans;
      checkInvariants(text, runStage(stage, documentOf(text)).output);
    }),
    { numRuns: 500 },
  );
});

test('run is pure: the document is untouched and a second run gives the same result', () => {
  fc.assert(
    fc.property(tricky, (text) => {
      const doc = documentOf(text, { ministers: ['Rt Hon Winston Peters'], portfolios: ['Foreign Affairs'] });
      const before = structuredClone(doc);
      const first = runStage(testStage, Object.freeze(doc));
      assert.deepEqual(doc, before);
      assert.deepEqual(runStage(testStage, doc), first);
    }),
    { numRuns: 300 },
  );
});

test('a tagger that throws is a message, not an exception', () => {
  const stage = createEntitiesStage({
    tagger: {
      tagDocument() {
        throw new Error('boom');
      },
    },
  });
  const { output, messages } = runStage(stage, documentOf('Foreign Minister Winston Peters spoke.'));
  assert.deepEqual(messages.map((m) => [m.code, m.origin]), [['tagger-failed', 'entities']]);
  assert.equal(output.entities[0]?.name, 'Winston Peters');
});
