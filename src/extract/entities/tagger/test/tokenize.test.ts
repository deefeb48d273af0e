import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../index.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

test('tokenize: [input, tokens] table', () => {
  const table: [string, string[]][] = [
    ['Foreign Minister Winston Peters met Mr. Blinken.', ['Foreign', 'Minister', 'Winston', 'Peters', 'met', 'Mr.', 'Blinken', '.']],
    ["Russia's war", ['Russia', "'s", 'war']],
    ['Russia\u2019s war', ['Russia', '\u2019s', 'war']],
    ['the U.S. and the U.K.', ['the', 'U.S.', 'and', 'the', 'U.K.']],
    ['an Indo-Pacific strategy', ['an', 'Indo-Pacific', 'strategy']],
    ['\u201cWe agree,\u201d he said', ['\u201c', 'We', 'agree', ',', '\u201d', 'he', 'said']],
    ['trade \u2014 and security \u2013 talks', ['trade', '\u2014', 'and', 'security', '\u2013', 'talks']],
    ['we don\u2019t know; they can\'t', ['we', 'do', 'n\u2019t', 'know', ';', 'they', 'ca', "n't"]],
    ['1,000 troops, 3.5% growth, on 1996-08-22', ['1,000', 'troops', ',', '3.5', '%', 'growth', ',', 'on', '1996-08-22']],
    ["O'Brien and o'clock", ["O'Brien", 'and', "o'clock"]],
    ['J. Smith, e.g. today', ['J.', 'Smith', ',', 'e.g.', 'today']],
    ['ministers\' views (AT&T)', ['ministers', "'", 'views', '(', 'AT&T', ')']],
    ['It ended.', ['It', 'ended', '.']],
    ['wait... what--now', ['wait', '...', 'what', '--', 'now']],
    ['Łódź and Lindström', ['Łódź', 'and', 'Lindström']],
  ];
  for (const [input, expected] of table) assert.deepEqual(words(input), expected, input);
});

test('tokenize: offsets are UTF-16 slices of the input, in order', () => {
  const text = '  “Kia ora,” said Ms Ardern — in Wellington.\n\nRussia’s envoy 🙂 left.';
  let last = 0;
  for (const t of tokenize(text)) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last && t.end > t.start);
    last = t.end;
  }
});

test('tokenize: a range tokenises only that part, with offsets into the whole string', () => {
  const text = 'Skip this. Winston Peters spoke.';
  const tokens = tokenize(text, 11, 25);
  assert.deepEqual(tokens, [
    { text: 'Winston', start: 11, end: 18 },
    { text: 'Peters', start: 19, end: 25 },
  ]);
});
