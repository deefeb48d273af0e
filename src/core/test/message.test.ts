import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage, LineIndex, message } from '../index.js';

describe('messages', () => {
  it('print as file:line:col-line:col like vfile', () => {
    const index = new LineIndex('first line\nsecond line\nthird');
    const m = message({ code: 'boilerplate-signoff', reason: 'Removed agency sign-off', origin: 'reader:text', severity: 'info', start: 5, end: 5, place: index.place(11, 17) });
    assert.equal(formatMessage('story.txt', m), 'story.txt:2:1-2:7: info: Removed agency sign-off [reader:text:boilerplate-signoff]');
  });

  it('map offsets to 1-based points, UTF-16 code units', () => {
    const index = new LineIndex('a\n🙂b\n\nc');
    assert.deepEqual(index.point(0), { line: 1, column: 1 });
    assert.deepEqual(index.point(4), { line: 2, column: 3 }, 'the emoji counts as two code units');
    assert.deepEqual(index.point(6), { line: 3, column: 1 });
    assert.deepEqual(index.point(7), { line: 4, column: 1 });
  });

  it('shorten long excerpts', () => {
    const m = message({ code: 'x', reason: 'r', origin: 'o', excerpt: 'word '.repeat(100) });
    assert.ok((m.excerpt ?? '').length <= 120);
  });
});
