import type { OfficeInfo, Rules } from '../lexicon/index.js';
import { tokenizeText } from '../text/index.js';
import { leading, type DocumentCountry, type Publisher } from './document-country.js';

/** Whether `info` exists in the country named `name` (unknown countries: only offices found nearly everywhere). */
export function existsIn(info: OfficeInfo, name: string, rules: Rules): boolean {
  const iso = rules.countryByName.get(name)?.iso;
  if (info.in) return iso !== undefined && info.in.has(iso);
  if (info.notIn) return iso === undefined || !info.notIn.has(iso);
  return true;
}

/**
 * Whose an office is when the text does not say. Conservative: null rather
 * than a guess.
 * - An office of one organisation (`owner`): that organisation's, wherever
 *   the holder is met ("In Brussels … the European Commissioner for Trade").
 * - A party's posts (leader, MP, spokesperson) in a party's own release, and
 *   a bare spokesperson in an organisation's (a State Department readout's
 *   "Spokesperson Matthew Miller", "Deputy Spokesperson Robert Palladino"):
 *   the publisher's (`publisherOf`).
 * - Offices of organisations (`org`) and posts like ambassador (`noinfer`):
 *   null (not a post of a state's body, `state`: "government spokesman"); but a post held in another country than the document's, the
 *   host stated ("Ambassador to Japan" in a New Zealand release), is the
 *   document's country's: a country writes of its own envoys abroad.
 * - The venue, when the sentence meets the holder in another country
 *   ("In Singapore he will meet Prime Minister Lee Hsien Loong", roles/venue.ts)
 *   and the office exists there.
 * - The document's country, when the office exists there.
 * - Else the office's only country, when it has one (Secretary of State →
 *   United States; Secretary of Foreign Affairs and Trade → New Zealand).
 * - Else the country the text names clearly most among those that have the
 *   office (Vice President in a New Zealand story about Washington → United States).
 */
export function inferOwner(
  info: OfficeInfo,
  country: DocumentCountry | null,
  counts: ReadonlyMap<string, number>,
  rules: Rules,
  host?: string,
  venue?: string,
  publisher?: Publisher | null,
): string | null {
  if (info.owner !== undefined) return info.owner;
  // A publisher's spokesperson or press secretary speaks for it: the State Department's, the White House's.
  if (publisher && host === undefined && (publisher.party ? isPartyPost(info.title, info) : info.title.endsWith('Spokesperson') || info.title === 'Press Secretary')) return publisher.name;
  if (info.flags.has('noinfer') && host !== undefined && country && host !== country.name && !info.flags.has('org')) return country.name;
  // "the Climate Change Ambassador, Jo Tyndall": an ambassador for a cause is posted nowhere, and speaks for the publisher's country.
  if (info.flags.has('noinfer') && host === undefined && country && info.title.startsWith('Ambassador for ')) return country.name;
  if (info.flags.has('org') || (info.flags.has('noinfer') && !info.flags.has('state')) || info.flags.has('vague')) return null;
  if (venue !== undefined && existsIn(info, venue, rules)) return venue;
  if (country && existsIn(info, country.name, rules)) return country.name;
  if (info.in && info.in.size === 1) {
    const [iso] = info.in;
    return rules.countryByIso.get(iso!)?.name ?? null;
  }
  return leading(counts, (name) => name !== country?.name && existsIn(info, name, rules));
}

/** Offices a party or another organisation can hold: its own (`org`: leader, co-leader), its MPs and senators, and its spokespeople. */
export function isPartyPost(title: string, info: OfficeInfo): boolean {
  return info.flags.has('org') || title === 'Member of Parliament' || title === 'Senator' || title.startsWith('Member of Parliament for') || /^(?:State |Federal )?Member for /.test(title) || title.startsWith('Spokesperson') || title.endsWith('Spokesperson') || title.endsWith('Candidate') || title.startsWith('Candidate');
}

/**
 * Whether the organisation named `org` can own the post `info`: a party post
 * (`isPartyPost`), and for a senator a party of a country that has senators
 * ("Greens senator", "Labor Senator"; not "ACT Senator", New Zealand's ACT
 * having none: in Australia that is the Capital Territory's senator).
 */
export function ownsPost(org: string, title: string, info: OfficeInfo, rules: Rules): boolean {
  if (!isPartyPost(title, info)) return false;
  if (title !== 'Senator') return true;
  const tokens = tokenizeText(org);
  const named = tokens.length > 0 ? rules.gazetteer.match(tokens, 0) : null;
  const country = named && named.end === tokens.length ? named.value.country : null;
  return country === null || existsIn(info, country, rules);
}
