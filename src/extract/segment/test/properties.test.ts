import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { spanMatches } from '../../../core/index.js';
import { segmentStage } from '../index.js';
import { documentOf, segment } from './support.js';

/** Every invariant the later stages rely on, for any text. */
function checkInvariants(text: string): void {
  const { output } = segment(text);
  let previousEnd = 0;
  for (const paragraph of output.paragraphs) {
    assert.ok(spanMatches(text, paragraph), 'paragraph span reproduces its text');
    assert.ok(paragraph.start >= previousEnd, 'paragraphs are ordered and disjoint');
    assert.ok(paragraph.text.length > 0 && paragraph.text === paragraph.text.trim(), 'paragraphs are trimmed and non-empty');
    assert.ok(!/\n[^\S\n]*\n/.test(paragraph.text), 'no blank line inside a paragraph');
    previousEnd = paragraph.end;
  }
  // Outside paragraphs there is only whitespace.
  let outside = '';
  let cursor = 0;
  for (const p of output.paragraphs) {
    outside += text.slice(cursor, p.start);
    cursor = p.end;
  }
  outside += text.slice(cursor);
  assert.equal(outside.trim(), '', 'paragraphs cover all non-whitespace');

  let sentenceEnd = 0;
  let lastParagraph = 0;
  const gaps = new Map<number, { cursor: number; rest: string }>();
  for (const sentence of output.sentences) {
    assert.ok(spanMatches(text, sentence), 'sentence span reproduces its text');
    assert.ok(sentence.start >= sentenceEnd, 'sentences are ordered and disjoint');
    assert.ok(sentence.text.length > 0 && sentence.text === sentence.text.trim(), 'sentences are trimmed and non-empty');
    assert.ok(sentence.paragraph >= lastParagraph, 'paragraph indexes never go back');
    const paragraph = output.paragraphs[sentence.paragraph];
    assert.ok(paragraph, 'sentence points at a paragraph');
    assert.ok(sentence.start >= paragraph.start && sentence.end <= paragraph.end, 'sentence lies inside its paragraph');
    const gap = gaps.get(sentence.paragraph) ?? { cursor: paragraph.start, rest: '' };
    gaps.set(sentence.paragraph, { cursor: sentence.end, rest: gap.rest + text.slice(gap.cursor, sentence.start) });
    sentenceEnd = sentence.end;
    lastParagraph = sentence.paragraph;
  }
  // Sentences cover each paragraph: between them there is only whitespace.
  output.paragraphs.forEach((paragraph, index) => {
    const gap = gaps.get(index);
    assert.ok(gap, 'every paragraph has a sentence');
    assert.equal((gap.rest + text.slice(gap.cursor, paragraph.end)).trim(), '', 'sentences cover their paragraph');
  });
}

// Words and marks that exercise every rule, glued together at random.
const tricky = fc
  .array(
    fc.constantFrom(
      ' ', ' ', ' ', '\n', '\n\n', '\n \n', '\r\n', '\u00a0', '\u2028', '.', '. ', '...', '…', '?', '!', '“', '”', '"', "'", '‘', '’',
      '(', ')', ',', 'Mr', 'Mr.', 'U.S.', 'D.C.', 'p.m.', 'e.g.', 'No.', 'No. 10', 'J.', 'etc.', 'The', 'He', 'he', 'said', 'says',
      'Peters', 'today', '3.5', '1.', 'Müller', '日本', '\u{1F600}', '\uD800',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('spans, order, nesting and coverage hold for tricky text', () => {
  fc.assert(fc.property(tricky, (text) => checkInvariants(text)), { numRuns: 2000 });
});

test('spans, order, nesting and coverage hold for any string', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInvariants(text)), { numRuns: 1000 });
});

test('run is pure: the document is untouched and a second run gives the same result', () => {
  fc.assert(
    fc.property(tricky, (text) => {
      const doc = documentOf(text);
      const before = structuredClone(doc);
      const first = segmentStage.run(Object.freeze(doc), { outputs: new Map() });
      assert.deepEqual(doc, before);
      assert.deepEqual(segmentStage.run(doc, { outputs: new Map() }), first);
    }),
    { numRuns: 300 },
  );
});
