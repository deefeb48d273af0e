import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalName, entityKey, slugify, stripHonorifics, stripPossessive, surnameOf } from '../index.js';

const canonical: ReadonlyArray<readonly [string, string]> = [
  ['Rt Hon Winston Peters', 'Winston Peters'],
  ['Rt. Hon. Winston Peters', 'Winston Peters'],
  ['Mr Peters', 'Peters'],
  ['Dr. Ayesha Verrall', 'Ayesha Verrall'],
  ['Sir John Key', 'John Key'],
  ['Dame Jacinda Ardern', 'Jacinda Ardern'],
  ['Lt Gen Jane Whitfield', 'Jane Whitfield'],
  ['Russia’s', 'Russia'],
  ["Peters'", 'Peters'],
  ["Peters's", 'Peters'],
  ['  António   Guterres ', 'António Guterres'],
  ['Mr', 'Mr'],
  // Family names in capitals (diplomatic style); a listed given name after them puts them last.
  ['Mr. IWAYA Takeshi', 'Takeshi Iwaya'],
  ['Rt Hon Winston PETERS', 'Winston Peters'],
  ['CHO Tae-yul', 'Cho Tae-yul'],
  ['JOHN HOWARD', 'JOHN HOWARD'],
  // Acronyms keep their capitals: the gazetteers', any of one or two letters, beside an organisation's word.
  ['Washington DC', 'Washington DC'],
  ['UN Security Council', 'UN Security Council'],
  ['US-NZ Council', 'US-NZ Council'],
  ['COAG Reform Council', 'COAG Reform Council'],
  ['NATO Summit', 'NATO Summit'],
  ['Murray McCully', 'Murray McCully'],
  ['Ian MacKenzie', 'Ian MacKenzie'],
  ['Hamish de Spa', 'Hamish de Spa'],
  ['Doctor Mahathir', 'Mahathir'],
];
for (const [input, expected] of canonical) test(`canonicalName(${JSON.stringify(input)})`, () => assert.equal(canonicalName(input), expected));

const keys: ReadonlyArray<readonly [Parameters<typeof entityKey>, string]> = [
  [['person', 'Winston Peters'], 'person:winston-peters'],
  [['person', 'António Guterres'], 'person:antonio-guterres'],
  [['person', 'Ngozi Okonjo-Iweala'], 'person:ngozi-okonjo-iweala'],
  [['person', "Conor O'Brien"], 'person:conor-obrien'],
  // A glottal stop however it is typed: ʻokina, opening quote, apostrophe.
  [['place', 'Hawaiʻi'], 'place:hawaii'],
  [['person', 'Hu‘akavameiliku Siaosi Sovaleni'], 'person:huakavameiliku-siaosi-sovaleni'],
  [['person', "Fiamē Naomi Mata'afa"], 'person:fiame-naomi-mataafa'],
  [['person', 'Fiamē Naomi Mata’afa'], 'person:fiame-naomi-mataafa'],
  [['person', 'Jonas Gahr Støre'], 'person:jonas-gahr-store'],
  [['org', 'NATO'], 'org:nato'],
  [['place', 'Côte d’Ivoire'], 'place:cote-divoire'],
  [['person', '日本'], 'person:unnamed'],
];
for (const [args, expected] of keys) test(`entityKey(${args.join(', ')})`, () => assert.equal(entityKey(...args), expected));

test('surnameOf', () => {
  assert.equal(surnameOf('Winston Peters'), 'Peters');
  assert.equal(surnameOf('Rt Hon Winston Peters'), 'Peters');
  assert.equal(surnameOf('Ursula von der Leyen'), 'von der Leyen');
  assert.equal(surnameOf('Martin Luther King Jr.'), 'King');
  assert.equal(surnameOf('Peters'), 'Peters');
});

test('stripHonorifics and stripPossessive leave other text alone', () => {
  assert.equal(stripHonorifics('Winston Peters'), 'Winston Peters');
  assert.equal(stripHonorifics('Misra Patel'), 'Misra Patel');
  assert.equal(stripPossessive('Paris'), 'Paris');
  assert.equal(slugify('  --  '), '');
});
