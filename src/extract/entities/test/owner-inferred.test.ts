import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanMatches, type DocumentMeta } from '../../../core/index.js';
import type { EntitiesOutput } from '../types.js';
import { entities, roleText } from './support.js';

const AU = { url: 'https://pmtranscripts.pmc.gov.au/release/transcript-1' } as const;
const NZ = { url: 'https://www.beehive.govt.nz/release/a' } as const;

/** Each role as `name | role of country`, with ` (inferred)` where the owner is Parley's inference. */
function owners(out: EntitiesOutput): string[] {
  return out.entities.flatMap((e) => e.roles.map((r) => `${e.name} | ${roleText(r)}${r.ofInferred ? ' (inferred)' : ''}`));
}

// [case, input, meta, roles]: owners the text leaves unstated carry `ofInferred`.
const inferred: ReadonlyArray<readonly [string, string, Partial<DocumentMeta>, readonly string[]]> = [
  ['the document country (URL)', 'Foreign Minister Winston Peters spoke.', NZ, ['Winston Peters | Minister of Foreign Affairs of New Zealand (inferred)']],
  ['a foreign leader in another country’s transcript', 'I spoke to Prime Minister Tony Blair this morning.', AU, ['Tony Blair | Prime Minister of Australia (inferred)']],
  ['apposition without a country', 'Helen Clark, the Leader of the Opposition, rang me.', AU, ['Helen Clark | Leader of the Opposition of Australia (inferred)']],
  ['the nearest country in the sentence is no owner', 'After talks in China, Prime Minister John Key said so.', NZ, ['John Key | Prime Minister of New Zealand (inferred)']],
  ['the office’s only country', 'Secretary of State Antony Blinken arrived.', NZ, ['Antony Blinken | Secretary of State of United States (inferred)']],
  ['the country the text names most', 'Fiji and Fiji and Tonga. Prime Minister Sitiveni Rabuka spoke.', {}, ['Sitiveni Rabuka | Prime Minister of Fiji (inferred)']],
  // A meeting the sentence places in another country: the host's offices.
  ['a meeting abroad', 'In Singapore he will meet Prime Minister Tomas Ferreira and Foreign Minister Ravi Chandrasekaran.', NZ, ['Tomas Ferreira | Prime Minister of Singapore (inferred)', 'Ravi Chandrasekaran | Minister of Foreign Affairs of Singapore (inferred)']],
  ['a meeting in a capital abroad', 'In Jakarta, Mr Peters held talks with Foreign Minister Tomas Ferreira.', NZ, ['Tomas Ferreira | Minister of Foreign Affairs of Indonesia (inferred)']],
  ['a meeting at home', 'In Wellington, Mr Peters will meet Prime Minister Tomas Ferreira.', NZ, ['Tomas Ferreira | Prime Minister of New Zealand (inferred)']],
  ['the subject abroad', 'In Tokyo, Prime Minister Tomas Ferreira will meet business leaders.', NZ, ['Tomas Ferreira | Prime Minister of New Zealand (inferred)']],
  ['the place after the meeting', 'Mr Peters will meet Prime Minister Tomas Ferreira in Tokyo.', NZ, ['Tomas Ferreira | Prime Minister of New Zealand (inferred)']],
  ['the same title of the same person, later', 'In Singapore he will meet Prime Minister Tomas Ferreira. He thanked Prime Minister Ferreira for the invitation.', NZ, ['Tomas Ferreira | Prime Minister of Singapore (inferred)', 'Tomas Ferreira | Prime Minister of Singapore (inferred)']],
  ['a country named as a party, not a place', 'New Zealand and Singapore agreed after Mr Peters held talks with Prime Minister Tomas Ferreira.', NZ, ['Tomas Ferreira | Prime Minister of New Zealand (inferred)']],
  ['a place in a relative clause', 'Mr Peters, who was in Tokyo last month, will meet Prime Minister Tomas Ferreira.', NZ, ['Tomas Ferreira | Prime Minister of New Zealand (inferred)']],
  // A wire dateline names where the story is filed: its officials go unqualified.
  ['a wire dateline', 'WELLINGTON, Aug 2 (Reuters) - The United States and Australia agreed, Defence Minister Judith Collins said.', {}, ['Judith Collins | Minister of Defence of New Zealand (inferred)']],
  ['a dateline with a bracket', 'SUVA (AFP) - Prime Minister Sitiveni Rabuka spoke.', {}, ['Sitiveni Rabuka | Prime Minister of Fiji (inferred)']],
  ['capitals that are no dateline', 'THE PRIME MINISTER, Sitiveni Rabuka, spoke in Suva.', {}, ['Sitiveni Rabuka | Prime Minister']],
  ['a deputy owned as an inferred principal', 'Prime Minister Tony Blair’s deputy, John Prescott, spoke.', AU, ['Tony Blair | Prime Minister of Australia (inferred)', 'John Prescott | Deputy Prime Minister of Australia (inferred)']],
  ['a former role keeps the flag', 'Former Prime Minister Jim Bolger spoke.', NZ, ['Jim Bolger | former Prime Minister of New Zealand (inferred)']],
];

// [case, input, meta, roles]: owners that are stated, given by the publisher, or unknown carry no flag.
const notInferred: ReadonlyArray<readonly [string, string, Partial<DocumentMeta>, readonly string[]]> = [
  ['adjective before the title', 'I spoke to British Prime Minister Tony Blair.', AU, ['Tony Blair | Prime Minister of United Kingdom']],
  ['possessive country', 'Australia’s Foreign Minister Penny Wong spoke.', NZ, ['Penny Wong | Minister of Foreign Affairs of Australia']],
  ['country after the title', 'Helen Clark, the Prime Minister of New Zealand, spoke.', AU, ['Helen Clark | Prime Minister of New Zealand']],
  ['organisation stated', 'NATO Secretary General Jens Stoltenberg spoke.', NZ, ['Jens Stoltenberg | Secretary General of NATO']],
  ['front matter speaks for its own minister', 'Mr Luxon spoke.', { ministers: ['Rt Hon Christopher Luxon'], portfolios: ['Prime Minister'] }, ['Christopher Luxon | Prime Minister of New Zealand']],
  ['organisation office left unknown', 'Secretary-General Ilse Vandenberg spoke.', NZ, ['Ilse Vandenberg | Secretary General']],
  ['two holders collide: unknown, not inferred', 'Prime Minister Christopher Luxon met Prime Minister Anthony Albanese.', NZ, ['Christopher Luxon | Prime Minister', 'Anthony Albanese | Prime Minister']],
  ['a counterpart is never inferred', 'Prime Minister John Key met his counterpart Stephen Harper.', NZ, ['John Key | Prime Minister of New Zealand (inferred)', 'Stephen Harper | Prime Minister']],
  ['a deputy owned as a stated principal', 'US Secretary of State Antony Blinken’s deputy, Kurt Campbell, spoke.', NZ, ['Antony Blinken | Secretary of State of United States', 'Kurt Campbell | Deputy Secretary of State of United States']],
  ['no clear country', 'Fiji and Tonga. Prime Minister Sitiveni Rabuka spoke.', {}, ['Sitiveni Rabuka | Prime Minister']],
];

for (const [table, rows] of [['inferred', inferred], ['not inferred', notInferred]] as const) {
  for (const [name, input, meta, expected] of rows) {
    test(`owner ${table}: ${name}`, () => {
      const out = entities(input, meta);
      assert.deepEqual(owners(out), expected);
      for (const e of out.entities) for (const r of e.roles) assert.ok(spanMatches(input, r), `role ${JSON.stringify(r)}`);
    });
  }
}

test('the flag is added after the existing fields, and only when true', () => {
  const [peters] = entities('Foreign Minister Winston Peters spoke.', NZ).entities;
  assert.deepEqual(Object.keys(peters!.roles[0]!), ['title', 'of', 'text', 'start', 'end', 'source', 'tense', 'ofInferred']);
  const [blair] = entities('I spoke to British Prime Minister Tony Blair.', AU).entities.filter((e) => e.type === 'person');
  assert.deepEqual(Object.keys(blair!.roles[0]!), ['title', 'of', 'text', 'start', 'end', 'source', 'tense']);
});
