import type { EntityLexicon } from './lexicon.js';

// The office-holders list (model/office-holders.json) as lookups: by a
// holder's full name, and by surname with the terms, for the roles step
// (roles/known-holders.ts).

/** One term of office of a listed holder: months as YYYY-MM, `to` null while in office. */
export interface HolderTerm {
  readonly title: string;
  readonly owner: string;
  readonly from: string;
  readonly to: string | null;
}

/** How a holder's name is looked up: folded, dots dropped, initials run together ("B.J. Habibie", "B. J. Habibie" and "BJ Habibie" are "bj habibie"). */
export function holderKey(name: string): string {
  const words = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘ʻʼ]/g, "'").split(/[\s.]+/).filter(Boolean);
  const out: string[] = [];
  let initials = false;
  for (const w of words) {
    const initial = w.length === 1;
    if (initial && initials) out[out.length - 1] += w;
    else out.push(w);
    initials = initial;
  }
  return out.join(' ');
}

/** Full name (`holderKey`) → title → the owners listed for that name and office, whatever the term. */
export function holderOwners(lex: EntityLexicon): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  for (const [name, aliases, title, owner] of lex.officeHolders ?? []) {
    for (const form of [name, ...aliases]) {
      const key = holderKey(form);
      const titles = out.get(key) ?? out.set(key, new Map()).get(key)!;
      (titles.get(title) ?? titles.set(title, new Set()).get(title)!).add(owner);
    }
  }
  return out;
}

/** A listed term with who served it: every form of the holder's name (`holderKey`) and the family names among them. */
export interface OfficeTerm {
  readonly names: readonly string[];
  readonly surnames: readonly string[];
  readonly from: string;
  readonly to: string | null;
}

/** `title|owner` → the terms listed for that office, for "the Foreign Minister" named by the date (roles/named-holders.ts). */
export function officeTerms(lex: EntityLexicon): Map<string, OfficeTerm[]> {
  const out = new Map<string, OfficeTerm[]>();
  for (const [name, aliases, title, owner, from, to] of lex.officeHolders ?? []) {
    const names = [...new Set([name, ...aliases].map(holderKey))];
    const key = `${title}|${owner}`;
    (out.get(key) ?? out.set(key, []).get(key)!).push({ names, surnames: familyNames(names, owner), from, to });
  }
  return out;
}

/** Canonical title → the owners the list holds terms of it for, for "the Foreign Secretary" in a text that names no country for it. */
export function officeOwners(lex: EntityLexicon): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [, , title, owner] of lex.officeHolders ?? []) (out.get(title) ?? out.set(title, new Set()).get(title)!).add(owner);
  return new Map([...out].map(([title, owners]) => [title, [...owners]]));
}

/**
 * Countries whose news names a leader by the first word of the name: the
 * family name first ("President Xi", "Premier Li", "President Moon"), or a
 * name with no family name ("President Megawati", "President Soeharto").
 */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['China', 'Taiwan', 'South Korea', 'North Korea', 'Vietnam', 'Viet Nam', 'Singapore', 'Cambodia', 'Indonesia']);

/** Family name of a listed name (`holderKey`: its last word, and its first too where names put it first) → the terms of everyone listed with it. */
export function holderTerms(lex: EntityLexicon): Map<string, HolderTerm[]> {
  const out = new Map<string, HolderTerm[]>();
  for (const [name, aliases, title, owner, from, to] of lex.officeHolders ?? []) {
    for (const surname of familyNames([name, ...aliases].map(holderKey), owner)) (out.get(surname) ?? out.set(surname, []).get(surname)!).push({ title, owner, from, to });
  }
  return out;
}

/** The family names of a holder's name forms (`holderKey`): each last word, and each first word too where names put it first. */
function familyNames(keys: readonly string[], owner: string): string[] {
  const surnames = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ');
    surnames.add(words[words.length - 1]!);
    if (FAMILY_NAME_FIRST.has(owner) && words.length > 1) surnames.add(words[0]!);
  }
  return [...surnames];
}
