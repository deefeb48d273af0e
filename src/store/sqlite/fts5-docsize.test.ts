import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { it } from 'node:test';
import { countMarks, docsizeTokens } from './fts5-docsize.js';

it('reads the token counts FTS5 keeps per row, summed over columns', () => {
  const db = new Database(':memory:');
  db.exec(`create virtual table t using fts5(a, b, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
  const rows: Array<[string | null, string, number]> = [
    ['Two words', "It's the Māori co-operation, 2024!", 2 + 7],
    [null, long, 300],
    ['', '', 0],
  ];
  const insert = db.prepare('insert into t (rowid, a, b) values (?, ?, ?)');
  rows.forEach(([a, b], i) => insert.run(i + 1, a, b));
  for (const [i, [, , expected]] of rows.entries()) {
    const { sz } = db.prepare('select sz from t_docsize where id = ?').get(i + 1) as { sz: Buffer };
    assert.equal(docsizeTokens(sz), expected, `row ${i + 1}`);
  }
  assert.equal(docsizeTokens(null), 0);
  // A count past one and two varint bytes (128, 16384).
  assert.equal(docsizeTokens(Uint8Array.of(0x81, 0x00, 0x81, 0x80, 0x00)), 128 + 16384);
});

it('counts highlighted instances, not characters', () => {
  assert.equal(countMarks('\u0001war on terror\u0002 and the \u0001war on terror\u0002', '\u0001'), 2);
  assert.equal(countMarks('nothing here', '\u0001'), 0);
  assert.equal(countMarks(null, '\u0001'), 0);
});
