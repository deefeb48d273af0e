import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta, Message } from '../../../core/index.js';
import { entitiesStage, primaryRole } from '../index.js';
import { documentOf, people, runStage, testStage } from './support.js';

// The roles releases state (issue 13, item 5): portfolio lists, party spokespeople,
// posts with their posting, MPs and candidates, mayors, and owners that stay
// unknown rather than guessed. Names are fictional; the layouts are the held-out styles'.

const BEEHIVE = { url: 'https://www.beehive.govt.nz/release/x' } as const;

/** A removed page header, as the text reader reports it. */
const header = (excerpt: string): Message => ({ code: 'boilerplate-header', severity: 'info', reason: 'Removed page header.', start: 0, end: 0, origin: 'reader:text', place: null, excerpt }) as Message;

function run(text: string, meta: Partial<DocumentMeta> = {}, headers: readonly string[] = []) {
  return runStage(testStage, { ...documentOf(text, meta), messages: headers.map(header) }).output;
}

const withRoles = (text: string, meta: Partial<DocumentMeta> = {}, headers: readonly string[] = []) => people(run(text, meta, headers));

// [name, text, meta, page headers, people with roles]
const cases: ReadonlyArray<readonly [string, string, Partial<DocumentMeta>, readonly string[], readonly string[]]> = [
  // Portfolio lists.
  [
    'a ministry written out with "and" (Australian style), one item a line or the lines joined',
    'The ministry:\n\nHon Tomas Ferreira – Minister for Health and Ageing Senator Ravi Chandrasekaran – Minister for Climate Change and Water\nHon Mere Tākuta – Minister of Transport, Minister of State Services\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Minister of Health and Ageing of New Zealand',
      'Ravi Chandrasekaran | Minister of Climate Change and Water of New Zealand',
      'Mere Tākuta | Minister of Transport of New Zealand | Minister of State Services of New Zealand',
    ],
  ],
  [
    'a spaced-dash list of ministries written out: an unlisted one, one that runs past a listed one, one with a possessive',
    'The ministry is:\n\nHon Tomas Ferreira – Minister of Transport, Minister of State Services, Minister of Women\'s Affairs\nHon Ravi Chandrasekaran – Minister of Outer Islands Affairs\nHon Mere Tākuta – Minister of Education\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Minister of Transport of New Zealand | Minister of State Services of New Zealand | Minister of Women\'s Affairs of New Zealand',
      'Ravi Chandrasekaran | Minister of Outer Islands Affairs of New Zealand',
      'Mere Tākuta | Minister of Education of New Zealand',
    ],
  ],
  [
    'a list, one item a line: each portfolio the minister’s office',
    'The portfolio allocations are:\n\nTomas Ferreira: Finance, Social Investment\n\nRavi Chandrasekaran: Deputy Prime Minister (from 31 May 2026), Foreign Affairs, Racing\n\nMere Tākuta: Housing, Infrastructure, Leader of the House\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Minister of Finance of New Zealand | Minister of Social Investment of New Zealand',
      'Ravi Chandrasekaran | Minister of Foreign Affairs of New Zealand | Minister of Racing of New Zealand | future Deputy Prime Minister of New Zealand',
      'Mere Tākuta | Minister of Housing of New Zealand | Minister of Infrastructure of New Zealand | Leader of the House of New Zealand',
    ],
  ],
  [
    'a list with each minister’s party in brackets before the colon',
    'The ministry:\n\n- Hon Dr Tomas Ferreira (Māori Party): Minister of Māori Affairs, Associate Minister of Education\n- Hon Mere Tākuta (United Future): Minister of Revenue\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Minister of Māori Affairs of New Zealand | Associate Minister of Education of New Zealand',
      'Mere Tākuta | Minister of Revenue of New Zealand',
    ],
  ],
  [
    'a list with semicolons: an entry no rule reads ends the item, the entries before it stand',
    'The ministry:\n\n8. Hon Tomas Ferreira – Minister of Justice; Minister for Courts; Minister Responsible for the GCSB; Minister Responsible for Pike River Re-entry\n9. Hon Mere Tākuta – Attorney-General; Minister for the Environment\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Minister of Justice of New Zealand | Minister of Courts of New Zealand | Minister Responsible for the GCSB of New Zealand',
      'Mere Tākuta | Attorney-General of New Zealand | Minister of Environment of New Zealand',
    ],
  ],
  [
    'a list whose lines a reader joined: no title reaches the next item’s name',
    'The new line-up is:\n\nRt Hon Tomas Ferreira – Prime Minister, Minister for Arts, Culture and Heritage Hon Ravi Chandrasekaran – Minister of Finance, Minister of Justice Hon Mere Tākuta – Minister of Defence\n',
    BEEHIVE,
    [],
    [
      'Tomas Ferreira | Prime Minister of New Zealand | Minister of Arts, Culture and Heritage of New Zealand',
      'Ravi Chandrasekaran | Minister of Finance of New Zealand | Minister of Justice of New Zealand',
      'Mere Tākuta | Minister of Defence of New Zealand',
    ],
  ],
  [
    'a numbered opposition line-up in a party’s release: the party’s spokespeople',
    'The front bench:\n\n1. Tomas Ferreira – Leader, National Security\n2. Ravi Chandrasekaran – Deputy Leader, Finance\n3. Mere Tākuta – Covid-19 Response, Disarmament\n',
    {},
    ['Press Release: New Zealand National Party'],
    [
      'Tomas Ferreira | Leader of National Party | Spokesperson for National Security of National Party',
      'Ravi Chandrasekaran | Deputy Leader of National Party | Spokesperson for Finance of National Party',
      'Mere Tākuta | Spokesperson for Covid-19 Response of National Party | Spokesperson for Disarmament of National Party',
    ],
  ],
  [
    'a party announcing its ministers: posts written out are the government\'s, not spokespeople\'s',
    'Our ministers:\n\n1. Tomas Ferreira – Minister for Regional Economic Development; Minister of Forestry\n2. Ravi Chandrasekaran – Parliamentary Under-Secretary for Foreign Affairs\n',
    { url: 'https://www.beehive.govt.nz/release/x' },
    ['Press Release: New Zealand Labour Party'],
    [
      'Tomas Ferreira | Minister of Regional Economic Development of New Zealand | Minister of Forestry of New Zealand',
      'Ravi Chandrasekaran | Parliamentary Under-Secretary for Foreign Affairs of New Zealand',
    ],
  ],
  [
    'a senator\'s style before the name opens the item',
    'The ministry:\n\nSenator the Hon Tomas Ferreira – Minister for Climate Change and Water\nThe Hon Ravi Chandrasekaran MP – Minister for Defence\n',
    { url: 'https://www.pm.gov.au/media/x' },
    [],
    ['Tomas Ferreira | Senator of Australia | Minister of Climate Change and Water of Australia', 'Ravi Chandrasekaran | Minister of Defence of Australia'],
  ],
  [
    'a Senate leadership post among the entries',
    'The ministry:\n\nSenator the Hon Tomas Ferreira – Minister for Immigration and Citizenship; Leader of the Government in the Senate\n',
    { url: 'https://www.pm.gov.au/media/x' },
    [],
    ['Tomas Ferreira | Senator of Australia | Minister of Immigration and Citizenship of Australia | Leader of the Government in the Senate of Australia'],
  ],
  // Party spokespeople and posts.
  [
    'party spokespeople with their portfolio, the party the owner',
    'ACT Social Welfare Spokesman Tomas Ferreira said so. National’s spokesperson on Foreign Affairs, Ravi Chandrasekaran, agreed. Labour’s foreign affairs spokesperson Mere Tākuta did not.',
    {},
    [],
    [
      'Tomas Ferreira | Spokesperson for Social Welfare of ACT Party',
      'Ravi Chandrasekaran | Spokesperson for Foreign Affairs of National Party',
      'Mere Tākuta | Spokesperson for Foreign Affairs of Labour Party',
    ],
  ],
  ['Opposition before a spokesperson', 'Opposition foreign affairs spokesman Tomas Ferreira criticised the vote.', {}, [], ['Tomas Ferreira | Spokesperson for Foreign Affairs of Opposition']],
  ['a ministry’s spokesperson: the portfolio words end its name', 'A Ministry of Foreign Affairs and Trade spokesperson, Tomas Ferreira, said so.', {}, [], ['Tomas Ferreira | Spokesperson of Ministry of Foreign Affairs and Trade']],
  ['a title before “and” keeps the portfolio', 'Leader of the Opposition and Foreign Affairs Spokesperson Tomas Ferreira spoke.', {}, [], ['Tomas Ferreira | Leader of the Opposition | Spokesperson for Foreign Affairs']],
  ['a party’s co-leader', 'Green Party co-leader Tomas Ferreira spoke.', {}, [], ['Tomas Ferreira | Co-leader of Green Party']],
  ['a party release’s bare post is the party’s', 'Leader Tomas Ferreira spoke.', {}, ['Press Release: Green Party'], ['Tomas Ferreira | Leader of Green Party']],
  // A party's own post in its release is the party's; a party before two joined titles owns only its own.
  ['the releasing party’s leader', 'Alliance leader and Deputy Prime Minister Tomas Ferreira said so. Alliance MP Mere Tākuta agreed.', {}, ['Press Release: Alliance Party'], ['Tomas Ferreira | Leader of Alliance Party | Deputy Prime Minister of New Zealand', 'Mere Tākuta | Member of Parliament of Alliance Party']],
  ['an organisation’s stated post stays its own in a party’s release', 'UN Secretary-General Tomas Ferreira spoke.', {}, ['Press Release: Labour Party'], ['Tomas Ferreira | Secretary General of United Nations']],
  // A party's possessive before a name is that person's party, even in another party's release; two parties say nothing.
  ['a rival party’s MP named with the party', 'He took aim at National’s Tomas Ferreira, the MP for Rotorua, who disagreed.', {}, ['Press Release: New Zealand First Party'], ['Tomas Ferreira | Member of Parliament for Rotorua of National Party']],
  ['a readout’s spokesperson is the publisher’s', 'The following is attributable to Spokesperson Tomas Ferreira:', {}, ['OFFICE OF THE SPOKESPERSON'], ['Tomas Ferreira | Spokesperson of State Department']],
  // The United States has Secretaries, not Ministers: a minister in a State Department statement is some other country's.
  ['no minister is the United States’', 'We commend the Minister for Bougainville Affairs, Tomas Ferreira, for his work.', {}, ['OFFICE OF THE SPOKESPERSON'], ['Tomas Ferreira | Minister for Bougainville Affairs']],
  // Posts keep their posting.
  ['an envoy abroad', 'New Zealand’s Ambassador to the United States, Tomas Ferreira, spoke.', {}, [], ['Tomas Ferreira | Ambassador to the United States of New Zealand']],
  ['a UN ambassador, the country before it the owner', 'Russia’s U.N. Ambassador Tomas Ferreira spoke.', {}, [], ['Tomas Ferreira | Ambassador to the United Nations of Russia']],
  ['a permanent representative', 'The UK Permanent Representative to the UN, Tomas Ferreira, spoke.', {}, [], ['Tomas Ferreira | Permanent Representative to the United Nations of United Kingdom']],
  ['a UN high commissioner for a portfolio is the UN’s', 'UN High Commissioner for Refugees Tomas Ferreira spoke.', {}, [], ['Tomas Ferreira | High Commissioner for Refugees of United Nations']],
  // MPs, candidates, mayors.
  ['an MP for an electorate', 'National MP for Rotorua Tomas Ferreira welcomed the forum.', {}, [], ['Tomas Ferreira | Member of Parliament for Rotorua of National Party']],
  ['a candidate for an electorate', 'New Zealand First’s Mana candidate Tomas Ferreira says so. The Labour candidate, Ravi Chandrasekaran, disagreed.', {}, [], ['Tomas Ferreira | Candidate for Mana of New Zealand First', 'Ravi Chandrasekaran | Candidate of Labour Party']],
  ['a mayor’s place', 'Rotorua Mayor Tomas Ferreira spoke. Also speaking was the Mayor of Whanganui, Ravi Chandrasekaran, who agreed.', {}, [], ['Tomas Ferreira | Mayor of Rotorua', 'Ravi Chandrasekaran | Mayor of Whanganui']],
  // Portfolios whose names hold a comma or an "and" stay whole; the longest reading wins.
  [
    'a listed portfolio with a comma in a party’s line-up',
    'Portfolio allocations:\n\n1. Tomas Ferreira – Leader, Finance\n2. Mere Tākuta – Research, Science and Innovation\n3. Ravi Chandrasekaran – Arts, Culture and Heritage, Defence\n',
    {},
    ['Press Release: New Zealand National Party'],
    [
      'Tomas Ferreira | Leader of National Party | Spokesperson for Finance of National Party',
      'Mere Tākuta | Spokesperson for Research, Science and Innovation of National Party',
      'Ravi Chandrasekaran | Spokesperson for Arts, Culture and Heritage of National Party | Spokesperson for Defence of National Party',
    ],
  ],
  ['a minister of two portfolios joined by and', 'Tomas Ferreira will meet India’s Minister of Commerce and Industry, Ravi Chandrasekaran, in Delhi.', BEEHIVE, [], ['Tomas Ferreira', 'Ravi Chandrasekaran | Minister of Commerce and Industry of India']],
  ['an office and a style after a comma', 'He will be accompanied by the Minister for Trade and Tourism, Senator the Hon Tomas Ferreira, and the Minister for Resources, the Hon Mere Tākuta MP.', { url: 'https://www.pm.gov.au/media/x' }, [], ['Tomas Ferreira | Minister of Trade and Tourism of Australia | Senator of Australia', 'Mere Tākuta | Minister of Resources of Australia']],
  // Senators and their parties.
  ['a party’s senator', 'Greens senator Tomas Ferreira welcomed the vote, as did Labor Senator Ravi Chandrasekaran.', {}, [], ['Tomas Ferreira | Senator of Green Party', 'Ravi Chandrasekaran | Senator of Australian Labor Party']],
  // A counterpart's country owns the title between "counterpart" and the name.
  ['a counterpart’s title', 'Ms Ferreira said she had spoken to her Australian counterpart, Deputy Prime Minister Ravi Chandrasekaran.', BEEHIVE, [], ['Ferreira', 'Ravi Chandrasekaran | Deputy Prime Minister of Australia']],
  // Former and then.
  ['former and then', 'Former Prime Minister Tomas Ferreira and then Foreign Minister Ravi Chandrasekaran spoke.', BEEHIVE, [], ['Tomas Ferreira | former Prime Minister of New Zealand', 'Ravi Chandrasekaran | former Minister of Foreign Affairs of New Zealand']],
  // Owners: stated after the name; the other side's offices stay unknown.
  [
    'a leader speaking to another country’s is not that country’s',
    'Prime Minister Tomas Ferreira spoke to President Ravi Chandrasekaran of Ukraine. Ukraine and Ukraine and Ukraine.',
    {},
    [],
    ['Tomas Ferreira | Prime Minister', 'Ravi Chandrasekaran | President of Ukraine'],
  ],
  ['a party release’s country is the party’s', 'Foreign Minister Tomas Ferreira must explain the Fiji sanctions. Fiji and Fiji and Fiji.', {}, ['Press Release: New Zealand Labour Party'], ['Tomas Ferreira | Minister of Foreign Affairs of New Zealand']],
  // Posts held to another office: the office after "to" is the assistant's title, and no one's office of its own.
  [
    'a parliamentary secretary or under-secretary to a minister',
    'The Parliamentary Secretary to the Prime Minister, Tomas Ferreira, and the Parliamentary Under-Secretary to the Minister of Foreign Affairs, Ravi Chandrasekaran, will travel.',
    BEEHIVE,
    [],
    ['Tomas Ferreira | Parliamentary Secretary to the Prime Minister of New Zealand', 'Ravi Chandrasekaran | Parliamentary Under-Secretary to the Minister of Foreign Affairs of New Zealand'],
  ],
  // A temporary prefix keeps the posting: "in Honiara" is still where the acting head of mission sits.
  ['an acting head of mission and the place of posting', 'New Zealand’s acting High Commissioner in Honiara, Tomas Ferreira, said the programme works.', BEEHIVE, [], ['Tomas Ferreira | Acting High Commissioner in Honiara of New Zealand']],
  // A candidate's electorate after "for", as an MP's.
  ['a party’s candidate for an electorate', 'ACT’s candidate for Rangitīkei, Tomas Ferreira, will host a meeting.', {}, [], ['Tomas Ferreira | Candidate for Rangitīkei of ACT Party']],
  // A party the lexicon lacks, named as written before its own post.
  ['a party named as written owns its leader', 'Communist Party leader Tomas Ferreira called a strike.', {}, [], ['Tomas Ferreira | Leader of Communist Party']],
  ['a chief justice is the country’s', 'APIA, Samoa (Reuters) - Chief Justice Tomas Ferreira did not attend.', {}, [], ['Tomas Ferreira | Chief Justice of Samoa']],
];

for (const [name, text, meta, headers, expected] of cases) {
  test(`release roles: ${name}`, () => assert.deepEqual(withRoles(text, meta, headers), expected));
}

// Occupations and posts beside a name (roles/occupations.ts): [text, people with roles].
const occupations: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Tomas Ferreira, a professor at Auckland University's Law School, said the proposals echoed earlier ones.", ['Tomas Ferreira | Professor of Auckland University Law School']],
  // A region before the post is its field, and stays in the title; a city or a country's adjective does not.
  ['Tomas Ferreira, a Pacific analyst at the Lowy Institute, said the vote was close.', ['Tomas Ferreira | Pacific Analyst of Lowy Institute']],
  ['Dr Tomas Ferreira, a senior lecturer in law at the University of Auckland, disagreed.', ['Tomas Ferreira | Senior Lecturer in law of University of Auckland']],
  ['The panel includes Tomas Ferreira, executive director of the New Zealand International Business Forum, and Dr Mere Tākuta, a senior lecturer in Pacific studies at Victoria University of Wellington.', ['Tomas Ferreira | Executive Director of New Zealand International Business Forum', 'Mere Tākuta | Senior Lecturer in Pacific studies of Victoria University of Wellington']],
  ['Tomas Ferreira, chair of The Elders, spoke first.', ['Tomas Ferreira | Chair of The Elders']],
  ['Tomas Ferreira, a spokesperson for Amnesty International, said the report was damning.', ['Tomas Ferreira | Spokesperson of Amnesty International']],
  ['Tomas Ferreira, chief executive of Fonterra, welcomed the deal.', ['Tomas Ferreira | Chief Executive of Fonterra']],
  ['Tomas Ferreira, Auckland University political scientist, said the vote was close.', ['Tomas Ferreira | Political Scientist of University of Auckland']],
  // The field in lower case is part of the post as stated; a word of praise is not.
  ['Victoria University international relations expert Tomas Ferreira said the talks mattered.', ['Tomas Ferreira | International Relations Expert of Victoria University of Wellington']],
  ['Tomas Ferreira, a leading nonproliferation analyst at the Arms Control Association, said so.', ['Tomas Ferreira | Nonproliferation Analyst of Arms Control Association']],
  ['Tomas Ferreira, a long-serving pro-democracy lawyer, said so.', ['Tomas Ferreira | Pro-democracy Lawyer']],
  // A listed organisation's post before a comma and the name; capitalised words the lists lack between them are the title's own.
  ['The IMF chief economist, Tomas Ferreira, said so. The ICC Prosecutor, Mere Tākuta, applied.', ['Tomas Ferreira | Chief Economist of International Monetary Fund', 'Mere Tākuta | Prosecutor of International Criminal Court']],
  // A name ending on a body's head word owns the post; an "of the" inside the organisation's name; a sentence's opening article before a bare occupation.
  ['The Reserve Bank governor, Tomas Ferreira, said so. The chief of the Armed Forces of the Philippines, Gen. Mere Tākuta, agreed. The activist Ravi Chandrasekaran did not.', ['Tomas Ferreira | Governor of Reserve Bank', 'Mere Tākuta | Chief of Armed Forces of the Philippines', 'Ravi Chandrasekaran | Activist']],
  // Malaysian honorifics before a name; a bare "Ambassador" worn as a style says less than the post after the name.
  ["Your Excellency Ambassador Tomas Ferreira, Dean of the Diplomatic Corps, spoke. I told Dato' Sri Mere Tākuta so. Ravi Chandrasekaran, Chief Commissioner of the Greater Sydney Commission, agreed.", ['Tomas Ferreira | Ambassador | Dean of Diplomatic Corps', 'Mere Tākuta', 'Ravi Chandrasekaran | Chief Commissioner of Greater Sydney Commission']],
  // A secretary-general's envoys are the organisation's: the United Nations' when none is named.
  ["They met the Secretary-General's Special Envoy on Myanmar, Tomas Ferreira, and the NATO Secretary-General's Special Representative, Mere Tākuta.", ['Tomas Ferreira | Special Envoy on Myanmar of United Nations', 'Mere Tākuta | Special Representative of NATO']],
  // Offices of one country: Japan's Chief Cabinet Secretary, Britain's Chief of the Defence Staff.
  ['Chief Cabinet Secretary Tomas Ferreira said no. The Chief of the Defence Staff, General Sir Mere Tākuta, agreed.', ['Tomas Ferreira | Chief Cabinet Secretary of Japan', 'Mere Tākuta | Chief of the Defence Staff of United Kingdom']],
  // Britain's ministers of state, a post-nominal after the name; "the legitimate Prime Minister" after a copula.
  ['The Minister of State for Asia and the Pacific, Tomas Ferreira MP, summoned the ambassador. Mere Tākuta remains the legitimate Prime Minister of Fiji.', ['Tomas Ferreira | Minister of State for Asia and the Pacific', 'Mere Tākuta | Prime Minister of Fiji']],
  // An ordinal between the possessive owner and the title says which holder, not whose.
  ["Tomas Ferreira was sworn in as Australia's 25th Prime Minister today. Mere Tākuta became New Zealand's first woman Prime Minister.", ['Tomas Ferreira | Prime Minister of Australia', 'Mere Tākuta | Prime Minister of New Zealand']],
  // A bare occupation keeps one lower-case word that opens its clause ("vegetable seller"); a verb or preposition before it is no part of it.
  ['In the Buka market, vegetable seller Tomas Ferreira danced. On the street, taxi driver Mere Tākuta was unmoved. He met businessman Ravi Chandrasekaran.', ['Tomas Ferreira | Vegetable Seller', 'Mere Tākuta | Taxi Driver', 'Ravi Chandrasekaran | Businessman']],
  // A body the lists lack after "of": a body's word then "of" and where, a hyphened compound in its name.
  ['The President of the Business Council of Australia, Tomas Ferreira, spoke. The President of the Australia-Japan Business Cooperation Committee, Mere Tākuta, and the members came.', ['Tomas Ferreira | President of Business Council of Australia', 'Mere Tākuta | President of Australia-Japan Business Cooperation Committee']],
  // An acknowledgements list: "Professor" worn as a style says less than the post after the name.
  ['I acknowledge Professor Tomas Ferreira, Vice-Chancellor of Monash University; and Ms Mere Tākuta, Chief Executive of the Minerals Council of Australia.', ['Tomas Ferreira | Professor | Vice-Chancellor of Monash University', 'Mere Tākuta | Chief Executive of Minerals Council of Australia']],
  ["The UN's Emergency Relief Coordinator, Tomas Ferreira, arrived.", ['Tomas Ferreira | Emergency Relief Coordinator of United Nations']],
  // An organisation's possessive before the post says whose it is; a country's post is the country's; an age is no part of a post.
  ["Greenpeace International's executive director, Tomas Ferreira, said so. China's top diplomat, Mere Tākuta, agreed. Ravi Chandrasekaran, a 23-year-old youth activist, did not.", ['Tomas Ferreira | Executive Director of Greenpeace', 'Mere Tākuta | Top Diplomat of China', 'Ravi Chandrasekaran | Youth Activist']],
  // Posts wire copy names by a head word of its own: a chief, a prosecutor, an owner, an executive chairman.
  ['Tomas Ferreira, chief of the Armed Forces of the Philippines, said so. Mere Tākuta, the European Union’s foreign policy chief, agreed.', ['Tomas Ferreira | Chief of Armed Forces of the Philippines', 'Mere Tākuta | Foreign Policy Chief of European Union']],
  ['Tomas Ferreira, a restaurant owner, said so. Dr Mere Tākuta, the Executive Chairman of Fortescue, agreed.', ['Tomas Ferreira | Restaurant Owner', 'Mere Tākuta | Executive Chair of Fortescue']],
  // An age before the apposition; a country's adjective before the head word describes the person.
  ['One of them, Tomas Ferreira, 41, a rice farmer who came back in April, said so. Mere Tākuta, a Port Moresby-based New Zealand businessman, agreed.', ['Tomas Ferreira | Rice Farmer', 'Mere Tākuta | Businessman']],
  // A country's adjective owns a state's post after it ("retired" makes it former), not any other occupation.
  ['Tomas Ferreira, a retired New Zealand diplomat, chaired it. Mere Tākuta, the French oceanographer, agreed. Ravi Chandrasekaran, the Fijian military commander, did not.', ['Tomas Ferreira | former Diplomat of New Zealand', 'Mere Tākuta | Oceanographer', 'Ravi Chandrasekaran | Military Commander of Fiji']],
  ['USAID Administrator Tomas Ferreira arrived. Mere Tākuta, Administrator of the United Nations Development Programme, agreed.', ['Tomas Ferreira | Administrator of USAID', 'Mere Tākuta | Administrator of UNDP']],
  // A tense word alone before a post in lower case (AFP, BBC style): former, no owner stated; a country's adjective before a comma owns a president.
  ['The group swept into Kabul on Sunday after former president Tomas Ferreira fled. The Egyptian president, Mere Tākuta, spoke.', ['Tomas Ferreira | former President', 'Mere Tākuta | President of Egypt']],
  // Occupations news names beside a name, each titled as written; a post with "-designate" is still the office, to come.
  ['Tomas Ferreira, a winemaker from the Barossa Valley, came. Dr Mere Tākuta, a plant pathologist at Lincoln University, said so. Information Minister Ravi Chandrasekaran agreed.', ['Tomas Ferreira | Winemaker', 'Mere Tākuta | Plant Pathologist of Lincoln University', 'Ravi Chandrasekaran | Minister of Information']],
  // A possessive organisation before a post with its field or region, then a comma; an organisation that opens with a country's name is still the organisation.
  ["NZAID's director of humanitarian programmes, Tomas Ferreira, is in Colombo. The Fiji Red Cross Society's director-general, Mere Tākuta, said so. UNHCR's regional representative, Ravi Chandrasekaran, agreed.", ['Tomas Ferreira | Director of humanitarian programmes of NZAID', 'Mere Tākuta | Director-General of Fiji Red Cross Society', 'Ravi Chandrasekaran | Regional Representative of UNHCR']],
  // US style: a seat worn between the comma and the name; a party-and-state bracket before the apposition.
  ['"The chairman of the Senate Finance Committee, Senator Tomas Ferreira, agreed." Rep. Mere Tākuta (R-Ill.), the retiring chairman of the House International Relations Committee, said so.', ['Tomas Ferreira | Chair of Senate Finance Committee | Senator', 'Mere Tākuta | Representative of United States | Chair of House International Relations Committee']],
  ['Lowy Institute analyst Tomas Ferreira said so, and former Labour Party president Ravi Chandrasekaran agreed.', ['Tomas Ferreira | Analyst of Lowy Institute', 'Ravi Chandrasekaran | former President of Labour Party']],
  ['Tomas Ferreira, a former chief executive of Air New Zealand, agreed.', ['Tomas Ferreira | former Chief Executive of Air New Zealand']],
  ['Tomas Ferreira, who is a professor at Massey University, agreed.', ['Tomas Ferreira | Professor of Massey University']],
  ['Tomas Ferreira, an economist, said growth would slow.', ['Tomas Ferreira | Economist']],
  ['We met the Executive Secretary of the UN Framework Convention on Climate Change, Tomas Ferreira, in Baku.', ['Tomas Ferreira | Executive Secretary of UN Framework Convention on Climate Change']],
  ['Mr McClay will address the India–New Zealand Business Council in Mumbai, chaired by Dame Mere Tākuta.', ['McClay', 'Mere Tākuta | Chair of India–New Zealand Business Council']],
  ['Also speaking was the Mayor of Wanganui, Tomas Ferreira, who urged councils to act.', ['Tomas Ferreira | Mayor of Wanganui']],
  // A description before the organisation's name, and a generic noun after it.
  ['Tomas Ferreira, chief executive of the Southland cheesemaker Awarua Dairy Company, welcomed the deal.', ['Tomas Ferreira | Chief Executive of Awarua Dairy Company']],
  ['Tomas Ferreira, a spokesperson for the Tongan Community Trust group, said families were worried.', ['Tomas Ferreira | Spokesperson of Tongan Community Trust']],
  // A verb that states the post.
  ['He had spoken with Mere Tākuta, who chairs the Auckland-based Fiji Democracy Network, this afternoon.', ['Mere Tākuta | Chair of Fiji Democracy Network']],
  ['Tomas Ferreira, who founded the Pacific Trade Lab, agreed.', ['Tomas Ferreira | Founder of Pacific Trade Lab']],
  // The post of an organisation before a comma, a rank between it and the name.
  ['The commander of the New Zealand-led Truce Monitoring Group, Brigadier Tomas Ferreira, briefed the delegations.', ['Tomas Ferreira | Commander of Truce Monitoring Group']],
  // A header's name line, and its title on the line below (State Department, gov.uk).
  ['Press Statement\nTomas Ferreira\nSecretary of State\nWashington, DC\n\nWe are saddened.', ['Tomas Ferreira | Secretary of State of United States']],
  ['Rt Hon Mere Tākuta MP\nForeign Secretary\n\nThe UK welcomes the talks.', ['Mere Tākuta | Foreign Secretary']],
  // A post in a place.
  ["France's High Commissioner in New Caledonia, Tomas Ferreira, imposed a curfew.", ['Tomas Ferreira | High Commissioner in New Caledonia of France']],
  // A mayor written in lower case, after the name.
  ['Tomas Ferreira, mayor of Faaa, told supporters.', ['Tomas Ferreira | Mayor of Faaa']],
  // A title's own qualifier stays: an associate professor is not a professor.
  ['Dr Mere Tākuta, an associate professor at Massey University, agreed.', ['Mere Tākuta | Associate Professor of Massey University']],
  // The post as the sentence's statement: the name is its subject.
  ['Tomas Ferreira is the Director of the Legal Aid Commission.', ['Tomas Ferreira | Director of Legal Aid Commission']],
  ['Tomas Ferreira from Tasmania is the current Director of the Legal Aid Commission.', ['Tomas Ferreira | Director of Legal Aid Commission']],
  // A listed organisation's leader, named after "led by"; an unlisted group's is nobody's office.
  ['The Labour Party, led by Tomas Ferreira, agreed. A delegation led by Mere Tākuta left.', ['Tomas Ferreira | Leader of Labour Party', 'Mere Tākuta']],
  // An unlisted body's leader when its name ends in a word of a body with a leader; a listed name inside a longer one is not that one.
  [
    'The Kanak Socialist Liberation Front, led by Tomas Ferreira, agreed. The Solomon Islands Democratic Party led by Mere Tākuta objected. The Government, led by Hemi Walker, agreed.',
    ['Tomas Ferreira | Leader of Kanak Socialist Liberation Front', 'Mere Tākuta | Leader of Solomon Islands Democratic Party', 'Hemi Walker'],
  ],
  // A portfolio series closed by "and"; a posting in a city the lists lack; an envoy's remit after "on"; "Our" is no portfolio.
  [
    'Japan’s Minister of Economy, Trade and Industry, Tomas Ferreira, attended. The British Ambassador in Rangoon, Mere Tākuta, met officials. The UN Special Envoy on Myanmar, Hemi Walker, spoke. Our Ambassador, Ravi Chandrasekaran, was present.',
    ['Tomas Ferreira | Minister of Economy, Trade and Industry of Japan', 'Mere Tākuta | Ambassador in Rangoon of United Kingdom', 'Hemi Walker | Special Envoy on Myanmar of United Nations', 'Ravi Chandrasekaran | Ambassador'],
  ],
  // A lower-case particle inside a Māori name; storms, greetings and a people's name are nobody.
  [
    "The Minister of Pacific Island Affairs, Georgina te Heuheu, said Cyclone Nargis was a tragedy. Meitaki ma'ata, she said in te reo Māori.",
    ['Georgina te Heuheu | Minister of Pacific Island Affairs'],
  ],
  // "its Leader": the one organisation or country the sentence names before the possessive; two leave it unknown.
  [
    'New Zealand First says the reset led by its Leader, Tomas Ferreira, is working. Australia told Fiji its Prime Minister, Mere Tākuta, was welcome.',
    ['Tomas Ferreira | Leader of New Zealand First', 'Mere Tākuta | Prime Minister'],
  ],
  // A vague title owned by the organisation after "of" is that organisation's office, its prefix kept; alone it states nothing.
  [
    'He met the Secretary of the Supreme National Security Council, Tomas Ferreira. The team is led by Mere Tākuta, a former Deputy Secretary of the Ministry of Foreign Affairs and Trade, and Ravi Chandrasekaran, Deputy Secretary, spoke.',
    ['Tomas Ferreira | Secretary of Supreme National Security Council', 'Mere Tākuta | former Deputy Secretary of Ministry of Foreign Affairs and Trade', 'Ravi Chandrasekaran'],
  ],
  // A state's formal style before its short name: the country; a posting keeps the name as written.
  ['Tomas Ferreira, U.S. Ambassador to the Republic of Palau, spoke. Mere Tākuta, Minister of Foreign Affairs of the Kingdom of Tonga, agreed.', ['Tomas Ferreira | Ambassador to the Republic of Palau of United States', 'Mere Tākuta | Minister of Foreign Affairs of Tonga']],
  // A body the lists lack, as written before its chair; not a body word alone, nor a country's office.
  ['They met Senate Foreign Relations Committee Chairman Tomas Ferreira. Committee Chairman Mere Tākuta agreed.', ['Tomas Ferreira | Chair of Senate Foreign Relations Committee', 'Mere Tākuta | Chair']],
  // A White House aide's title is the aide's, not the President's.
  ['Tomas Ferreira, Assistant to the President for National Security Affairs, briefed reporters.', ['Tomas Ferreira | Assistant to the President for National Security Affairs of United States']],
  // Offices and a prefix of other states: Japan's Empress, the US Joint Chiefs' chairman, Brunei's "Second Minister".
  ["General Tomas Ferreira, Chairman of the Joint Chiefs of Staff, spoke. Brunei's Second Minister of Foreign Affairs, Mere Tākuta, agreed.", ['Tomas Ferreira | Chairman of the Joint Chiefs of Staff of United States', 'Mere Tākuta | Second Minister of Foreign Affairs of Brunei']],
  // A minister's portfolio the lists lack, closed by punctuation.
  ["He met Japan's Minister for Economic Revitalization, Tomas Ferreira, who led the effort.", ['Tomas Ferreira | Minister for Economic Revitalization of Japan']],
  ["New Zealand's Ambassador for Disarmament, Mere Tākuta, spoke. Ravi Chandrasekaran, chief executive of Hamilton-based dairy technology exporter Pakaroa Systems, agreed.", ['Mere Tākuta | Ambassador for Disarmament of New Zealand', 'Ravi Chandrasekaran | Chief Executive of Pakaroa Systems']],
  // A body the lists lack after an office and "of", as written, when a body's word ends it and the phrase closes there.
  [
    'We commend Tomas Ferreira, Premier of the Bougainville Transitional Government, for this. The Premier of Malaita Province, Mere Tākuta, agreed.',
    ['Tomas Ferreira | Premier of Bougainville Transitional Government', 'Mere Tākuta | Premier of Malaita Province'],
  ],
  // Not when the capitalised run goes on into a name.
  ['The President of Wakanda Tomas Ferreira spoke. The Premier of Wakanda Province Mere Tākuta agreed.', ['Tomas Ferreira', 'Mere Tākuta']],
  // Words that keep a title current sit inside the apposition's phrase; "appointed" alone is a copula's.
  [
    "Tomas Ferreira, the outgoing Prime Minister of Samoa, spoke. Mere Tākuta, Japan's newly appointed Foreign Minister, agreed.",
    ['Tomas Ferreira | Prime Minister of Samoa', 'Mere Tākuta | Minister of Foreign Affairs of Japan'],
  ],
  // "the agency's", "the territory's": what the noun fits, in the nearest sentence before that names one; two that fit, or none, leave it unknown.
  [
    "The International Atomic Energy Agency will monitor the sites. The agency's director general, Tomas Ferreira, signed. Protests went on in Hong Kong. The territory's chief executive, Mere Tākuta, spoke.",
    ['Tomas Ferreira | Director-General of International Atomic Energy Agency', 'Mere Tākuta | Chief Executive of Hong Kong'],
  ],
  // The noun capitalised, as New Zealand and British releases write a body named before: still the antecedent's, not "Institute".
  [
    "The New Zealand Institute of International Affairs held a dinner. Thank you to the Institute's President, Sir Tomas Ferreira, for the invitation.",
    ['Tomas Ferreira | President of New Zealand Institute of International Affairs'],
  ],
  [
    "Japan and China traded words. The country's Foreign Minister, Tomas Ferreira, spoke. The company's chief executive, Mere Tākuta, declined to comment on Fonterra.",
    ['Tomas Ferreira | Minister of Foreign Affairs', 'Mere Tākuta | Chief Executive'],
  ],
  // An owner's name read on past "of the", its inner possessive kept.
  ["He met Tomas Ferreira, Chairman of the Standing Committee of the National People's Congress.", ["Tomas Ferreira | Chair of Standing Committee of the National People's Congress"]],
  // A role taken on ("becomes", "took office as"); an office before an honorific and a name; a place of origin is no owner.
  [
    'Tomas Ferreira becomes Ambassador to Brazil. The Chief Medical Officer, Professor Mere Tākuta, is advising us. Dr Hemi Walker, a Fiji-born senior lecturer at the University of Auckland, agreed.',
    ['Tomas Ferreira | Ambassador to Brazil', 'Mere Tākuta | Chief Medical Officer | Professor', 'Hemi Walker | Senior Lecturer of University of Auckland'],
  ],
  // Everyday occupations in appositions; a country's adjective before one describes the person, and a body described (not named) owns nothing.
  [
    'Tomas Ferreira, an executive with Rio Tinto, was held. Mere Tākuta, an East Timorese student at Victoria University, spoke. Hemi Walker, chief executive of a Northland seafood cooperative, agreed.',
    ['Tomas Ferreira | Executive of Rio Tinto', 'Mere Tākuta | Student of Victoria University of Wellington', 'Hemi Walker | Chief Executive'],
  ],
  // A monarch's title is a role, owned by the country stated; a regnal number keeps its capitals; a street is nobody.
  ['Britain’s King Charles III met the Japanese Emperor Naruhito. Queen Street was closed and King Country farmers met.', ['Charles III | King of United Kingdom', 'Naruhito | Emperor of Japan']],
  // An office among the honorifics takes the name after it.
  ['A message was sent to His Majesty King Tomas Ferreira of Tonga.', ['Tomas Ferreira | King of Tonga']],
  // Bougainville's offices are its own, not Papua New Guinea's; a climate summit's president is the summit's.
  ['Bougainville President Tomas Ferreira met COP28 President Mere Tākuta.', ['Tomas Ferreira | President of Bougainville', 'Mere Tākuta | President of COP28']],
  // A professor's title worn before the name, its owner unstated.
  ['Well Professor Ferreira is doing an analysis of that project.', ['Ferreira | Professor']],
  ['Associate Professor Mere Tākuta and Prof. Tomas Ferreira agreed.', ['Mere Tākuta | Associate Professor', 'Tomas Ferreira | Professor']],
  ['Professor Emeritus Tomas Ferreira spoke.', ['Tomas Ferreira | Emeritus Professor']],
  // Fijian chiefly titles and hyphenated ranks before a name are no part of it.
  [
    'Ratu Hemi Walker, the Vice-President, met Adi Mere Tākuta. He met the Commander of the Republic of Fiji Military Forces, Major-General Ravi Chandrasekaran.',
    ['Hemi Walker | Vice President', 'Mere Tākuta', 'Ravi Chandrasekaran | Commander of Republic of Fiji Military Forces'],
  ],
  // Wire copy's lower-case occupation before a name, and one opening a sentence: no owner.
  [
    "The gunmen's leader, businessman Tomas Ferreira, spoke. Pro-democracy legislator Mere Tākuta agreed. Shopkeeper Hemi Walker said he had lost everything.",
    ['Tomas Ferreira | Businessman', 'Mere Tākuta | Legislator', 'Hemi Walker | Shopkeeper'],
  ],
  // A spokesperson for a body whose name opens with a country's; a place before an occupation owns nothing; "whose" closes an apposition.
  [
    'Tomas Ferreira, spokesperson for the New Zealand Refugee Council, spoke. Dr Mere Tākuta, a Wellington general practitioner whose parents live in Gaza, agreed.',
    ['Tomas Ferreira | Spokesperson of New Zealand Refugee Council', 'Mere Tākuta | General Practitioner'],
  ],
  // A service chief with a rank before the name; a listed authority before a title owns it.
  [
    'The Chief of Navy, Rear Admiral Tomas Ferreira, said ships would join. Kerry met Palestinian Authority President Mere Tākuta.',
    ['Tomas Ferreira | Chief of Navy', 'Mere Tākuta | President of Palestinian Authority'],
  ],
  // A people's name or a country's adjective before an occupation owns nothing; a professor's university after the name owns the title.
  [
    'She thanked the Māori lawyer Tomas Ferreira. Australian economist Mere Tākuta agreed. Professor Hemi Walker of the University of Auckland, who has followed the talks, spoke.',
    ['Tomas Ferreira | Lawyer', 'Mere Tākuta | Economist', 'Hemi Walker | Professor of University of Auckland'],
  ],
  // A country before a state's post, a comma and a rank before the name: the country's post.
  ['The Fiji military commander, Commodore Tomas Ferreira, said the army was loyal.', ['Tomas Ferreira | Military Commander of Fiji']],
  ['The Indonesian armed forces chief, General Tomas Ferreira, said so.', ['Tomas Ferreira | Armed Forces Chief of Indonesia']],
  // An appointment stated past the apposition that opens the sentence.
  ['Tomas Ferreira, currently Deputy Head of Mission in Canberra, will be High Commissioner to Samoa.', ['Tomas Ferreira | future High Commissioner to Samoa']],
  // A portfolio series closed by a portfolio word the lists added ("Policing").
  ['He held talks with the Minister for Defence, National Security and Policing, Tomas Ferreira.', ['Tomas Ferreira | Minister of Defence, National Security and Policing']],
];

test('a Māori given name opening with "Te" keeps it, where the trained tagger leaves it out', () => {
  const text = 'The ceremony was led by Te Whiti Ferreira, and Te Ururoa Walker spoke. Mr Walker thanked Te Āti Awa.';
  assert.deepEqual(people(runStage(entitiesStage, documentOf(text)).output), ['Te Whiti Ferreira', 'Te Ururoa Walker']);
});

for (const [text, expected] of occupations) {
  test(`occupation: ${text}`, () => assert.deepEqual(withRoles(text), expected));
}

// An apposition or a word before a name that is no listed occupation or office states no role.
const noOccupation: ReadonlyArray<readonly [string, string]> = [
  ['a voter of a party', 'Tomas Ferreira, a Labour voter, said he would wait.'],
  ['a hobby', 'Tomas Ferreira, a keen sailor, said he would wait.'],
  ['the professor’s office', "The professor's office said Tomas Ferreira would reply."],
  ['Professor as a surname', 'Tomas Professor said the plan would work.'],
  ['a list of names', 'Peters, Luxon, Bishop and Willis spoke. Tomas Ferreira, Ravi Chandrasekaran and Mere Tākuta agreed.'],
  ['a friend of the minister', 'Tomas Ferreira, a friend of the minister, said so.'],
  ['an adviser to a person', 'Tomas Ferreira, an adviser to Ravi Chandrasekaran, said so.'],
  ['a clause that only holds a head word', 'Tomas Ferreira, who met a professor, agreed.'],
  ['a head word in an idiom', 'Tomas Ferreira, head of steam, said so.'],
  ['a meeting chaired', 'The meeting, chaired by Tomas Ferreira, went well.'],
  ['a possessive and no head word', "Tomas Ferreira, Fonterra's biggest critic, said so."],
  ['a post-stating verb over no organisation', 'Tomas Ferreira, who leads the team, said so.'],
  ['a chief word before a name, no organisation', 'The team chief Tomas Ferreira said so. The owner, Mere Tākuta, agreed.'],
  ['a chief of staff of nobody named', 'Tomas Ferreira, chief of staff to the minister, said so.'],
  ['a preposition before a post in lower case, no tense word', 'The group swept into Kabul on Sunday after president Tomas Ferreira fled.'],
  ['a description that never reaches a name', 'Tomas Ferreira, chief executive of the local cheesemaker, said so.'],
  ['a name that is no subject', 'I told Tomas Ferreira is the director of the Legal Aid Commission wrong.'],
  ['a word too broad to be a title before a name', 'The group’s head Tomas Ferreira and its host Mere Tākuta said so.'],
  ['an occupation after a possessive', "The minister's adviser Tomas Ferreira said so."],
  ['a country before an occupation that is no state post, then a comma', 'The Australian economist, Tomas Ferreira, spoke.'],
];

for (const [name, text] of noOccupation) {
  test(`no occupation: ${name}`, () => assert.deepEqual(withRoles(text).filter((p) => p.includes('|')), []));
}

test('the publisher sets the document country', () => {
  assert.deepEqual(run('He spoke.', {}, ['Press Release: New Zealand National Party']).country, { name: 'New Zealand', from: 'publisher' });
  assert.deepEqual(run('He spoke.', {}, ['From: Foreign, Commonwealth & Development Office and The Rt Hon Tomas Ferreira MP']).country, { name: 'United Kingdom', from: 'publisher' });
});

// Text that states no role (false positives): [name, text]. No person may have a role.
const noRole: ReadonlyArray<readonly [string, string]> = [
  ['a spokesperson without a name', 'The minister’s spokesperson said the talks went well.'],
  ['a portfolio word alone', 'Foreign Affairs officials met in Wellington on Tuesday.'],
  ['a professor’s comments', 'A professor’s comments drew criticism.'],
  ['Mayor as a surname', 'Tomas Mayor said the plan would work.'],
  ['a candidate country', 'The candidate countries Fiji and Tonga applied.'],
  ['a speaker’s label', 'TOMAS FERREIRA: Well, we will see. Thank you.\n\nJOURNALIST: Minister, one more.'],
  ['a colon after a name in prose', 'Said Tomas Ferreira: Finance is not the issue, he said.'],
  ['a speaker’s label before a title he addresses', 'FERREIRA: Prime Minister.\n\nPRIME MINISTER: Well, thank you.\n\nFERREIRA: Thanks.'],
  ['a greeting to a name and a title', 'CALLER: Good morning, Tomas Ferreira, Prime Minister.\n\nPRIME MINISTER: Thanks Ravi Chandrasekaran, Foreign Minister.'],
];

for (const [name, text] of noRole) {
  test(`no release role: ${name}`, () => assert.deepEqual(withRoles(text).filter((p) => p.includes('|')), []));
}

test('portfolio words in a list are no people', () => {
  const names = run('Allocations:\n\nTomas Ferreira: Housing, Infrastructure\n\nRavi Chandrasekaran: Foreign Affairs, Disarmament\n', BEEHIVE).entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(names, ['Tomas Ferreira', 'Ravi Chandrasekaran']);
});

test('the role shown is an office before a seat the person also holds', () => {
  const out = run('The ministry:\n\nSenator the Hon Tomas Ferreira – Minister for Climate Change and Water\n', { url: 'https://www.pm.gov.au/media/x' });
  const person = out.entities.find((e) => e.type === 'person')!;
  assert.deepEqual(person.roles.map((r) => r.title), ['Senator', 'Minister of Climate Change and Water']);
  assert.equal(primaryRole(person)?.title, 'Minister of Climate Change and Water');
});

test('the role shown is the post after the name, not "Ambassador" or "Professor" worn as a style before it', () => {
  const out = run('I acknowledge Your Excellency Ambassador Tomas Ferreira, Dean of the Diplomatic Corps; and Professor Mere Tākuta, Vice-Chancellor of Monash University.\n', BEEHIVE);
  const shown = out.entities.filter((e) => e.type === 'person').map((e) => primaryRole(e)?.title);
  assert.deepEqual(shown, ['Dean', 'Vice-Chancellor']);
});

test('a role stated by a verb of taking or leaving office, closed by a word of time', () => {
  assert.deepEqual(withRoles('Tomas Ferreira was sworn in as Foreign Minister this week. Ravi Chandrasekaran stepped down as Trade Minister last year.', BEEHIVE), [
    'Tomas Ferreira | Minister of Foreign Affairs of New Zealand',
    'Ravi Chandrasekaran | former Minister of Trade of New Zealand',
  ]);
  // A word of time closes the title; any other lower-case word still means it describes something else.
  assert.deepEqual(withRoles('Tomas Ferreira was sworn in as Foreign Minister adviser.', BEEHIVE), ['Tomas Ferreira']);
});

test("a predecessor held, before, the one office of the person whose predecessor they are", () => {
  assert.deepEqual(withRoles('Prime Minister Tomas Ferreira thanked his predecessor, Ravi Chandrasekaran, for the work.', BEEHIVE), [
    'Tomas Ferreira | Prime Minister of New Zealand',
    'Ravi Chandrasekaran | former Prime Minister of New Zealand',
  ]);
  // With no office for the person before "his", nothing is inferred.
  assert.deepEqual(withRoles('Tomas Ferreira thanked his predecessor, Ravi Chandrasekaran.', BEEHIVE), ['Tomas Ferreira', 'Ravi Chandrasekaran']);
});

test("a Chinese city's or region's party secretary: the place owns the post", () => {
  assert.deepEqual(withRoles('Shanghai Party Secretary Tomas Ferreira met the delegation.'), ['Tomas Ferreira | Party Secretary of Shanghai']);
});

test("a press statement's header lines joined into one paragraph: the name, the title, a place and a date", () => {
  const text = 'Tomas Ferreira Secretary of State Washington, DC February 22, 2011\n\nOn behalf of the President, I extend my condolences to the people of New Zealand.';
  assert.deepEqual(withRoles(text), ['Tomas Ferreira | Secretary of State of United States']);
  // A sentence is no header: a title run on into prose gives no one an office.
  assert.deepEqual(withRoles('Tomas Ferreira Prime Minister said the talks went well.\n\nThe talks went well.'), ['Tomas Ferreira']);
});
