import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { QuerySyntaxError } from '../../core/index.js';
import { compileFts5 } from './fts5.js';
import { parseQuery } from './parse.js';

// A real FTS5 table with the store's tokenizer: the compiled text must always be valid FTS5.
const db = new Database(':memory:');
db.exec(`create virtual table fts using fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2');
  insert into fts values ('Peters visits Washington', 'The Māori delegation met on co-operation and terrorism.');`);
const match = db.prepare('select rowid from fts where fts match ?');
after(() => db.close());

/** Parses and runs a query; returns the row count, or null when the parser refused it (the only allowed failure). */
function run(query: string): number | null {
  let node;
  try {
    node = parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return null;
    throw error;
  }
  return node.type === 'empty' ? 0 : match.all(compileFts5(node)).length;
}

const pieces = fc.constantFrom(
  'AND', 'OR', 'NOT', '(', ')', '"', '-', '*', ':', 'title:', 'text:', 'author:', 'NEAR', '^', '+', '{', '}',
  'peters', 'Māori', 'co-op', 'U.S.', '😀', '–', "'", '\u0000', '\\', 'http://x', 'terr*',
);
const queryLike = fc.array(fc.oneof(pieces, fc.constantFrom(' ', '  ')), { maxLength: 24 }).map((parts) => parts.join(''));

describe('compileFts5 on a real FTS5 table', () => {
  it('matches what the words mean', () => {
    assert.equal(run('maori'), 1);
    assert.equal(run('"co-operation"'), 1);
    assert.equal(run('terr*'), 1);
    assert.equal(run('title:washington'), 1);
    assert.equal(run('text:washington'), 0);
    assert.equal(run('peters -terrorism'), 0);
    assert.equal(run('nobody OR peters'), 1);
    assert.equal(run('NEAR(peters washington)'), 0);
  });

  it('either parses or throws QuerySyntaxError, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), queryLike), (query) => {
        try {
          parseQuery(query);
        } catch (error) {
          assert.ok(error instanceof QuerySyntaxError, `${JSON.stringify(query)} threw ${String(error)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never makes FTS5 throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), queryLike), (query) => {
        run(query);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives the deepest nesting the parser allows', () => {
    for (const open of ['a OR (', 'a -(', '-a (', 'a b OR (', 'a (b OR c) -(']) {
      const query = `${open.repeat(8)}m${')'.repeat(8)}`;
      assert.notEqual(run(query), null, query);
    }
  });
});
