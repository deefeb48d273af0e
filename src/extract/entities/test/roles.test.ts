import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta } from '../../../core/index.js';
import { ENTITIES_DEFAULTS, primaryRole } from '../index.js';
import { entities, people } from './support.js';

// [input, meta, people with roles]. How an unstated country is inferred, and when it is not.
const cases: ReadonlyArray<readonly [string, string, Partial<DocumentMeta>, readonly string[]]> = [
  ['TLD .nz', 'Foreign Minister Winston Peters spoke.', { url: 'https://www.beehive.govt.nz/release/a' }, ['Winston Peters | Minister of Foreign Affairs of New Zealand']],
  ['TLD .au', 'Foreign Minister Penny Wong spoke.', { url: 'https://www.foreignminister.gov.au/a' }, ['Penny Wong | Minister of Foreign Affairs of Australia']],
  ['TLD .gov', 'Secretary Antony Blinken and Vice President Kamala Harris spoke.', { url: 'https://www.state.gov/a' }, ['Antony Blinken', 'Kamala Harris | Vice President of United States']],
  ['international host says nothing', 'Secretary General Jens Stoltenberg spoke.', { url: 'https://www.nato.int/a' }, ['Jens Stoltenberg | Secretary General']],
  ['outlet', 'Prime Minister John Key left Washington.', { source: 'NZPA' }, ['John Key | Prime Minister of New Zealand']],
  ['front matter without URL', 'Defence Minister Judith Collins spoke.', { ministers: ['Hon Judith Collins'], portfolios: ['Defence'] }, ['Judith Collins | Minister of Defence of New Zealand | Minister of Defence of New Zealand']],
  ['most-mentioned country', 'Fiji and Fiji and Tonga. Prime Minister Sitiveni Rabuka spoke.', {}, ['Sitiveni Rabuka | Prime Minister of Fiji']],
  ['no clear country', 'Fiji and Tonga. Prime Minister Sitiveni Rabuka spoke.', {}, ['Sitiveni Rabuka | Prime Minister']],
  ['single-country office', 'Secretary of State Antony Blinken arrived.', { url: 'https://www.beehive.govt.nz/r' }, ['Antony Blinken | Secretary of State of United States']],
  ['office the document country lacks', 'New Zealand, New Zealand, New Zealand and the United States, the US. Vice President Joe Biden spoke.', { source: 'NZPA' }, ['Joe Biden | Vice President of United States']],
  ['organisation office needs its organisation', 'Secretary-General Ilse Vandenberg spoke.', { url: 'https://www.beehive.govt.nz/r' }, ['Ilse Vandenberg | Secretary General']],
  ['ambassadors never take the document country', 'Ambassador Ravi Chandrasekaran spoke.', { url: 'https://www.beehive.govt.nz/r' }, ['Ravi Chandrasekaran | Ambassador']],
  ['two holders of a one-holder office', 'Prime Minister Christopher Luxon met Prime Minister Anthony Albanese.', { url: 'https://www.beehive.govt.nz/r' }, ['Christopher Luxon | Prime Minister', 'Anthony Albanese | Prime Minister']],
  ['stated owner beats the collision', 'Prime Minister Christopher Luxon met Australian Prime Minister Anthony Albanese.', { url: 'https://www.beehive.govt.nz/r' }, ['Christopher Luxon | Prime Minister of New Zealand', 'Anthony Albanese | Prime Minister of Australia']],
  ['byline', 'Mr Goff said the policy had failed.', { byline: 'Phil Goff, Foreign Affairs Spokesperson' }, ['Phil Goff | Spokesperson for Foreign Affairs']],
  ['several ministers: portfolios unpaired', 'Mr Peters and Ms Collins spoke.', { ministers: ['Rt Hon Winston Peters', 'Hon Judith Collins'], portfolios: ['Foreign Affairs', 'Defence'] }, ['Winston Peters', 'Judith Collins']],
  ['a counterpart is never the document country', 'Prime Minister John Key met his counterpart Stephen Harper.', { url: 'https://www.beehive.govt.nz/r' }, ['John Key | Prime Minister of New Zealand', 'Stephen Harper | Prime Minister']],
  ['a counterpart of the subject, past a relative clause', 'Prime Minister John Key spoke. Foreign Minister Murray McCully, who travelled with Key, met his counterpart John Baird.', { url: 'https://www.beehive.govt.nz/r' }, ['John Key | Prime Minister of New Zealand', 'Murray McCully | Minister of Foreign Affairs of New Zealand', 'John Baird | Minister of Foreign Affairs']],
  ['several ministers: the text pairs them', 'Foreign Minister Winston Peters and Defence Minister Judith Collins spoke.', { ministers: ['Rt Hon Winston Peters', 'Hon Judith Collins'], portfolios: ['Foreign Affairs', 'Defence'] }, ['Winston Peters | Minister of Foreign Affairs of New Zealand | Minister of Foreign Affairs of New Zealand', 'Judith Collins | Minister of Defence of New Zealand | Minister of Defence of New Zealand']],
  ['several ministers: only the paired portfolio', 'Foreign Minister Winston Peters and Ms Collins spoke.', { ministers: ['Rt Hon Winston Peters', 'Hon Judith Collins'], portfolios: ['Foreign Affairs', 'Defence'] }, ['Winston Peters | Minister of Foreign Affairs of New Zealand | Minister of Foreign Affairs of New Zealand', 'Judith Collins']],
  ['portfolio that is an office', 'Mr Luxon spoke.', { ministers: ['Rt Hon Christopher Luxon'], portfolios: ['Prime Minister', 'National Security and Intelligence'] }, ['Christopher Luxon | Prime Minister of New Zealand | Minister of National Security and Intelligence of New Zealand']],
  ['a past year before the title', 'In 2022 Prime Minister Jacinda Ardern attended.', { published: '2024-07-11', url: 'https://www.beehive.govt.nz/r' }, ['Jacinda Ardern | former Prime Minister of New Zealand']],
  ['a past year and month, a comma', 'In March 2019, Prime Minister Jacinda Ardern spoke.', { published: '2024-07-11', url: 'https://www.beehive.govt.nz/r' }, ['Jacinda Ardern | former Prime Minister of New Zealand']],
  ['the document\'s own year', 'In 2024 Prime Minister Christopher Luxon attended.', { published: '2024-07-11', url: 'https://www.beehive.govt.nz/r' }, ['Christopher Luxon | Prime Minister of New Zealand']],
  ['"since" a year says nothing of now', 'Since 2017 Foreign Minister Winston Peters has attended.', { published: '2024-07-11', url: 'https://www.beehive.govt.nz/r' }, ['Winston Peters | Minister of Foreign Affairs of New Zealand']],
  ['a country before the name owns the titles after it', 'Australian Deputy Prime Minister Ravi Chandrasekaran, who is also Defence Minister, spoke. Defence Minister Tomas Ferreira agreed.', { url: 'https://www.beehive.govt.nz/r' }, ['Ravi Chandrasekaran | Deputy Prime Minister of Australia | Minister of Defence of Australia', 'Tomas Ferreira | Minister of Defence of New Zealand']],
  ['… and after a comma', 'Australian Deputy Prime Minister Ravi Chandrasekaran, Defence Minister, spoke.', { url: 'https://www.beehive.govt.nz/r' }, ['Ravi Chandrasekaran | Deputy Prime Minister of Australia | Minister of Defence of Australia']],
  ['a title the same person holds with a stated owner elsewhere', 'India, India. Minister of Foreign Affairs Tomas Ferreira met External Affairs Minister Ravi Chandrasekaran. New Zealand foreign minister Tomas Ferreira spoke.', {}, ['Tomas Ferreira | Minister of Foreign Affairs of New Zealand | Minister of Foreign Affairs of New Zealand', 'Ravi Chandrasekaran | Minister of Foreign Affairs of India']],
  ['a list of appointments, each envoy the document country\'s', 'The appointments are:\n\n- Tomas Ferreira as High Commissioner to Australia\n- Ravi Chandrasekaran as Ambassador to Japan\n', { url: 'https://www.beehive.govt.nz/r' }, ['Tomas Ferreira | High Commissioner to Australia of New Zealand', 'Ravi Chandrasekaran | Ambassador to Japan of New Zealand']],
  ['an envoy to the document\'s own country is a foreign one', 'Ambassador to New Zealand Ravi Chandrasekaran spoke.', { url: 'https://www.beehive.govt.nz/r' }, ['Ravi Chandrasekaran | Ambassador to New Zealand']],
  ['no publication date, no dating', 'In 2022 Prime Minister Jacinda Ardern attended.', { url: 'https://www.beehive.govt.nz/r' }, ['Jacinda Ardern | Prime Minister of New Zealand']],
];

for (const [name, input, meta, expected] of cases) {
  test(`roles: ${name}`, () => {
    assert.deepEqual(people(entities(input, meta)), expected);
  });
}

test('office mentions: definite titles without a name, with their owner', () => {
  const out = entities('The Defence Minister was abroad. New Zealand’s Trade Minister agreed, and so did the US Secretary of State. A New Zealand prime minister visited. His Foreign Minister counterparts met.', {
    url: 'https://www.beehive.govt.nz/r',
  });
  assert.deepEqual(out.officeMentions.map((o) => [o.text, o.office.title, o.office.of]), [
    ['Defence Minister', 'Minister of Defence', 'New Zealand'],
    ['New Zealand’s Trade Minister', 'Minister of Trade', 'New Zealand'],
    ['US Secretary of State', 'Secretary of State', 'United States'],
  ]);
});

test('an "of" owner inside a longer name owns nothing', () => {
  const out = entities('The Chairman of the China Banking Reform Commission said so. The Secretary-General of the United Nations agreed.');
  assert.deepEqual(out.officeMentions.map((o) => [o.text, o.office.title, o.office.of]), [
    ['Chairman', 'Chair', null],
    ['Secretary-General of the United Nations', 'Secretary General', 'United Nations'],
  ]);
});

test('the role evidence spans the words that state it', () => {
  const text = 'He met US Secretary of State Antony Blinken and Tim Watts, Australia’s Assistant Minister of Foreign Affairs.';
  const out = entities(text);
  const roles = out.entities.flatMap((e) => e.roles.map((r) => [e.name, r.text, r.source, text.slice(r.start, r.end)]));
  assert.deepEqual(roles, [
    ['Antony Blinken', 'US Secretary of State', 'pattern', 'US Secretary of State'],
    ['Tim Watts', 'Australia’s Assistant Minister of Foreign Affairs', 'apposition', 'Australia’s Assistant Minister of Foreign Affairs'],
  ]);
});

test('primaryRole prefers a current role stated in the text', () => {
  const out = entities('Former Prime Minister Helen Clark, now Secretary-General Helen Clark, spoke.');
  const clark = out.entities.find((e) => e.name === 'Helen Clark')!;
  assert.equal(primaryRole(clark)?.title, 'Secretary General');
  assert.equal(primaryRole({ ...clark, roles: clark.roles.filter((r) => r.tense === 'former') }), null);
});

test('every country of the gazetteer owns the office its adjective or name states', () => {
  const wrong: string[] = [];
  for (const [, name, aliases, adjectives] of ENTITIES_DEFAULTS.lexicon.countries) {
    const forms = [
      ...adjectives.flatMap((a) => [[`The ${a} Prime Minister Tomas Ferreira spoke.`, 'Prime Minister'], [`${a} Foreign Minister Tomas Ferreira spoke.`, 'Minister of Foreign Affairs']]),
      ...[name, ...aliases].flatMap((n) => [[`The Prime Minister of ${n}, Tomas Ferreira, spoke.`, 'Prime Minister'], [`${n}’s Foreign Minister Tomas Ferreira spoke.`, 'Minister of Foreign Affairs']]),
    ];
    for (const [input, title] of forms) {
      const found = people(entities(input!));
      if (found.join() !== `Tomas Ferreira | ${title} of ${name}`) wrong.push(`${input} → ${found.join('; ')}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a title in the plural is no office mention', () => {
  const out = entities('The Foreign Ministers met. The former prime ministers agreed, and so did the Secretaries of State.', { url: 'https://www.beehive.govt.nz/r' });
  assert.deepEqual(out.officeMentions, []);
});
