import countries from '../model/countries.json' with { type: 'json' };
import givenNames from '../model/given-names.json' with { type: 'json' };
import givenNameGenders from '../model/given-name-genders.json' with { type: 'json' };
import honorifics from '../model/honorifics.json' with { type: 'json' };
import jurisdictions from '../model/jurisdictions.json' with { type: 'json' };
import offices from '../model/offices.json' with { type: 'json' };
import officeHolders from '../model/office-holders.json' with { type: 'json' };
import orgs from '../model/orgs.json' with { type: 'json' };
import notPeople from '../model/not-people.json' with { type: 'json' };
import people from '../model/people.json' with { type: 'json' };
import places from '../model/places.json' with { type: 'json' };
import sources from '../model/sources.json' with { type: 'json' };
import words from '../model/words.json' with { type: 'json' };

/** [ISO alpha-2, canonical name, other names, adjectives and demonyms, capital]. */
export type CountryRow = readonly [iso: string, name: string, aliases: readonly string[], adjectives: readonly string[], capital: string];
/** [canonical name, other names, country or null]. */
export type NamedRow = readonly [name: string, aliases: readonly string[], country: string | null];
/** An organisation: a named row, and `party` for a political party. */
export type OrgRow = readonly [name: string, aliases: readonly string[], country: string | null, kind?: 'party'];
/** Where an office exists, by ISO code; null: most countries. `org`: the one organisation it belongs to ("European Commissioner"). */
export type OfficeWhere = { readonly in: readonly string[] } | { readonly notIn: readonly string[] } | { readonly org: string } | null;
/** `state`: set by the role phrase, never in the model: a post of a state's body ("government spokesman"), inferred like any office though its title is `noinfer`, and placed by a sentence's opening "In <place>,". */
export type OfficeFlag = 'one' | 'org' | 'noinfer' | 'vague' | 'style' | 'local' | 'state';
/** [canonical name, other names, adjectives, country]: a state, province or devolved nation, read only as an office's owner. */
/** [name, other names, adjectives, country, seats]: seats are the cities its government sits in, read as evidence of the state a document is in. */
export type JurisdictionRow = readonly [name: string, aliases: readonly string[], adjectives: readonly string[], country: string, seats?: readonly string[]];
/** [full name, other full names, canonical title, owner, first month, last month or null]: who held an office, and whose it was. */
export type HolderRow = readonly [name: string, aliases: readonly string[], title: string, owner: string, from: string, to: string | null];
/** [canonical title, variants, where it exists, flags]. */
export type OfficeRow = readonly [title: string, variants: readonly string[], where: OfficeWhere, flags: readonly OfficeFlag[]];
/** [canonical portfolio, other names, short forms used only before "Minister"]. */
export type PortfolioRow = readonly [name: string, aliases: readonly string[], short: readonly string[]];

/**
 * The language and world data the entities stage runs on, as shipped in
 * `model/`. Another language or a richer gazetteer is another value of this
 * type, not another code path.
 */
export interface EntityLexicon {
  readonly countries: readonly CountryRow[];
  /** Web TLDs that are not their country's ISO code (`uk` → `gb`, `gov` → `us`). */
  readonly tlds: Readonly<Record<string, string>>;
  readonly places: readonly NamedRow[];
  /** States and provinces that own their offices ('Victorian Premier'). Omitted: none. */
  readonly jurisdictions?: readonly JurisdictionRow[];
  readonly organisations: readonly OrgRow[];
  readonly people: readonly string[];
  readonly givenNames: readonly string[];
  /** Given names nearly always a woman's or a man's (`given-name-genders.json`): an honorific of the other sex never links to a full name opening with one. Omitted: no gender from given names. */
  readonly givenNameGenders?: { readonly female: readonly string[]; readonly male: readonly string[] };
  /** Words of honorifics that say a woman's or a man's name follows ("Mrs", "Her Excellency"; "Mr", "Sir"). Omitted: none. */
  readonly honorificGenders?: { readonly female: readonly string[]; readonly male: readonly string[] };
  /** Words the tagger may take for a person's name that name no person of the document ("Yeah", "God"). Omitted: none. */
  readonly notPersonNames?: readonly string[];
  readonly offices: readonly OfficeRow[];
  /** Office holders (`office-holders.json`): the owner of an office the text leaves unstated, when the holder is listed. Omitted: none. */
  readonly officeHolders?: readonly HolderRow[];
  readonly portfolios: readonly PortfolioRow[];
  /** Words before a title that make a new office ("Deputy", "Assistant"). */
  readonly officePrefixes: readonly string[];
  /** The prefixes that count in lower case too, before a title of several words ("the U.S. deputy secretary of state"). */
  readonly officePrefixesInLowerCase: readonly string[];
  /** Words before a title that make the role a past one ("former", "then"). */
  readonly formerWords: readonly string[];
  /** Words around a title that make the role a future one ("incoming", "designate"). */
  readonly futureWords: readonly string[];
  /** Verbs that state a role after a name, by tense, and the relative pronoun of "Peters, who is Foreign Minister". */
  readonly copulas: { readonly relative: readonly string[]; readonly current: readonly string[]; readonly former: readonly string[]; readonly future: readonly string[] };
  /** Words before a name ("the appointment of", "replaced") that make a title after "as" that person's, by tense. */
  readonly appointments: { readonly current: readonly string[]; readonly former: readonly string[]; readonly future: readonly string[] };
  readonly honorifics: readonly string[];
  /** Letters written after a name, not part of it ("MP", "KC", "DBE"). */
  readonly postNominals: readonly string[];
  /** Military and religious ranks: mark a person only before a capitalised name word. */
  readonly ranks: readonly string[];
  readonly institutional: readonly string[];
  readonly openers: readonly string[];
  readonly calendar: readonly string[];
  readonly particles: readonly string[];
  readonly numbers: readonly string[];
  readonly suffixes: readonly string[];
  /** Surnames that are everyday words ("Key", "Brown"): not taken for the person at a sentence start. */
  readonly commonWordSurnames: readonly string[];
  /** Lower-case words that may follow a title a verb states ("who was Prime Minister in 1997"). */
  readonly afterRole: readonly string[];
  /** "his counterpart Stephen Harper": words giving a name the office of the person it is the counterpart of. */
  readonly counterparts: readonly string[];
  /** "Blinken's deputy, Kurt Campbell": words making the name the deputy of the person before them. */
  readonly deputies: readonly string[];
  /** A country's bodies between its name and a post ("China's foreign ministry spokesperson"): the country owns the post. */
  readonly ownerBodies: readonly string[];
  /** Last words of a portfolio written after an office with "for" ("… for East Asian and Pacific Affairs"). */
  readonly portfolioEnds: readonly string[];
  /** Names that are no entity of any type: treaties, festivals, greetings ("Te Tiriti", "Matariki"). */
  readonly notEntities: readonly string[];
  /** Family names that are also sentence openers ("He"), which open a name only after a title. */
  readonly openerSurnames: readonly string[];
  /** [short name, full name] of parties, read only as the owner of a party post ("National MP"). */
  readonly partyShortNames: readonly (readonly [string, string])[];
  /** Lower-case words a long form defined with its acronym may hold without a letter of it ("Department of Foreign Affairs and Trade (DFAT)"). */
  readonly acronymFillers: readonly string[];
  /** Last words of organisation names that alone ("the Forum") mean the document's one organisation named in full with them. */
  readonly ledHeads: readonly string[];
  readonly orgHeads: readonly string[];
  /** Words that make a capitalised run an organisation's name ("Department of Corrections"): no portfolio of a spokesperson after it. */
  readonly bodyHeads: readonly string[];
  /** A name right after one of these is not the subject of a verb after it ("the guest of Winston Peters is …"). */
  readonly prepositions: readonly string[];
  readonly engagementVerbs: readonly string[];
  /** meta.source outlet names → country. */
  readonly outlets: Readonly<Record<string, string>>;
  /** Hosts (and their subdomains) → country, or null for international bodies; checked before the TLD. */
  readonly hosts: Readonly<Record<string, string | null>>;
  /** Country of releases that carry ministers/portfolios front matter but no URL. */
  readonly frontMatterCountry: string | null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_LEXICON: EntityLexicon = deepFreeze({
  countries: countries.countries as unknown as CountryRow[],
  tlds: countries.tlds,
  places: places.places as unknown as NamedRow[],
  jurisdictions: jurisdictions.jurisdictions as unknown as JurisdictionRow[],
  organisations: orgs.organisations as unknown as OrgRow[],
  people: people.people,
  givenNames: givenNames.names,
  givenNameGenders: { female: givenNameGenders.female, male: givenNameGenders.male },
  honorificGenders: { female: honorifics.female, male: honorifics.male },
  notPersonNames: notPeople.names,
  offices: offices.offices as unknown as OfficeRow[],
  officeHolders: officeHolders.holders as unknown as HolderRow[],
  portfolios: offices.portfolios as unknown as PortfolioRow[],
  officePrefixes: offices.prefixes,
  officePrefixesInLowerCase: offices.prefixesInLowerCase,
  formerWords: offices.former,
  futureWords: offices.future,
  copulas: offices.copulas,
  appointments: offices.appointments,
  honorifics: honorifics.honorifics,
  postNominals: honorifics.postNominals,
  ranks: honorifics.ranks,
  institutional: words.institutional,
  openers: words.openers,
  calendar: words.calendar,
  particles: words.particles,
  numbers: words.numbers,
  suffixes: words.suffixes,
  commonWordSurnames: words.commonWordSurnames,
  afterRole: words.afterRole,
  counterparts: words.counterparts,
  deputies: words.deputies,
  ownerBodies: words.ownerBodies,
  portfolioEnds: words.portfolioEnds,
  notEntities: words.notEntities,
  openerSurnames: words.openerSurnames,
  partyShortNames: words.partyShortNames as [string, string][],
  prepositions: words.prepositions,
  engagementVerbs: words.engagementVerbs,
  acronymFillers: words.acronymFillers,
  ledHeads: words.ledHeads,
  orgHeads: words.orgHeads,
  bodyHeads: words.bodyHeads,
  outlets: sources.outlets,
  hosts: sources.hosts as Record<string, string | null>,
  frontMatterCountry: sources.frontMatterCountry,
});
