import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta } from '../../../core/index.js';
import { createEntitiesStage } from '../index.js';
import { DEFAULT_TAGS, lexiconTagger } from './lexicon-tagger.js';
import { documentOf, entities, people, personMentions, roleText, runStage } from './support.js';

// Issue 13 (items 3, 4, 7): honorifics that conflict with a given name, speaker
// labels, the metadata's author, lone given names, names in capitals. Texts are
// this suite's own.

/** The test tagger, plus the mistakes and finds of the real one these rules are about. */
const stage = createEntitiesStage({
  tagger: lexiconTagger([
    ...DEFAULT_TAGS,
    ['Yeah', 'PER', 0.6],
    ['God', 'PER', 0.7],
    ['Neil', 'PER', 0.8],
    ['Christopher', 'PER', 0.8],
    ['Murray', 'PER', 0.8],
    ['Mdr Bolger', 'PER', 0.7],
    ['MW Howard', 'PER', 0.7],
    ['Mr Howard Mr Bolger', 'PER', 0.6],
    ['Mt Evelyn', 'PER', 0.5],
    ['SUBJECTS', 'ORG', 0.5],
    ['JOURNALIST', 'ORG', 0.5],
    ['LAWS', 'ORG', 0.5],
  ]),
});
const run = (text: string, meta: Partial<DocumentMeta> = {}) => entities(text, meta, stage);

/** A PM transcript's metadata, as the aupm-xml reader gives it. */
const transcript = (pm: string): Partial<DocumentMeta> => ({
  url: 'https://pmtranscripts.pmc.gov.au/release/transcript-1',
  source: 'pmtranscripts.pmc.gov.au',
  byline: pm,
  ministers: [pm],
  extra: { primeMinister: pm },
});

// --- False positives: each rule, text that must not give its effect.

const noPerson: ReadonlyArray<readonly [trap: string, input: string, meta: Partial<DocumentMeta>, forbidden: readonly string[]]> = [
  ['a reply after a speaker label', 'LAWS: Yeah, okay. LAWS: Yeah.', {}, ['Yeah']],
  ['a deity', 'God bless Australia.', {}, ['God']],
  ['a label that names nobody', 'JOURNALIST: Prime Minister, what now?\nJOURNALIST: And then?', {}, ['JOURNALIST', 'Journalist']],
  ['a heading said once as a label', 'SUBJECTS: trade; China.\n\nThe talks went well.', {}, ['SUBJECTS', 'Subjects']],
  ['an office label with no author', 'PRIME MINISTER: Good morning.\nPRIME MINISTER: Thanks.', {}, ['PRIME MINISTER', 'Prime Minister']],
  ['a mistyped office label', 'PRIME MINSTER: Good morning.\nPRIME MINSTER: Thanks.', transcript('John Howard'), ['Prime Minster', 'PRIME MINSTER']],
  ['"Mt" is Mount, no mistyped honorific', 'They walked up Mt Evelyn today.', {}, ['Evelyn']],
];

for (const [trap, input, meta, forbidden] of noPerson) {
  test(`no person: ${trap}`, () => {
    const names = run(input, meta).entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const f of forbidden) assert.ok(!names.includes(f), `${f} in ${JSON.stringify(names)}`);
    // Nor any other entity spelled so.
    const all = run(input, meta).entities.map((e) => e.name);
    for (const f of forbidden.filter((x) => x === x.toUpperCase())) assert.ok(!all.includes(f), `${f} in ${JSON.stringify(all)}`);
  });
}

// Links that must not be made.
const noLink: ReadonlyArray<readonly [trap: string, input: string, expected: readonly string[]]> = [
  ['a woman\'s honorific, a man\'s given name', 'Jim Bolger arrived. Mrs Bolger followed.', ['Jim Bolger → Jim Bolger', 'Bolger → Bolger']],
  ['a man\'s honorific, a woman\'s given name', 'Helen Clark arrived. Sir Clark followed.', ['Helen Clark → Helen Clark', 'Clark → Clark']],
  ['a given name two title names share', 'Christopher spoke.', ['Christopher → Christopher']],
];

for (const [trap, input, expected] of noLink) {
  test(`no link: ${trap}`, () => {
    const meta = trap.includes('title') ? { title: 'Talks with Christopher Luxon and Christopher Hipkins' } : {};
    assert.deepEqual(personMentions(run(input, meta)), expected);
  });
}

test('a lone given name that fits no full name is weak, and only then', () => {
  const out = run('PRIME MINISTER: Good morning, Neil. Neil Mitchell said so.', transcript('John Howard'));
  assert.ok(out.entities.every((e) => e.weak === undefined), 'Neil joins Neil Mitchell: not weak');
  const alone = run('Good morning, Neil. Neil asked again.');
  const neil = alone.entities.find((e) => e.name === 'Neil');
  assert.equal(neil?.weak, true);
  for (const i of neil!.mentions) assert.ok(alone.mentions[i]!.confidence <= 0.3);
  // A surname alone is no given name: not weak.
  assert.equal(run('Mr Bolger spoke.').entities.find((e) => e.name === 'Bolger')?.weak, undefined);
  // An honorific vouches for a name, whatever it is.
  assert.equal(run('Mr Neil spoke.').entities.find((e) => e.name === 'Neil')?.weak, undefined);
});

// --- What the rules do.

test('gender from honorifics and given names, when they agree', () => {
  const out = run('Jim Bolger arrived. Mrs Bolger followed. Ms Tākuta spoke. Kim Beazley left.');
  assert.deepEqual(
    out.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.gender ?? null]),
    [['Jim Bolger', 'm'], ['Bolger', 'f'], ['Tākuta', 'f'], ['Kim Beazley', null]],
  );
});

test('a PM transcript: the author is a person of the document, Prime Minister of Australia, even unnamed', () => {
  const out = run('JOURNALIST: What about trade?\nJOURNALIST: And China?', transcript('John Howard'));
  assert.deepEqual(people(out), ['John Howard | Prime Minister of Australia']);
  const howard = out.entities.find((e) => e.name === 'John Howard')!;
  assert.deepEqual(howard.mentions.map((i) => out.mentions[i]), [{ type: 'person', start: 0, end: 0, text: '', via: 'metadata', confidence: 0.95, entity: 0 }]);
  assert.equal(howard.roles[0]?.source, 'byline');
  assert.equal(howard.roles[0]?.ofInferred, undefined);
});

test('"PRIME MINISTER:" is the author, with the role; "HOWARD:" is the author by surname', () => {
  const out = run('JOURNALIST: Prime Minister, what now?\nPRIME MINISTER: Well, we will see.\nJOURNALIST: And?\nHOWARD: Nothing more.', transcript('John Howard'));
  assert.deepEqual(personMentions(out), ['PRIME MINISTER → John Howard', 'HOWARD → John Howard']);
  const howard = out.entities.find((e) => e.name === 'John Howard')!;
  assert.deepEqual(howard.roles.map((r) => [roleText(r), r.source, r.text]), [
    ['Prime Minister of Australia', 'byline', ''],
    ['Prime Minister of Australia', 'pattern', 'PRIME MINISTER'],
  ]);
});

test('"CLARK:" is Helen Clark when she is named; a repeated name label is a person, whatever the tagger said', () => {
  assert.deepEqual(personMentions(run('Helen Clark is here.\nCLARK: Good morning.\nCLARK: Thanks.')), ['Helen Clark → Helen Clark', 'CLARK → Helen Clark', 'CLARK → Helen Clark']);
  assert.deepEqual(personMentions(run('LAWS: Good morning.\nPRIME MINISTER: Hello.\nLAWS: Thanks.', transcript('John Howard'))), [
    'LAWS → Laws',
    'PRIME MINISTER → John Howard',
    'LAWS → Laws',
  ]);
});

test('"PREMIER CARPENTER:" is Carpenter, and the title before the name is his role', () => {
  const out = run('PRIME MINISTER: Thank you.\nPREMIER CARPENTER: Thank you very much, Prime Minister.\nJOURNALIST: Mr Premier, what changed?\nPREMIER CARPENTER: Nothing.', transcript('John Howard'));
  assert.deepEqual(personMentions(out), ['PRIME MINISTER → John Howard', 'CARPENTER → Carpenter', 'CARPENTER → Carpenter']);
  assert.deepEqual(
    out.entities.find((e) => e.name === 'Carpenter')!.roles.map((r) => [r.title, r.text]),
    [
      ['Premier', 'PREMIER'],
      ['Premier', 'PREMIER'],
    ],
  );
});

test('"PRIME MINISTER HOWARD:" in Howard\'s transcript is the author, though another Howard is named', () => {
  const out = run('PRIME MINISTER CLARK: Welcome to John Howard and Mrs Janette Howard.\nPRIME MINISTER HOWARD: Thank you, Helen.', transcript('John Howard'));
  assert.deepEqual(personMentions(out).filter((m) => m.includes('HOWARD')), ['HOWARD → John Howard']);
  const howard = out.entities.find((e) => e.name === 'John Howard')!;
  assert.deepEqual(
    howard.roles.filter((r) => r.source === 'pattern').map((r) => r.text),
    ['PRIME MINISTER'],
  );
});

test('a removed speech header names the speaker: "MCCULLY:" and "Murray" join the full name it gives', () => {
  const header = { code: 'boilerplate-speech-header', severity: 'info', reason: 'Removed speech or transcript header.', start: 0, end: 0, origin: 'reader:text', place: null, excerpt: 'Remarks With New Zealand Foreign Minister Murray McCully' } as const;
  const out = runStage(stage, { ...documentOf('FOREIGN MINISTER MCCULLY: Good afternoon.\nSECRETARY KERRY: Well, Murray, thank you.'), messages: [header] }).output;
  assert.deepEqual(
    personMentions(out).filter((m) => m.endsWith('McCully')),
    ['MCCULLY → Murray McCully', 'Murray → Murray McCully'],
  );
});

test('a given name joins the one full name the title gives', () => {
  const out = run('It is a pleasure to welcome Prime Minister Luxon. Christopher and I talked.', { title: 'Joint press conference with the Rt Hon Christopher Luxon MP' });
  assert.deepEqual(personMentions(out), ['Luxon → Christopher Luxon', 'Christopher → Christopher Luxon']);
  // The title alone makes no person.
  assert.deepEqual(people(run('The talks went well.', { title: 'Joint press conference with Christopher Luxon' })), []);
});

test('a name in the title closed by a word in lower case is whole: a surname the text shares with a spouse stays apart from her', () => {
  const out = run('We welcome the President of Indonesia and Mrs Ani Yudhoyono.\n\nPRESIDENT YUDHOYONO: Thank you.\n\nPRIME MINISTER: President Yudhoyono and I spoke.', {
    title: 'Joint Press Conference with President Susilo Bambang Yudhoyono of Indonesia, Parliament House, Canberra',
  });
  assert.deepEqual(personMentions(out).filter((m) => m.endsWith('→ Ani Yudhoyono')), ['Ani Yudhoyono → Ani Yudhoyono']);
});

test('noisy names: an honorific inside is two names, mistyped honorifics and "Doctor" are honorifics', () => {
  assert.deepEqual(personMentions(run('Then Mr Howard Mr Bolger said so. Later Mdr Bolger and Doctor Mahathir spoke. JOURNALIST: MW Howard, why?')), [
    'Howard → Howard',
    'Bolger → Bolger',
    'Bolger → Bolger',
    'Mahathir → Mahathir',
    'Howard → Howard',
  ]);
});

test('names in capitals are shown in ordinary case unless the document writes them so', () => {
  assert.deepEqual(people(run('BOLGER: Good morning.\nBOLGER: Thanks.')), ['Bolger']);
  assert.deepEqual(people(run('McGRATH: Good morning.\nMcGRATH: Thanks.')), ['McGrath']);
  assert.deepEqual(people(run('JIM BOLGER: Good morning.\nJim Bolger left.')), ['Jim Bolger']);
});

test('a byline naming two reporters gives two people, not one joined by "and"', () => {
  const names = run('ATHENS (Reuters) - Greek party leaders agreed on Thursday to a package of cuts.', { byline: 'Elena Vasilakis and Thomas Brennecke' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  assert.deepEqual(names, ['Elena Vasilakis', 'Thomas Brennecke']);
});
