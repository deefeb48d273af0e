import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lines, run } from './support.js';

/** Sentences that name no engagement, whatever words they share with one. */
const NOT_ENGAGEMENTS: ReadonlyArray<readonly [why: string, text: string]> = [
  ['a question reports nothing', 'Mr Howard, have you given any thought to going to Townsville yourself or visiting the SAS Regiment in Perth?'],
  ['a negated meeting', 'Well, I haven’t had any discussions with Jacques Chirac or Gerhard Schroeder.'],
  ['a refusal to sign', 'And our refusal to sign the protocol is based on our own independent assessment of our national interest.'],
  ['"signed off" is approval, not a signing', 'Queensland has signed off on the COAG agreement, Premier Peter Beattie said.'],
  ['a talk show host', 'There is controversy about talk show host John Laws being paid to go easy on the banks.'],
  ['a country as the subject of hosting', 'Iraq is currently hosting United Nations weapons inspectors.'],
  ['an organisation alone at a summit', 'It has become usual for New Zealand foreign ministers to attend the annual NATO foreign ministers summit.'],
  ['a meeting nobody else attends', 'Prime Minister Christopher Luxon met the press in Auckland on Monday.'],
  ['a scare-quoted "meeting"', 'The so-called "meeting of minds" between the parties has not materialised, critics say.'],
  ['a treaty signed long ago, with no signer named', 'The ANZUS Treaty, signed in San Francisco in 1951, remains the bedrock of our alliance, the Prime Minister John Howard said. It was signed in 1951.'],
  ['a signing in another clause of a comma splice', 'Prime Minister John Howard said: "I expect to go to the United States this year, it is the 50th anniversary of the signing of the ANZUS treaty, it was signed in 1951 in San Francisco and that would certainly be a more than appropriate trigger for a visit."'],
  ['a colloquial trip', 'He is 23 and he is going off to Canada in a few weeks to compete there.'],
];

describe('events: false positives', () => {
  for (const [why, text] of NOT_ENGAGEMENTS) {
    it(why, () => {
      assert.deepEqual(lines(run(text, { published: '2024-04-12' })), []);
    });
  }
});
