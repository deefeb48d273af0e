import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuerySyntaxError } from '../../core/index.js';
import { compileFts5 } from './fts5.js';
import { parseQuery } from './parse.js';

/** Each query with the FTS5 expression it compiles to (the AST, read in FTS5's own notation). */
const QUERIES: readonly [string, string][] = [
  ['peters', '"peters"'],
  ['peters nato', '"peters" AND "nato"'],
  ['peters AND nato', '"peters" AND "nato"'],
  ['"foreign affairs"', '"foreign affairs"'],
  ['"foreign   affairs" minister', '"foreign   affairs" AND "minister"'],
  ['terr*', '"terr"*'],
  ['terr***', '"terr"*'],
  ['peters OR blinken', '"peters" OR "blinken"'],
  ['a OR b OR c', '"a" OR "b" OR "c"'],
  ['(a OR b) OR c', '"a" OR "b" OR "c"'],
  // AND binds tighter than OR, as in FTS5 and PostgreSQL's websearch syntax.
  ['a b OR c', '("a" AND "b") OR "c"'],
  ['a (b OR c)', '"a" AND ("b" OR "c")'],
  ['peters -nato', '("peters") NOT ("nato")'],
  ['peters NOT nato', '("peters") NOT ("nato")'],
  ['peters -nato -aukus', '("peters") NOT ("nato" OR "aukus")'],
  ['peters -"free trade"', '("peters") NOT ("free trade")'],
  ['peters -(nato OR aukus)', '("peters") NOT (("nato" OR "aukus"))'],
  ['a (b -c)', '("a" AND "b") NOT ("c")'],
  ['a (-c)', '("a") NOT ("c")'],
  ['(a b) OR (c -d)', '("a" AND "b") OR (("c") NOT ("d"))'],
  ['((peters))', '"peters"'],
  ['title:washington', 'title:"washington"'],
  ['TITLE:washington', 'title:"washington"'],
  ['title:"strategic partnership" peters', 'title:"strategic partnership" AND "peters"'],
  ['text:terr*', 'text:"terr"*'],
  ['-title:budget peters', '("peters") NOT (title:"budget")'],
  ['title:-budget', 'title:"-budget"'],
  ['title:AND', 'title:"AND"'],
  // Lower-case operators are words.
  ['war and peace', '"war" AND "and" AND "peace"'],
  ['"to be or NOT to be"', '"to be or NOT to be"'],
  ['"NOT"', '"NOT"'],
  ['co-operation', '"co-operation"'],
  ['co-op*', '"co-op"*'],
  ['a-', '"a-"'],
  ['--nato', '"--nato"'],
  // Punctuation and symbols on their own are ignored.
  ['Australia – New Zealand', '"Australia" AND "New" AND "Zealand"'],
  ['peters - nato', '"peters" AND "nato"'],
  ['peters AND – AND nato', '"peters" AND "nato"'],
  ['– OR nato', '"nato"'],
  ['peters 😀', '"peters"'],
  ['"Mr Peters" "😀"', '"Mr Peters"'],
  ['http://beehive.govt.nz/release', '"http://beehive.govt.nz/release"'],
  ['10:30am', '"10:30am"'],
  ['Note: peters', '"Note:" AND "peters"'],
  ['O"Brien said"', '"O" AND "Brien said"'],
  ['peters\u0000nato', '"peters" AND "nato"'],
];

const EMPTY = ['', '   ', '\t\n', '–', '😀', '-', '* & *', '(–)', '😀 OR 🇳🇿', '-😀', 'title:*'];

/** Text that must parse: real queries with apostrophes, dots, dashes, emoji and operator words in phrases. */
const FALSE_POSITIVES = [
  'AUKUS',
  "Peters'",
  "Peters' visit",
  "New Zealand's",
  'U.S.',
  'U.S. Secretary of State',
  'New Zealand–United States',
  'New Zealand—United States',
  'co-operation',
  'Māori',
  'Ngā mihi',
  'São Tomé',
  '🇳🇿 🇺🇸',
  'peace 🕊️',
  '"NOT a drill"',
  '"AND then"',
  '"OR else"',
  'NATO-led',
  'G7+',
  'C++',
  '#AUKUS',
  '@NZMFAT',
  '50%',
  '$1.2 billion',
  'A&E',
  'e.g.',
  '2024-04-11',
  'US$5m',
  '¿qué?',
  "l'Europe",
  'ki*',
  'Indo-Pacific',
  'ASEAN: centrality',
  'http://example.com/a?b=c',
];

/** [query, position, words the message must contain]. */
const ERRORS: readonly [string, number, readonly string[]][] = [
  ['peters "nato', 7, ['Unclosed quote at position 7', 'add a closing "']],
  ['"', 0, ['Unclosed quote']],
  ['(peters nato', 0, ['Unclosed parenthesis at position 0', 'add a closing )']],
  ['((a) b', 0, ['Unclosed parenthesis']],
  ['peters) nato', 6, ['Unmatched ) at position 6', 'remove it']],
  [')', 0, ['Unmatched )']],
  ['peters AND', 7, ['AND at position 7 has nothing after it']],
  ['AND peters', 0, ['AND at position 0 has nothing before it']],
  ['OR nato', 0, ['OR at position 0 has nothing before it']],
  ['nato OR', 5, ['OR at position 5 has nothing after it']],
  ['a OR OR b', 2, ['OR at position 2 has nothing after it']],
  ['a AND OR b', 2, ['AND at position 2']],
  ['(OR a)', 1, ['OR at position 1 has nothing before it']],
  ['(a OR)', 3, ['OR at position 3 has nothing after it']],
  ['peters NOT', 7, ['NOT at position 7 has nothing after it']],
  ['a NOT NOT b', 2, ['NOT at position 2']],
  ['-nato', 0, ['only excludes terms', 'add at least one term']],
  ['NOT nato', 0, ['only excludes terms']],
  ['-nato -aukus', 0, ['only excludes terms']],
  ['peters OR -nato', 10, ['only excludes terms']],
  ['-(a b)', 0, ['only excludes terms']],
  ['a -(-b)', 4, ['only excludes terms']],
  ['""', 0, ['Empty phrase at position 0', 'put words between the quotes']],
  ['peters "  "', 7, ['Empty phrase at position 7']],
  ['author:peters', 0, ["Unknown field 'author'", 'title:', 'text:', 'quotes']],
  ['a foo:"bar baz"', 2, ["Unknown field 'foo'"]],
  ['title: peters', 0, ['Field title: at position 0 has no value', 'title:peters']],
  ['title:(a b)', 0, ['Field title:']],
  ['()', 0, ['Empty parentheses at position 0']],
  ['a ((((((((((b))))))))))', 10, ['Too many nested parentheses']],
  ['a'.repeat(2001), 2000, ['too long', 'at most 2000']],
  // Limits that keep one query from holding a worker (limits.ts).
  ['k*', 0, ["prefix 'k*' at position 0 is too short", 'at least 2 letters']],
  ['peters title:a*', 13, ["prefix 'a*'", 'too short']],
  ['a* '.repeat(300), 0, ['too short']],
  [Array.from({ length: 150 }, (_, i) => `w${i}`).join(' OR '), 214, ['Too many words and phrases', 'number 33', 'at most 32']],
  ['ab* cd* ef* gh* ij* kl* mn*', 24, ['Too many prefixes', 'number 7', 'at most 6']],
  [`"${Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')}"`, 0, ['phrase at position 0 has 17 words', 'at most 16']],
];

describe('parseQuery', () => {
  for (const [query, fts5] of QUERIES) {
    it(`parses ${JSON.stringify(query)}`, () => {
      const node = parseQuery(query);
      assert.notEqual(node.type, 'empty');
      if (node.type !== 'empty') assert.equal(compileFts5(node), fts5);
    });
  }

  for (const query of EMPTY) {
    it(`reads ${JSON.stringify(query)} as an empty query`, () => {
      assert.deepEqual(parseQuery(query), { type: 'empty' });
    });
  }

  it('builds the documented AST', () => {
    assert.deepEqual(parseQuery('title:"free trade" terr* -nato OR peters'), {
      type: 'or',
      children: [
        {
          type: 'and',
          include: [
            { type: 'phrase', text: 'free trade', field: 'title' },
            { type: 'term', text: 'terr', prefix: true, field: null },
          ],
          exclude: [{ type: 'term', text: 'nato', prefix: false, field: null }],
        },
        { type: 'term', text: 'peters', prefix: false, field: null },
      ],
    });
  });

  for (const query of FALSE_POSITIVES) {
    it(`accepts ${JSON.stringify(query)}`, () => {
      assert.doesNotThrow(() => parseQuery(query));
    });
  }

  for (const [query, position, words] of ERRORS) {
    it(`refuses ${JSON.stringify(query.length > 40 ? `${query.slice(0, 40)}…` : query)}`, () => {
      assert.throws(
        () => parseQuery(query),
        (error: unknown) => {
          assert.ok(error instanceof QuerySyntaxError, `expected QuerySyntaxError, got ${String(error)}`);
          assert.equal(error.query, query);
          assert.equal(error.position, position, error.message);
          for (const word of words) assert.ok(error.message.includes(word), `"${error.message}" should mention "${word}"`);
          return true;
        },
      );
    });
  }

  it('names the fix in the exact wording users see for an unclosed quote', () => {
    assert.throws(() => parseQuery('peters "nato'), { message: 'Unclosed quote at position 7: add a closing " or remove the opening one' });
  });
});
