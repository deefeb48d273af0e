import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveTimes } from '../index.js';
import { documentOf, runDocument } from './support.js';

const WORDS = ['on', 'Friday', 'in', 'March', 'May', '2024', '3', '–', '5', 'April', 'last', 'next', 'week', 'year', 'the', 'fall', 'today', 'to', 'and', 'between', '11/04/2024', 'will', 'met', 'Q3', 'quarter', 'third', 'ago', 'two', ',', '.', '\n\n', 'Theresa', 'yesterday', 'morning', '1990s', 'Christmas', 'Day', 'Anzac'];

describe('times: invariants', () => {
  it('text === doc.text.slice(start, end), in order, never overlapping (random text)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.option(fc.constantFrom('2024-04-11', '2026-02-02', '1999-12-31')), (words, published) => {
        const text = words.join(' ');
        const { output } = runDocument(documentOf(text, { published }));
        let last = 0;
        for (const t of output.times) {
          assert.equal(t.text, text.slice(t.start, t.end));
          assert.ok(t.start >= last && t.end > t.start);
          last = t.end;
          if (published === null && t.relative) assert.equal(t.value, null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a dated range ending on a weekday needs no publication date', () => {
    const [t] = resolveTimes('11/04/2024 to Friday', null);
    assert.deepEqual([t?.value, t?.until?.value, t?.relative], ['2024-04-11', '2024-04-12', false]);
  });

  it('is a pure function of the text and the date', () => {
    const text = 'Peters met Blinken on Friday and will travel to Tokyo next week.';
    assert.deepEqual(resolveTimes(text, '2024-04-11'), resolveTimes(text, '2024-04-11'));
  });
});

describe('times: no publication date', () => {
  it('leaves relative values null and says how to fix it, once', () => {
    const { output, messages } = runDocument(documentOf('Peters met Blinken on Friday. He returns next week. The pact dates from 3 April 2024.', { published: null }));
    assert.deepEqual(
      output.times.map((t) => [t.text, t.value, t.grain]),
      [['Friday', null, null], ['next week', null, null], ['3 April 2024', '2024-04-03', 'day']],
    );
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.code, 'no-publication-date-for-times');
    assert.equal(messages[0]!.severity, 'warning');
    assert.match(messages[0]!.reason, /^2 relative date expressions .*parley ingest --published YYYY-MM-DD/);
  });

  it('says nothing when every expression is absolute', () => {
    assert.deepEqual(runDocument(documentOf('Signed on 3 April 2024.', { published: null })).messages, []);
  });
});
