import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities } from './support.js';

/** Every organisation mention as "text → key". */
function orgMentions(input: string): string[] {
  const out = entities(input);
  return out.mentions.filter((m) => m.type === 'org').map((m) => `${m.text} → ${out.entities[m.entity]!.key}`);
}

// [input, organisation mentions]. An acronym the text defines, and "the Forum", are the organisation named in full.
const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Talks on the Trans-Pacific Partnership (TPP) resumed. TPP members met.', ['Trans-Pacific Partnership → org:trans-pacific-partnership', 'TPP → org:trans-pacific-partnership', 'TPP → org:trans-pacific-partnership']],
  ['The Department of Foreign Affairs and Trade (DFAT) agreed. DFAT said so.', ['Department of Foreign Affairs and Trade → org:department-of-foreign-affairs-and-trade', 'DFAT → org:department-of-foreign-affairs-and-trade', 'DFAT → org:department-of-foreign-affairs-and-trade']],
  ['Leaders of the Pacific Islands Forum (PIF) met. PIF members agreed.', ['Pacific Islands Forum → org:pacific-islands-forum', 'PIF → org:pacific-islands-forum', 'PIF → org:pacific-islands-forum']],
  // The text's definition beats the gazetteer's reading of the acronym.
  ['The International Cricket Council (ICC) met. The ICC ruled.', ['International Cricket Council → org:international-cricket-council', 'ICC → org:international-cricket-council', 'ICC → org:international-cricket-council']],
  // A gazetteer acronym is its long form without a definition.
  ['The ICC ruled. The International Criminal Court sits in The Hague.', ['ICC → org:international-criminal-court', 'International Criminal Court → org:international-criminal-court']],
  ['The Pacific Islands Forum met in Tonga, and the Forum’s members agreed.', ['Pacific Islands Forum → org:pacific-islands-forum', 'Forum → org:pacific-islands-forum']],
  // Agencies by their Māori names are the agencies, never people.
  ['Manatū Aorere said so, and Te Puni Kōkiri agreed.', ['Manatū Aorere → org:ministry-of-foreign-affairs-and-trade', 'Te Puni Kōkiri → org:te-puni-kokiri']],
  // A university's full name is one organisation, not a university and a city.
  ['Dr Mere Tākuta of Victoria University of Wellington said so.', ['Victoria University of Wellington → org:victoria-university-of-wellington']],
  // British and New Zealand papers write acronyms said as words in title case.
  ['New Zealand weighed joining Aukus, and Asean and Apec leaders met. AUKUS partners agreed.', ['Aukus → org:aukus', 'Asean → org:asean', 'Apec → org:apec', 'AUKUS → org:aukus']],
  // Post-nominal letters are no organisation.
  ['Rt Hon Mere Tākuta ONZ SSI attended.', []],
  // Party short names are read only as owners of party posts, never as mentions.
  ['National security came first on National Day, and the ACT government agreed.', []],
];

for (const [input, expected] of cases) {
  test(`organisations in ${JSON.stringify(input)}`, () => {
    assert.deepEqual(orgMentions(input), expected);
  });
}

test('an acronym mention spans the acronym alone', () => {
  const text = 'Talks on the Trans-Pacific Partnership (TPP) resumed.';
  const tpp = entities(text).mentions.find((m) => m.text === 'TPP')!;
  assert.equal(text.slice(tpp.start, tpp.end), 'TPP');
});
