import type { DocumentMeta, Message } from '../../../core/index.js';
import type { Rules } from '../lexicon/index.js';
import { tokenizeText } from '../text/index.js';

/** The country a document speaks for, and the evidence. */
export interface DocumentCountry {
  readonly name: string;
  readonly from: 'url' | 'source' | 'publisher' | 'front-matter' | 'dateline' | 'mentions' | 'holders';
}

/**
 * Who published the document, as the page header the reader removed says
 * ("Press Release: New Zealand National Party", "From: Foreign, Commonwealth
 * & Development Office and …", "OFFICE OF THE SPOKESPERSON"): the name as
 * the gazetteer or outlets know it, its country, and whether it is a party.
 */
export interface Publisher {
  readonly name: string;
  readonly country: string | null;
  readonly party: boolean;
  /**
   * When `country` is null: the countries the organisation's names state
   * ("Green Party of Aotearoa New Zealand", "Australian Greens" for one
   * "Green Party"); the text's mentions choose among them.
   */
  readonly countries?: readonly string[];
}

/** The publisher a removed page header (`boilerplate-header`) names, or null. */
export function publisherOf(messages: readonly Message[], rules: Rules, title: string | null = null): Publisher | null {
  // "Department Press Briefing – April 20, 2022", "U.S. DEPARTMENT OF STATE DAILY PRESS BRIEFING": the State Department heads its briefings so.
  const titled = title === null ? null : (TITLED_BY.find(([pattern]) => pattern.test(title))?.[1] ?? null);
  if (titled !== null) {
    const p = publisherNamed(titled, rules);
    if (p) return p;
  }
  for (const m of messages) {
    // "Speech: New Zealand National Party" heads a party's speech as "Press Release: …" heads its releases.
    const speech = m.code === 'boilerplate-speech-header' && typeof m.excerpt === 'string' && /^speech\s*:/i.test(m.excerpt.trim());
    if ((m.code !== 'boilerplate-header' && !speech) || typeof m.excerpt !== 'string') continue;
    // "Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party": Scoop's label follows the date.
    const line = m.excerpt.trim().split(' | ').pop()!;
    const named = /^(?:press release|media release|speech|from)\s*:\s*(.+)$/i.exec(line)?.[1] ?? line;
    // "From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP": the office, not the minister.
    for (const candidate of [named, named.split(/\s+and\s+/i)[0]!]) {
      const p = publisherNamed(candidate.trim(), rules);
      if (p) return p;
    }
  }
  return null;
}

/** Document titles only one publisher writes, and the organisation (as the gazetteer names it) that does. */
const TITLED_BY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Department Press Briefing\b/, 'State Department'],
  // "U.S. DEPARTMENT OF STATE DAILY PRESS BRIEFING": the Department's header, joined with its title.
  [/^(?:U\.?S\.? )?Department of State\b/i, 'State Department'],
  // "Daily Press Briefing / Sean McCormack, Spokesman": the Department's older heading.
  [/^Daily Press Briefing\b/i, 'State Department'],
  // "THE WHITE HOUSE / Office of the Press Secretary": a White House statement or readout.
  [/^The White House\s*$/i, 'White House'],
];

function publisherNamed(name: string, rules: Rules): Publisher | null {
  if (!name) return null;
  const tokens = tokenizeText(name);
  const whole = rules.gazetteer.match(tokens, 0);
  if (!whole || whole.end !== tokens.length || whole.value.kind !== 'org') {
    const outlet = rules.outlets.get(name.toLowerCase());
    return outlet ? { name, country: outlet, party: false } : null;
  }
  const org = whole.value;
  // "New Zealand National Party": the party's country is in its full name even when the canonical one leaves it out.
  let country = org.country;
  for (const known of rules.countryByName.keys()) if (country === null && ` ${name} `.includes(` ${known} `)) country = known;
  for (let i = 0; country === null && i < tokens.length; i++) country = rules.adjectives.match(tokens, i)?.value ?? null;
  const countries = country === null ? (rules.orgCountries.get(org.name) ?? []) : [];
  return { name: org.name, country, party: rules.parties.has(org.name), ...(countries.length > 0 ? { countries } : {}) };
}

/** The top country must be named at least this often, and this many times more than the next, to count. */
const MIN_MENTIONS = 2;
const LEAD = 1.5;

function hostCountry(host: string, rules: Rules): string | null | undefined {
  const h = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  for (let at = h; at; at = at.includes('.') ? at.slice(at.indexOf('.') + 1) : '') {
    if (rules.hosts.has(at)) return rules.hosts.get(at)!;
  }
  const tld = h.slice(h.lastIndexOf('.') + 1);
  const iso = rules.tlds.get(tld) ?? tld;
  return rules.countryByIso.get(iso)?.name;
}

function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * In order, the first that answers:
 * 1. the URL's host: a listed host (`state.gov`), else its TLD (`.nz` → New
 *    Zealand, `.gov`/`.mil` → United States, `.uk` → United Kingdom);
 *    international hosts (`nato.int`) and generic TLDs say nothing;
 * 2. `meta.source`: a host, or a listed outlet (`NZPA` → New Zealand);
 *    then the publisher a removed page header names (`publisherOf`: a Scoop
 *    party release, an FCDO or State Department page);
 * 3. `ministers`/`portfolios` front matter: the government that publishes
 *    releases that way (`frontMatterCountry`, New Zealand's Beehive);
 * 4. a wire dateline's place (`WELLINGTON, Aug 2 (Reuters) -`): the
 *    country the story is filed from, whose officials it leaves unqualified;
 * 5. the country the text names most, when it clearly leads
 *    (≥ 2 mentions and 1.5 × the next).
 */
export function documentCountry(meta: DocumentMeta, counts: ReadonlyMap<string, number>, rules: Rules, dateline: string | null = null, publisher: Publisher | null = null): DocumentCountry | null {
  const host = meta.url ? urlHost(meta.url) : null;
  if (host) {
    const c = hostCountry(host, rules);
    if (c) return { name: c, from: 'url' };
    if (c === null) return null;
  }
  const source = meta.source?.trim();
  if (source) {
    const outlet = rules.outlets.get(source.toLowerCase());
    if (outlet) return { name: outlet, from: 'source' };
    if (/^[\w-]+(\.[\w-]+)+$/.test(source)) {
      const c = hostCountry(source, rules);
      if (c) return { name: c, from: 'source' };
    }
  }
  if (publisher?.country) return { name: publisher.country, from: 'publisher' };
  const among = publisher?.countries;
  if (among) {
    // The party's country the text names most ("New Zealand must …" in a Green Party release), if it names one.
    const named = among.filter((c) => (counts.get(c) ?? 0) > 0).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    if (named.length > 0 && (named.length === 1 || counts.get(named[0]!)! > counts.get(named[1]!)!)) return { name: named[0]!, from: 'publisher' };
  }
  if ((meta.ministers.length > 0 || meta.portfolios.length > 0) && rules.frontMatterCountry) return { name: rules.frontMatterCountry, from: 'front-matter' };
  if (dateline) return { name: dateline, from: 'dateline' };
  const top = leading(counts);
  return top ? { name: top, from: 'mentions' } : null;
}

/** The clearly most-named entry of `counts`, or null. */
export function leading(counts: ReadonlyMap<string, number>, among?: (name: string) => boolean): string | null {
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [name, n] of counts) {
    if (among && !among(name)) continue;
    if (n > first) {
      second = first;
      first = n;
      best = name;
    } else if (n > second) second = n;
  }
  return best !== null && first >= MIN_MENTIONS && first >= LEAD * second ? best : null;
}

/**
 * The country of a wire dateline: a place in capitals opening the text's
 * first line, then a comma, a bracket or a dash (`WELLINGTON, Aug 2`,
 * `SUVA (AFP) -`). `placeAt(start, end)` gives the country of a place
 * or country mention exactly there, or null.
 */
export function datelineCountry(text: string, placeAt: (start: number, end: number) => string | null): string | null {
  // The dateline opens the story, which may come after a headline and a byline ("By Gwen Marsh"): any of the first lines.
  const head = text.slice(0, DATELINE_REACH);
  for (const m of head.matchAll(/^[ \t]*(\p{Lu}[\p{Lu}'’. -]*\p{Lu})(?=[ \t]*(?:,|\(|[-–—]))/gmu)) {
    const start = m.index + m[0].length - m[1]!.length;
    const country = placeAt(start, start + m[1]!.length) ?? countryAfter(head, start + m[1]!.length, placeAt);
    if (country) return country;
  }
  return null;
}

/**
 * "SAN JOSE MINE, Chile (AP) -", "CLARK AIR BASE, Philippines, June 10": a
 * place the lists lack, then its country in title case: the country's.
 */
function countryAfter(head: string, at: number, placeAt: (start: number, end: number) => string | null): string | null {
  const m = /^[ \t]*,[ \t]*(\p{Lu}[\p{L}'’. -]*\p{L})(?=[ \t]*(?:,|\(|[-–—]))/u.exec(head.slice(at));
  if (!m) return null;
  const start = at + m[0].length - m[1]!.length;
  return placeAt(start, start + m[1]!.length);
}

/** How far into the text a dateline may open a line: past a headline and a byline, not into the story. */
const DATELINE_REACH = 400;
