import type { Candidate } from '../candidates/index.js';
import { firstTokenAfter, type Tok } from '../text/index.js';

/** Possessor nouns that point back to a country: "the territory's chief executive", "the country's president". */
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom', 'republic', 'territory', 'island', 'islands', 'archipelago']);
/** Possessor nouns any organisation's name fits: "the group's leader" (others must be a word of the name: "the agency's" → "… Agency"). */
const ANY_ORGANISATION: ReadonlySet<string> = new Set(['organisation', 'organization', 'body', 'bloc', 'group', 'alliance']);
/** How many sentences before the title's an antecedent of a possessor noun may sit. */
const SENTENCES_BACK = 3;

const nameOf = (c: Candidate, tokens: readonly Tok[], text: string): string | null =>
  c.gaz?.kind === 'country' || c.gaz?.kind === 'org' ? c.gaz.name : c.type === 'org' && !c.gaz ? text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end) : null;

function fits(c: Candidate, name: string, noun: string): boolean {
  if (COUNTRY_NOUNS.has(noun)) return c.gaz?.kind === 'country';
  if (c.gaz?.kind === 'country') return false;
  return ANY_ORGANISATION.has(noun) || name.toLowerCase().split(/[\s-]+/).includes(noun);
}

/**
 * "New Zealand First says the Pacific reset led by its Leader, Winston
 * Peters, is working": whose office "its" or "their" gives, when the
 * sentence names one organisation or country before it and no other. Two
 * or more ("New Zealand told China its President …") leave it unknown, as
 * does none: a guess here would be the document's country, which the
 * possessive says it is not.
 *
 * With a possessor noun ("The International Atomic Energy Agency will
 * monitor the sites. The agency's director general, Yukiya Amano, …") the
 * antecedent is what the noun fits (a country for "the territory's", an
 * organisation with the noun in its name for "the agency's"), in the
 * nearest sentence that names one: this one before the title, then up to
 * three before it. Two that fit there leave it unknown.
 */
export function possessiveOwner(accepted: readonly Candidate[], tokens: readonly Tok[], text: string, offset: number, noun?: string): string | null {
  const at = firstTokenAfter(tokens, offset);
  const sentence = tokens[at]?.sentence;
  if (sentence === undefined) return null;
  for (let s = sentence; s >= 0 && s >= sentence - (noun === undefined ? 0 : SENTENCES_BACK); s--) {
    const names = new Set<string>();
    for (const c of accepted) {
      // "the Institute's President": the possessor noun itself, read as a name, is no antecedent.
      if (c.end > at || (noun !== undefined && c.end >= at - 1) || tokens[c.start]!.sentence !== s) continue;
      const name = nameOf(c, tokens, text);
      if (name !== null && (noun === undefined || fits(c, name, noun))) names.add(name);
    }
    if (names.size > 0) return names.size === 1 ? [...names][0]! : null;
  }
  return null;
}
