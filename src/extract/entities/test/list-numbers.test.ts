import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listNumbersForward, markSentences, tokenizeText } from '../text/index.js';

/** The sentences as text, after the segmenter's cut (`cuts`: the offsets of each sentence's end). */
function forward(text: string, cuts: readonly string[]): string[] {
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of cuts) {
    const start = text.indexOf(cut, from);
    const end = start + cut.length;
    sentences.push({ start, end });
    from = end;
  }
  const tokens = tokenizeText(text);
  markSentences(tokens, sentences);
  return listNumbersForward(tokens, text, sentences).map((s) => text.slice(s.start, s.end));
}

// [why, text, the segmenter's sentences, what the tagger reads]
const rows: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
  [
    'a results table joined into one paragraph',
    '7. Madlen Brigger ( Switzerland ) 1:18.23 8. Florence Masnada ( France ) 1:18.31 9. Katja Seizinger',
    ['7. Madlen Brigger ( Switzerland ) 1:18.23 8.', 'Florence Masnada ( France ) 1:18.31 9.', 'Katja Seizinger'],
    ['7. Madlen Brigger ( Switzerland ) 1:18.23', '8. Florence Masnada ( France ) 1:18.31', '9. Katja Seizinger'],
  ],
  [
    'a numbered line-up in a release',
    '1. Hon Chris Bishop – Minister of Housing 2. Nicola Willis – Finance',
    ['1. Hon Chris Bishop – Minister of Housing 2.', 'Nicola Willis – Finance'],
    ['1. Hon Chris Bishop – Minister of Housing', '2. Nicola Willis – Finance'],
  ],
  [
    'a sentence that is only the number',
    'Results : 1. Ann Lee 2. Bo Ma',
    ['Results : 1. Ann Lee', '2.', 'Bo Ma'],
    ['Results : 1. Ann Lee', '', '2. Bo Ma'],
  ],
  ['a figure ending a sentence, no list before it', 'Exports rose to 9. Analysts were surprised.', ['Exports rose to 9.', 'Analysts were surprised.'], ['Exports rose to 9.', 'Analysts were surprised.']],
  ['a time is no list number', 'He ran 1:17.97 and came 18. Smith won.', ['He ran 1:17.97 and came 18.', 'Smith won.'], ['He ran 1:17.97 and came 18.', 'Smith won.']],
  ['a lower-case word after it', 'Items 1. and 2. were read.', ['Items 1. and 2.', 'were read.'], ['Items 1. and 2.', 'were read.']],
];

for (const [why, text, cuts, expected] of rows) {
  test(`list numbers for the tagger: ${why}`, () => {
    assert.deepEqual(forward(text, cuts), expected);
  });
}
