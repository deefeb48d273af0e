import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceTexts } from './support.js';

// Text that must stay ONE sentence. Each row names the trap it guards.
const mustNotSplit: ReadonlyArray<readonly [trap: string, input: string]> = [
  ['attribution after a quote', '“We will keep working together.” Mr Peters says.'],
  ['attribution after a straight quote', '"We will keep working together." Mr Peters said.'],
  ['acronym before a title', 'U.S. Secretary of State Antony Blinken arrived.'],
  ['acronym before a lower-case word', 'U.S. officials said the talks went well.'],
  ['honorific with a dot', 'Rt Hon. Winston Peters spoke first.'],
  ['decimal', 'Exports rose 3.5 per cent last year.'],
  ['time before a lower-case word', 'The ceremony begins at 2 p.m. on Tuesday.'],
  ['time before a weekday', 'The ceremony begins at 2 p.m. Tuesday in Wellington.'],
  ['chain of initials', 'The novel by J. R. R. Tolkien was filmed here.'],
  ['acronym inside a hyphenated name', 'He addressed the U.S.-NZ Council in Washington.'],
  ['e.g. before a lower-case word', 'Several areas, e.g. trade and defence, were covered.'],
  ['i.e. before a lower-case word', 'The region, i.e. the Pacific, came up.'],
  ['number prefix', 'He visited No. 10 Downing Street.'],
  ['month abbreviation before a day', 'The agreement took effect on Sept. 1 last year.'],
  ['vs', 'The case of Smith vs. Jones was cited.'],
  ['saint', 'They met in St. Petersburg.'],
  ['company before a lower-case word', 'Fonterra Co. said exports were strong.'],
  ['question inside a quote', '“Will they come?” he asked.'],
  ['exclamation inside a quote', '“What a day!” she said.'],
  ['ellipsis before a name', 'We stand with … New Zealand and Australia.'],
  ['URL-like token', 'Details are at beehive.govt.nz today.'],
  ['version number', 'The system moved to v2.0 this year.'],
];

for (const [trap, input] of mustNotSplit) {
  test(`does not split: ${trap}`, () => {
    assert.deepEqual(sentenceTexts(input), [input]);
  });
}
