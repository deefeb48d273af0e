import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPredicted } from '../../scripts/quotes-eval/predicted.js';

describe('reading record.quotes', () => {
  it('reads the docs/quotes.md shape, parts and a missing speaker', () => {
    const [a, b] = readPredicted(
      [
        {
          text: 'We act', start: 1, end: 7, kind: 'direct', cluster: null, cue: 'says',
          speaker: { id: 'person:winston-peters', name: 'Winston Peters', mention: { text: 'Mr Peters', start: 10, end: 19 }, via: 'cue' },
          parts: [{ start: 1, end: 3 }, { start: 5, end: 7 }],
        },
        { text: 'x', start: 30, end: 31, kind: 'partial', cluster: null, cue: null, speaker: null },
      ],
      'd',
    );
    assert.equal(a?.speaker?.name, 'Winston Peters');
    assert.deepEqual(a?.speaker?.mention, { start: 10, end: 19, text: 'Mr Peters' });
    assert.equal(a?.parts?.length, 2);
    assert.equal(b?.speaker, null);
    assert.equal(b?.kind, 'partial');
  });

  it('refuses a quote without integer offsets, naming it', () => {
    assert.throws(() => readPredicted([{ text: 'x', start: '1', end: 2 }], 'doc.txt'), /doc\.txt quotes\[0\]: "start"/);
  });
});
