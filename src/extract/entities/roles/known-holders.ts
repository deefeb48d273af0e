import type { PersonCluster } from '../coreference/index.js';
import { holderKey, type Rules } from '../lexicon/index.js';
import { FAMILIAR_FORMS, stripHonorifics } from '../names/index.js';
import type { RoleDraft } from './role-draft.js';

/**
 * "Premier Wen Jiabao", "Prime Minister Jim Bolger" in a text that states
 * no country for them: a holder the office-holders list knows
 * (`office-holders.json`) owns the office as listed, when every listed term
 * of that name in that office has one owner. Evidence from a curated list,
 * not a guess: it comes after an owner the text states, and before the
 * venue and the document's country.
 *
 * The person is matched by a full name (two words or more) of the cluster.
 * A surname alone ("President Putin") matches only in a dated document, and
 * only when the listed holders of that surname in that office on that date
 * (to the month) have one owner. A full name whose listed terms in the
 * office all ended before the document's date makes the role a former one.
 */
export function withKnownHolders(drafts: readonly RoleDraft[], clusters: readonly PersonCluster[], rules: Rules, published: string | null): RoleDraft[] {
  if (rules.holders.size === 0) return [...drafts];
  const month = published?.slice(0, 7) ?? null;
  const names = new Map<number, HolderNames>();
  const namesOf = (index: number) => names.get(index) ?? names.set(index, holderNames(clusters[index]!, rules)).get(index)!;
  return drafts.map((d) => {
    if (d.stated !== null) return d;
    const { full, surnames } = namesOf(d.cluster);
    const owners = new Set<string>();
    for (const name of full) for (const owner of rules.holders.get(name)?.get(d.title) ?? []) owners.add(owner);
    let endedBySurname = false;
    if (full.length === 0 && month !== null && !clusters[d.cluster]!.ambiguous) {
      const ended = new Set<string>();
      // Terms that ended within the slack: the list's month may lag the news, so still the holder's.
      const recent = new Set<string>();
      let open = false;
      for (const surname of surnames) {
        for (const term of rules.holderTerms.get(surname) ?? []) {
          if (term.title !== d.title) continue;
          if (term.from <= month && (term.to === null || month <= term.to)) owners.add(term.owner);
          else if (term.to !== null && monthsBetween(term.to, month) > TERM_SLACK_MONTHS) ended.add(term.owner);
          else if (term.to !== null && monthsBetween(term.to, month) > 0) recent.add(term.owner);
          else open = true;
        }
      }
      // "I hosted President Wahid's visit" in August 2001: no listed holder of that name held it then, and the ones
      // who did (of one country) had left it, so it is their office, a former one.
      if (owners.size === 0) for (const owner of recent) owners.add(owner);
      if (owners.size === 0 && !open && ended.size === 1) {
        owners.add([...ended][0]!);
        endedBySurname = true;
      }
    }
    const home = owners.size === 0 ? homeCountry(full, rules) : null;
    const known = owners.size === 1 ? { ...d, known: [...owners][0]! } : home !== null ? { ...d, home } : d;
    const former = endedBySurname || (month !== null && heldOnlyBefore(full, d.title, d.stated ?? known.known ?? null, month, rules));
    return former && d.tense === 'current' && d.source !== 'byline' ? { ...known, tense: 'former' } : known;
  });
}

/**
 * The one country whose offices the list holds a person in, over all their
 * terms and titles ("Barack Obama": United States), or null. It owns an
 * office of theirs the text leaves unowned and the list does not hold
 * ("Senator Obama" in an Australian transcript of 2008 is the United
 * States'), before the document's country.
 */
function homeCountry(full: readonly string[], rules: Rules): string | null {
  const owners = new Set<string>();
  for (const name of full) for (const set of rules.holders.get(name)?.values() ?? []) for (const owner of set) owners.add(owner);
  const [only] = owners;
  return owners.size === 1 && rules.countryByName.has(only!) ? only! : null;
}

/** Months a listed term may end before a document's date and still be current in it: lists date a change of holder to the month, news lags. */
const TERM_SLACK_MONTHS = 2;

/**
 * Whether the list knows the person (by a full name) in this office, for
 * this owner (or any, when none is known), only in terms that ended before
 * the document's month: "chief of staff to Prime Minister Malcolm Fraser"
 * in 2004, "President Roosevelt" in 2008 name an office the person no longer
 * held, so the role is a former one and never extends the term in the
 * office-holder history (issue 13, item 1).
 */
function heldOnlyBefore(full: readonly string[], title: string, owner: string | null, month: string, rules: Rules): boolean {
  if (full.length === 0) return false;
  const owners = owner !== null ? [owner] : full.flatMap((name) => [...(rules.holders.get(name)?.get(title) ?? [])]);
  let terms = 0;
  for (const o of new Set(owners)) {
    for (const term of rules.officeTerms.get(`${title}|${o}`) ?? []) {
      if (!full.some((name) => term.names.includes(name))) continue;
      terms++;
      if (term.to === null || monthsBetween(term.to, month) <= TERM_SLACK_MONTHS) return false;
    }
  }
  return terms > 0;
}

/** Whole months from `from` to `to` (YYYY-MM), negative when `to` is earlier. */
function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** A person's names as the office-holders list is keyed: full names (two words or more) and single names. */
export interface HolderNames {
  readonly full: readonly string[];
  readonly surnames: readonly string[];
}

/**
 * Whether the office-holders list says someone else held this one-holder
 * office for `owner` in the document's month: "Opposition leader Matthew
 * Wale" in a Sydney-datelined story is not Australia's, whose opposition
 * leader that month the list names. Only for a person named in full, an
 * office with one holder at a time (`one`), and an owner the list covers
 * that month; an inferred owner the list contradicts is no owner.
 */
export function listedForAnother(d: RoleDraft, owner: string, cluster: PersonCluster, rules: Rules, published: string | null): boolean {
  if (published === null || !d.info.flags.has('one')) return false;
  const month = published.slice(0, 7);
  const terms = (rules.officeTerms.get(`${d.title}|${owner}`) ?? []).filter((t) => t.from <= month && (t.to === null || month <= t.to));
  if (terms.length === 0) return false;
  const { full } = holderNames(cluster, rules);
  return full.length > 0 && !terms.some((t) => full.some((n) => t.names.includes(n)));
}

/** Generational suffixes, as `holderKey` folds them. */
const GENERATIONAL: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export function holderNames(c: PersonCluster, rules: Rules): HolderNames {
  const keys = new Set<string>();
  // One by one, not a spread of mapped arrays: those threw callers out of optimised code (see personGender in coreference).
  const addKey = (name: string) => {
    const key = holderKey(stripHonorifics(name));
    if (key) keys.add(key);
  };
  for (const name of c.outside) addKey(name);
  for (const m of c.mentions) addKey(m.name);
  // "Lloyd J. Austin III", "Ferdinand Marcos Jr.": the list names people without a generational suffix.
  for (const key of [...keys]) {
    const words = key.split(' ');
    if (words.length >= 3 && GENERATIONAL.has(words.at(-1)!)) keys.add(words.slice(0, -1).join(' '));
  }
  // "Bill Perry" is listed as "William Perry", "William Clinton" as "Bill Clinton": the other form of a familiar given name.
  for (const key of [...keys]) {
    const space = key.indexOf(' ');
    if (space === -1) continue;
    for (const other of FAMILIAR_FORMS.get(key.slice(0, space)) ?? []) keys.add(`${other}${key.slice(space)}`);
  }
  // "Michael R. Pompeo" is listed as "Michael Pompeo", "Hillary Rodham Clinton" as "Hillary Clinton": middle
  // names the list lacks go. Never when the list has the name with them ("George W. Bush" must not become "George Bush").
  for (const key of [...keys]) {
    const words = key.split(' ');
    if (words.length < 3 || rules.holders.has(key)) continue;
    const initialsOnly = [words[0]!, ...words.slice(1, -1).filter((w) => w.length > 2), words.at(-1)!].join(' ');
    for (const bare of [initialsOnly, `${words[0]} ${words.at(-1)}`]) if (bare !== key && (bare === initialsOnly || rules.holders.has(bare))) keys.add(bare);
  }
  const all = [...keys];
  return { full: all.filter((k) => k.includes(' ')), surnames: all.filter((k) => !k.includes(' ')) };
}

/**
 * The country most of the document's known holders hold their offices for
 * ("Rt Hon Jim Bolger – Prime Minister", "Hon Bill Birch – Minister of
 * Finance" in a list nothing else dates to a country): at least two of them,
 * and half as many again as any other country. For a document whose own
 * country nothing else gives.
 */
export function knownHoldersCountry(drafts: readonly RoleDraft[], rules: Rules): string | null {
  const people = new Map<string, Set<number>>();
  for (const d of drafts) {
    if (d.known === undefined || !rules.countryByName.has(d.known)) continue;
    (people.get(d.known) ?? people.set(d.known, new Set()).get(d.known)!).add(d.cluster);
  }
  const ranked = [...people].map(([country, set]) => [country, set.size] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
}
