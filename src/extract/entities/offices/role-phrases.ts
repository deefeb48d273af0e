import type { Rules } from '../lexicon/index.js';
import { canonicalOfficeWith, type OfficeMatch } from './offices.js';
import { existsIn, ownsPost } from './owner.js';
import { bodyAsWritten, bodyEndingAsWritten, closedCapitalisedRun, partyAsWritten, placeAsWritten } from './as-written.js';
import { CLITIC, joinTokens, lineBreakBetween, PUNCT, titleCased, WORD, type Tok } from '../text/index.js';
import type { Tense } from '../types.js';

/**
 * An office title with the words around it that say whose it is and when:
 * "former US Secretary of State", "Australia's Assistant Minister of Foreign
 * Affairs", "Secretary-General of the United Nations", "Prime Minister-elect".
 */
export interface RolePhrase {
  /** Token indexes [start, end) of the whole phrase. */
  readonly start: number;
  readonly end: number;
  readonly office: OfficeMatch;
  /** Country or organisation the words name, canonical; null when unstated. */
  readonly of: string | null;
  readonly tense: Tense;
  /** Where the title's own words end, a portfolio after it included ("… for East Asian and Pacific Affairs"): no name lies before. */
  readonly titleEnd: number;
  /** The country or organisation after "to" ("Ambassador to Japan"): where the post is held, not whose it is. */
  readonly host?: string;
  /** Set when a portfolio's words open the phrase before the title ("ACT Social Welfare Spokesman"): an owner may sit before them. */
  readonly portfolioBefore?: true;
  /** "our High Commissioner": the speaker's country, which is the document's. */
  readonly ours?: true;
  /** "its President", "their chairman": an office of something named before, whose it is the text does not say here. */
  readonly theirs?: true;
  /** "the agency's director general", "the territory's chief executive": the noun that points back to the owner (with `theirs`). */
  readonly possessor?: string;
}

/**
 * Nouns that point back to an owner named before when an office follows
 * their possessive: "The agency's director general", "the territory's chief
 * executive", "the company's chief executive" (antecedent.ts finds what they
 * name). Not "the party's" ("the party's Northland candidate" is the
 * releasing party's, which the owner rules already find) nor "the
 * government's" (in a release, mostly the publisher's own).
 */
export const POSSESSOR_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'organisation', 'organization', 'company', 'bank', 'ministry', 'department', 'commission', 'council', 'forum', 'group', 'alliance',
  'union', 'court', 'university', 'institute', 'fund', 'association', 'federation', 'secretariat', 'bloc', 'body', 'tribunal', 'firm',
  'country', 'nation', 'kingdom', 'republic', 'territory', 'island', 'islands', 'archipelago',
]);

/** "the agency's" right before token `start`: the noun, or null. */
function possessorBefore(tokens: readonly Tok[], start: number): string | null {
  const clitic = tokens[start - 1];
  const noun = tokens[start - 2];
  const the = tokens[start - 3];
  // "the Institute's President": New Zealand and British style capitalise a body named before ("the Ministry", "the Council").
  if (clitic?.kind !== CLITIC || noun?.kind !== WORD || !POSSESSOR_NOUNS.has(noun.key)) return null;
  return the?.kind === WORD && the.key === 'the' && the.sentence === noun.sentence ? noun.key : null;
}

/** Posts held somewhere ("Ambassador to Japan"): the place goes into the title, and an organisation before the title is that place ("U.N. Ambassador"). */
const POSTED = new Set(['Ambassador', 'High Commissioner', 'Permanent Representative', 'Consul-General', 'Deputy Permanent Representative', 'Deputy High Commissioner', 'Trade Commissioner']);
/** A posted title, or one behind a temporary prefix ("Acting High Commissioner in Honiara", "Interim Ambassador to Fiji"). */
function isPosted(title: string): boolean {
  return POSTED.has(title) || POSTED.has(title.replace(/^(?:Acting|Interim|Caretaker) /, ''));
}

/** Posts an organisation before which is where they are held ("U.N. Ambassador"), not whose they are; not "UN High Commissioner for Refugees". */
const HOSTED_BEFORE = new Set(['Ambassador', 'Permanent Representative', 'Deputy Permanent Representative']);

/** Words before a title that keep it current: "the outgoing Prime Minister", "the newly appointed Foreign Minister". */
const CURRENT_WORDS: ReadonlySet<string> = new Set(['new', 'current', 'incumbent', 'outgoing', 'sitting', 'serving']);

/** Bodies of the state itself, before a post ("government spokesman"): the post is the state's, whichever the text is about. */
const STATE_BODIES: ReadonlySet<string> = new Set(['government', 'foreign ministry', 'ministry of foreign affairs', 'defence ministry', 'defense ministry', 'trade ministry', 'presidential office', 'cabinet office']);

/** Words that make a place a council's area: "Auckland City", "Waitaki District". */
const COUNCIL_WORDS = new Set(['City', 'District', 'Borough', 'Region', 'County', 'Shire', 'Council']);

/** Posts that take a portfolio of capitalised words before them ("ACT Social Welfare Spokesman", "Climate Change Ambassador"). */
const PORTFOLIO_POSTS = new Set(['Spokesperson', 'Ambassador', 'Candidate', 'Member of Parliament']);

/** Posts whose word before them is a place: the electorate ("the party's Northland candidate", "National's Tauranga MP"). */
const ELECTORAL_POSTS = new Set(['Candidate', 'Member of Parliament']);

/** Words that open a noun phrase in capitals at a sentence's start ("Our Ambassador"), never a portfolio's. */
const DETERMINERS: ReadonlySet<string> = new Set(['our', 'their', 'his', 'her', 'its', 'my', 'your', 'the', 'this', 'that', 'these', 'those', 'a', 'an']);

/**
 * The capitalised words of a portfolio right before a post ("ACT Social
 * Welfare Spokesman" → "Social Welfare"; "New Zealand First's Mana candidate" → "Mana"): back to a party's short name, a
 * country or organisation, a possessive, a lower-case word or the sentence's
 * first word (which may be an opener), at most four words; null without one.
 */
function portfolioBefore(tokens: readonly Tok[], at: number, rules: Rules, electorate = false): number | null {
  let k = at;
  while (k > 0 && at - k < 4) {
    const t = tokens[k - 1]!;
    if (t.kind !== WORD || !t.cap || t.sentence !== tokens[at]!.sentence) break;
    // "the party's Northland candidate": a candidate's place is the electorate, not an owner.
    const place = rules.gazetteer.matchEnding(tokens, k);
    if (electorate && place?.value.kind === 'place') {
      k = place.start;
      continue;
    }
    // "Your Excellency Ambassador": an honorific is no portfolio either.
    if (rules.partyShortNames.has(t.text) || place || rules.adjectives.matchEnding(tokens, k) || rules.offices.matchEnding(tokens, k) || rules.honorifics.matchEnding(tokens, k)) break;
    // "Department Spokesperson", "Ministry spokesman": a body's word alone is whose post it is, not a portfolio.
    if ((t.sentenceStart && rules.openers.has(t.text)) || DETERMINERS.has(t.key) || (k === at && rules.bodyHeads.has(t.text))) break;
    k--;
  }
  return k < at ? k : null;
}

/** A secretary-general's title ending at token `end` (before its possessive): its organisation, named before it or the United Nations; else null. */
function secretaryGeneralsOwner(tokens: readonly Tok[], end: number, rules: Rules): { start: number; name: string } | null {
  const m = rules.offices.matchEnding(tokens, end);
  if (!m || m.value.title !== 'Secretary General') return null;
  const named = m.start > 0 ? ownerEnding(tokens, m.start, rules) : null;
  return named ? named : { start: m.start, name: 'United Nations' };
}

/** Ordinals and the words of a first holder between a possessive and a title: "25th", "first", "woman". */
const ORDINAL_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'woman', 'female']);
const ordinalWord = (t: Tok): boolean => t.kind === WORD && !t.cap && (ORDINAL_WORDS.has(t.key) || /^\d+(?:st|nd|rd|th)$/.test(t.key));

/** Whether tokens [start, end) are one place of the gazetteer. */
function placeSpans(tokens: readonly Tok[], start: number, end: number, rules: Rules): boolean {
  const m = rules.gazetteer.match(tokens, start);
  return m !== null && m.end === end && m.value.kind === 'place';
}

/** The country or organisation named just before token `end`: "US", "Japanese", "NATO". */
export function ownerEnding(tokens: readonly Tok[], end: number, rules: Rules): { start: number; name: string } | null {
  const gaz = rules.gazetteer.matchEnding(tokens, end);
  if (gaz && (gaz.value.kind === 'country' || gaz.value.kind === 'org')) return { start: gaz.start, name: gaz.value.name };
  const adj = rules.adjectives.matchEnding(tokens, end);
  if (adj) return { start: adj.start, name: adj.value };
  return null;
}

/** Posts of a country's parliament, owned by the country written after "in" ("Leader of the Opposition in the Cook Islands Parliament"). */
const CHAMBER_POSTS: ReadonlySet<string> = new Set(['Leader of the Opposition', 'Speaker', 'Leader of the House']);

/** A state or province (`jurisdictions`) ending at token `end`, as the owner of a `local` office. */
function jurisdictionEnding(tokens: readonly Tok[], end: number, rules: Rules): { start: number; name: string } | null {
  const found = end > 0 ? rules.jurisdictions.matchEnding(tokens, end) : null;
  return found ? { start: found.start, name: found.value } : null;
}

function jurisdictionStarting(tokens: readonly Tok[], i: number, rules: Rules): { end: number; name: string } | null {
  const found = i < tokens.length ? rules.jurisdictions.match(tokens, i) : null;
  return found ? { end: found.end, name: found.value } : null;
}

function ownerStarting(tokens: readonly Tok[], i: number, rules: Rules): { end: number; name: string; written?: string } | null {
  if (i >= tokens.length) return null;
  const gaz = rules.gazetteer.match(tokens, i);
  if (gaz && (gaz.value.kind === 'country' || gaz.value.kind === 'org')) return { end: gaz.end, name: gaz.value.name };
  // "Ambassador to the Republic of Palau": a state's formal style before a country the lists know by its short name.
  if (tokens[i]!.kind === WORD && FORMAL_STYLES.has(tokens[i]!.text) && tokens[i + 1]?.key === 'of') {
    const at = tokens[i + 2]?.key === 'the' ? i + 3 : i + 2;
    const country = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
    if (country && country.value.kind === 'country') return { end: country.end, name: country.value.name, written: joinTokens(tokens, i, country.end) };
  }
  return null;
}

/** Words of a state's formal name before "of" and its short name: "Republic of Palau", "Kingdom of Tonga". */
const FORMAL_STYLES: ReadonlySet<string> = new Set(['Republic', 'Kingdom', 'Principality', 'Sultanate', 'Commonwealth', 'Federation']);

/** Words of leaving an office, before "of" and the title: "the resignation of Defence Minister …". */
const DEPARTURES: ReadonlySet<string> = new Set(['resignation', 'dismissal', 'sacking', 'ousting', 'ouster', 'removal', 'retirement', 'impeachment']);

function departedBefore(tokens: readonly Tok[], start: number): boolean {
  const k = tokens[start - 1]?.key === 'the' ? start - 1 : start;
  const of = tokens[k - 1];
  const word = tokens[k - 2];
  return of?.kind === WORD && of.key === 'of' && word?.kind === WORD && DEPARTURES.has(word.key) && word.sentence === tokens[start]!.sentence;
}

/** "former", "then-", "ex-" before `end`: the index where they start, or `end`. */
function tenseWordBefore(tokens: readonly Tok[], end: number, rules: Rules): { start: number; tense: Tense } | null {
  let k = end - 1;
  if (k >= 0 && tokens[k]!.kind === PUNCT && tokens[k]!.text === '-') k--;
  const t = tokens[k];
  if (!t || t.kind !== WORD) return null;
  if (rules.former.has(t.key)) return { start: k, tense: 'former' };
  if (rules.future.has(t.key)) return { start: k, tense: 'future' };
  return null;
}

export function buildRolePhrase(tokens: readonly Tok[], found: OfficeMatch, rules: Rules, text?: string): RolePhrase {
  let office = found;
  // "ACT Social Welfare Spokesman": the spokesperson for Social Welfare.
  const written = PORTFOLIO_POSTS.has(office.title) && (tokens[office.start]!.cap || office.title === 'Candidate') ? portfolioBefore(tokens, office.start, rules, ELECTORAL_POSTS.has(office.title)) : null;
  // An MP's words before the title are an electorate only when they are a place ("Tauranga MP", not "Opposition MP").
  const portfolio = written !== null && office.title === 'Member of Parliament' && !placeSpans(tokens, written, office.start, rules) ? null : written;
  // An electorate stays a place of its own ("Mount Albert MP"): the title's words start after it, the phrase at it.
  const electorate = portfolio !== null && ELECTORAL_POSTS.has(office.title);
  if (portfolio !== null) {
    const title = `${office.title} for ${joinTokens(tokens, portfolio, office.start)}`;
    office = { ...office, start: electorate ? office.start : portfolio, title, info: { ...office.info, title } };
  }
  let start = electorate ? portfolio : office.start;
  let tense: Tense = 'current';
  let of: string | null = null;
  const before = tenseWordBefore(tokens, start, rules);
  if (before) {
    start = before.start;
    tense = before.tense;
  } else if (departedBefore(tokens, start)) {
    // "the resignation of Defence Minister Charles Hernu": the office is behind him by the time of writing.
    tense = 'former';
  } else {
    // "New Zealand's next High Commissioner", "its new Secretary General", "Samoa's outgoing Prime Minister",
    // "the newly appointed Foreign Minister": the owner sits before these; only "next" changes the tense.
    // "has been appointed High Commissioner" is a copula's: "appointed" alone opens no title.
    const t = tokens[start - 1];
    const adverb = tokens[start - 2];
    if (t?.kind === WORD && !t.cap && (t.key === 'appointed' || t.key === 'elected') && adverb?.kind === WORD && !adverb.cap && (adverb.key === 'newly' || adverb.key === 'recently')) start -= 2;
    else if (t?.kind === WORD && !t.cap && (t.key === 'next' || CURRENT_WORDS.has(t.key))) {
      start--;
      if (t.key === 'next') tense = 'future';
    }
  }
  // "Australia's 25th Prime Minister", "New Zealand's first woman Prime Minister": an ordinal says which holder, not whose.
  let ordinal = start;
  while (ordinal > 0 && ordinalWord(tokens[ordinal - 1]!)) ordinal--;
  if (ordinal < start && tokens[ordinal - 1]?.kind === CLITIC) start = ordinal;
  // "US Secretary of State", "Japanese Prime Minister", "Australia's Foreign Minister".
  let ownerEnd = start;
  if (tokens[ownerEnd - 1]?.kind === CLITIC) ownerEnd--;
  // "the Institute's President": a body named before, by its noun alone, is the possessor's (below), no owner as written.
  const byNoun = possessorBefore(tokens, start) !== null;
  let owner = ownerEnd > 0 && !byNoun ? ownerEnding(tokens, ownerEnd, rules) : null;
  // "Communist Party leader Aleka Papariga": a party the lexicon lacks, named as written, owns its own posts.
  if (!owner && !byNoun && office.info.flags.has('org')) owner = partyAsWritten(tokens, ownerEnd);
  // "Senate Foreign Relations Committee Chairman Jim Risch": a body the lists lack owns its chair, its head, its spokesperson.
  if (!owner && !byNoun && (office.info.flags.has('org') || office.info.flags.has('noinfer')) && !PORTFOLIO_POSTS.has(office.title)) owner = bodyEndingAsWritten(tokens, ownerEnd, rules);
  // "China's foreign ministry spokesperson", "the Japanese Embassy spokesman": the country behind the body.
  const body = owner ? null : rules.ownerBodies.matchEnding(tokens, ownerEnd);
  if (body) {
    const countryEnd = tokens[body.start - 1]?.kind === CLITIC ? body.start - 1 : body.start;
    const country = countryEnd > 0 ? ownerEnding(tokens, countryEnd, rules) : null;
    if (country && rules.countryByName.has(country.name)) owner = country;
    // "government spokesman Pantelis Kapsis", "the foreign ministry spokesman": a state's post, whose state the
    // venue or the document's country says, as for any office that exists everywhere (an embassy is another state's).
    else if (office.info.flags.has('noinfer') && !office.info.flags.has('org') && STATE_BODIES.has(joinTokens(tokens, body.start, ownerEnd).toLowerCase())) {
      office = { ...office, info: { ...office.info, flags: new Set([...office.info.flags, 'state' as const]) } };
    }
  }
  if (owner && (placeBeforeTitle(tokens, owner, office, rules) || partyBeforeTitle(owner, office, rules))) {
    // "NSW Labor Premier Bob Carr": the holder's party, and before it the state whose office it is.
    owner = office.info.flags.has('local') ? jurisdictionEnding(tokens, owner.start, rules) : null;
  } else if (office.info.flags.has('local') && (!owner || !rules.countryByName.has(owner.name))) {
    // "Victorian Premier", "ACT Chief Minister" (a state, not the party of that name), "Missouri Secretary of State".
    owner = jurisdictionEnding(tokens, ownerEnd, rules) ?? owner;
  } else if (owner && office.info.flags.has('local')) {
    // "South Australian Health Minister", "Western Australian Premier": a state's adjective that ends in its country's is the state's.
    const state = jurisdictionEnding(tokens, ownerEnd, rules);
    if (state && state.start < owner.start) owner = state;
  }
  // "Commonwealth Treasurer Peter Costello", "the Commonwealth Minister for Health": Australia's federal government, not the Commonwealth of Nations.
  if (owner?.name === 'Commonwealth' && office.info.flags.has('local') && rules.countryByName.has('Australia')) owner = { ...owner, name: 'Australia' };
  // "Russia's U.N. Ambassador": the organisation is where the post is held; the owner may come before it.
  let hostBefore: string | undefined;
  if (owner && HOSTED_BEFORE.has(office.title) && tokens[office.end]?.key !== 'for' && !rules.countryByName.has(owner.name)) {
    hostBefore = owner.name;
    start = owner.start;
    let k = owner.start;
    if (tokens[k - 1]?.kind === CLITIC) k--;
    owner = k > 0 ? ownerEnding(tokens, k, rules) : null;
    if (owner && !rules.countryByName.has(owner.name)) owner = null;
  }
  // "Rotorua Mayor", "the Mayor of Whanganui", "Shanghai Party Secretary": a mayor's or a party secretary's place owns the office.
  if (!owner && (office.title.endsWith('Mayor') || office.title === 'Party Secretary')) {
    const place = rules.gazetteer.matchEnding(tokens, ownerEnd);
    if (place && place.value.kind === 'place') owner = { start: place.start, name: place.value.name };
  }
  // "the United Nations Secretary-General's Special Representative for Afghanistan", "the NATO Secretary-General's
  // envoy": a secretary-general's envoys are the organisation's, the United Nations' when none is named.
  if (!owner && tokens[start - 1]?.kind === CLITIC) owner = secretaryGeneralsOwner(tokens, start - 1, rules);
  // "our High Commissioner, Margaret Tulloch", "Our Trade Ministers": the speaker's, the document's country.
  const our = !owner && tokens[start - 1]?.kind === WORD && tokens[start - 1]!.key === 'our' && tokens[start - 1]!.sentence === tokens[office.start]!.sentence;
  if (our) start--;
  // "represented here today by its President, Don MeGauchie": the federation's president, not the document's country's.
  const possessor = owner || our ? null : possessorBefore(tokens, start);
  const theirs = possessor !== null || (!owner && !our && tokens[start - 1]?.kind === WORD && (tokens[start - 1]!.key === 'its' || tokens[start - 1]!.key === 'their'));
  if (owner && tokens[owner.start]!.sentence === tokens[office.start]!.sentence) {
    start = owner.start;
    of = owner.name;
    const earlier = tenseWordBefore(tokens, start, rules);
    if (earlier && tense === 'current') {
      start = earlier.start;
      tense = earlier.tense;
    }
  }
  let end = office.end;
  // "Prime Minister-elect", "Secretary of State designate".
  const next = tokens[end];
  if (next?.kind === PUNCT && next.text === '-' && next.glued && tokens[end + 1] && rules.future.has(tokens[end + 1]!.key)) {
    end += 2;
    tense = 'future';
  } else if (next?.kind === WORD && rules.future.has(next.key)) {
    end += 1;
    tense = 'future';
  }
  end = portfolioEnd(tokens, office, end, rules);
  // "Assistant Secretary of State for East Asian and Pacific Affairs", "Minister for Bougainville Affairs": the
  // portfolio after "for" is part of the title (each is an office of its own), and makes a vague title a real one.
  const link = tokens[office.end]?.key;
  if (end > office.end && (link === 'for' || link === 'on' || (link === 'of' && office.info.flags.has('vague'))) && office.title !== 'Member of Parliament') {
    const title = `${office.title} ${link} ${joinTokens(tokens, office.end + 1, end)}`;
    const flags = new Set(office.info.flags);
    flags.delete('vague');
    office = { ...office, title, info: { ...office.info, title, flags } };
  }
  // "Minister of Economy, Trade and Industry", "Minister for Trade, Tourism and Investment": a series of portfolios, closed by "and".
  const linked = end === office.end && office.title.startsWith('Minister of ') && linkWithin(tokens, office.start, office.end);
  const series = linked ? portfolioSeries(tokens, end, rules, text) : end;
  if (series > end) {
    const title = `${office.title}${joinTokens(tokens, office.end, series)}`;
    office = { ...office, title, info: rules.officeByTitle.get(title.toLowerCase()) ?? { ...office.info, title } };
    end = series;
  }
  // "Minister for Health and Ageing", "Minister of Housing and Urban Development": a portfolio's second half.
  if (end === office.end && office.title.startsWith('Minister of ')) end = portfolioTail(tokens, end, rules, text);
  // "Minister of Commerce and Industry": a listed portfolio joined by "and" is part of the title, the longest reading.
  if (office.title.startsWith('Minister of ') && end > office.end + 1 && tokens[office.end]!.key === 'and') {
    const rest = joinTokens(tokens, office.end + 1, end);
    const joined = canonicalOfficeWith(`Minister of ${rest}`, rules);
    const tail = joined?.startsWith('Minister of ') ? joined.slice('Minister of '.length) : rest;
    const title = `${office.title} and ${tail}`;
    office = { ...office, title, info: rules.officeByTitle.get(title.toLowerCase()) ?? { ...office.info, title } };
  }
  // "National MP for Rotorua": the electorate is part of the title.
  if (office.title === 'Member of Parliament' && end > office.end + 1 && tokens[office.end]!.key === 'for') {
    // "the Member for Brand" (Westminster style) is titled as written; "MP for Rotorua" is a Member of Parliament's.
    const written = tokens[office.end - 1]!.text === 'Member' ? joinTokens(tokens, office.start, office.end) : 'Member of Parliament';
    const title = `${written} for ${joinTokens(tokens, office.end + 1, end)}`;
    office = { ...office, title, info: { ...office.info, title } };
  }
  const titleEnd = end;
  // "Secretary-General of the United Nations", "Ambassador to the United States".
  // "Ambassador of the People's Republic of China to New Zealand": an "of" and then a "to".
  let host: string | undefined;
  /** The host as the title shows it, when the text names a city for the country ("to Manila"). */
  let hostWritten: string | undefined;
  let hostLink = 'to';
  for (let links = 0; links < 2; links++) {
    const link = tokens[end];
    if (!link || link.kind !== WORD || !(link.key === 'of' || link.key === 'to' || (link.key === 'in' && (isPosted(found.title) || CHAMBER_POSTS.has(found.title))))) break;
    const at = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
    let named = ownerStarting(tokens, at, rules);
    // "the Leader of the Opposition in the Cook Islands Parliament": a chamber's post, its country's.
    if (link.key === 'in' && CHAMBER_POSTS.has(found.title)) {
      if (!named || !rules.countryByName.has(named.name)) break;
      if (tokens[named.end]?.text === 'Parliament') named = { ...named, end: named.end + 1 };
      end = named.end;
      of ??= named.name;
      break;
    }
    // "Consul-General in Shanghai", "High Commissioner in New Caledonia": a post in a place, posted there.
    if (link.key === 'in') {
      const place = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
      // "Ambassador in Rangoon, Mark Canning": a city the lists lack, as written, when a comma or the sentence's end closes it.
      named = place ? (place.value.kind === 'place' || place.value.kind === 'country' ? { end: place.end, name: place.value.name } : null) : placeAsWritten(tokens, at);
      if (named) hostLink = 'in';
    }
    // "the U.S. ambassador to Manila": a post to a country named by its capital, shown as written, posted in that country.
    if (!named && link.key === 'to' && isPosted(found.title)) {
      const place = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
      if (place && place.value.kind === 'place' && place.value.country !== null) {
        end = place.end;
        host = place.value.country;
        hostWritten = joinTokens(tokens, at, place.end);
        break;
      }
    }
    // "the Premier of Queensland", "Governor of California".
    if (!named && link.key === 'of' && office.info.flags.has('local')) named = jurisdictionStarting(tokens, at, rules);
    // "the Mayor of Whanganui"
    if (!named && link.key === 'of' && office.title.endsWith('Mayor')) {
      const place = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
      if (place && place.value.kind === 'place') {
        // "the Mayor of Auckland City": the council's word goes with the place (else "City" is read as a name).
        const council = tokens[place.end];
        named = council?.kind === WORD && council.cap && COUNCIL_WORDS.has(council.text) ? { end: place.end + 1, name: `${place.value.name} ${council.text}` } : { end: place.end, name: place.value.name };
      } else if (!place) named = placeAsWritten(tokens, at);
    }
    // "Premier of Malaita Province", "Premier of the Bougainville Transitional Government": a body the lists lack, as
    // written, also where a listed name only opens it ("Bougainville").
    const body = link.key === 'of' ? bodyAsWritten(tokens, at, rules) : null;
    if (body && (!named || body.end > named.end)) named = body;
    if (!named) break;
    end = named.end;
    if (link.key === 'of') of ??= named.name;
    else {
      host = named.name;
      // "Ambassador to the Republic of Palau": a posting keeps the formal name it is written with.
      if ('written' in named && typeof named.written === 'string') hostWritten = `the ${named.written}`;
      break;
    }
  }
  // "the Secretary of the Supreme National Security Council", "a former Deputy Secretary of the Ministry of Foreign
  // Affairs and Trade": a vague title whose organisation "of" names is that organisation's office.
  if (office.info.flags.has('vague') && of !== null && !rules.countryByName.has(of) && tokens[titleEnd]?.key === 'of') {
    const flags = new Set(office.info.flags);
    flags.delete('vague');
    office = { ...office, info: { ...office.info, flags } };
  }
  // "Permanent Representative to the United Nations in New York": where the posting sits, part of the phrase (not of the title).
  if (host !== undefined && hostLink === 'to' && tokens[end]?.kind === WORD && tokens[end]!.key === 'in') {
    const place = end + 1 < tokens.length ? rules.gazetteer.match(tokens, end + 1) : null;
    if (place && (place.value.kind === 'place' || place.value.kind === 'country')) end = place.end;
  }
  host ??= hostBefore;
  // "Ambassador to Japan", "High Commissioner to Fiji", "U.N. Ambassador": the posting is part of the title.
  if (host !== undefined && isPosted(found.title)) {
    const title = `${office.title} ${hostLink} ${hostWritten ?? (hostLink === 'in' ? host : !rules.countryByName.has(host) || /^United |(?:Islands|Netherlands|Philippines|Bahamas|Emirates)$/.test(host) ? `the ${host}` : host)}`;
    office = { ...office, title, info: { ...office.info, title } };
  }
  return { start, end, office, of, tense, titleEnd, ...(host !== undefined ? { host } : {}), ...(portfolio !== null ? { portfolioBefore: true as const } : {}), ...(our && of === null && !office.plural ? { ours: true as const } : {}), ...(theirs && of === null ? { theirs: true as const, ...(possessor !== null ? { possessor } : {}) } : {}) };
}

/**
 * Past a portfolio written after the office with "for": "Assistant Secretary
 * of State for East Asian and Pacific Affairs Daniel Kritenbrink" runs to
 * "Affairs", so the name after it takes the role. Only capitalised words,
 * "and", "the", "of" and commas may sit inside, and the phrase ends at the
 * last portfolio word (`portfolioEnds`) before the name. The title stays the
 * office's. A bare "Secretary of State for …" is the British form, not the
 * American office, so it is left alone. A minister's portfolio may go on
 * with "and" ("Minister of Commerce and Industry Piyush Goyal"), but not
 * into another title ("Minister of Defence and Foreign Minister …").
 */
/**
 * After a minister's portfolio and "and" at `end`: one to three capitalised
 * words that end the title, before punctuation, a line's end, a word in
 * lower case or a given name ("… and Ageing Nicola Roxon"); else `end`. A
 * title, a prefix or a given name among them is another phrase.
 */
function portfolioTail(tokens: readonly Tok[], end: number, rules: Rules, text?: string): number {
  const and = tokens[end];
  if (!and || and.kind !== WORD || and.key !== 'and') return end;
  // A line's end closes the title: the next line is the next item of a list ("… and Ageing\nHon Mere Tākuta – …").
  const sameLine = (j: number) => tokens[j]!.sentence === and.sentence && (text === undefined || !lineBreakBetween(text, tokens[j - 1]!.end, tokens[j]!.start));
  let j = end + 1;
  while (j < tokens.length && j - end <= 3) {
    const w = tokens[j]!;
    if (w.kind !== WORD || !w.cap || !sameLine(j) || givenName(w, rules) || rules.offices.match(tokens, j) || rules.prefixes.match(tokens, j) || rules.honorifics.match(tokens, j)) break;
    j++;
  }
  if (j === end + 1) return end;
  const next = tokens[j];
  const closed = !next || !sameLine(j) || next.kind !== WORD || !next.cap || givenName(next, rules) || rules.honorifics.match(tokens, j) !== null;
  return closed ? j : end;
}

const givenName = (w: Tok, rules: Rules) => rules.givenNames.has(titleCased(w.text));

/** Whether up to four capitalised words from `j` hold an institution's word ("Refugee Council", "Uyghur Association"). */
function bodyNameAt(tokens: readonly Tok[], j: number, sentence: number, rules: Rules): boolean {
  for (let k = j; k < j + 4 && tokens[k]?.kind === WORD && tokens[k]!.cap && tokens[k]!.sentence === sentence; k++) if (rules.institutional.has(tokens[k]!.text)) return true;
  return false;
}

/** Whether "of" or "for" is among tokens [start, end): the title is written "Minister of …", not "Foreign Minister". */
function linkWithin(tokens: readonly Tok[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k]!.kind === WORD && (tokens[k]!.key === 'of' || tokens[k]!.key === 'for')) return true;
  return false;
}

/**
 * After a minister's portfolio at `end`: ", Trade and Industry", ", Tourism
 * and Investment", each item one to three capitalised words, the last after
 * "and" (`portfolioTail`); the end of the series, or `end` when it is no
 * series. An item that is a name, a title or an honorific ("Minister for
 * Trade, Todd McClay, and …") is no portfolio.
 */
function portfolioSeries(tokens: readonly Tok[], end: number, rules: Rules, text?: string): number {
  let j = end;
  let items = 0;
  while (tokens[j]?.kind === PUNCT && tokens[j]!.text === ',' && items < 6) {
    let k = j + 1;
    while (k < tokens.length && k - j <= 3) {
      const w = tokens[k]!;
      if (w.kind !== WORD || !w.cap || w.sentence !== tokens[end - 1]!.sentence || givenName(w, rules) || rules.offices.match(tokens, k) || rules.prefixes.match(tokens, k) || rules.honorifics.match(tokens, k)) break;
      k++;
    }
    if (k === j + 1) return end;
    items++;
    j = k;
  }
  if (items === 0) return end;
  const tail = portfolioTail(tokens, j, rules, text);
  // The series ends in a portfolio's word ("Industry", "Investment"): names after a title ("our Foreign Ministers,
  // Tomas Ferreira and Ravi Chandrasekaran") are capitalised words too.
  return tail > j && rules.portfolioEnds.has(tokens[tail - 1]!.key) ? tail : end;
}

function portfolioEnd(tokens: readonly Tok[], office: OfficeMatch, end: number, rules: Rules): number {
  const t = tokens[end];
  if (!t || t.kind !== WORD || office.title === 'Secretary of State') return end;
  // "Minister of Bougainville Affairs": a portfolio the lexicon lacks, after the bare (vague) title.
  // "Special Envoy on Myanmar", "Special Rapporteur on Torture": an envoy's remit may follow "on".
  const envoyRemit = t.key === 'on' && office.info.flags.has('noinfer') && !office.info.flags.has('org');
  if (!(t.key === 'for' || envoyRemit || (t.key === 'and' && office.title.startsWith('Minister')) || (t.key === 'of' && office.info.flags.has('vague')))) return end;
  // "Secretary of the Supreme National Security Council": an organisation after a vague title's "of" is whose it
  // is (read as its owner by the caller), not a portfolio.
  if (t.key === 'of') {
    const at = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
    const org = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
    if ((org && org.value.kind === 'org') || bodyAsWritten(tokens, at, rules)) return end;
  }
  let last = -1;
  for (let j = end + 1; j < tokens.length && tokens[j]!.sentence === t.sentence; j++) {
    const w = tokens[j]!;
    if (w.kind === WORD && w.cap) {
      if (rules.offices.match(tokens, j) || rules.prefixes.match(tokens, j)) break;
      // "Special Coordinator for Lebanon", "Special Envoy for Syria": a country ends an envoy's portfolio
      // (not "President For Australia The Hon Kevin Rudd" in a signature block).
      // An MP's or a candidate's electorate is a place: "ACT MP for Tāmaki Brooke van Velden", "ACT's candidate for Rangitīkei".
      const envoy = office.info.flags.has('noinfer') || office.info.flags.has('org');
      const mp = ELECTORAL_POSTS.has(office.title);
      const country = (t.key === 'for' || envoyRemit) && !t.cap && (envoy || mp) ? rules.gazetteer.match(tokens, j) : null;
      if (country && (country.value.kind === 'country' || (mp && country.value.kind === 'place'))) {
        // "spokesperson for the New Zealand Refugee Council": a country opening a body's name is that body's, no remit
        // (not "Special Coordinator for Lebanon Ravi Chandrasekaran", where a name follows).
        if (bodyNameAt(tokens, country.end, t.sentence, rules)) break;
        last = country.end - 1;
        j = country.end - 1;
        continue;
      }
      // "the State Member for Beaudesert,": an electorate the gazetteer lacks, as written, when punctuation closes it.
      const seat = mp && t.key === 'for' && j === end + 1 && !country ? placeAsWritten(tokens, j) : null;
      if (seat) return seat.end;
      if (rules.portfolioEnds.has(w.key)) last = j;
    } else if (!(w.kind === WORD && (w.key === 'and' || w.key === 'the' || w.key === 'of')) && !(w.kind === PUNCT && w.text === ',')) break;
    // "… for East Asian and Pacific Affairs, Kurt Campbell, and …": a name after a comma is the holder, past the portfolio.
    else if (w.kind === PUNCT && tokens[j + 1]?.kind === WORD && (givenName(tokens[j + 1]!, rules) || rules.honorifics.match(tokens, j + 1) || tokens[j + 1]!.key === 'and')) break;
  }
  if (last > end) return last + 1;
  // "Japan's Minister for Economic Revitalization, Toshimitsu Motegi", "our Ambassador for Disarmament, Olivia Strang":
  // a portfolio with no word the lists know, when punctuation closes its capitalised words (a name right after is never read in).
  const run = t.key === 'for' && OPEN_PORTFOLIO_TITLES.has(office.title) ? closedCapitalisedRun(tokens, end + 1, rules) : null;
  return run ?? end;
}

/** Titles whose portfolio after "for" may be any capitalised words punctuation closes: "Minister for Economic Revitalization", "Ambassador for Disarmament". */
const OPEN_PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['Minister', 'Ambassador', 'Special Envoy']);




const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'across', 'throughout', 'around']);

/**
 * "And in New Zealand President Clinton's intervention was crucial": a
 * country after a locative preposition, before an office it does not have,
 * is where something happened, not whose the office is. Only then: "in New
 * Zealand Prime Minister Luxon's view" keeps its owner, and so does
 * "Irish Prime Minister" (the adjective is never a place).
 */
function placeBeforeTitle(tokens: readonly Tok[], owner: { start: number; name: string }, office: OfficeMatch, rules: Rules): boolean {
  const prev = tokens[owner.start - 1];
  if (!prev || prev.kind !== WORD || !LOCATIVE.has(prev.key)) return false;
  const named = rules.gazetteer.match(tokens, owner.start);
  return named !== null && named.value.kind === 'country' && !existsIn(office.info, owner.name, rules);
}


/** "Labour Prime Minister Tony Blair", "Republican President", "Labor Premier Bob Carr": the holder's party, not the owner, unless the office is a party post. */
function partyBeforeTitle(owner: { name: string }, office: OfficeMatch, rules: Rules): boolean {
  return rules.parties.has(owner.name) && !ownsPost(owner.name, office.title, office.info, rules);
}
