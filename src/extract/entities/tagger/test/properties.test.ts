import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadTagger, tokenize } from '../index.js';

const texty = fc.array(
  fc.constantFrom('a', 'B', 'z', 'Q', ' ', ' ', '.', ',', "'", '\u2019', '-', '\u2014', '"', '\u201c', '3', 'U.S.', 'Mr.', "n't", 'Peters', 'NZ', '\n', '\u{1F642}', 'é'),
  { maxLength: 40 },
).map((parts) => parts.join(''));

test('tokens are in order, non-empty, never overlap and reproduce their text', () => {
  fc.assert(
    fc.property(texty, (text) => {
      let last = 0;
      for (const t of tokenize(text)) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length);
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.equal(t.text.trim(), t.text);
        last = t.end;
      }
    }),
    { numRuns: 300 },
  );
});

test('tagDocument never throws and its spans reproduce their text, in order, with scores in [0, 1]', () => {
  const tagger = loadTagger();
  fc.assert(
    fc.property(texty, fc.integer({ min: 0, max: 80 }), (text, cut) => {
      const mid = Math.min(cut, text.length);
      const spans = tagger.tagDocument(text, [{ start: 0, end: mid }, { start: mid, end: text.length }]);
      let last = 0;
      for (const s of spans) {
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.ok(s.start >= last && s.end > s.start);
        assert.ok(s.score >= 0 && s.score <= 1);
        last = s.end;
      }
    }),
    { numRuns: 200 },
  );
});
