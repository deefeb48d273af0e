// Quoted words that are not speech: each row must give no quote at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lines, run } from './support.js';

const rows: [string, string][] = [
  ['scare quotes after so-called', 'The government defended the so-called "reform" of the aid budget on Tuesday.'],
  ['a nickname after dubbed', 'Officials have dubbed the new arrangement "the Pacific handshake" in private.'],
  ['a title of a work', 'The minister launched the report "Partners in the Blue Pacific" at Parliament.'],
  ['a named programme in title case', 'Funding comes through the "Pacific Reset" programme, which began in 2018.'],
  ['a quoted word with no speech cue', 'The talks ended in what many saw as a "reset" of regional defence ties.'],
  ['a term after known as', 'The policy, known as "strategic ambiguity", has lasted for decades.'],
  ['an apostrophe run is no quote', "The ministers' meeting in the '90s set the region's agenda for the partners' talks."],
  ['a plural possessive before a later apostrophe', "Pacific leaders' views differ from Canberra's on the islands' future."],
  ['a short uncued sentence in marks', 'The crowd waited.\n\n"Yes."\n\nThen the doors opened.'],
  ['a headline-like title-case line', '"Partners In Peace And Prosperity"\n\nThe conference opened on Monday.'],
];

for (const [name, text] of rows) {
  test(`not a quote: ${name}`, () => {
    assert.deepEqual(lines(run(text)), [], text);
  });
}
