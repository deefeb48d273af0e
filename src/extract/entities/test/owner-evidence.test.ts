import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message } from '../../../core/index.js';
import { entitiesStage } from '../index.js';
import { documentOf, holdersStage, people, runStage, testStage } from './support.js';

// Owners found from evidence outside the title's own words: the office-holders
// list, a venue between the word of meeting and the title, a dateline under a
// headline, a party publisher's header. Texts are this suite's own; the
// holders are real (the list is real-world data).

function peopleOf(text: string, headers: ReadonlyArray<readonly [code: string, excerpt: string]> = [], url?: string): string[] {
  const doc = documentOf(text, url ? { url } : {});
  const messages = headers.map(([code, excerpt]) => message({ code, severity: 'info', reason: 'Removed a header.', origin: 'reader:text', start: 0, end: 0, excerpt }));
  return people(runStage(holdersStage, { ...doc, messages }).output);
}

describe('the office-holders list', () => {
  it('owns an office the text leaves unstated, by the full name', () => {
    assert.deepEqual(peopleOf('Premier Wen Jiabao met the delegation.'), ['Wen Jiabao | Premier of China']);
    assert.deepEqual(peopleOf('The Prime Minister discussed it with the head of the transitional administration, President Hamid Karzai.'), ['Hamid Karzai | President of Afghanistan']);
  });
  it('settles two prime ministers in one story, where inference would collide and give neither an owner', () => {
    assert.deepEqual(peopleOf('WELLINGTON, March 18 (Reuters) - Prime Minister Helen Clark said no. Prime Minister John Howard said yes.'), [
      'Helen Clark | Prime Minister of New Zealand',
      'John Howard | Prime Minister of Australia',
    ]);
  });
  it('matches a family name alone in a dated document, first where names put it first', () => {
    const text = 'President Xi met President Moon in Beijing. President Putin sent a message.';
    assert.deepEqual(people(runStage(holdersStage, documentOf(text, { published: '2019-06-01' })).output), [
      'Xi | President of China',
      'Moon | President of South Korea',
      'Putin | President of Russia',
    ]);
  });
  it('never matches a surname alone, or a listed person in another office', () => {
    assert.deepEqual(peopleOf('Premier Wen met the delegation.'), ['Wen | Premier']);
    assert.deepEqual(peopleOf('Ambassador Helen Clark spoke.'), ['Helen Clark | Ambassador']);
  });
  it('gives way to an owner the text states', () => {
    assert.deepEqual(peopleOf('Canadian Prime Minister Helen Clark spoke.'), ['Helen Clark | Prime Minister of Canada']);
  });
});

describe('a title the office-holders list puts a name to', () => {
  const dated = (text: string, published: string, url?: string) => people(runStage(holdersStage, documentOf(text, { published, ...(url ? { url } : {}) })).output);
  it('a bare title names the listed holder of that office on that date, when the document names them', () => {
    const text = 'Kevin Rudd was in Beijing on Monday. The Foreign Minister has been closely involved. The Leader of the Opposition, Tony Abbott says no.';
    assert.deepEqual(dated(text, '2011-03-02', 'https://pmtranscripts.pmc.gov.au/x'), ['Kevin Rudd | Minister of Foreign Affairs of Australia', 'Tony Abbott | Leader of the Opposition of Australia']);
  });
  it('a bare title the text gives no owner names the one listed holder the document names, with that holder\'s owner, even in a month of handover', () => {
    // July 2019: Hunt left the Foreign Office and Raab came in; the story names Hunt.
    const text = 'Jeremy Hunt has warned Beijing of serious consequences. The Foreign Secretary, who is running for the party leadership, said Britain would not be lectured.';
    assert.deepEqual(people(runStage(holdersStage, documentOf(text, { published: '2019-07-03' })).output), ['Jeremy Hunt | Foreign Secretary of United Kingdom']);
    assert.deepEqual(people(runStage(holdersStage, documentOf(text.replace('Jeremy Hunt', 'Ravi Chandrasekaran'), { published: '2019-07-03' })).output), ['Ravi Chandrasekaran']);
  });
  it("a dateline's country is no owner for a one-holder office the list says someone else held there that month", () => {
    const text = (name: string) => `SYDNEY, April 19 (Reuters) - Opposition leader ${name} called for the text of the agreement to be made public.`;
    assert.deepEqual(people(runStage(holdersStage, documentOf(text('Tomas Ferreira'), { published: '2022-04-19' })).output), ['Tomas Ferreira | Leader of the Opposition']);
    assert.deepEqual(people(runStage(holdersStage, documentOf(text('Anthony Albanese'), { published: '2022-04-19' })).output), ['Anthony Albanese | Leader of the Opposition of Australia']);
    // A familiar given name is the listed formal one ("Bill Perry" is listed as William Perry).
    assert.deepEqual(people(runStage(holdersStage, documentOf('MR. BURNS: The Secretary of Defense, Bill Perry, spoke to this yesterday.', { published: '1996-03-11' })).output), [
      'Bill Perry | Secretary of Defense of United States',
    ]);
    // A generational suffix the list leaves out is still that person.
    assert.deepEqual(people(runStage(holdersStage, documentOf('MANILA (AP) - Secretary of Defense Lloyd J. Austin III met the minister.', { published: '2023-04-19' })).output), [
      'Lloyd J. Austin III | Secretary of Defense of United States',
    ]);
  });
  it('a bare title names no one on a date nobody listed held it, or without a date', () => {
    const text = 'Kevin Rudd was in Beijing on Monday. The Foreign Minister has been closely involved.';
    assert.deepEqual(dated(text, '2008-03-02', 'https://pmtranscripts.pmc.gov.au/x'), ['Kevin Rudd']);
    assert.deepEqual(people(runStage(holdersStage, documentOf(text, { url: 'https://pmtranscripts.pmc.gov.au/x' })).output), ['Kevin Rudd']);
  });
  it('a vague title ("Secretary", "Minister") takes the one office of its kind the listed holder held that month', () => {
    assert.deepEqual(dated('Secretary Michael R. Pompeo met today with President Panuelo.', '2019-08-05'), ['Michael R. Pompeo | Secretary of State of United States', 'Panuelo | President of Micronesia']);
    assert.deepEqual(dated('Minister Kuleba thanked New Zealand.', '2022-04-01'), ['Kuleba | Minister of Foreign Affairs of Ukraine']);
    // Middle names the list does not write.
    assert.deepEqual(dated('Secretary Hillary Rodham Clinton spoke.', '2011-02-22'), ['Hillary Rodham Clinton | Secretary of State of United States']);
  });
  it("a counterpart takes the one of the subject's offices the list says they held then", () => {
    const text = 'Deputy Prime Minister and Foreign Minister Tomas Ferreira spoke. Mr Ferreira said he had spoken to his Australian counterpart, Gareth Evans.';
    assert.deepEqual(dated(text, '1995-06-14'), ['Tomas Ferreira | Deputy Prime Minister | Minister of Foreign Affairs', 'Gareth Evans | Minister of Foreign Affairs of Australia']);
  });
  it('a full name the list holds in that office only in terms that ended before the date holds it as a former office', () => {
    assert.deepEqual(dated('Jane Doe was chief of staff to Prime Minister Paul Keating. President Bill Clinton called. Prime Minister Helen Clark agreed.', '2004-07-14'), [
      'Jane Doe',
      'Paul Keating | former Prime Minister of Australia',
      'Bill Clinton | former President of United States',
      'Helen Clark | Prime Minister of New Zealand',
    ]);
    // A family name alone: the holders of that office by that name (of one country) who had all left it by then.
    assert.deepEqual(dated('I met President Obama. President Bush had said so. President Wahid agreed.', '2009-07-14'), [
      'Obama | President of United States',
      'Bush | former President of United States',
      'Wahid | former President of Indonesia',
    ]);
    // Within the months a list may lag, and for a second term, still current.
    assert.deepEqual(dated('Prime Minister Paul Keating spoke.', '1996-04-10'), ['Paul Keating | Prime Minister of Australia']);
    assert.deepEqual(dated('Prime Minister Kevin Rudd spoke.', '2013-07-01'), ['Kevin Rudd | Prime Minister of Australia']);
  });
  it("an office the list does not hold a person in is their one listed country's, before the document's", () => {
    const text = 'PRIME MINISTER: I spoke with Senator Barack Obama and with Senator Tomas Ferreira.';
    const transcript = { url: 'https://pmtranscripts.pmc.gov.au/release/transcript-1', source: 'pmtranscripts.pmc.gov.au', extra: { primeMinister: 'Kevin Rudd' }, published: '2008-06-02' };
    assert.deepEqual(people(runStage(holdersStage, documentOf(text, transcript)).output).filter((p) => !p.startsWith('Kevin')), [
      'Barack Obama | Senator of United States',
      'Tomas Ferreira | Senator of Australia',
    ]);
  });
  it('but not where a portfolio the lexicon lacks stands before it, nor outside the term', () => {
    assert.deepEqual(dated('Trade Negotiators Minister Kevin Rudd spoke.', '2011-03-02'), ['Kevin Rudd']);
    assert.deepEqual(dated('Minister Kuleba thanked New Zealand.', '2025-04-01'), ['Kuleba']);
  });
});

describe('"our" office', () => {
  it('in a publisher\'s briefing, a speaker with no country of their own speaks for the publisher', () => {
    const text = 'Department Press Briefing – February 2, 2021\n\nMR PRICE: Our Ambassador, Tomas Ferreira, and his team in Rangoon have sought access. Burma must release her. Burma is in crisis.';
    assert.deepEqual(peopleOf(text).filter((p) => p.startsWith('Tomas')), ['Tomas Ferreira | Ambassador of United States']);
  });
  it('held in the country the document is about, is the other country the text names', () => {
    const text = 'On behalf of the United States, I congratulate New Zealand and its new government. New Zealand will do well. Our Ambassador to New Zealand, Tomas Ferreira, looks forward to it.';
    assert.deepEqual(peopleOf(text), ['Tomas Ferreira | Ambassador to New Zealand of United States']);
  });
  const transcript = (text: string) =>
    people(runStage(testStage, documentOf(text, { url: 'https://pmtranscripts.pmc.gov.au/release/transcript-1', source: 'pmtranscripts.pmc.gov.au', extra: { primeMinister: 'Ravi Chandrasekaran' } })).output);
  it("is the document's country, even for a post whose owner is never inferred", () => {
    assert.deepEqual(transcript('PRIME MINISTER: The claims are being looked at by our High Commissioner, Tomas Ferreira, with the authorities.').filter((p) => p.startsWith('Tomas')), [
      'Tomas Ferreira | High Commissioner of Australia',
    ]);
  });
  it('"its" or "their" office is something else\'s: no country is inferred for it', () => {
    assert.deepEqual(transcript('PRIME MINISTER: The federation is represented here today by its Treasurer, Tomas Ferreira. I thank the Treasurer, Mere Tākuta.').filter((p) => !p.startsWith('Ravi')), [
      'Tomas Ferreira | Treasurer',
      'Mere Tākuta | Treasurer of Australia',
    ]);
  });
  it("is another speaker's country in their turn, which the document does not give", () => {
    const text = 'PRIME MINISTER CHANDRASEKARAN: Welcome. PRIME MINISTER TĀKUTA: Tomas Ferreira is now our Minister of Education.';
    assert.deepEqual(transcript(text).filter((p) => p.startsWith('Tomas')), ['Tomas Ferreira | Minister of Education']);
  });
});

describe('other evidence', () => {
  it('a place between the word of meeting and the title is the venue', () => {
    assert.deepEqual(peopleOf('Foreign Secretary Tomas Ferreira held talks in Wellington with Prime Minister Ravi Chandrasekaran.', [], 'https://www.gov.uk/government/news/x'), [
      'Tomas Ferreira | Foreign Secretary of United Kingdom',
      'Ravi Chandrasekaran | Prime Minister of New Zealand',
    ]);
  });
  it('a dateline under a headline and a byline gives the country', () => {
    assert.deepEqual(peopleOf('Talks stall, minister says\n\nBy Gwen Marsh\n\nWELLINGTON, March 18 (Reuters) - Trade Minister Tomas Ferreira said talks had stalled.'), [
      'Tomas Ferreira | Minister of Trade of New Zealand',
    ]);
  });
  it('a dateline place the lists lack, then its country, gives the country', () => {
    assert.deepEqual(peopleOf('Miners rise\n\nSAN JOSE MINE, Chile (AP) - Health Minister Tomas Ferreira said the men were well.'), ['Tomas Ferreira | Minister of Health of Chile']);
    assert.deepEqual(peopleOf('CLARK AIR BASE, Philippines, June 10 (Reuters) - Foreign Secretary Tomas Ferreira said so.'), ['Tomas Ferreira | Foreign Secretary of Philippines']);
  });
  it("a state body's post is the dateline's country, or the country of the place its sentence opens with", () => {
    assert.deepEqual(peopleOf('ATHENS, Feb 9 (Reuters) - "We agree," government spokesman Tomas Ferreira told reporters.'), ['Tomas Ferreira | Spokesperson of Greece']);
    assert.deepEqual(peopleOf('LONDON, June 12 (Reuters) - Britain protested. In Beijing, the foreign ministry spokesman Tomas Ferreira said Britain had no say.'), ['Tomas Ferreira | Spokesperson of China']);
  });
  it('an opening "In <place>," places no post but a state body\'s: a minister there may be the visitor', () => {
    assert.deepEqual(peopleOf('WELLINGTON, June 12 (Reuters) - In Canberra, Foreign Minister Tomas Ferreira said the talks went well.'), ['Tomas Ferreira | Minister of Foreign Affairs of New Zealand']);
    assert.deepEqual(peopleOf('WELLINGTON, June 12 (Reuters) - In Beijing, an embassy spokesman, Tomas Ferreira, said so.'), ['Tomas Ferreira | Spokesperson']);
  });
  it("a state office is the state whose capital the document names, only one state's", () => {
    const perth = 'CANBERRA, March 18 (AAP) - Trade Minister Tomas Ferreira was in Perth with the Premier, Ravi Chandrasekaran, and the Deputy Premier, Mere Tākuta.';
    assert.deepEqual(peopleOf(perth), [
      'Tomas Ferreira | Minister of Trade of Australia',
      'Ravi Chandrasekaran | Premier of Western Australia',
      'Mere Tākuta | Deputy Premier of Western Australia',
    ]);
    assert.deepEqual(peopleOf(perth.replace('in Perth', 'in Perth and Adelaide')).slice(1), ['Ravi Chandrasekaran | Premier', 'Mere Tākuta | Deputy Premier']);
  });
  it('a speech header names the party that owns its posts', () => {
    assert.deepEqual(peopleOf('The National MP Tomas Ferreira spoke. Leader Ravi Chandrasekaran agreed.', [['boilerplate-speech-header', 'Speech: New Zealand National Party']]), [
      'Tomas Ferreira | Member of Parliament of National Party',
      'Ravi Chandrasekaran | Leader of National Party',
    ]);
  });
  it("another speaker's 'our' is the speaker's country, when the document gives the speaker one country's offices", () => {
    const text = 'US Secretary of State Tomas Ferreira arrived in Rarotonga.\n\nFERREIRA: Our Ambassador to Fiji, Mere Tākuta, will help.';
    assert.deepEqual(peopleOf(text), ['Tomas Ferreira | Secretary of State of United States', 'Mere Tākuta | Ambassador to Fiji of United States']);
  });
  it("Scoop's date line names the publisher after its pipe: a party's release speaks for its country, however often another is named", () => {
    const text = 'Pacific leaders meet in Tuvalu this week. Tuvalu is the host. The Minister for Regional Economic Development, Tomas Ferreira, said Tuvalu matters.';
    assert.deepEqual(peopleOf(text, [['boilerplate-header', 'Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party']]), [
      'Tomas Ferreira | Minister for Regional Economic Development of New Zealand',
    ]);
  });
  it('a party listed for two countries takes the one the text names, where the counts alone lead to none', () => {
    const text = 'Foreign Minister Tomas Ferreira must act on Fiji, Green Party spokesperson Ravi Chandrasekaran says. Fiji must hold elections. New Zealand must lead. New Zealand can.';
    assert.deepEqual(peopleOf(text, [['boilerplate-header', 'Press Release: Green Party']]), ['Tomas Ferreira | Minister of Foreign Affairs of New Zealand', 'Ravi Chandrasekaran | Spokesperson of Green Party']);
  });
});

describe('a State Department header, with the statistical tagger', () => {
  // The reader joins a paragraph's lines: the date line runs on after the title.
  for (const [name, text] of [
    ['lines kept', 'Congratulations to the new government\n\nANTONY J. FERREIRA, SECRETARY OF STATE\nNOVEMBER 27, 2023\n\nI congratulate the new government.'],
    ['lines joined', 'Congratulations to the new government\n\nANTONY J. FERREIRA, SECRETARY OF STATE NOVEMBER 27, 2023\n\nI congratulate the new government.'],
  ] as const) {
    it(`names the author from the given name on, with the title; the date line is no one (${name})`, () => {
      assert.deepEqual(people(runStage(entitiesStage, documentOf(text)).output), ['Antony J. Ferreira | Secretary of State of United States']);
    });
  }
});

describe('owners that are organisations, and postings named by a city', () => {
  it("an organisation's name before a country's office owns it, not the holder's home country", () => {
    // Mario Draghi is listed as Italy's Prime Minister: his one listed country must not own the ECB's presidency.
    assert.deepEqual(peopleOf('In Frankfurt, European Central Bank President Mario Draghi said the bank would act.'), ['Mario Draghi | President of European Central Bank']);
  });
  it("an office of one organisation is that organisation's wherever the holder is met, never the venue's country", () => {
    assert.deepEqual(peopleOf('In Brussels the minister will meet the European Commissioner for Trade, Ana Ferreira, on Tuesday.'), [
      'Ana Ferreira | European Commissioner for Trade of European Commission',
    ]);
  });
  it("a central bank's governor, before the name or after it", () => {
    assert.deepEqual(peopleOf('The new governor of the Bank of Thailand, Tomas Ferreira, spoke on television. Ravi Chandrasekaran, governor of the Reserve Bank of New Zealand, agreed.'), [
      'Tomas Ferreira | Governor of Bank of Thailand',
      'Ravi Chandrasekaran | Governor of Reserve Bank of New Zealand',
    ]);
  });
  it("the UN's posts: an Under-Secretary-General is the United Nations', as is the Secretary-General's Special Representative, whose title keeps whose he is", () => {
    assert.deepEqual(peopleOf('The Under-Secretary-General for Humanitarian Affairs, Tomas Ferreira, said aid was waiting.'), ['Tomas Ferreira | Under-Secretary-General for Humanitarian Affairs of United Nations']);
    assert.deepEqual(peopleOf('He met the Special Representative of the Secretary-General for Afghanistan, Ravi Chandrasekaran.'), [
      'Ravi Chandrasekaran | Special Representative of the Secretary General for Afghanistan of United Nations',
    ]);
    // Another office after "of" is the envoy's principal, never the envoy's own office.
    assert.deepEqual(peopleOf('The Special Envoy of the Prime Minister, Mere Tākuta, arrived.'), ['Mere Tākuta | Special Envoy of the Prime Minister']);
  });
  it("a briefing titled as the State Department titles its briefings: its 'Department Spokesperson' is the Department's", () => {
    const text = 'Department Press Briefing – April 20, 2022\n\nTomas Ferreira, Department Spokesperson\nWashington, D.C.\n\nMR FERREIRA: Good afternoon.';
    assert.deepEqual(peopleOf(text), ['Tomas Ferreira | Spokesperson of State Department']);
  });
  it("a Foreign Secretary in a Mexico City story is Mexico's", () => {
    assert.deepEqual(peopleOf('MEXICO CITY (AP) — Foreign Secretary Tomas Ferreira joined the final sessions.'), ['Tomas Ferreira | Foreign Secretary of Mexico']);
  });
  it('a deputy spokesperson in a State Department readout is the Department\'s, as the spokesperson is', () => {
    // The reader removes the readout's header lines and reports them; the office they name publishes the text.
    const text = 'The below is attributable to Deputy Spokesperson Mere Tākuta:\n\nThe Secretary met the minister today.';
    assert.deepEqual(peopleOf(text, [['boilerplate-header', 'OFFICE OF THE SPOKESPERSON']]), ['Mere Tākuta | Deputy Spokesperson of State Department']);
  });
  it('an ambassador posted to a capital keeps the city as written, and the country stated before the title', () => {
    assert.deepEqual(peopleOf('The U.S. ambassador to Manila, Mere Tākuta, said Washington stood with its ally.'), ['Mere Tākuta | Ambassador to Manila of United States']);
  });
  it("a Defense Secretary in a Manila story is the Philippines', as in a Washington story the United States'", () => {
    assert.deepEqual(peopleOf('MANILA, Philippines (AP) — Defense Secretary Tomas Ferreira said the patrols would go on.'), ['Tomas Ferreira | Secretary of Defense of Philippines']);
    assert.deepEqual(peopleOf('WASHINGTON (AP) — Defense Secretary Tomas Ferreira said the patrols would go on.'), ['Tomas Ferreira | Secretary of Defense of United States']);
  });
});

describe('an owner written as one word, with the statistical tagger', () => {
  it('is the organisation the document names in full with that word, when it names only one', () => {
    const one = "The Ministry of Foreign Affairs and Trade announced cuts. Tomas Ferreira, the Ministry's chief executive, admitted it.";
    assert.deepEqual(people(runStage(entitiesStage, documentOf(one)).output), ['Tomas Ferreira | Chief Executive of Ministry of Foreign Affairs and Trade']);
    const two = "The Ministry of Foreign Affairs and Trade and the Ministry of Defence announced cuts. Tomas Ferreira, the Ministry's chief executive, admitted it.";
    assert.deepEqual(people(runStage(entitiesStage, documentOf(two)).output), ['Tomas Ferreira | Chief Executive of Ministry']);
  });
});
