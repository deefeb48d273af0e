import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalOffice, oneHolderOffice } from '../index.js';

const cases: ReadonlyArray<readonly [string, string | null]> = [
  ['Foreign Minister', 'Minister of Foreign Affairs'],
  ['Minister of Foreign Affairs', 'Minister of Foreign Affairs'],
  ['Minister for Foreign Affairs', 'Minister of Foreign Affairs'],
  ['Foreign Affairs Minister', 'Minister of Foreign Affairs'],
  ['foreign minister', 'Minister of Foreign Affairs'],
  ['External Affairs Minister', 'Minister of Foreign Affairs'],
  ['Defence Minister', 'Minister of Defence'],
  ['Defense Minister', 'Minister of Defence'],
  ['Trade Minister', 'Minister of Trade'],
  // A portfolio's own words stay: "Trade and Export Growth" is not "Trade".
  ['Minister for Trade and Export Growth', 'Minister of Trade and Export Growth'],
  ['Minister of Foreign Trade', 'Minister of Foreign Trade'],
  ['Minister for Workplace Relations', 'Minister of Workplace Relations'],
  ['Secretary of State', 'Secretary of State'],
  ['Deputy Secretary of State', 'Deputy Secretary of State'],
  ['Assistant Secretary of State', 'Assistant Secretary of State'],
  ['Secretary-General', 'Secretary General'],
  ['Secretary General', 'Secretary General'],
  ['Prime Minister', 'Prime Minister'],
  ['PM', 'Prime Minister'],
  ['Deputy Prime Minister', 'Deputy Prime Minister'],
  ['Vice President', 'Vice President'],
  ['Vice-President', 'Vice President'],
  ['President', 'President'],
  ['Secretary of Foreign Affairs and Trade', 'Secretary of Foreign Affairs and Trade'],
  ['Minister of State for Foreign Affairs', 'Minister of State for Foreign Affairs'],
  ['Assistant Minister of Foreign Affairs', 'Assistant Minister of Foreign Affairs'],
  ['Associate Foreign Affairs Minister', 'Associate Minister of Foreign Affairs'],
  ['Foreign Affairs Spokesperson', 'Spokesperson for Foreign Affairs'],
  ['spokesperson on Foreign Affairs', 'Spokesperson for Foreign Affairs'],
  ['High Commissioner', 'High Commissioner'],
  ['Ambassador', 'Ambassador'],
  ['Governor General', 'Governor-General'],
  ['Foreign Secretary', 'Foreign Secretary'],
  ['Minister', null],
  ['Secretary', null],
  ['president', null],
  ['Foreign Ministers', null],
  ['Prime', null],
  ['', null],
];
for (const [title, expected] of cases) test(`canonicalOffice(${JSON.stringify(title)})`, () => assert.equal(canonicalOffice(title), expected));

// [canonical title, owner, one holder at a time]: national offices flagged `one`, owned by a country.
const oneHolder: ReadonlyArray<readonly [string, string | null, boolean]> = [
  ['Prime Minister', 'Australia', true],
  ['Leader of the Opposition', 'New Zealand', true],
  ['Minister of Foreign Affairs', 'New Zealand', true],
  ['Deputy Prime Minister', 'Australia', true],
  ['Secretary of State', 'United States', true],
  ['Prime Minister', null, false],
  ['Prime Minister', 'Labour Party', false],
  ['Secretary General', 'United Nations', false],
  ['Secretary General', 'Indonesia', false],
  ['Assistant Minister of Foreign Affairs', 'Australia', false],
  ['Minister of State for Foreign Affairs', 'Belgium', false],
  ['Senator', 'Australia', false],
  ['Ambassador', 'Japan', false],
  ['PM', 'Australia', false],
];
for (const [title, of, expected] of oneHolder) test(`oneHolderOffice(${JSON.stringify(title)}, ${JSON.stringify(of)})`, () => assert.equal(oneHolderOffice(title, of), expected));
