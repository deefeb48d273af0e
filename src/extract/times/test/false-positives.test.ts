import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valuesOf } from './support.js';

// Text that must not produce a date (compromise's habit: a table of traps).
const table: string[] = [
  'Theresa May met the Prime Minister.',
  'Brian May played guitar.',
  'Officials may attend the meeting.',
  'Thousands joined a protest march through Wellington.',
  'Protesters will march on Parliament.',
  'The Sunday Star-Times reported the claim.',
  'The Sunday Times reported the claim.',
  'New Zealand sent 2000 troops.',
  'Resolution 2231 and Resolution 1325 were cited.',
  'Leaders met at the G20.',
  'The tariff is 45% and rose 2024 per cent.',
  'The package is worth $2024 million.',
  'Call 0800 2024 555 for help.',
  'The meeting starts at 10.30am.',
  'The Resource Management Act 1991 applies.',
  'It was the fall of Saigon that changed everything.',
  'Water from the spring was clean.',
  'Good Friday services were held.',
  'He said he would spring into action.',
  'Version 2.1.3 was released.',
  'The glassmakers kept their secrets for more than two thousand years.',
  'Some two thousand troops were sent.',
  'The current account deficit widened.',
  'Swimmers were swept away by the current.',
  // Sets of days, not dates
  'The bus ran each Thursday.',
  'Flights leave Bombay on Tuesday nights.',
  'Every Monday the council meets.',
  // The age, not the day
  "The case matters to today's youth.",
  'If I were choosing the people of tomorrow, I would choose them.',
  "Many of today's computers use the chip.",
  'That is important to the future of our peoples.',
  'Temperatures were in the nineties.',
];

describe('times: false positives', () => {
  for (const text of table) it(text, () => assert.deepEqual(valuesOf(text, '2024-04-11'), []));
});
