import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LEXICON } from '../lexicon/index.js';
import { leadingHonorificLength } from '../lexicon/leading-honorific.js';

const cut = leadingHonorificLength(DEFAULT_LEXICON);
const name = (text: string) => text.slice(cut(text));

describe('a person mention is the name, without the honorifics and ranks before it', () => {
  const table: [string, string][] = [
    ['Mr Peters', 'Peters'],
    ['The Rt Hon Winston Peters', 'Winston Peters'],
    ['Rt Hon Winston Peters', 'Winston Peters'],
    ['Hon. John Key', 'John Key'],
    ['Dr. Ayesha Verrall', 'Ayesha Verrall'],
    ['MR HOWARD', 'HOWARD'],
    ['Lieutenant General Smith', 'Smith'],
    ['Sir Tim Lane', 'Tim Lane'],
    ['Dame Jenny Shipley', 'Jenny Shipley'],
    ['His Excellency Joko Widodo', 'Joko Widodo'],
    ['Mdr Bolger', 'Bolger'],
    ['MW Howard', 'Howard'],
  ];
  for (const [mention, expected] of table) it(`${mention} → ${expected}`, () => assert.equal(name(mention), expected));

  // Nothing to cut, or nothing would be left.
  const untouched = ['Peters', 'Mr', 'Mt Albert', 'Md Yunus', 'Marshall Islands', 'Drew Barrymore', 'Major', 'Kiri Allan'];
  for (const mention of untouched) it(`${mention} stays whole`, () => assert.equal(cut(mention), 0));
});
