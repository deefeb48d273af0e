import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities, people } from './support.js';

// [input, people as "Name | role of country"]. Texts are this suite's own.
const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Foreign Minister Winston Peters met US Secretary of State Antony Blinken.', ['Winston Peters | Minister of Foreign Affairs', 'Antony Blinken | Secretary of State of United States']],
  ['US Secretary of State, Antony Blinken, arrived late.', ['Antony Blinken | Secretary of State of United States']],
  ['Japanese Prime Minister Ayumi Saito will visit Canberra.', ['Ayumi Saito | Prime Minister of Japan']],
  ['NATO Secretary General Jens Stoltenberg spoke first.', ['Jens Stoltenberg | Secretary General of NATO']],
  ['The Secretary-General of the United Nations Ilse Vandenberg opened the session.', ['Ilse Vandenberg | Secretary General of United Nations']],
  ['Tim Watts, Australia’s Assistant Minister of Foreign Affairs; Ilse Vandenberg, Belgium’s Minister of State for Foreign Affairs.', ['Tim Watts | Assistant Minister of Foreign Affairs of Australia', 'Ilse Vandenberg | Minister of State for Foreign Affairs of Belgium']],
  ['He met Tomas Ferreira, the Brazilian Foreign Minister, in Geneva.', ['Tomas Ferreira | Minister of Foreign Affairs of Brazil']],
  ['Former Prime Minister Helen Clark attended.', ['Helen Clark | former Prime Minister']],
  ['Prime Minister-elect Tomas Ferreira spoke.', ['Tomas Ferreira | future Prime Minister']],
  ['Associate Foreign Affairs Minister Mere Tākuta led the delegation.', ['Mere Tākuta | Associate Minister of Foreign Affairs']],
  ['Deputy Prime Minister Ravi Chandrasekaran and Trade Minister Tomas Ferreira signed.', ['Ravi Chandrasekaran | Deputy Prime Minister', 'Tomas Ferreira | Minister of Trade']],
  ['New Zealand Secretary of Foreign Affairs and Trade Mere Tākuta met officials.', ['Mere Tākuta | Secretary of Foreign Affairs and Trade of New Zealand']],
  ['Rt Hon Winston Peters and Dr. Ayesha Verrall spoke.', ['Winston Peters', 'Ayesha Verrall']],
  ['The Hon Winston Peters MP met Dame Jane Doe DBE and Sir Tim Lane KC.', ['Winston Peters', 'Jane Doe', 'Tim Lane']],
  // A name written only in capitals is shown in ordinary case.
  ['TRANSCRIPT OF THE HON JOHN HOWARD MP DOORSTOP INTERVIEW', ['John Howard']],
  ['Lt Gen Jane Whitfield commands the force.', ['Jane Whitfield']],
  ['Ursula von der Leyen met Ngozi Okonjo-Iweala.', ['Ursula von der Leyen', 'Ngozi Okonjo-Iweala']],
  ['President Xi Jinping received the delegation. President Xi said little.', ['Xi Jinping | President | President']],
  ['State Department spokesperson Matthew Miller said the talks went well.', ['Matthew Miller | Spokesperson of State Department']],
  // Wire style writes posts in lower case away from the name.
  ['The US ambassador to New Zealand, Tom Udall, attended.', ['Tom Udall | Ambassador to New Zealand of United States']],
  ['Tom Udall, the US ambassador to New Zealand, attended.', ['Tom Udall | Ambassador to New Zealand of United States']],
  ['Tomas Ferreira, the U.S. deputy secretary of state, led the delegation.', ['Tomas Ferreira | Deputy Secretary of State of United States']],
  ['Ravi Chandrasekaran, Australia’s shadow foreign minister, disagreed.', ['Ravi Chandrasekaran | Shadow Minister of Foreign Affairs of Australia']],
  ['China’s envoy Wang Yi arrived.', ['Wang Yi | Special Envoy of China']],
  // A country's body between the country and the post: the country owns it.
  ['China’s foreign ministry spokesperson Mao Ning said so. A Japanese Embassy spokesman, Taro Kono, agreed.', ['Mao Ning | Spokesperson of China', 'Taro Kono | Spokesperson of Japan']],
  // Titles joined by "and" before one name are all that person's; a country before the first owns them all.
  ['Deputy Prime Minister and Foreign Minister Winston Peters will travel.', ['Winston Peters | Deputy Prime Minister | Minister of Foreign Affairs']],
  ['New Zealand Deputy Prime Minister and Foreign Minister Winston Peters spoke.', ['Winston Peters | Deputy Prime Minister of New Zealand | Minister of Foreign Affairs of New Zealand']],
  ['Minister of Defence, Minister of Trade and Foreign Minister Tomas Ferreira spoke.', ['Tomas Ferreira | Minister of Defence | Minister of Trade | Minister of Foreign Affairs']],
  ['The Deputy Prime Minister and Foreign Minister, Winston Peters, agreed.', ['Winston Peters | Deputy Prime Minister | Minister of Foreign Affairs']],
  // … but "the" before the first title makes it someone else's, and two names keep their own titles.
  ['The Prime Minister and Foreign Minister Winston Peters will travel together.', ['Winston Peters | Minister of Foreign Affairs']],
  ['Prime Minister Tomas Ferreira and Trade Minister Ravi Chandrasekaran left.', ['Tomas Ferreira | Prime Minister', 'Ravi Chandrasekaran | Minister of Trade']],
  ['Trade Minister, Foreign Minister Tomas Ferreira said.', ['Tomas Ferreira | Minister of Foreign Affairs']],
  // Formal releases put "the Hon" between the title and the name.
  ['Foreign Minister the Hon Tomas Ferreira will attend.', ['Tomas Ferreira | Minister of Foreign Affairs']],
  ['The Minister of Foreign Affairs, the Rt Hon Tomas Ferreira, will attend.', ['Tomas Ferreira | Minister of Foreign Affairs']],
  ['He met Commonwealth Secretary-General the Rt Hon Mere Tākuta KC in London.', ['Mere Tākuta | Secretary General of Commonwealth']],
  // Appointments: a title after "as" is the named person's.
  ['Ministers noted the appointment of Ravi Chandrasekaran as Secretary General of the Pacific Islands Forum.', ['Ravi Chandrasekaran | Secretary General of Pacific Islands Forum']],
  ['The Government has appointed Mere Tākuta as New Zealand’s next High Commissioner to Fiji.', ['Mere Tākuta | future High Commissioner to Fiji of New Zealand']],
  ['Tomas Ferreira replaced Ravi Chandrasekaran as Foreign Minister.', ['Tomas Ferreira', 'Ravi Chandrasekaran | former Minister of Foreign Affairs']],
  ['Ravi Chandrasekaran was appointed Trade Minister in March.', ['Ravi Chandrasekaran | Minister of Trade']],
  ['Mere Tākuta has been nominated as Ambassador to Japan.', ['Mere Tākuta | future Ambassador to Japan']],
  // Counterparts in the plural pair with the titled people before them, in order.
  ['Defence Minister Tomas Ferreira and Foreign Minister Ravi Chandrasekaran welcomed their Australian counterparts, Mere Tākuta and Helen Clark, to Wellington.', ['Tomas Ferreira | Minister of Defence', 'Ravi Chandrasekaran | Minister of Foreign Affairs', 'Mere Tākuta | Minister of Defence of Australia', 'Helen Clark | Minister of Foreign Affairs of Australia']],
  // A subject with two offices: the counterpart holds the one written nearest the subject's name.
  ['Deputy Prime Minister and Foreign Minister Tomas Ferreira and Defence Minister Ravi Chandrasekaran met their Australian counterparts, Mere Tākuta and Helen Clark, in Melbourne.', ['Tomas Ferreira | Deputy Prime Minister | Minister of Foreign Affairs', 'Ravi Chandrasekaran | Minister of Defence', 'Mere Tākuta | Minister of Foreign Affairs of Australia', 'Helen Clark | Minister of Defence of Australia']],
  // Pacific and Māori names the tagger takes for organisations.
  ['Tama Potaka and Surangel Whipps Jr spoke.', ['Tama Potaka', 'Surangel Whipps Jr']],
  // The bare possessive of a name ending in s owns the title; a royal style is an honorific.
  ['He spoke with the United Arab Emirates\' Minister of Foreign Affairs, His Highness Tomas Ferreira.', ['Tomas Ferreira | Minister of Foreign Affairs of United Arab Emirates']],
  // A country after "for" ends a portfolio.
  ['New Zealand supports UN Special Coordinator for Lebanon Ravi Chandrasekaran.', ['Ravi Chandrasekaran | Special Coordinator for Lebanon of United Nations']],
  // An MP's electorate after "for"; "deputy leader" in lower case.
  ['ACT MP for Tāmaki Tomas Ferreira said the bill would pass.', ['Tomas Ferreira | Member of Parliament for Tāmaki of ACT Party']],
  ['Labour deputy leader Ravi Chandrasekaran spoke later.', ['Ravi Chandrasekaran | Deputy Leader of Labour Party']],
  // A heading's title reaches a name alone on the next line; a formal name after a comma takes its title.
  ['ADDRESS BY THE PRIME MINISTER\n\nTHE HON TOMAS FERREIRA MP\n\nThank you.', ['Tomas Ferreira | Prime Minister']],
  // A signature block's title is its name line's, and does not reach the headline after a blank line.
  ['Tomas Ferreira\nGreen Party Foreign Affairs Spokesperson\n\nRavi Chandrasekaran case is no case for war\n\nThe Greens said so.', ['Tomas Ferreira | Spokesperson for Foreign Affairs of Green Party', 'Ravi Chandrasekaran']],
  ['An agreement by Prime Minister, the Hon Tomas Ferreira and Chairman Cox was signed.', ['Tomas Ferreira | Prime Minister', 'Cox | Chair']],
  ['And my newly appointed National Security Adviser, Mr Tomas Ferreira will be working with us.', ['Tomas Ferreira | National Security Adviser']],
  // Wire style: an age between a name and its apposition; a head of state.
  ['Tomas Ferreira, 80, the Foreign Minister, has served since 1978.', ['Tomas Ferreira | Minister of Foreign Affairs']],
  ['Samoa’s head of state, Ravi Chandrasekaran, hosted a dinner.', ['Ravi Chandrasekaran | Head of State of Samoa']],
  // Delegation lists put the title and its organisation in brackets.
  ['The delegation includes Tomas Ferreira (Chief Executive, Fonterra) and Mere Tākuta (Chair, Air New Zealand).', ['Tomas Ferreira | Chief Executive of Fonterra', 'Mere Tākuta | Chair of Air New Zealand']],
  // A portfolio that goes on with "and".
  ['Indian Minister of Commerce and Industry Ravi Chandrasekaran visited Auckland.', ['Ravi Chandrasekaran | Minister of Commerce and Industry of India']],
  // A title in the plural gives its office to each name it lists.
  ['Foreign Ministers Tomas Ferreira and Ravi Chandrasekaran met in Adelaide.', ['Tomas Ferreira | Minister of Foreign Affairs', 'Ravi Chandrasekaran | Minister of Foreign Affairs']],
  ['Former prime ministers Helen Clark, Tomas Ferreira and Ravi Chandrasekaran wrote to him.', ['Helen Clark | former Prime Minister', 'Tomas Ferreira | former Prime Minister', 'Ravi Chandrasekaran | former Prime Minister']],
  // "Baron" is a given name in the Pacific, not a peer's honorific.
  ['PIF Secretary General Baron Waqa said leaders would meet.', ['Baron Waqa | Secretary General of Pacific Islands Forum']],
  // A portfolio after "for" sits between the office and the name, and is part of the title: each is an office of its own.
  ['US Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink briefed reporters.', ['Daniel Kritenbrink | Assistant Secretary of State for East Asian and Pacific Affairs of United States']],
  ["Papua New Guinea's Minister for Bougainville Affairs, Ravi Chandrasekaran, signed.", ['Ravi Chandrasekaran | Minister for Bougainville Affairs of Papua New Guinea']],
  // A candidate's place before the word is the electorate.
  ["Mr Peters will join the party's Northland candidate, Tomas Ferreira, in Whangārei.", ['Peters', 'Tomas Ferreira | Candidate for Northland']],
  // An MP's place before the word is the electorate; other words are not.
  ["National's Tauranga MP, Tomas Ferreira, has heard the same concerns.", ['Tomas Ferreira | Member of Parliament for Tauranga of National Party']],
  ['Opposition MP Tomas Ferreira spoke.', ['Tomas Ferreira | Member of Parliament of Opposition']],
  // A party whose name ends on a prefix's word keeps it: "New Zealand First Deputy Leader".
  ['New Zealand First Deputy Leader Tomas Ferreira says so.', ['Tomas Ferreira | Deputy Leader of New Zealand First']],
  ['Foreign Affairs and Trade Minister Tomas Ferreira and Primary Industries Minister Ravi Chandrasekaran spoke.', ['Tomas Ferreira | Minister of Foreign Affairs and Trade', 'Ravi Chandrasekaran | Minister of Primary Industries']],
  // Offices of other governments and bodies; a Burmese honorific is no part of the name.
  ['The arrest of State Counsellor Daw Mere Tākuta is an attack.', ['Mere Tākuta | State Counsellor of Myanmar']],
  ['He met the European Union’s Trade Commissioner, Tomas Ferreira.', ['Tomas Ferreira | Trade Commissioner of European Union']],
  ["New Zealand's Trade Commissioner in Shanghai, Ravi Chandrasekaran, said so.", ['Ravi Chandrasekaran | Trade Commissioner in Shanghai of New Zealand']],
  // A plural title opening an utterance addresses no one.
  ['PRIME MINISTER: Our Foreign Ministers, Tomas Ferreira and Ravi Chandrasekaran, will meet.', ['Tomas Ferreira | Minister of Foreign Affairs', 'Ravi Chandrasekaran | Minister of Foreign Affairs']],
  ['The Minister of Bougainville Affairs, Ravi Chandrasekaran, said so.', ['Ravi Chandrasekaran | Minister of Bougainville Affairs']],
  ['Fiji’s interim Prime Minister Tomas Ferreira spoke.', ['Tomas Ferreira | Interim Prime Minister of Fiji']],
  ['Under Secretary of State for Political Affairs Ilse Vandenberg attended.', ['Ilse Vandenberg | Under Secretary of State for Political Affairs of United States']],
  // … but the British "Secretary of State for Defence" is the Defence Secretary, not the American Secretary of State.
  ['Secretary of State for Defence Ravi Chandrasekaran spoke.', ['Ravi Chandrasekaran | Secretary of Defense']],
  ['The Secretary of State for Business and Trade, Mere Tākuta, opened the talks.', ['Mere Tākuta | Business and Trade Secretary of United Kingdom']],
  ['The International Trade Secretary, Tomas Ferreira, also attended.', ['Tomas Ferreira | International Trade Secretary of United Kingdom']],
  ['Prime Minister for nine years Tomas Ferreira spoke.', ['Tomas Ferreira']],
  // An apposition states a role; a list of offices after a name does not.
  ['You will have President Tomas Ferreira, the President of Russia, the President of China and the Prime Minister of Japan.', ['Tomas Ferreira | President']],
  ['Tomas Ferreira, the President of Brazil, arrived.', ['Tomas Ferreira | President of Brazil']],
  ['When Ravi Chandrasekaran, Tomas Ferreira, the Japanese Prime Minister, are all gathering.', ['Ravi Chandrasekaran', 'Tomas Ferreira']],
  // A country after "in" before an office it does not have is a place, not the owner.
  ['And in New Zealand President Tomas Ferreira’s intervention was crucial.', ['Tomas Ferreira | President']],
  ['In New Zealand Prime Minister Tomas Ferreira’s view, it was crucial.', ['Tomas Ferreira | Prime Minister of New Zealand']],
  ['In Irish Prime Minister Tomas Ferreira’s view, it was crucial.', ['Tomas Ferreira | Prime Minister of Ireland']],
  // A counterpart of a title that names no one holds that title.
  ["New Zealand's Foreign Minister said talks with his counterpart Tomas Ferreira went well.", ['Tomas Ferreira | Minister of Foreign Affairs']],
  ['His counterpart Tomas Ferreira later met the Trade Minister.', ['Tomas Ferreira']],
  // A glottal stop typed as an opening quote stays inside the name, and every spelling is one person.
  ['Prime Minister Hu‘akavameiliku Siaosi Sovaleni spoke. Prime Minister Huʻakavameiliku Siaosi Sovaleni spoke again.', ['Hu‘akavameiliku Siaosi Sovaleni | Prime Minister | Prime Minister']],
  // Post-nominals sit between a name and its apposition; an "of" and a "to" both belong to the title.
  ['Dr Ravi Chandrasekaran MP, Minister for Pacific Peoples, welcomed guests.', ['Ravi Chandrasekaran | Minister of Pacific Peoples']],
  ["His Excellency Mr Tomas Ferreira, Ambassador of the People's Republic of China to New Zealand, replied.", ['Tomas Ferreira | Ambassador to New Zealand of China']],
  // "Vice" makes a deputy's office, never the office itself.
  ['Chinese Vice Foreign Minister Tomas Ferreira spoke. Ravi Chandrasekaran, the Executive Vice Foreign Minister, listened.', ['Tomas Ferreira | Vice Minister of Foreign Affairs of China', 'Ravi Chandrasekaran | Executive Vice Minister of Foreign Affairs']],
  ['Vice President Tomas Ferreira arrived.', ['Tomas Ferreira | Vice President']],
  ['Saudi Crown Prince Tomas Ferreira was absent. The Emir of Qatar, Ravi Chandrasekaran, sent a message.', ['Tomas Ferreira | Crown Prince of Saudi Arabia', 'Ravi Chandrasekaran | Emir of Qatar']],
  // A party before a country's office is the holder's party, not the office's owner.
  ['Labour Prime Minister Tomas Ferreira spoke. Republican President Ravi Chandrasekaran agreed. Labor Premier Mere Tākuta left.', ['Tomas Ferreira | Prime Minister', 'Ravi Chandrasekaran | President', 'Mere Tākuta | Premier']],
  // "Under" before a president is a preposition; an "of" owner inside a longer name owns nothing.
  ['Under President Tomas Ferreira, talks continued. Under Secretary of State Ravi Chandrasekaran arrived.', ['Tomas Ferreira | President', 'Ravi Chandrasekaran | Under Secretary of State of United States']],
  // A state owns its own offices (model/jurisdictions.json), never its country's: not "Premier of Australia".
  ["South Australia's Premier Mere Tākuta called.", ['Mere Tākuta | Premier of South Australia']],
  ['Victorian Premier Tomas Ferreira and NSW Treasurer Ravi Chandrasekaran met.', ['Tomas Ferreira | Premier of Victoria', 'Ravi Chandrasekaran | Treasurer of New South Wales']],
  ['NSW Labor Premier Tomas Ferreira spoke. The Premier of Queensland, Mere Tākuta, agreed.', ['Tomas Ferreira | Premier of New South Wales', 'Mere Tākuta | Premier of Queensland']],
  ['Missouri Secretary of State Tomas Ferreira spoke. Ohio Gov. Ravi Chandrasekaran agreed. ACT Chief Minister Mere Tākuta left.', ['Tomas Ferreira | Secretary of State of Missouri', 'Ravi Chandrasekaran | Governor of Ohio', 'Mere Tākuta | Chief Minister of Australian Capital Territory']],
  ['Victorian Health Minister Tomas Ferreira spoke. Scottish First Minister Mere Tākuta agreed.', ['Tomas Ferreira | Minister of Health of Victoria', 'Mere Tākuta | First Minister of Scotland']],
  // "Commonwealth" before an office a state can hold is Australia's federal government, not the Commonwealth of Nations.
  ['Commonwealth Treasurer Tomas Ferreira spoke. Commonwealth Secretary-General Mere Tākuta agreed.', ['Tomas Ferreira | Treasurer of Australia', 'Mere Tākuta | Secretary General of Commonwealth']],
  // A bare title opening an utterance addresses its holder; the name after the comma has its own style.
  ['JOURNALIST:\n\nPrime Minister, Senator Ferreira has called for an inquiry.', ['Ferreira | Senator']],
  // Leaving an office makes it a former one.
  ['It came after the resignation of Defence Minister Tomas Ferreira.', ['Tomas Ferreira | former Minister of Defence']],
  // An appointment word before the name, past a day, a rank and a bracket, makes the title after "as" the name's.
  ["He welcomed the swearing-in today of Rear Admiral (Ret'd) Tomas Ferreira as Prime Minister.", ['Tomas Ferreira | Prime Minister']],
  // Where a posting sits is part of the phrase, not the title; a chamber's post is the country's written after "in".
  ['New Zealand’s Permanent Representative to the United Nations in New York, Tomas Ferreira, spoke.', ['Tomas Ferreira | Permanent Representative to the United Nations of New Zealand']],
  ['The Leader of the Opposition in the Cook Islands Parliament, Mere Tākuta, agreed.', ['Mere Tākuta | Leader of the Opposition of Cook Islands']],
  // The Westminster name of a seat's MP; its electorate a place, even one the gazetteer lacks.
  ['Tomas Ferreira, the Member for Rotorua, agreed. The Member for Wentworth, Mere Tākuta, spoke.', ['Tomas Ferreira | Member for Rotorua', 'Mere Tākuta | Member for Wentworth']],
  ['Ravi Chandrasekaran, the State Member for Beaudesert, spoke. Council Member Mere Tākuta agreed.', ['Ravi Chandrasekaran | State Member for Beaudesert', 'Mere Tākuta']],
  // A family name that is also a title ends the name: no office.
  ['Tomas King, the Member for Brand, spoke. Ravi Prince agreed. Saudi King Salman and the King did not.', ['Tomas King | Member for Brand', 'Ravi Prince', 'Salman | King of Saudi Arabia']],
  // A state's adjective that ends in its country's is the state's; "SA" before a state's office is South Australia.
  ['South Australian Health Minister Tomas Ferreira spoke. Western Australian Premier Mere Tākuta agreed.', ['Tomas Ferreira | Minister of Health of South Australia', 'Mere Tākuta | Premier of Western Australia']],
  ['SA Health Minister Tomas Ferreira spoke. Australian Health Minister Mere Tākuta agreed.', ['Tomas Ferreira | Minister of Health of South Australia', 'Mere Tākuta | Minister of Health of Australia']],
  // A university's vice-chancellor is not Germany's Chancellor; a police commissioner is the country's, or the state's.
  ['Vice-Chancellor Tomas Ferreira spoke. Victoria Police Commissioner Ravi Chandrasekaran agreed.', ['Tomas Ferreira | Vice-Chancellor', 'Ravi Chandrasekaran | Commissioner of Police of Victoria']],
  // Two owners joined by "and" before a plural title go to the two names after it, in order; a plural title after a comma lists too.
  ['Australian and New Zealand Prime Ministers Tomas Ferreira and Ravi Chandrasekaran agreed.', ['Tomas Ferreira | Prime Minister of Australia', 'Ravi Chandrasekaran | Prime Minister of New Zealand']],
  ['I thank our Foreign Ministers, Tomas Ferreira and Ravi Chandrasekaran, for their work.', ['Tomas Ferreira | Minister of Foreign Affairs', 'Ravi Chandrasekaran | Minister of Foreign Affairs']],
  // A portfolio's second half after "and" ends the title before a given name, a title or punctuation.
  ['Minister for Health and Ageing Mere Tākuta said so. Tomas Ferreira, the Minister of Energy and Resources, agreed.', ['Mere Tākuta | Minister of Health and Ageing', 'Tomas Ferreira | Minister of Energy and Resources']],
  ['The Minister of Finance and Foreign Minister Ravi Chandrasekaran left.', ['Ravi Chandrasekaran | Minister of Foreign Affairs']],
  // Posts any body has belong to the organisation named before them; US leaders of a chamber are titled with it.
  ['Fonterra Chief Executive Mere Tākuta agreed. Senate Majority Leader Ravi Chandrasekaran did not.', ['Mere Tākuta | Chief Executive of Fonterra', 'Ravi Chandrasekaran | Senate Majority Leader of United States']],
  // A family name that is also an opener opens a name right after a title, before another name word.
  ['Vice Premier He Lifeng met them. Deputy Foreign Minister Do Hung Viet agreed.', ['He Lifeng | Vice Premier', 'Do Hung Viet | Deputy Minister of Foreign Affairs']],
  ['The Prime Minister He had met was absent.', []],
  // Two titles joined by a bare "and" in an apposition are both the person's; "and the …" is someone else.
  ['Ravi Chandrasekaran, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand, spoke.', ['Ravi Chandrasekaran | Deputy Prime Minister of New Zealand | Minister of Foreign Affairs of New Zealand']],
  ['Tomas Ferreira, the President of Brazil and the Prime Minister of Japan met.', ['Tomas Ferreira']],
  // A country before the first of two titled names owns the second title too, if the country has that office.
  ['Australian Foreign Minister Tomas Ferreira and Defence Minister Ravi Chandrasekaran arrived.', ['Tomas Ferreira | Minister of Foreign Affairs of Australia', 'Ravi Chandrasekaran | Minister of Defence of Australia']],
  ['Chinese Premier Tomas Ferreira and Prime Minister Ravi Chandrasekaran met.', ['Tomas Ferreira | Premier of China', 'Ravi Chandrasekaran | Prime Minister']],
  ['IMF Managing Director Tomas Ferreira and UN High Commissioner for Refugees Ravi Chandrasekaran spoke.', ['Tomas Ferreira | Managing Director of International Monetary Fund', 'Ravi Chandrasekaran | High Commissioner for Refugees of United Nations']],
  // New Zealand portfolios beyond foreign affairs.
  ['Minister for Māori Crown Relations Tomas Ferreira and Racing Minister Ravi Chandrasekaran spoke.', ['Tomas Ferreira | Minister of Māori Crown Relations', 'Ravi Chandrasekaran | Minister of Racing']],
  // Party leaders: the party must be named.
  ['Labour leader Chris Hipkins and Green Party co-leader Chlöe Swarbrick spoke.', ['Chris Hipkins | Leader of Labour Party', 'Chlöe Swarbrick | Co-leader of Green Party']],
  ['Labor leader Anthony Albanese and HRPP leader Tuilaepa Sailele Malielegaoi spoke.', ['Anthony Albanese | Leader of Australian Labor Party', 'Tuilaepa Sailele Malielegaoi | Leader of Human Rights Protection Party']],
  ['The Bharatiya Janata Party (BJP) leader Narendra Modi spoke.', ['Narendra Modi | Leader of Bharatiya Janata Party']],
  // A party's short name owns a party post right after it, and nothing else.
  ["National's foreign affairs spokesperson Tomas Ferreira and ACT leader Ravi Chandrasekaran spoke.", ['Tomas Ferreira | Spokesperson for Foreign Affairs of National Party', 'Ravi Chandrasekaran | Leader of ACT Party']],
  ['National MP Mere Tākuta and Liberal leader Tomas Ferreira met.', ['Mere Tākuta | Member of Parliament of National Party', 'Tomas Ferreira | Leader of Liberal Party']],
  ['ACT Senator Tomas Ferreira spoke on National Day.', ['Tomas Ferreira | Senator']],
  // British and Australian portfolios with "the".
  ['Minister for the Environment Tomas Ferreira and Minister for the Indo-Pacific Ravi Chandrasekaran spoke.', ['Tomas Ferreira | Minister of Environment', 'Ravi Chandrasekaran | Minister of Indo-Pacific']],
  // An Australian minister's style, between the office and the name.
  ['Minister for Foreign Affairs Senator the Hon Tomas Ferreira and Trade Minister Senator Ravi Chandrasekaran spoke.', ['Tomas Ferreira | Minister of Foreign Affairs | Senator', 'Ravi Chandrasekaran | Minister of Trade | Senator']],
  ['The Minister thanked Senator Tomas Ferreira.', ['Tomas Ferreira | Senator']],
  // A party no list knows owns its leader when it is an organisation mention just before the title.
  ['Te Rōpū Whakahaere leader Tomas Ferreira and Te Rōpū Whakahaere co-leader Mere Tākuta spoke.', ['Tomas Ferreira | Leader of Te Rōpū Whakahaere', 'Mere Tākuta | Co-leader of Te Rōpū Whakahaere']],
  // … but never a country's office, and never across a sentence end.
  ['Te Rōpū Whakahaere Trade Minister Tomas Ferreira spoke.', ['Tomas Ferreira | Minister of Trade']],
  ['She joined Te Rōpū Whakahaere. Leader Tomas Ferreira welcomed her.', ['Tomas Ferreira | Leader']],
  ['Leader of the House Chris Bishop spoke.', ['Chris Bishop | Leader of the House']],
  // Roles a verb states after the name; a past verb or "former" makes them former.
  ['Winston Peters, who is Foreign Minister, spoke to reporters.', ['Winston Peters | Minister of Foreign Affairs']],
  ['Winston Peters, who was Prime Minister in 1997, returned.', ['Winston Peters | former Prime Minister']],
  ['Antony Blinken is the US Secretary of State.', ['Antony Blinken | Secretary of State of United States']],
  ['Helen Clark is a former Prime Minister.', ['Helen Clark | former Prime Minister']],
  ['He said Jim Clark has been Trade Minister since May.', ['Jim Clark | Minister of Trade']],
  ['Tomas Ferreira will be Deputy Prime Minister from June.', ['Tomas Ferreira | future Deputy Prime Minister']],
  ['Helen Clark arrived. Clark, who is also Foreign Minister, spoke.', ['Helen Clark | Minister of Foreign Affairs']],
  ['Ms Wong, Australia’s Foreign Minister, said the talks went well.', ['Wong | Minister of Foreign Affairs of Australia']],
  ['Stephen Harper, Canada’s Prime Minister, said he agreed.', ['Stephen Harper | Prime Minister of Canada']],
  // A counterpart holds the office of the person whose counterpart they are.
  ['Prime Minister John Key met his Canadian counterpart, Stephen Harper, in Ottawa.', ['John Key | Prime Minister', 'Stephen Harper | Prime Minister of Canada']],
  ['Mr Key met his counterpart, Foreign Minister Penny Wong.', ['Key', 'Penny Wong | Minister of Foreign Affairs']],
  // A deputy holds the person's office with "Deputy" before it, owned the same way.
  ['Talks will include Blinken’s deputy, Kurt Campbell. US Secretary of State Antony Blinken said so.', ['Antony Blinken | Secretary of State of United States', 'Kurt Campbell | Deputy Secretary of State of United States']],
];

for (const [input, expected] of cases) {
  test(`people in ${JSON.stringify(input)}`, () => {
    assert.deepEqual(people(entities(input)), expected);
  });
}
