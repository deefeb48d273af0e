import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEntitiesStage } from '../index.js';
import { DEFAULT_TAGS, lexiconTagger } from './lexicon-tagger.js';
import { entities, personMentions } from './support.js';

// [input, every person mention → the entity's name]. Texts are this suite's own.
const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Foreign Minister Winston Peters arrived. Mr Peters said the talks were useful. Peters left on Friday.',
    ['Winston Peters → Winston Peters', 'Peters → Winston Peters', 'Peters → Winston Peters'],
  ],
  ['Mr Corry spoke first. Later, Bede Corry signed the statement.', ['Corry → Bede Corry', 'Bede Corry → Bede Corry']],
  ['Antony Blinken met Mr Peters. Blinken’s deputy took notes. Peters’ aide did too. Peters\'s plane left.', [
    'Antony Blinken → Antony Blinken', 'Peters → Peters', 'Blinken → Antony Blinken', 'Peters → Peters', 'Peters → Peters',
  ]],
  [
    'Helen Clark and Jim Clark both spoke. Clark said the talks went well.',
    ['Helen Clark → Helen Clark', 'Jim Clark → Jim Clark', 'Clark → Clark'],
  ],
  // A familiar given name is its formal one: "Bob Hawke" and "Robert Hawke" are one person.
  [
    'Robert Hawke opened the session. Bob Hawke said the ban would hold.',
    ['Robert Hawke → Robert Hawke', 'Bob Hawke → Robert Hawke'],
  ],
  // A name of two words that ends one other person's longer name is that person.
  [
    'Secretary Kerry spoke with President Ellen Johnson Sirleaf. President Johnson Sirleaf thanked him.',
    ['Kerry → Kerry', 'Ellen Johnson Sirleaf → Ellen Johnson Sirleaf', 'Johnson Sirleaf → Ellen Johnson Sirleaf'],
  ],
  // Before the second Clark is named, a bare "Clark" can only be the first; after, it is neither.
  [
    'Helen Clark spoke first. Clark said the talks went well. Then Jim Clark arrived, and Clark left.',
    ['Helen Clark → Helen Clark', 'Clark → Helen Clark', 'Jim Clark → Jim Clark', 'Clark → Clark'],
  ],
  // … unless an honorific tells them apart: "Mr Clark" cannot be Helen Clark.
  [
    'Helen Clark spoke first. Then Jim Clark arrived, and Mr Clark left. Ms Clark stayed.',
    ['Helen Clark → Helen Clark', 'Jim Clark → Jim Clark', 'Clark → Jim Clark', 'Clark → Helen Clark'],
  ],
  // An honorific of the other sex never joins a full name: "Mrs Bolger" is her own entity, and Jim Bolger's stays his.
  ['Jim Bolger arrived. Mrs Bolger followed him. Bolger spoke.', ['Jim Bolger → Jim Bolger', 'Bolger → Bolger', 'Bolger → Jim Bolger']],
  ['Helen Clark arrived. Mr Clark followed her.', ['Helen Clark → Helen Clark', 'Clark → Clark']],
  ['Dame Jenny Shipley spoke. Sir Shipley left.', ['Jenny Shipley → Jenny Shipley', 'Shipley → Shipley']],
  // Unknown gender never blocks: "Kim" is listed for neither sex.
  ['Kim Beazley spoke. Mrs Beazley and Mr Beazley left.', ['Kim Beazley → Kim Beazley', 'Beazley → Kim Beazley', 'Beazley → Kim Beazley']],
  // A name holding an honorific after its first word is two names; "Mdr", "MW" are a mistyped "Mr"; "Doctor" is an honorific.
  ['Mr Howard Mr Bolger said so.', ['Howard → Howard', 'Bolger → Bolger']],
  ['Secretary of State Antony Blinken met Secretary Blinken’s staff.', ['Antony Blinken → Antony Blinken', 'Blinken → Antony Blinken']],
  ['John Key spoke. Key issues remain, Mr Key said.', ['John Key → John Key', 'Key → John Key']],
];

for (const [input, expected] of cases) {
  test(`coreference in ${JSON.stringify(input)}`, () => {
    assert.deepEqual(personMentions(entities(input)), expected);
  });
}

test('an ambiguous bare surname is its own entity, linked to neither', () => {
  const out = entities('Helen Clark and Jim Clark both spoke. Clark said the talks went well.');
  const names = out.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.key, e.mentions.length]);
  assert.deepEqual(names, [['Helen Clark', 'person:helen-clark', 1], ['Jim Clark', 'person:jim-clark', 1], ['Clark', 'person:clark', 1]]);
});

test('front matter names the person a bare "Mr Peters" means, and gives the role', () => {
  const out = entities('Mr Peters says the visit went well.', {
    url: 'https://www.beehive.govt.nz/release/x',
    ministers: ['Rt Hon Winston Peters'],
    portfolios: ['Foreign Affairs'],
  });
  const [peters] = out.entities;
  assert.equal(peters?.name, 'Winston Peters');
  assert.equal(peters?.key, 'person:winston-peters');
  assert.deepEqual(peters?.roles.map((r) => [r.title, r.of, r.source, r.text, r.start, r.end]), [['Minister of Foreign Affairs', 'New Zealand', 'front-matter', '', 0, 0]]);
});

test('pronouns are never mentions', () => {
  const out = entities('Winston Peters arrived. He said she would follow.');
  assert.deepEqual(personMentions(out), ['Winston Peters → Winston Peters']);
});

// A tagger that also finds a lone given name, as the real one does in "Jacinda said".
const givenNameStage = createEntitiesStage({ tagger: lexiconTagger([...DEFAULT_TAGS, ['Jacinda', 'PER', 0.8]]) });

const givenNames: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Jacinda Ardern spoke. Later, Jacinda said the talks went well. Then Jacinda left.', ['Jacinda Ardern → Jacinda Ardern', 'Jacinda → Jacinda Ardern', 'Jacinda → Jacinda Ardern']],
  ['Jacinda said the talks went well. Jacinda Ardern left.', ['Jacinda → Jacinda Ardern', 'Jacinda Ardern → Jacinda Ardern']],
  ['Jacinda Ardern and Jacinda Smith spoke. Later, Jacinda said the talks went well.', ['Jacinda Ardern → Jacinda Ardern', 'Jacinda Smith → Jacinda Smith', 'Jacinda → Jacinda']],
];

for (const [input, expected] of givenNames) {
  test(`a lone given name in ${JSON.stringify(input)}`, () => {
    assert.deepEqual(personMentions(entities(input, {}, givenNameStage)), expected);
  });
}

test('a given name two people share is a person of its own', () => {
  const out = entities('Jacinda Ardern and Jacinda Smith spoke. Later, Jacinda said the talks went well.', {}, givenNameStage);
  assert.deepEqual(out.entities.map((e) => e.key), ['person:jacinda-ardern', 'person:jacinda-smith', 'person:jacinda']);
});
