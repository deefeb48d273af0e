// Every form of quotation issue 14 names, each as text → the quotes it must give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lines, run } from './support.js';

const cases: { name: string; text: string; meta?: Parameters<typeof run>[1]; want: string[] }[] = [
  {
    name: 'curly marks, attribution after, honorific kept in the mention',
    text: 'Foreign Minister Winston Peters met officials in Washington.\n\n“We have work to do,” Mr Peters says.',
    want: ['direct “We have work to do” ← Winston Peters [Mr Peters, cue] (says)'],
  },
  {
    name: 'straight marks, inverted cue',
    text: 'Prime Minister John Key was in Ottawa.\n\n"The relationship is strong," said Mr Key.',
    want: ['direct “The relationship is strong” ← John Key [Mr Key, cue] (said)'],
  },
  {
    name: 'British single outer marks with apostrophes and a nested double quote',
    text: "Foreign Secretary David Lammy arrived in Gibraltar on Tuesday.\n\n'The region's future isn't \"settled\" yet, and the ministers' talks go on,' Mr Lammy said.",
    want: ['direct “The region\'s future isn\'t "settled" yet, and the ministers\' talks go on” ← David Lammy [Mr Lammy, cue] (said)'],
  },
  {
    name: 'a quote split by its attribution is two quotes of one speaker',
    text: 'Winston Peters met Antony Blinken.\n\n“We discussed Gaza,” Mr Peters says. “On Ukraine, we noted the importance of support.”',
    want: ['direct “We discussed Gaza” ← Winston Peters [Mr Peters, cue] (says)', 'direct “On Ukraine, we noted the importance of support.” ← Winston Peters [Mr Peters, cue] (says)'],
  },
  {
    name: 'a colon-introduced quote',
    text: 'John Key spoke in Washington. Mr Key said: "We are natural partners and we always will be."',
    want: ['direct “We are natural partners and we always will be.” ← John Key [Mr Key, cue] (said)'],
  },
  {
    name: 'a quote over several paragraphs is one quote with parts',
    text: 'Jacinda Ardern spoke in Wellington.\n\n“This is the first paragraph of what she said.\n\n“This is the second, and it closes,” Ms Ardern said.',
    want: ['direct “This is the first paragraph of what she said.\n\n“This is the second, and it closes” ← Jacinda Ardern [Ms Ardern, cue] (said)'],
  },
  {
    name: 'a dash and a name after the quote',
    text: 'The Commission approved two cables.\n\n"Reliable connectivity is the foundation of opportunity." – Commissioner Jane Doe',
    want: ['direct “Reliable connectivity is the foundation of opportunity.” ← Jane Doe [Jane Doe, cue] (–)'],
  },
  {
    name: 'an introducing line, the quote in the next paragraph',
    text: 'The licences were approved.\n\nAnd from Chairwoman Rita Okonkwo:\n\n"I am proud that the Commission acted quickly."',
    want: ['direct “I am proud that the Commission acted quickly.” ← Rita Okonkwo [Rita Okonkwo, intro]'],
  },
  {
    name: 'a partial quote in reported speech',
    text: 'Mr John Key said New Zealand and the US were "natural partners" in the region.',
    want: ['partial “natural partners” ← John Key [Mr John Key, cue] (said)'],
  },
  {
    name: '"he said" is the subject of the sentence before, not its object',
    text: 'Winston Peters met Antony Blinken in Washington on Thursday.\n\n“It was a good meeting,” he said.',
    want: ['direct “It was a good meeting” ← Winston Peters [he, pronoun] (said)'],
  },
  {
    name: '"she said" skips a man',
    text: 'Jacinda Ardern welcomed Mr Joe Biden to Auckland.\n\n“We share values,” she said.',
    want: ['direct “We share values” ← Jacinda Ardern [she, pronoun] (said)'],
  },
  {
    name: 'a role resolves to the person the document names in it',
    text: 'Foreign Minister Winston Peters is in Brussels.\n\n“NATO is a partner,” the Foreign Minister said.',
    want: ['direct “NATO is a partner” ← Winston Peters [the Foreign Minister, role] (said)'],
  },
  {
    name: 'the statement speaks for the body named nearest',
    text: 'The call was reported in a statement from the US State Department.\n\n“They discussed cooperation in the Pacific,” the statement said.',
    want: ['direct “They discussed cooperation in the Pacific” ← State Department [the statement, cue] (said)'],
  },
  {
    name: 'an unnamed official is nobody, never a guess',
    text: 'Winston Peters flew home.\n\n“We expect more talks next month,” one official said.',
    want: ['direct “We expect more talks next month” ← nobody (said)'],
  },
  {
    name: "an uncued quote in a minister's release is the minister's",
    text: 'New Zealand will fund Pacific resilience.\n\n“This is a practical step for our region and our partners.”',
    meta: { kind: 'release', ministers: ['Rt Hon Winston Peters'] },
    want: ['direct “This is a practical step for our region and our partners.” ← Winston Peters [, release]'],
  },
  {
    name: 'an uncued quote with no one nearby keeps speaker null',
    text: 'The summit ended late.\n\n“Nobody expected this outcome at all.”',
    want: ['direct “Nobody expected this outcome at all.” ← nobody'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.deepEqual(lines(run(c.text, c.meta)), c.want);
  });
}
