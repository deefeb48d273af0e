import type { DocumentMeta } from '../../../core/index.js';
import type { Rules } from '../lexicon/index.js';

/** The country a document speaks for, and the evidence. */
export interface DocumentCountry {
  readonly name: string;
  readonly from: 'url' | 'source' | 'front-matter' | 'dateline' | 'mentions';
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
 * 3. `ministers`/`portfolios` front matter: the government that publishes
 *    releases that way (`frontMatterCountry`, New Zealand's Beehive);
 * 4. a wire dateline's place (`WELLINGTON, Aug 2 (Reuters) -`): the
 *    country the story is filed from, whose officials it leaves unqualified;
 * 5. the country the text names most, when it clearly leads
 *    (≥ 2 mentions and 1.5 × the next).
 */
export function documentCountry(meta: DocumentMeta, counts: ReadonlyMap<string, number>, rules: Rules, dateline: string | null = null): DocumentCountry | null {
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
 * mention exactly there, or null.
 */
export function datelineCountry(text: string, placeAt: (start: number, end: number) => string | null): string | null {
  const m = /^\s*(\p{Lu}[\p{Lu}'’. -]*\p{Lu})(?=\s*(?:,|\(|[-–—]))/u.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return placeAt(start, start + m[1]!.length);
}
