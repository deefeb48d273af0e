import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linesOfAList } from '../list-lines.js';

// [name, block, is it a list written one entry a line?]. Texts are this suite's own.
const cases: ReadonlyArray<readonly [string, string, boolean]> = [
  ['a portfolio allocation', 'Nicola Willis: Finance, Social Investment\nChris Bishop: Housing, Infrastructure\nMelissa Lee: Economic Development', true],
  ['ministers with dashes', 'Hon Casey Costello – Minister of Customs\nHon Matt Doocey – Minister for Mental Health\nHon Penny Simmonds – Minister for Disability Issues', true],
  ['two of three lines labelled', 'Appointments:\nCaroline Beresford – Ambassador to Japan\nTevita Manu – High Commissioner to Samoa', true],
  // False positives: prose that is not a list.
  ['hard-wrapped prose', 'The minister said the talks went\nwell and that officials would meet\nagain in March to finish the text.', false],
  ['prose with one colon', 'The reason is simple: the talks went well\nand officials will meet again in March\nto finish the text of the agreement.', false],
  ['two lines only', 'Nicola Willis: Finance\nChris Bishop: Housing', false],
  ['a colon after a long opening', 'In a statement issued late on Friday evening after the talks in Canberra had ended: the minister\nsaid the talks went well\nand officials would meet again.', false],
  ['one long line', `Nicola Willis: Finance\nChris Bishop: Housing\nMelissa Lee: ${'Economic Development, '.repeat(20)}`, false],
];

for (const [name, block, expected] of cases) {
  test(`linesOfAList: ${name}`, () => assert.equal(linesOfAList(block), expected));
}
