import { PLURAL_TITLE_WORD, STARTS_OFFICE, type OfficeInfo, type Rules, type OfficeFlag } from '../lexicon/index.js';
import { PUNCT, tokenizeText, WORD, type Tok } from '../text/index.js';

/** An office title found in the tokens: [start, end) in token indexes. */
export interface OfficeMatch {
  readonly start: number;
  readonly end: number;
  /** Canonical title, with its prefix: "Deputy Secretary of State". */
  readonly title: string;
  readonly info: OfficeInfo;
  /** Written in the plural ("Foreign Ministers"): an office of each name it lists, never one holder's mention. */
  readonly plural?: true;
}

/**
 * The office title starting at token `i`, longest first. A listed prefix
 * ("Deputy", "Assistant", "Associate" …) before a listed office makes a new
 * office of the same kind ("Assistant Minister of Foreign Affairs"), unless
 * the whole phrase is listed itself ("Deputy Prime Minister").
 */
export function matchOffice(tokens: readonly Tok[], i: number, rules: Rules): OfficeMatch | null {
  const t = tokens[i]!;
  if (t.kind !== WORD) return null;
  const direct = rules.offices.match(tokens, i);
  let best: OfficeMatch | null = direct ? { start: i, end: direct.end, title: direct.value.title, info: direct.value } : null;
  const prefix = rules.prefixes.match(tokens, i);
  if (prefix && prefix.end < tokens.length) {
    const base = matchOffice(tokens, prefix.end, rules);
    // "Under" makes only secretaries ("Under Secretary of State"); "Under President Ford" is a preposition.
    // A prefix in lower case only before a title of several words: "deputy secretary of state", not "deputy Minister".
    const lower = !tokens[i]!.cap;
    // A single word in lower case is listed so on purpose ("leader"): "deputy leader" counts too.
    const fits = base !== null && (!prefix.value.endsWith('Under') || base.title.startsWith('Secretary')) && (!lower || base.end - prefix.end >= 2 || !tokens[prefix.end]!.cap);
    // A vague base keeps its prefix and stays vague ("Deputy Secretary Smith"), unless an organisation after "of" owns it (role-phrases.ts).
    if (base && fits && (!best || base.end > best.end)) {
      const info = prefixedOffice(prefix.value, base.info, rules);
      best = { start: i, end: base.end, title: info.title, info };
    }
  }
  if (!best) return null;
  // A plural or a compound ("Foreign Ministers", "Minister-level") is not this office; "Prime Minister-designate" is, to come.
  const next = tokens[best.end];
  if (next && next.glued && next.kind === PUNCT && next.text === '-' && tokens[best.end + 1]?.kind === WORD && !tokens[best.end + 1]!.cap && !rules.future.has(tokens[best.end + 1]!.key)) return null;
  return best;
}

/** "Deputy" + "Secretary of State": the listed office of that title, else one of the same kind that may have several holders at once. */
export function prefixedOffice(prefix: string, base: OfficeInfo, rules: Rules): OfficeInfo {
  const title = `${prefix} ${base.title}`;
  return rules.officeByTitle.get(title.toLowerCase()) ?? { ...base, title, flags: withoutOne(base.flags) };
}

function withoutOne(flags: ReadonlySet<OfficeFlag>): ReadonlySet<OfficeFlag> {
  return new Set([...flags].filter((f) => f !== 'one'));
}

/** Offices held to another's, and the word before it: the office after it is part of their title, and names no one of its own. */
const ASSISTING: ReadonlyMap<string, string> = new Map([
  ['Parliamentary Secretary', 'to'],
  ['Parliamentary Under-Secretary', 'to'],
  ['Special Representative', 'of'],
  ['Special Envoy', 'of'],
]);

/** "Special Representative of the Secretary-General": a post of the United Nations, as that phrase is used. */
const UN_SECRETARY_GENERAL = 'Secretary General';

/**
 * "The Parliamentary Secretary to the Prime Minister, Jane Roe", "the
 * Parliamentary Under-Secretary to the Minister of Foreign Affairs", "the
 * Special Representative of the Secretary-General": one office, the
 * assistant's, whose title names the office assisted. Read as two, the name
 * after them was taken for the Prime Minister (or the Secretary-General).
 */
function assisting(m: OfficeMatch | null, tokens: readonly Tok[], rules: Rules): OfficeMatch | null {
  const link = m ? ASSISTING.get(m.title) : undefined;
  if (!m || link === undefined || tokens[m.end]?.kind !== WORD || tokens[m.end]!.key !== link) return m;
  const at = tokens[m.end + 1]?.key === 'the' ? m.end + 2 : m.end + 1;
  const assisted = at < tokens.length ? matchOffice(tokens, at, rules) : null;
  if (!assisted || assisted.plural) return m;
  const title = `${m.title} ${link} the ${assisted.title}`;
  // The Secretary-General's representatives are the United Nations' (as the phrase is used); the Prime Minister's envoy is whoever's the Prime Minister is.
  const info = link === 'of' && assisted.title === UN_SECRETARY_GENERAL ? { ...m.info, title, owner: 'United Nations' } : { ...m.info, title };
  return { ...m, end: assisted.end, title, info };
}

/** Every office title in the tokens, left to right, never overlapping. */
export function findOffices(tokens: readonly Tok[], rules: Rules, starts: Uint8Array): OfficeMatch[] {
  const out: OfficeMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(starts[i]! & STARTS_OFFICE)) continue;
    // "New Zealand First Deputy Leader": a name that ends on the word ("First") keeps it; the title starts after.
    const named = rules.gazetteer.matchEnding(tokens, i + 1);
    if (named && named.start < i && named.value.kind !== 'person') continue;
    const m = assisting(withoutBodyPortfolio(matchOffice(tokens, i, rules), tokens, rules), tokens, rules) ?? memberForSeat(tokens, i, rules) ?? lowerCaseInApposition(tokens, i, rules);
    if (m && !endsAName(tokens, m, rules)) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return withPlurals(out, tokens, rules, starts);
}

/**
 * "The taoiseach, Bertie Ahern", "the chancellor, Gordon Brown": British
 * papers write a one-word title in lower case, as an apposition after "the"
 * and before a comma and a capitalised name. Only there: "the president
 * said" names no one, and one-word titles otherwise count only capitalised.
 */
function lowerCaseInApposition(tokens: readonly Tok[], i: number, rules: Rules): OfficeMatch | null {
  const t = tokens[i]!;
  const name = tokens[i + 2];
  if (t.cap || tokens[i - 1]?.key !== 'the' || tokens[i + 1]?.kind !== PUNCT || tokens[i + 1]!.text !== ',' || name?.kind !== WORD || !name.cap || name.sentence !== t.sentence) return null;
  const view = [{ ...t, cap: true }];
  const m = rules.offices.match(view, 0);
  return m && m.end === 1 && !m.value.flags.has('vague') ? { start: i, end: i + 1, title: m.value.title, info: m.value } : null;
}

/** Capitalised words before a title that are no given name: "The King", "His Majesty King". */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'former', 'late', 'new', 'majesty', 'highness']);

/** Titles that are also family names: "Larry King", "Madeleine King", "Mark Prince". */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['King', 'Queen', 'Prince']);

/**
 * Whether a one-word title is the last word of a name: right after a
 * capitalised word the lists do not know (no place, country, adjective,
 * honorific or office, no sentence opener), with no capitalised word after
 * it. "Saudi King Salman", "the late King", "Jordan's King Abdullah" keep the title.
 */
function endsAName(tokens: readonly Tok[], m: OfficeMatch, rules: Rules): boolean {
  if (m.end !== m.start + 1 || !SURNAME_TITLES.has(tokens[m.start]!.text)) return false;
  const prev = tokens[m.start - 1];
  const next = tokens[m.end];
  if (!prev || prev.kind !== WORD || !prev.cap || prev.sentence !== tokens[m.start]!.sentence) return false;
  if (next?.kind === WORD && next.cap && next.sentence === prev.sentence) return false;
  if ((prev.sentenceStart && rules.openers.has(prev.text)) || NOT_NAME_WORDS.has(prev.key)) return false;
  return !(rules.gazetteer.matchEnding(tokens, m.start) || rules.adjectives.matchEnding(tokens, m.start) || rules.honorifics.matchEnding(tokens, m.start) || rules.offices.matchEnding(tokens, m.start));
}

/**
 * "the Member for Rotorua", "the State Member for Beaudesert": the Westminster
 * name of a seat's MP, the office "Member of Parliament" (its electorate is
 * added as for "MP for Rotorua"). "Member" alone is no office: "Council
 * Member", "a member of the board".
 */
function memberForSeat(tokens: readonly Tok[], i: number, rules: Rules): OfficeMatch | null {
  // "State Member", "Federal Member": which parliament, part of the title's words.
  const at = SEAT_PARLIAMENTS.has(tokens[i]!.text) ? i + 1 : i;
  const t = tokens[at];
  const seat = tokens[at + 2];
  if (t?.text !== 'Member' || tokens[at + 1]?.key !== 'for' || seat?.kind !== WORD || !seat.cap || seat.sentence !== t.sentence) return null;
  const info = rules.officeByTitle.get('member of parliament');
  return info ? { start: i, end: at + 1, title: info.title, info } : null;
}

const SEAT_PARLIAMENTS: ReadonlySet<string> = new Set(['State', 'Federal']);

/** Lower-case words inside an organisation's name ("Department of Corrections", "Ministry of Foreign Affairs and Trade"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'the']);

/**
 * "the Department of Corrections spokesman", "a Ministry of Foreign Affairs
 * and Trade spokesperson": listed portfolio words before a spokesperson
 * ("Corrections Spokesman", "Trade Spokesperson") that end an organisation's
 * name are that name's, not a portfolio: the title is the bare post after
 * them, and the name stays free to be a mention. The name is the
 * capitalised run before the portfolio, joined by `of`, `and`, `&`, `for`,
 * `the`, holding a listed body's head word (`bodyHeads`); a title before an
 * `and` keeps the portfolio ("Leader of the Opposition and Foreign Affairs
 * Spokesperson").
 */
function withoutBodyPortfolio(m: OfficeMatch | null, tokens: readonly Tok[], rules: Rules): OfficeMatch | null {
  if (!m || !m.info.title.startsWith('Spokesperson for ')) return m;
  const link = tokens[m.start - 1];
  if (!link || link.kind !== WORD || !NAME_LINKS.has(link.key)) return m;
  let body = false;
  for (let k = m.start - 2; k >= 0 && m.start - k <= 12; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[m.start]!.sentence || t.kind !== WORD) break;
    if (t.cap) {
      if (rules.offices.match(tokens, k)) break;
      if (rules.bodyHeads.has(t.text)) body = true;
    } else if (!NAME_LINKS.has(t.key)) break;
  }
  if (!body) return m;
  // The bare post: the last match that ends the phrase ("Foreign Affairs and Trade Spokesperson" holds "Trade Spokesperson" too).
  let bare: OfficeMatch | null = null;
  for (let j = m.start + 1; j < m.end; j++) {
    const post = matchOffice(tokens, j, rules);
    if (post && post.end === m.end) bare = post;
  }
  return bare ?? m;
}

/**
 * Titles in the plural ("Foreign Ministers Penny Wong and Winston Peters",
 * "former prime ministers Helen Clark and Jim Bolger"): read with the last
 * word in the singular and marked plural. Rare, so looked for only where a
 * plural title word stands.
 */
function withPlurals(found: OfficeMatch[], tokens: readonly Tok[], rules: Rules, starts: Uint8Array): OfficeMatch[] {
  let out = found;
  for (let j = 0; j < tokens.length; j++) {
    if (!(starts[j]! & PLURAL_TITLE_WORD)) continue;
    const t = tokens[j]!;
    const singular = rules.pluralTitleWords.get(t.key);
    if (singular === undefined || out.some((o) => o.start <= j && j < o.end)) continue;
    const view = tokens.slice(Math.max(0, j - 6), j + 1);
    const from = j + 1 - view.length;
    view[view.length - 1] = { ...t, key: singular, text: t.text.slice(0, singular.length) };
    for (let i = 0; i < view.length; i++) {
      const m = matchOffice(view, i, rules);
      if (!m || m.end !== view.length || m.info.flags.has('vague')) continue;
      const plural: OfficeMatch = { start: m.start + from, end: j + 1, title: m.title, info: m.info, plural: true };
      if (out.some((o) => o.start < plural.end && plural.start < o.end)) break;
      out = [...out, plural].sort((a, b) => a.start - b.start);
      break;
    }
  }
  return out;
}

/**
 * The canonical name of an office title as written, or null when it names
 * none: "Foreign Minister" → "Minister of Foreign Affairs", "Secretary-General"
 * → "Secretary General", "Associate Foreign Affairs Minister" → "Associate
 * Minister of Foreign Affairs". Vague titles ("Minister") name no office.
 */
export function canonicalOfficeWith(title: string, rules: Rules): string | null {
  const tokens = tokenizeText(title.trim());
  if (tokens.length === 0) return null;
  const m = matchOffice(tokens, 0, rules);
  if (!m || m.end !== tokens.length || m.info.flags.has('vague')) return null;
  return m.title;
}

/** The office a front-matter portfolio gives its minister: "Foreign Affairs" → "Minister of Foreign Affairs", "Prime Minister" → itself. */
export function portfolioOfficeWith(portfolio: string, rules: Rules): OfficeMatch['info'] | null {
  const p = portfolio.trim();
  if (!p) return null;
  const asTitle = canonicalOfficeWith(p, rules);
  if (asTitle) return rules.officeByTitle.get(asTitle.toLowerCase()) ?? null;
  const words = p.split(/\s+/);
  const prefix = rules.prefixes.match(tokenizeText(words[0]!), 0)?.value;
  let rest = prefix ? words.slice(1).join(' ') : p;
  // "Minister of Maori Affairs", a ministry the lists do not know, written out in full: its portfolio is after "of".
  const spelled = /^Minister (?:of|for)(?: the)? (.+)$/.exec(rest);
  if (spelled) rest = spelled[1]!;
  const base = canonicalOfficeWith(`Minister of ${rest}`, rules);
  const baseInfo = base ? rules.officeByTitle.get(base.toLowerCase()) ?? null : null;
  const title = `${prefix ? `${prefix} ` : ''}${base ?? `Minister of ${rest}`}`;
  if (baseInfo && !prefix) return baseInfo;
  return { title, in: baseInfo?.in ?? null, notIn: baseInfo?.notIn ?? null, flags: new Set() };
}
