import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valuesOf } from './support.js';

// Published Thursday 11 April 2024 (pinned; stages never read the clock). Every form the brief lists.
const PUB = '2024-04-11';

const table: Array<[string, string[]]> = [
  // Absolute dates
  ['The treaty was signed on 02 February 2026.', ['02 February 2026=2026-02-02']],
  ['The talks on April 11 went well.', ['April 11=2024-04-11']],
  ['The talks on 11 April went well.', ['11 April=2024-04-11']],
  ['Dated 11/04/2024 in the register.', ['11/04/2024=2024-04-11']],
  ['Dated 04/25/2024 in the register.', ['04/25/2024=2024-04-25']],
  ['The economy grew in 2023.', ['2023=2023']],
  ['Filed 2024-04-11.', ['2024-04-11=2024-04-11']],
  ['Canberra, Monday 2 February 2026', ['Monday 2 February 2026=2026-02-02']],
  ['Sales fell in April 2024.', ['April 2024=2024-04']],
  // Relative
  ['He arrived today.', ['today=2024-04-11']],
  ['He arrived yesterday.', ['yesterday=2024-04-10']],
  ['He leaves tomorrow.', ['tomorrow=2024-04-12']],
  ['He speaks tonight.', ['tonight=2024-04-11']],
  ['Talks ran late last night.', ['last night=2024-04-10']],
  ['He met her this morning.', ['this morning=2024-04-11']],
  ['The summit is this weekend.', ['this weekend=2024-W15-WE']],
  ['He will travel next week.', ['next week=2024-W16']],
  ['They met last week.', ['last week=2024-W14']],
  ['A decision is due later this month.', ['later this month=2024-04']],
  ['Trade rose earlier this year.', ['earlier this year=2024']],
  ['The talks were held in March.', ['March=2024-03']],
  ['The talks will be held in March.', ['March=2025-03']],
  ['The vote is due next month.', ['next month=2024-05']],
  ['Exports fell last year.', ['last year=2023']],
  ['Exports fell this year.', ['this year=2024']],
  ['The visit in the fall (our spring) was short.', ['the fall=2023-FA', 'our spring=2024-SP']],
  ['The pact was signed two years ago.', ['two years ago=2022']],
  // Direction follows tense
  ['The ministers met on Tuesday.', ['Tuesday=2024-04-09']],
  ['The ministers will meet on Tuesday.', ['Tuesday=2024-04-16']],
  ['Peters said on Friday he was pleased.', ['Friday=2024-04-05']],
  ['Peters will travel on Friday.', ['Friday=2024-04-12']],
  ['Peters is due to arrive in Tokyo on Friday.', ['Friday=2024-04-12']],
  ['Peters plans to visit Fiji on Friday.', ['Friday=2024-04-12']],
  ['Peters met Blinken on Thursday.', ['Thursday=2024-04-11']],
  ['Peters travels to Japan next Tuesday.', ['next Tuesday=2024-04-16']],
  ['Peters met Blinken last Tuesday.', ['last Tuesday=2024-04-09']],
  ['The visit will take place in April.', ['April=2024-04']],
  // Ranges
  ['The forum runs 3–5 April.', ['3–5 April=2024-04-03..2024-04-05']],
  ['The forum ran 3-5 April 2024.', ['3-5 April 2024=2024-04-03..2024-04-05']],
  ['The forum runs from Monday to Wednesday next week.', ['Monday to Wednesday=2024-04-15..2024-04-17', 'next week=2024-W16']],
  ['The forum ran from Monday to Wednesday.', ['Monday to Wednesday=2024-04-08..2024-04-10']],
  ['The forum ran between 3 and 5 April.', ['3 and 5 April=2024-04-03..2024-04-05']],
  ['The forum ran April 3 to 5.', ['April 3 to 5=2024-04-03..2024-04-05']],
  ['The exhibition ran from March to May 2023.', ['March to May 2023=2023-03..2023-05']],
  // Quarters, decades, holidays
  ['GDP grew in the March quarter.', ['the March quarter=2024-Q1']],
  ['Profit fell in the third quarter of 2023.', ['the third quarter of 2023=2023-Q3']],
  ['Ties deepened in the 1990s.', ['the 1990s=199']],
  ['Services were held on Anzac Day.', ['Anzac Day=2024-04-25']],
  ['Services were held on Anzac Day 2023.', ['Anzac Day 2023=2023-04-25']],
  // Years as transcripts spell them
  ['In nineteen ninety-six the law changed.', ['nineteen ninety-six=1996']],
  ['A bomb went off in January nineteen ninety-seven.', ['January nineteen ninety-seven=1997-01']],
  ['Prices are back at the level of the winter of nineteen ninety-four.', ['the winter of nineteen ninety-four=1994-WI']],
  ['The goal was to halve unemployment by the year two thousand.', ['the year two thousand=2000']],
  ['Elections were held in twenty twenty-three.', ['twenty twenty-three=2023']],
  ['The treaty dates from two thousand and one.', ['two thousand and one=2001']],
  // Years before a noun
  ["The company's 2023 results were weak.", ['2023=2023']],
  ['He made it the issue of his unsuccessful 1996 campaign.', ['1996=1996']],
  ['The post-1959 politics split families.', ['post-1959=1959']],
  // "current" and its units
  ['The current system has evolved over several years.', ['current=PRESENT_REF']],
  ['Holders may buy shares at the then current market price.', ['then current=PAST_REF']],
  ['Sales in the current quarter began well.', ['the current quarter=2024-Q2']],
  ['Sales in the current fiscal year will be flat.', ['the current fiscal year=2024']],
  // Vague future and past
  ['The economy will slow in coming months.', ['coming months=FUTURE_REF']],
  ['We do not minimise the challenges of the near term.', ['the near term=FUTURE_REF']],
  ['Support rose from 35 per cent several years ago.', ['several years ago=PAST_REF']],
  // Seasons after "into" and "of"
  ['Supply will be short well into the summer.', ['the summer=2024-SU']],
  ['Orders rose from the levels of the early summer.', ['the early summer=2023-SU']],
  // A participle with its agent ("untouched by") is not the clause's past
  ['Qantas will double its flights between Australia and India by August in the search for markets untouched by the crisis.', ['August=2024-08']],
  // A weekday ending a range that starts on a date is read on its own
  ['The shares were bought from Sept. 14 to Thursday.', ['Sept. 14 to Thursday=2023-09-14..2024-04-11']],
  // A possessive weekday names what happened that day, unless the words look ahead
  ["They would look for ways around Wednesday's ruling.", ['Wednesday=2024-04-10']],
  ["Talks continued ahead of Friday's vote.", ['Friday=2024-04-12']],
  ["The offer appeared in today's editions.", ['today=2024-04-11']],
  // Weeks and halves named by their parts
  ['The hearing will be held the week of May 6.', ['the week of May 6=2024-W19']],
  ['Output should recover in the first two quarters of 2025.', ['the first two quarters of 2025=2025-H1']],
  // The end of the year, and a year's parts named from inside it
  ['The deal should close by year-end.', ['year-end=2024']],
  ['The index has risen 4% since year-end.', ['year-end=2023']],
  ['Use was delayed earlier in the year by rain.', ['earlier in the year=2024']],
  // A yearless day just gone beside a future verb was written before publication; further back it is next year's
  ['The boy will be returned by April 9.', ['April 9=2024-04-09']],
  ['The talks will resume on April 1.', ['April 1=2025-04-01']],
  // Words that look like tense markers but are not: "next to", plural nouns
  ['Blasts hit the embassies next to the park on Tuesday.', ['Tuesday=2024-04-09']],
  ['Officials counted the returns on Tuesday.', ['Tuesday=2024-04-09']],
  // A month that owns something; a weekday after a possessive pronoun
  ["He revised December's figures.", ['December=2023-12']],
  ['In his Sunday Mass the cardinal condemned the attack.', ['Sunday=2024-04-07']],
  // Decades in words: the last such decade begun
  ['Hate groups declined through the nineties.', ['the nineties=199']],
  ['Jazz flourished in the nineteen-twenties.', ['the nineteen-twenties=192']],
];

describe('times: every form (published Thursday 11 April 2024)', () => {
  for (const [text, expected] of table) {
    it(text, () => assert.deepEqual(valuesOf(text, PUB), expected));
  }
});

describe('times: numeric dates follow the source', () => {
  it('day first for NZ, AU, UK and unknown sources', () => {
    assert.deepEqual(valuesOf('Dated 03/04/2024.', PUB, { url: 'https://www.beehive.govt.nz/release/x' }), ['03/04/2024=2024-04-03']);
    assert.deepEqual(valuesOf('Dated 03/04/2024.', PUB), ['03/04/2024=2024-04-03']);
  });
  it('month first for US federal and US outlets', () => {
    assert.deepEqual(valuesOf('Dated 03/04/2024.', PUB, { url: 'https://www.state.gov/briefings/x' }), ['03/04/2024=2024-03-04']);
    assert.deepEqual(valuesOf('Dated 03/04/2024.', PUB, { source: 'apnews.com' }), ['03/04/2024=2024-03-04']);
  });
  it('an impossible reading falls back to the other order', () => {
    assert.deepEqual(valuesOf('Dated 25/04/2024.', PUB, { url: 'https://www.state.gov/x' }), ['25/04/2024=2024-04-25']);
  });
});

describe('times: seasons follow the hemisphere', () => {
  it('summer in a New Zealand release published in January is the one under way', () => {
    assert.deepEqual(valuesOf('Fires burned this summer.', '2025-01-15', { url: 'https://www.beehive.govt.nz/x' }), ['this summer=2024-SU']);
  });
});
