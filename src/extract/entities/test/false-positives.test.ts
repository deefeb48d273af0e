import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta } from '../../../core/index.js';
import { createEntitiesStage, type EntityTagger, type NerSpanLike } from '../index.js';
import { DEFAULT_TAGS, lexiconTagger } from './lexicon-tagger.js';
import { entities, people, personMentions } from './support.js';

// Text that must NOT produce a person (or, where named, a person with these words).
// Each row names its trap; the test tagger makes some of these mistakes on purpose.
const noPerson: ReadonlyArray<readonly [trap: string, input: string, forbidden: readonly string[]]> = [
  ['sentence-initial However', 'However, the talks went on.', ['However']],
  ['sentence-initial participle', 'Asked at the think tank, officials said nothing.', ['Asked']],
  ['sentence-initial Both', 'Both sides agreed to meet again.', ['Both']],
  ['an electorate before "MP"', 'Mount Albert MP Helen Clark said the protest was peaceful.', ['Albert', 'Mount Albert']],
  ['a party\'s short name before its post', 'Green MP Tomas Ferreira spoke.', ['Green']],
  ['interjection before an address', 'BEAUMONT: Alright, PM, final question if I can.', ['Alright']],
  ['sentence-initial During', 'During the visit, trade came up.', ['During']],
  ['an honorific ending a sentence', 'I will have a private meeting with the Queen. After the Commonwealth meeting, I will travel to Pretoria.', ['After']],
  ['sentence-initial adverb', 'Ironically, the Defence Minister was abroad.', ['Ironically']],
  ['interview speaker label before an answer', 'PRIME MINISTER\n\nWell, can I just take those one by one.', ['Well', 'MINISTER Well']],
  ['"State" in a title', 'Secretary of State Antony Blinken arrived.', ['State Antony', 'State Antony Blinken', 'State']],
  ['photo agency', 'The picture came from Getty Images yesterday.', ['Getty Images', 'Getty']],
  ['month at a sentence start', 'March was a busy month for the ministry.', ['March']],
  ['month inside a sentence', 'The talks resume in May next year.', ['May']],
  ['numbered pillar', 'Japan might join Pillar Two of the agreement.', ['Pillar Two', 'Pillar', 'Two']],
  ['region', 'Stability in the Indo-Pacific matters to all.', ['Indo-Pacific', 'Indo', 'Pacific']],
  ['possessive country', 'Russia’s war of aggression continues.', ['Russia', 'Russia’s']],
  ['title alone', 'The Prime Minister will travel next week.', ['Prime Minister', 'Prime', 'Minister']],
  ['venue', 'He held meetings on Capitol Hill.', ['Capitol Hill', 'Capitol']],
  ['outlet in capitals', 'She told POLITIK in 2022 that she was careful.', ['POLITIK']],
  ['company that looks like a name', 'They chose Lockheed Martin’s helicopters.', ['Lockheed Martin', 'Lockheed']],
  ['a club named for its county', 'Ross County drew with Hibernian at home.', ['Ross County']],
  ['a closing quote after an s', "Winston Peters called them 'traditional partners' again.", ['partners', 'traditional partners']],
  ['organisation in a bracketed title', 'Tomas Ferreira (Chief Executive, Air New Zealand) spoke.', ['Air New Zealand', 'Air']],
  ['plural title', 'The NATO Foreign Ministers Meeting ended.', ['Foreign Ministers', 'Ministers Meeting']],
  ['rank before an institution', 'The UN General Assembly met in New York.', ['General Assembly', 'Assembly']],
  ['rank as an adjective', 'Major changes are coming to trade policy.', ['Major', 'Major changes']],
  ['weekday after a title', 'The Prime Minister Monday announced a review.', ['Monday']],
  ['country after a title', 'He met the Foreign Minister Ukraine had sent.', ['Ukraine']],
  ['country that opens like an honorific', 'The Prime Minister of DR Congo spoke.', ['Congo', 'DR Congo']],
  ['given name that is a country', 'Jordan Smith spoke to Jordan. Jordan signed the deal.', ['Jordan']],
  ['organisation heads', 'The Critical Minerals Framework and the Global Research Alliance were discussed.', ['Critical Minerals Framework', 'Global Research Alliance']],
  ['the chair addressed by office', 'Mr Speaker, I rise to speak. Thank you, Madam President. Mr Chairman, I agree.', ['Speaker', 'Mr Speaker', 'Madam', 'President', 'Madam President', 'Chairman', 'Mr Chairman']],
  ['a greeting before a first name', 'PRIME MINISTER: Hello Wolf. Thanks for coming.', ['Hello', 'Hello Wolf']],
  ['a century', 'Darwin in the 21st Century is going to grow.', ['Century']],
  ['a white paper', 'It will shape the upcoming Counter-Terrorism White Paper.', ['White Paper', 'White']],
  ['words before an organisation head', 'The Trade Reform Commission met. The Mapua Smith Council agreed.', ['Trade Reform', 'Mapua Smith']],
  ['an assisting minister', 'He was Minister Assisting the Prime Minister for Multicultural Affairs.', ['Assisting']],
  ['a scanned header in capitals', 'TRANSCRIPT OF THE PRIME MINISTER AND THE CHANCELLOR OF THE FEDERAL REPUBLIC OF GERMANY, HIS EXCELLENCY DR HELMUT KOHL JOINT PRESS CONFERENCE PARLIAMENT HOUSE, CANBERRA\n\nPRIME MINISTER: Welcome.', ['AND THE CHANCELLOR', 'THE', 'HELMUT KOHL JOINT']],
  ['a recording played in an interview', 'MITCHELL: Play it.\n\nCLIP: Please take us.\n\nMITCHELL: Again.\n\nCLIP: We are thankful.', ['CLIP', 'Clip']],
];

for (const [trap, input, forbidden] of noPerson) {
  test(`no false person: ${trap}`, () => {
    const out = entities(input);
    const persons = out.mentions.filter((m) => m.type === 'person').map((m) => m.text);
    for (const word of forbidden) assert.ok(!persons.some((p) => p === word || p.startsWith(`${word} `)), `"${word}" became a person in ${JSON.stringify(input)}: ${JSON.stringify(persons)}`);
  });
}

// Types the traps must get instead.
const typed: ReadonlyArray<readonly [trap: string, input: string, text: string, type: string | null]> = [
  ['region is a place', 'Stability in the Indo-Pacific matters to all.', 'Indo-Pacific', 'place'],
  ['an electorate is a place', 'Mount Albert MP Helen Clark said the protest was peaceful.', 'Mount Albert', 'place'],
  ['an organisation head word keeps an organisation that starts with a given name', 'The Jenny Craig Fund gave money.', 'Jenny Craig Fund', 'org'],
  ['a confident organisation that starts with a given name stays one', 'Ricardo Holdings bought the port.', 'Ricardo Holdings', 'org'],
  ['venue is a place', 'He held meetings on Capitol Hill.', 'Capitol Hill', 'place'],
  ['outlet is an organisation', 'She told POLITIK in 2022 that she was careful.', 'POLITIK', 'org'],
  ['possessive is cut off', 'Russia’s war of aggression continues.', 'Russia', 'place'],
  ['AUKUS is an organisation', 'AUKUS partners met in Canberra.', 'AUKUS', 'org'],
  ['Pacific Islands Forum is an organisation', 'The Pacific Islands Forum met in Tonga.', 'Pacific Islands Forum', 'org'],
  ['Pillar Two is nothing', 'Japan might join Pillar Two of the agreement.', 'Pillar Two', null],
  ['a treaty is nothing', 'Te Tiriti o Waitangi guides our foreign policy.', 'Te Tiriti', null],
  ['a pronoun after a name is not part of it', 'As for the Opposition I now say this.', 'Opposition', 'org'],
  ['a festival is nothing', 'At Matariki we remember those who have passed.', 'Matariki', null],
  ['a greeting is nothing', 'Kia ora koutou, and welcome.', 'Kia', null],
  ['the Pacific by its Māori name is a place', 'Our relationship with Te Moana-nui-a-Kiwa is enduring.', 'Te Moana-nui-a-Kiwa', 'place'],
  ['a broadcaster is an organisation, not two places', 'Speaking to Newstalk ZB, he agreed.', 'Newstalk ZB', 'org'],
  ['a longer outlet name wins', 'RNZ Pacific reported the talks.', 'RNZ Pacific', 'org'],
  ['a demonym is no place', 'Talks with the East Timorese resumed.', 'East Timorese', null],
  ['a plural demonym is no organisation', 'The Kiwis and the Americans agreed.', 'Americans', null],
  ['month is nothing', 'March was a busy month for the ministry.', 'March', null],
];

for (const [trap, input, text, type] of typed) {
  test(`typed: ${trap}`, () => {
    const found = entities(input).mentions.filter((m) => m.text === text).map((m) => m.type);
    assert.deepEqual(found, type ? [type] : []);
  });
}

// The real tagger's mistakes the rules mend: a pronoun read into a name, the odd one out of a list.
const mended = createEntitiesStage({
  tagger: lexiconTagger([
    ...DEFAULT_TAGS,
    ['Jon I', 'PER', 0.5],
    ['Hobart', 'LOC', 0.64],
    ['Wagga Wagga', 'PER', 0.19],
    ['Wodonga', 'PER', 0.56],
    ['Nowra', 'LOC', 0.19],
    ['BP', 'ORG', 0.4],
    ['Caltex', 'ORG', 0.65],
    ['Shell', 'ORG', 0.6],
    ['Neumann Petroleum', 'PER', 0.3],
    ['Freedom Fuels', 'ORG', 0.47],
    ['John Smith', 'PER', 0.9],
  ]),
});
const mentionTypes = (input: string) => entities(input, {}, mended).mentions.map((m) => `${m.text}: ${m.type}`);

test('a pronoun before a contraction ends the name: "Jon I\'m glad" is Jon', () => {
  assert.deepEqual(mentionTypes("PRIME MINISTER:\n\nWell actually Jon I'm glad to hear that."), ['Jon: person']);
});

test('the odd one out of a list takes the type of two in three of its items, never a person\'s', () => {
  assert.deepEqual(mentionTypes('The homes are in Adelaide, Brisbane, Canberra, Hobart, Sydney, Wagga Wagga, Wodonga and Nowra.'), [
    'Adelaide: place',
    'Brisbane: place',
    'Canberra: place',
    'Hobart: place',
    'Sydney: place',
    'Wagga Wagga: place',
    'Wodonga: place',
    'Nowra: place',
  ]);
  assert.deepEqual(mentionTypes('Blends are sold by BP, Caltex, Shell and Neumann Petroleum.'), ['BP: org', 'Caltex: org', 'Shell: org', 'Neumann Petroleum: org']);
  // Too short a list to say; a name with a listed given name stays a person.
  assert.deepEqual(mentionTypes('They went to Sydney, Canberra and Wodonga.'), ['Sydney: place', 'Canberra: place', 'Wodonga: person']);
  assert.deepEqual(mentionTypes('They met in Adelaide, Brisbane, Canberra, Sydney and John Smith came too.'), ['Adelaide: place', 'Brisbane: place', 'Canberra: place', 'Sydney: place', 'John Smith: person']);
});

// The tagger's own reading kept where no rule knows better: [trap, input, [tagged phrase, type, score], mention text, type or null].
const keptAsTagged: ReadonlyArray<readonly [trap: string, input: string, tag: readonly [string, NerSpanLike['type'], number], text: string, type: string | null]> = [
  ['a rank before an institutional word', 'The General Administration of Customs published the data.', ['General Administration of Customs', 'ORG', 0.9], 'General Administration of Customs', 'org'],
  ['an honorific before a possessive the name goes on after', 'Forfar v Queen’s Park was postponed.', ['Queen’s Park', 'ORG', 0.9], 'Queen’s Park', 'org'],
  ['a possessive inside an organisation', 'The Children’s Hospital at Westmead opened a ward.', ['Children’s Hospital', 'LOC', 0.8], 'Children’s Hospital', 'place'],
  ['a place qualifying a known organisation', 'Russia vetoed a U.N. Security Council resolution.', ['U.N. Security Council', 'ORG', 0.95], 'U.N. Security Council', 'org'],
  ['an opener after an article', 'On Saturday we play the All Blacks again.', ['All Blacks', 'ORG', 0.9], 'All Blacks', 'org'],
  ['a Korean given name with a hyphen', 'He met President Kim Dae-jung in Seoul.', ['Kim Dae-jung', 'PER', 0.9], 'Kim Dae-jung', 'person'],
  ['a surname with its particle', 'The deal is done, van Boxmeer said.', ['van Boxmeer', 'PER', 0.8], 'van Boxmeer', 'person'],
  ['a surname in a headline in capitals', 'CRICKET - LARA ENDURES TORRID TIME.', ['LARA', 'PER', 0.8], 'LARA', 'person'],
  ['known names side by side that the tagger joins', 'To join the WTO China must open its markets.', ['WTO China', 'ORG', 0.6], 'WTO China', null],
  ['an honorific alone is no place', 'He was appointed by the Pope in 1905.', ['Pope', 'LOC', 0.6], 'Pope', null],
  ['a rank alone is no organisation', 'I sat with the Chief Justice last night.', ['Chief Justice', 'ORG', 0.6], 'Chief Justice', null],
  ['an opener mid-sentence with no article', 'I am pleased that Their Royal Highnesses will visit.', ['Their Royal Highnesses', 'ORG', 0.6], 'Their Royal Highnesses', null],
  ['a place inside a day', 'Happy Australia Day to your listeners.', ['Australia Day', 'MISC', 0.9], 'Australia', null],
  ['a place inside a war', 'He protested against the Vietnam War.', ['Vietnam War', 'MISC', 0.9], 'Vietnam', null],
  ['an organisation inside an agreement stays', 'Talks on an ASEAN FTA went well.', ['ASEAN FTA', 'MISC', 0.8], 'ASEAN', 'org'],
  ['places beside a people stay', 'Close Australian-New Zealand collaboration will be needed.', ['Australian-New Zealand', 'MISC', 0.9], 'New Zealand', 'place'],
  ['a confident person spelt like a country', 'Michael Jordan scored 30 points and Jordan said he was tired.', ['Jordan', 'PER', 0.85], 'Jordan', 'person'],
  ['an abbreviation\'s full stop inside a sentence', 'Shares in AMR Corp. rose on Monday.', ['AMR Corp.', 'ORG', 0.9], 'AMR Corp.', 'org'],
  ['"The" inside a sentence', 'The final test will be played at The Oval in August.', ['The Oval', 'LOC', 0.8], 'The Oval', 'place'],
  ['a closing bracket the span opened', 'Mladost ( L ) beat Buducnost 2-1.', ['Mladost ( L )', 'ORG', 0.8], 'Mladost ( L )', 'org'],
  ['an organisation inside a day', 'Shops close on Labour Day.', ['Labour Day', 'MISC', 0.9], 'Labour', null],
  ['a month opening a name the tagger is sure of', 'The Parliamentary Secretary Jan McLucas spoke.', ['Jan McLucas', 'PER', 0.9], 'Jan McLucas', 'person'],
  ['a plural title before one name', 'A draw for league leaders Arsenal at home.', ['Arsenal', 'ORG', 0.9], 'Arsenal', 'org'],
];

for (const [trap, input, tag, text, type] of keptAsTagged) {
  test(`kept as tagged: ${trap}`, () => {
    const stage = createEntitiesStage({ tagger: lexiconTagger([...DEFAULT_TAGS, tag]) });
    const found = entities(input, {}, stage).mentions.filter((m) => m.text === text).map((m) => m.type);
    assert.deepEqual(found, type ? [type] : []);
  });
}

test('a place the tagger calls a person, unsure, is that person when it is the surname of a full name it found', () => {
  const stage = createEntitiesStage({ tagger: lexiconTagger([...DEFAULT_TAGS, ['Bill Jordan', 'PER', 0.6], ['Jordan', 'PER', 0.45]]) });
  const input = 'Bill Jordan, of the ICFTU, spoke first. Later Jordan said the meeting was a failure.';
  assert.deepEqual(entities(input, {}, stage).mentions.filter((m) => m.text === 'Jordan').map((m) => m.type), ['person']);
  // With no full name, an unsure person stays the place.
  const alone = createEntitiesStage({ tagger: lexiconTagger([...DEFAULT_TAGS, ['Jordan', 'PER', 0.45]]) });
  assert.deepEqual(entities('Later Jordan said the meeting was a failure.', {}, alone).mentions.filter((m) => m.text === 'Jordan').map((m) => m.type), ['place']);
});

test('a country an envoy’s title takes is a place, as an ambassador’s posting is', () => {
  const out = entities('She replaces the special envoy for Burundi, Tomas Ferreira, and the Ambassador to Japan.');
  assert.deepEqual(out.mentions.filter((m) => m.type === 'place').map((m) => m.text), ['Burundi', 'Japan']);
});

test('May is still a person with an honorific or a given name', () => {
  const out = entities('Theresa May met Mrs May’s successor in May.');
  assert.deepEqual(out.mentions.filter((m) => m.type === 'person').map((m) => `${m.text} → ${out.entities[m.entity]!.name}`), ['Theresa May → Theresa May', 'May → Theresa May']);
});

// Text that must NOT give these people a role: [trap, input, people as "Name | role of country"].
const noRole: ReadonlyArray<readonly [trap: string, input: string, expected: readonly string[], meta?: Partial<DocumentMeta>]> = [
  ['title in reported speech', 'Winston Peters said the Foreign Minister would travel.', ['Winston Peters']],
  ['relative clause without a copula', 'Winston Peters, who met the Foreign Minister, left early.', ['Winston Peters']],
  ['"the first Prime Minister to …" states no office', 'Christopher Luxon is the first Prime Minister to visit.', ['Christopher Luxon']],
  ['the role is the other person’s', 'Winston Peters said Antony Blinken is the Secretary of State.', ['Winston Peters', 'Antony Blinken | Secretary of State of United States']],
  ['a name after a preposition is not the subject', 'The guest of Winston Peters is the Foreign Minister.', ['Winston Peters']],
  ['negated copula', 'Winston Peters is not the Foreign Minister.', ['Winston Peters']],
  ['possessive title in an apposition', 'Tim Watts, the Prime Minister’s adviser, spoke.', ['Tim Watts']],
  ['possessive title after a copula', 'Tim Watts is the Prime Minister’s adviser.', ['Tim Watts']],
  ['title followed by a noun', 'Tim Watts, a Foreign Minister adviser, spoke.', ['Tim Watts']],
  ['title before someone else’s name', 'Winston Peters was Prime Minister Luxon’s guest.', ['Winston Peters', 'Luxon | Prime Minister']],
  ['counterpart of someone with no office', 'John Key met his counterpart Stephen Harper.', ['John Key', 'Stephen Harper']],
  ['counterpart of someone with two offices', 'Deputy Prime Minister Winston Peters, who is also Foreign Minister, met his counterpart Penny Wong.', ['Winston Peters | Deputy Prime Minister | Minister of Foreign Affairs', 'Penny Wong']],
  ['front matter: the office is a foreign minister’s, not a listed one’s', 'Mr Peters met Australian Foreign Minister Penny Wong. Ms Collins spoke.', ['Winston Peters', 'Penny Wong | Minister of Foreign Affairs of Australia', 'Judith Collins'], { ministers: ['Rt Hon Winston Peters', 'Hon Judith Collins'], portfolios: ['Foreign Affairs', 'Defence'] }],
  ['front matter: a former office pairs nothing', 'Former Foreign Minister Winston Peters and Ms Collins spoke.', ['Winston Peters | former Minister of Foreign Affairs of New Zealand', 'Judith Collins'], { ministers: ['Rt Hon Winston Peters', 'Hon Judith Collins'], portfolios: ['Foreign Affairs', 'Defence'] }],
  ['a body with no country before it', 'The ministry spokesperson John Roe said Government spokesperson Jane Doe was away.', ['John Roe | Spokesperson', 'Jane Doe | Spokesperson']],
  ['leaders of a region', 'Pacific leaders, including Mark Brown, met. The leader said Jane Doe would go.', ['Mark Brown', 'Jane Doe']],
  ['a post that ends no apposition', 'He was a goodwill ambassador for the brand, Jane Doe said.', ['Jane Doe']],
  ['deputy of someone with no office', 'Winston Peters’ deputy, David Seymour, spoke.', ['Winston Peters', 'David Seymour']],
  ['a longer post after "deputy"', 'US Secretary of State Antony Blinken spoke. Blinken’s deputy chief of staff, Jane Doe, did not.', ['Antony Blinken | Secretary of State of United States', 'Jane Doe']],
  ['counterparts in another sentence', 'Prime Minister John Key spoke. His counterpart Stephen Harper did not.', ['John Key | Prime Minister', 'Stephen Harper']],
  ['an organisation before the name owns no country office after it', 'NATO Secretary General Ilse Vandenberg, who was Prime Minister, spoke.', ['Ilse Vandenberg | Secretary General of NATO | former Prime Minister']],
  ['an adjective before a title in lower case', 'Tomas Ferreira, a senior foreign minister, spoke.', ['Tomas Ferreira']],
  ['a portfolio "and" that starts another title', 'Minister of Defence and Foreign Minister Tomas Ferreira spoke.', ['Tomas Ferreira | Minister of Defence | Minister of Foreign Affairs']],
  ['a state before a legislator: the senator is the nation\'s, not Texas\'s', 'Texas Senator Tomas Ferreira and Tasmanian senator Mere Tākuta spoke.', ['Tomas Ferreira | Senator', 'Mere Tākuta | Senator']],
  ['a state\'s name that is a given name stays a person', 'Victoria Ferreira, the Premier, spoke.', ['Victoria Ferreira | Premier']],
  ['plural counterparts that do not pair', 'Defence Minister Tomas Ferreira welcomed his counterparts, Mere Tākuta and Helen Clark.', ['Tomas Ferreira | Minister of Defence', 'Mere Tākuta', 'Helen Clark']],
  ['a country after "For" in a signature block', 'For the Republic of Indonesia H.E. Dr. Tomas Ferreira President For Australia The Hon Ravi Chandrasekaran Prime Minister', ['Tomas Ferreira', 'Ravi Chandrasekaran']],
  ['a title addressed, then a lone word', 'Prime Minister, Ansett’s been sold, as you know.', ['Ansett']],
  ['a title addressed, then a name and a verb', 'But Prime Minister, Tomas Ferreira said that the talks had failed.', ['Tomas Ferreira']],
  ['a title addressed, then an honorific\'s name', 'Prime Minister, Mr Ferreira suggested yesterday that talks had failed.', ['Ferreira']],
  ['a list item\'s title and the next item\'s name', 'Our envoys:\n\nTomas Ferreira, Ambassador to Japan\nRavi Chandrasekaran, Consul-General in Sydney', ['Tomas Ferreira | Ambassador to Japan', 'Ravi Chandrasekaran | Consul-General in Sydney']],
  ['a council\'s word after a mayor\'s place is no name', 'She thanked the Mayor of Auckland City, Tomas Ferreira, and the people.', ['Tomas Ferreira | Mayor of Auckland City']],
  ['a name line over a heading that only starts with a title', 'Tomas Ferreira\nPrime Minister’s statement on trade\n\nThe talks went well.', ['Tomas Ferreira']],
  ['a name line over a line that goes on past the title', 'Tomas Ferreira\nForeign Minister visits Japan\n\nThe talks went well.', ['Tomas Ferreira']],
  ['"as" a title without an appointment', 'He sees Tomas Ferreira as Prime Minister one day.', ['Tomas Ferreira']],
  ['"as" a title followed by a noun', 'They appointed Tomas Ferreira as Foreign Minister adviser.', ['Tomas Ferreira']],
  ['an appointment word in another sentence', 'It was confirmed. Tomas Ferreira as Foreign Minister would be a change.', ['Tomas Ferreira']],
  ['a plural title away from the names', 'The Foreign Ministers met. Tomas Ferreira and Ravi Chandrasekaran spoke.', ['Tomas Ferreira', 'Ravi Chandrasekaran']],
  ['a plural title before a list of others', 'Foreign Ministers met Tomas Ferreira and Ravi Chandrasekaran.', ['Tomas Ferreira', 'Ravi Chandrasekaran']],
  ['"the Hon" after another word', 'The Foreign Minister thanked the Hon Tomas Ferreira.', ['Tomas Ferreira']],
];

for (const [trap, input, expected, meta] of noRole) {
  test(`no false role: ${trap}`, () => {
    assert.deepEqual(people(entities(input, meta)), expected);
  });
}

test('no false link: a given name two people share stays apart from both', () => {
  const stage = createEntitiesStage({ tagger: lexiconTagger([...DEFAULT_TAGS, ['Jacinda', 'PER', 0.8]]) });
  const out = entities('Jacinda Ardern met Jacinda Smith. Jacinda said no.', {}, stage);
  assert.deepEqual(personMentions(out), ['Jacinda Ardern → Jacinda Ardern', 'Jacinda Smith → Jacinda Smith', 'Jacinda → Jacinda']);
});

// Text where an acronym or "the Forum" must NOT be linked: [trap, input, organisation mentions as "text → key"].
const noOrgLink: ReadonlyArray<readonly [trap: string, input: string, expected: readonly string[]]> = [
  ['letters that do not spell the acronym', 'The Pacific Islands Forum (APF) met. APF agreed.', ['Pacific Islands Forum → org:pacific-islands-forum']],
  ['a person is not a long form', 'Winston Peters (WP) spoke.', []],
  ['"the Forum" with two forums named', 'The Pacific Islands Forum and the World Economic Forum (WEF) met. The Forum agreed.', ['Pacific Islands Forum → org:pacific-islands-forum', 'World Economic Forum → org:world-economic-forum', 'WEF → org:world-economic-forum']],
  ['"the Forum" heading a longer name', 'The Pacific Islands Forum met. Then the Forum Leaders Meeting began.', ['Pacific Islands Forum → org:pacific-islands-forum']],
  ['"Forum" without "the"', 'The Pacific Islands Forum met. Forum members agreed.', ['Pacific Islands Forum → org:pacific-islands-forum']],
];

for (const [trap, input, expected] of noOrgLink) {
  test(`no false organisation link: ${trap}`, () => {
    const out = entities(input);
    assert.deepEqual(out.mentions.filter((m) => m.type === 'org').map((m) => `${m.text} → ${out.entities[m.entity]!.key}`), expected);
  });
}

/** A tagger that reads each occurrence of `word` in turn as the next of `readings`, as a statistical one may. */
function wavering(word: string, readings: ReadonlyArray<readonly [NerSpanLike['type'], number]>): EntityTagger {
  return {
    tagDocument(text) {
      const out: NerSpanLike[] = [];
      let k = 0;
      for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
        const [type, score] = readings[k++ % readings.length]!;
        out.push({ type, start: m.index!, end: m.index! + word.length, score });
      }
      return out;
    },
  };
}

test('one word the tagger barely calls a person, and reads otherwise elsewhere, is no person', () => {
  const text = 'The staff of Qantex were stood down. Qantex is a subsidiary of a larger group. Workers at Qantex were owed pay.';
  const unsure = createEntitiesStage({ tagger: wavering('Qantex', [['ORG', 0.6], ['PER', 0.09], ['LOC', 0.2]]) });
  assert.deepEqual(personMentions(entities(text, {}, unsure)), []);
  // A confident person reading stays, and so does an unsure one that nothing contradicts.
  const sure = createEntitiesStage({ tagger: wavering('Qantex', [['ORG', 0.6], ['PER', 0.7], ['LOC', 0.2]]) });
  assert.deepEqual(personMentions(entities(text, {}, sure)), ['Qantex → Qantex']);
  const alone = createEntitiesStage({ tagger: wavering('Qantex', [['PER', 0.09]]) });
  assert.ok(personMentions(entities(text, {}, alone)).length > 0);
});
