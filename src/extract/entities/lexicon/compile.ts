import type { EntityLexicon, OfficeFlag, OfficeWhere } from './lexicon.js';
import { leadingHonorificLength } from './leading-honorific.js';
import { holderOwners, holderTerms, officeOwners, officeTerms, type HolderTerm, type OfficeTerm } from './holders.js';
import { PhraseTable } from './phrase-table.js';
import { tokenizeText, WORD, type Tok } from '../text/index.js';
import type { EntityType, Tense } from '../types.js';

/** Function words that are no part of any person's name, whatever their case ("a", "an", "to", "in" are left out: initials, "To Lam"). */
const NAME_BREAKING_FUNCTION_WORDS = ['and', 'the', 'of', 'for', 'with', 'from'];

/** What a gazetteer phrase names. */
export interface GazValue {
  readonly type: EntityType;
  /** Canonical name: "United States" for "U.S.". */
  readonly name: string;
  readonly kind: 'country' | 'place' | 'org' | 'person';
  /** The country it lies in or belongs to, when known. */
  readonly country: string | null;
}

/** An office as the rules use it. */
export interface OfficeInfo {
  readonly title: string;
  /** ISO codes where it exists (`in`) or does not (`notIn`); both null: most countries. */
  readonly in: ReadonlySet<string> | null;
  readonly notIn: ReadonlySet<string> | null;
  readonly flags: ReadonlySet<OfficeFlag>;
  /** The one organisation the office belongs to, its owner whenever the text states none: never the venue's or the document's country. */
  readonly owner?: string;
}

export interface Country {
  readonly iso: string;
  readonly name: string;
}

/** Bits of `Rules.starts`: which tables have a phrase starting with a word. */
export const STARTS_GAZETTEER = 1;
export const STARTS_OFFICE = 2;
export const STARTS_HONORIFIC = 4;
export const STARTS_GIVEN_NAME = 8;
/** A plural of a title's last word ("ministers"): not a start, but the same one probe finds it. */
export const PLURAL_TITLE_WORD = 16;

/** A lexicon turned into lookups, once per stage instance. */
export interface Rules {
  /** Token key → STARTS_* bits: one Map probe per word tells every rule whether to look closer. */
  readonly starts: ReadonlyMap<string, number>;
  readonly gazetteer: PhraseTable<GazValue>;
  /** Country adjectives and demonyms → canonical country name. */
  readonly adjectives: PhraseTable<string>;
  /** States and provinces by name, other name or adjective → canonical name: owners of `local` offices only. */
  readonly jurisdictions: PhraseTable<string>;
  /** A state's seat of government → the state and its country ("Perth" → Western Australia, Australia). */
  readonly seats: PhraseTable<{ readonly state: string; readonly country: string }>;
  readonly offices: PhraseTable<OfficeInfo>;
  readonly prefixes: PhraseTable<string>;
  readonly honorifics: PhraseTable<true>;
  readonly postNominals: ReadonlySet<string>;
  /** Country adjectives and demonyms, lower case ("american", "east timorese"): a people, never a place or an organisation. */
  readonly demonyms: ReadonlySet<string>;
  readonly ranks: PhraseTable<true>;
  /** Characters of honorifics and ranks opening a person's mention ("The Rt Hon "): the span starts after them. */
  readonly leadingHonorific: (text: string) => number;
  readonly officeByTitle: ReadonlyMap<string, OfficeInfo>;
  readonly former: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  /** "is", "was", "has been" … → the tense they give a role stated after a name. */
  readonly copulas: PhraseTable<Tense>;
  readonly relativePronouns: ReadonlySet<string>;
  /** "appointed", "appointment", "replaced" … → the tense of a title after "as" that follows the name after them. */
  readonly appointments: ReadonlyMap<string, Tense>;
  readonly afterRole: ReadonlySet<string>;
  /** Plurals of the words office titles end with → the singular: "ministers" → "minister", "secretaries" → "secretary". */
  readonly pluralTitleWords: ReadonlyMap<string, string>;
  readonly counterparts: PhraseTable<true>;
  /** The same words in the plural ("their counterparts, Richard Marles and Penny Wong"). */
  readonly counterpartsPlural: PhraseTable<true>;
  readonly deputies: PhraseTable<true>;
  readonly ownerBodies: PhraseTable<true>;
  /** Last words of a portfolio after "for" (lower case): "… for East Asian and Pacific Affairs". */
  readonly portfolioEnds: ReadonlySet<string>;
  /** Names that are no entity of any type ("te tiriti", "matariki"), lower case, single spaces. */
  readonly notEntities: ReadonlySet<string>;
  /** Holder key (`holderKey`) of a full name → canonical title → the owners the listed holders of that name had (office-holders.json). */
  readonly holders: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  /** Folded last word of a listed holder's name → their terms, for a surname alone in a dated document. */
  readonly holderTerms: ReadonlyMap<string, readonly HolderTerm[]>;
  /** `title|owner` → the listed terms of that office with their holders' names, for a bare title named by the date. */
  readonly officeTerms: ReadonlyMap<string, readonly OfficeTerm[]>;
  /** Canonical title → the owners listed for it, for a bare title whose owner the text leaves unstated. */
  readonly officeOwners: ReadonlyMap<string, readonly string[]>;
  /** Organisations listed with no country → the countries their names and other names state ("Australian Greens"). */
  readonly orgCountries: ReadonlyMap<string, readonly string[]>;
  /** Canonical names of organisations that are political parties (`party` in orgs.json). */
  readonly parties: ReadonlySet<string>;
  /** Family names that are also sentence openers ("He"): they open a name only right after a title, before another name word. */
  readonly openerSurnames: ReadonlySet<string>;
  /** Short party names (as written) → full name, for the owner of a party post only. */
  readonly partyShortNames: ReadonlyMap<string, string>;
  readonly prepositions: ReadonlySet<string>;
  readonly engagementVerbs: ReadonlySet<string>;
  readonly acronymFillers: ReadonlySet<string>;
  /** Last words of an organisation's name whose leader 'led by' names (`words.json`). */
  readonly ledHeads: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly bodyHeads: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  /** Folded lower-case given name → `f` or `m` (`givenNameGenders`). */
  readonly givenNameGender: ReadonlyMap<string, 'f' | 'm'>;
  /** Lower-case honorific word, no full stop → `f` or `m` (`honorificGenders`). */
  readonly honorificGender: ReadonlyMap<string, 'f' | 'm'>;
  /** Lower case: words that alone name no person ("yeah", "god"). */
  readonly notPersonNames: ReadonlySet<string>;
  readonly institutional: ReadonlySet<string>;
  /**
   * Keys (lower case) of words that end a person's name in any case: the
   * institutional words ("CONFERENCE" in a header in capitals too) and
   * function words no name holds ("AND THE CHANCELLOR OF THE").
   */
  readonly nameBreakers: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
  readonly commonWordSurnames: ReadonlySet<string>;
  readonly countryByIso: ReadonlyMap<string, Country>;
  readonly countryByName: ReadonlyMap<string, Country>;
  readonly tlds: ReadonlyMap<string, string>;
  readonly outlets: ReadonlyMap<string, string>;
  readonly hosts: ReadonlyMap<string, string | null>;
  readonly frontMatterCountry: string | null;
}

function officeInfo(title: string, where: OfficeWhere, flags: readonly OfficeFlag[]): OfficeInfo {
  return {
    title,
    in: where && 'in' in where ? new Set(where.in) : null,
    notIn: where && 'notIn' in where ? new Set(where.notIn) : null,
    flags: new Set(flags),
    ...(where && 'org' in where ? { owner: where.org } : {}),
  };
}

/** Multi-word titles match in any case ("the prime minister"); single words only as written ("President", not "president"). */
const officeCase = (variant: string) => (/\s/.test(variant.trim()) ? 'ignore-case' : 'as-written');

/** Each token's STARTS_* bits: the one lookup per word that every rule's scan reads. */
export function startBits(tokens: readonly Tok[], rules: Rules): Uint8Array {
  const bits = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === WORD) bits[i] = rules.starts.get(t.key) ?? 0;
  }
  return bits;
}

export function compileLexicon(lex: EntityLexicon): Rules {
  const gazetteer = new PhraseTable<GazValue>();
  const adjectives = new PhraseTable<string>();
  const countryByIso = new Map<string, Country>();
  const countryByName = new Map<string, Country>();
  // Order matters only on a clash of spellings: countries, then places, organisations, people.
  for (const [iso, name, aliases, adjs] of lex.countries) {
    const country = { iso, name };
    countryByIso.set(iso, country);
    countryByName.set(name, country);
    const value: GazValue = { type: 'place', name, kind: 'country', country: name };
    for (const form of [name, ...aliases]) gazetteer.add(form, value);
    for (const adj of adjs) adjectives.add(adj, name);
  }
  for (const [name, aliases, country] of lex.places) {
    const value: GazValue = { type: 'place', name, kind: 'place', country };
    for (const form of [name, ...aliases]) gazetteer.add(form, value);
  }
  const jurisdictions = new PhraseTable<string>();
  for (const [name, aliases, adjs] of lex.jurisdictions ?? []) for (const form of [name, ...aliases, ...adjs]) jurisdictions.add(form, name);
  const seats = new PhraseTable<{ readonly state: string; readonly country: string }>();
  for (const [state, , , country, cities] of lex.jurisdictions ?? []) for (const city of cities ?? []) seats.add(city, { state, country });
  for (const [, name, , , capital] of lex.countries) gazetteer.add(capital, { type: 'place', name: capital, kind: 'place', country: name });
  for (const [name, aliases, country] of lex.organisations) {
    const value: GazValue = { type: 'org', name, kind: 'org', country };
    for (const form of [name, ...aliases]) gazetteer.add(form, value);
  }
  for (const name of lex.people) gazetteer.add(name, { type: 'person', name, kind: 'person', country: null });

  const offices = new PhraseTable<OfficeInfo>();
  const officeByTitle = new Map<string, OfficeInfo>();
  const addOffice = (info: OfficeInfo, variants: readonly string[]) => {
    if (!officeByTitle.has(info.title.toLowerCase())) officeByTitle.set(info.title.toLowerCase(), info);
    for (const v of variants) {
      offices.add(v, info, officeCase(v));
      if (!officeByTitle.has(v.toLowerCase())) officeByTitle.set(v.toLowerCase(), info);
    }
  };
  for (const [title, variants, where, flags] of lex.offices) addOffice(officeInfo(title, where, flags), [title, ...variants]);
  // Portfolio ministers exist nearly everywhere, but the United States calls them Secretaries.
  const ministerWhere: OfficeWhere = { notIn: ['us'] };
  for (const [portfolio, aliases, short] of lex.portfolios) {
    const names = [portfolio, ...aliases];
    addOffice(officeInfo(`Minister of ${portfolio}`, ministerWhere, ['one', 'local']), [
      // "Minister for the Environment", "Minister for the Pacific": British and Australian style.
      ...names.flatMap((p) => [`${p} Minister`, `Minister of ${p}`, `Minister for ${p}`, `Minister for the ${p}`]),
      ...short.map((s) => `${s} Minister`),
    ]);
    addOffice(officeInfo(`Minister of State for ${portfolio}`, ministerWhere, []), names.map((p) => `Minister of State for ${p}`));
    // "Foreign Affairs Spokesperson", "spokesperson on Foreign Affairs": titled as releases state it, "Spokesperson for Foreign Affairs".
    addOffice(
      officeInfo(`Spokesperson for ${portfolio}`, null, ['noinfer']),
      names.flatMap((p) => [`${p} Spokesperson`, `Spokesperson for ${p}`, `Spokesperson on ${p}`, `${p} Spokesman`, `${p} Spokeswoman`, `Spokesman for ${p}`, `Spokesman on ${p}`, `Spokeswoman for ${p}`, `Spokeswoman on ${p}`]),
    );
  }

  const prefixes = new PhraseTable<string>();
  for (const p of lex.officePrefixes) prefixes.add(p, p, 'as-written');
  for (const p of lex.officePrefixesInLowerCase) prefixes.add(p, p, 'ignore-case');
  const honorifics = new PhraseTable<true>();
  for (const h of lex.honorifics) honorifics.add(h, true);
  const ranks = new PhraseTable<true>();
  for (const r of lex.ranks) ranks.add(r, true);
  const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const copulas = new PhraseTable<Tense>();
  for (const tense of ['current', 'former', 'future'] as const) for (const c of lex.copulas[tense]) copulas.add(c, tense, 'ignore-case');
  const counterparts = new PhraseTable<true>();
  for (const c of lex.counterparts) counterparts.add(c, true, 'ignore-case');
  const counterpartsPlural = new PhraseTable<true>();
  for (const c of lex.counterparts) counterpartsPlural.add(`${c}s`, true, 'ignore-case');
  const deputies = new PhraseTable<true>();
  for (const d of lex.deputies) deputies.add(d, true, 'ignore-case');
  const ownerBodies = new PhraseTable<true>();
  for (const b of lex.ownerBodies) ownerBodies.add(b, true, 'ignore-case');
  const outlets = new Map<string, string>();
  for (const [k, v] of Object.entries(lex.outlets)) outlets.set(k.toLowerCase(), v);
  const starts = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number) => {
    for (const k of keys) starts.set(k, (starts.get(k) ?? 0) | bit);
  };
  mark(gazetteer.firstKeys(), STARTS_GAZETTEER);
  mark(offices.firstKeys(), STARTS_OFFICE);
  mark(prefixes.firstKeys(), STARTS_OFFICE);
  const pluralTitleWords = new Map<string, string>();
  for (const k of offices.lastKeys()) {
    if (!/^\p{Ll}+$/u.test(k)) continue;
    pluralTitleWords.set(k.endsWith('y') ? `${k.slice(0, -1)}ies` : k.endsWith('person') ? `${k.slice(0, -6)}people` : `${k}s`, k);
  }
  mark(pluralTitleWords.keys(), PLURAL_TITLE_WORD);
  mark(honorifics.firstKeys(), STARTS_HONORIFIC);
  mark(ranks.firstKeys(), STARTS_HONORIFIC);
  mark(
    lex.givenNames.map((n) => n.toLowerCase()),
    STARTS_GIVEN_NAME,
  );
  return {
    starts,
    gazetteer,
    adjectives,
    jurisdictions,
    seats,
    offices,
    prefixes,
    honorifics,
    postNominals: new Set(lex.postNominals),
    demonyms: new Set(lex.countries.flatMap(([, , , adjs]) => adjs.map((a) => a.toLowerCase()))),
    ranks,
    leadingHonorific: leadingHonorificLength(lex),
    officeByTitle,
    former: lowerSet(lex.formerWords),
    future: lowerSet(lex.futureWords),
    copulas,
    relativePronouns: lowerSet(lex.copulas.relative),
    appointments: new Map((['current', 'former', 'future'] as const).flatMap((tense) => lex.appointments[tense].map((w) => [w.toLowerCase(), tense] as const))),
    afterRole: lowerSet(lex.afterRole),
    pluralTitleWords,
    counterparts,
    counterpartsPlural,
    deputies,
    ownerBodies,
    portfolioEnds: lowerSet(lex.portfolioEnds),
    notEntities: lowerSet(lex.notEntities),
    parties: new Set(lex.organisations.filter((o) => o[3] === 'party').map((o) => o[0])),
    orgCountries: orgCountries(lex, adjectives),
    holders: holderOwners(lex),
    holderTerms: holderTerms(lex),
    officeTerms: officeTerms(lex),
    officeOwners: officeOwners(lex),
    openerSurnames: new Set(lex.openerSurnames),
    partyShortNames: new Map(lex.partyShortNames),
    prepositions: lowerSet(lex.prepositions),
    engagementVerbs: lowerSet(lex.engagementVerbs),
    acronymFillers: lowerSet(lex.acronymFillers),
    ledHeads: new Set(lex.ledHeads),
    orgHeads: new Set(lex.orgHeads),
    bodyHeads: new Set(lex.bodyHeads),
    givenNames: new Set(lex.givenNames),
    givenNameGender: genderMap(lex.givenNameGenders, (n) => foldName(n)),
    honorificGender: genderMap(lex.honorificGenders, (n) => n.toLowerCase().replace(/\.$/, '')),
    notPersonNames: lowerSet(lex.notPersonNames ?? []),
    institutional: new Set(lex.institutional),
    nameBreakers: new Set([...lex.institutional.map((w) => w.toLowerCase()), ...NAME_BREAKING_FUNCTION_WORDS]),
    openers: new Set(lex.openers),
    calendar: new Set(lex.calendar),
    particles: new Set(lex.particles),
    numbers: new Set(lex.numbers),
    suffixes: new Set(lex.suffixes),
    commonWordSurnames: new Set(lex.commonWordSurnames),
    countryByIso,
    countryByName,
    tlds: new Map(Object.entries(lex.tlds)),
    outlets,
    hosts: new Map(Object.entries(lex.hosts)),
    frontMatterCountry: lex.frontMatterCountry,
  };
}

function foldName(n: string): string {
  return n.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Names in both lists are left out: their gender is unknown. */
function genderMap(lists: { readonly female: readonly string[]; readonly male: readonly string[] } | undefined, key: (n: string) => string): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  if (!lists) return out;
  const female = new Set(lists.female.map(key));
  for (const n of female) out.set(n, 'f');
  for (const n of lists.male.map(key)) {
    if (female.has(n)) out.delete(n);
    else out.set(n, 'm');
  }
  return out;
}

/** For each organisation without a country: the countries its names state, by name or adjective, in the order first stated. */
function orgCountries(lex: EntityLexicon, adjectives: PhraseTable<string>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [name, aliases, country] of lex.organisations) {
    if (country !== null) continue;
    const found: string[] = [];
    for (const form of [name, ...aliases]) {
      const tokens = tokenizeText(form);
      for (const [, known] of lex.countries) if (` ${form} `.includes(` ${known} `) && !found.includes(known)) found.push(known);
      for (let i = 0; i < tokens.length; i++) {
        const adj = adjectives.match(tokens, i)?.value;
        if (adj && !found.includes(adj)) found.push(adj);
      }
    }
    if (found.length > 0) out.set(name, found);
  }
  return out;
}
