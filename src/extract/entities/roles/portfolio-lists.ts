import type { OfficeInfo, Rules } from '../lexicon/index.js';
import type { PersonCluster } from '../coreference/index.js';
import { buildRolePhrase, canonicalOfficeWith, matchOffice, portfolioOfficeWith, type Publisher, type RolePhrase } from '../offices/index.js';
import { CLITIC, lineBreakBetween, PUNCT, WORD, type Tok } from '../text/index.js';
import type { RoleDraft } from './role-draft.js';
import type { Tense } from '../types.js';

/**
 * Portfolio lists in reshuffle and allocation releases, one item per person:
 *
 *     Nicola Willis: Finance, Social Investment, Public Service
 *     Hon Chris Bishop – Minister of Housing, Leader of the House
 *     2. Nicola Willis – Deputy Leader, Finance
 *     | Hon Judith Collins | Defence, Attorney-General |
 *
 * A name, a separator (`:`, a spaced dash, `|`), then titles and portfolios
 * joined by commas. Each title is the person's office ("Leader of the House",
 * "Attorney-General"); each portfolio the minister's office for it ("Finance"
 * → "Minister of Finance"), or, in a party's own release (an opposition
 * line-up), its spokesperson's ("Spokesperson for Finance", the party's).
 * Readers may join a paragraph's lines, so an item also ends where the next
 * item's name starts ("… Culture and Heritage Hon Dr Michael Cullen – …"):
 * a title never reaches from one item into the next. A bracket after an
 * entry is skipped; `(from 31 May 2025)` makes the entry future.
 *
 * An item counts only when every entry reads as a title or a run of
 * capitalised portfolio words, and one of them is a listed office or
 * portfolio: a speaker's label ("PETERS: Well, we'll see") is no list item.
 * The items' words are no people ("Infrastructure" is a portfolio), and the
 * titles in them state no role of any name after them.
 */
export interface PortfolioLists {
  readonly drafts: RoleDraft[];
  /** Token ranges [start, end) of the items' entries, after the separator. */
  readonly items: readonly { readonly start: number; readonly end: number }[];
}

/** An entry written as a government post ("Minister for Regional Economic Development", "Parliamentary Under-Secretary for …"): a minister's, even in a party's release. */
const GOVERNMENT_POST = /\b(?:Minister|Secretary|Under-Secretary)\b/;

const SEPARATORS = new Set([':', '–', '—', '-', '|']);

export function portfolioLists(clusters: readonly PersonCluster[], tokens: readonly Tok[], text: string, rules: Rules, publisher: Publisher | null, labelled: ReadonlySet<number> = new Set()): PortfolioLists {
  // Names followed by a separator: where a joined line's next item starts.
  const starts = new Map<number, number>();
  const nameAt: { start: number; end: number; cluster: number; sep: number }[] = [];
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      // A transcript's speaker label ("MITCHELL: Prime Minister." addresses him) is a turn, not a list item.
      if (!m.candidate || labelled.has(m.start)) continue;
      const sep = separatorAfter(tokens, m.end, text, rules);
      if (sep < 0) continue;
      starts.set(m.start, index);
      nameAt.push({ start: m.start, end: m.end, cluster: index, sep });
    }
  });
  nameAt.sort((a, b) => a.start - b.start);
  const drafts: RoleDraft[] = [];
  const items: { start: number; end: number }[] = [];
  const itemStarts = new Set<number>();
  const party = publisher?.party ? publisher.name : null;
  const found: { name: (typeof nameAt)[number]; k: number; entries: { list: Entry[]; end: number; known: boolean } }[] = [];
  for (const name of nameAt) {
    const k = name.sep;
    if (!opensItem(tokens, name.start, text, rules) && !itemStarts.has(name.start)) continue;
    const entries = readEntries(tokens, k + 1, text, rules, starts);
    if (!entries) continue;
    found.push({ name, k, entries });
    itemStarts.add(entries.end);
  }
  // An item naming no listed office or portfolio ("Research, Science and Innovation") counts in a list that does.
  if (!found.some((f) => f.entries.known)) return { drafts, items };
  for (const { name, k, entries } of found) {
    items.push({ start: k + 1, end: entries.end });
    for (const e of entries.list) {
      const start = tokens[e.start]!.start;
      const end = tokens[e.end - 1]!.end;
      const base = { cluster: name.cluster, start, end, text: text.slice(start, end), tense: e.tense, source: 'apposition' as const };
      if (e.office) {
        const own = party !== null && (e.office.flags.has('org') || e.office.title.startsWith('Spokesperson'));
        drafts.push({ ...base, title: e.office.title, info: e.office, stated: own ? party : null, ...(e.host !== undefined ? { host: e.host } : {}) });
      } else if (party !== null && !GOVERNMENT_POST.test(e.words)) {
        const title = `Spokesperson for ${e.words}`;
        drafts.push({ ...base, title, info: { title, in: null, notIn: null, flags: new Set(['noinfer']) }, stated: party });
      } else {
        // "Parliamentary Under-Secretary for Foreign Affairs", "Minister Responsible for the GCSB": a government post no portfolio names, titled as written.
        const asWritten = /Secretary/.test(e.words) || /^Minister\s+(?!for\b|of\b)/.test(e.words);
        const info = asWritten ? null : portfolioOfficeWith(e.words, rules);
        const title = e.words.replace(/\s+/g, ' ');
        if (info) drafts.push({ ...base, title: info.title, info, stated: null });
        else if (asWritten) drafts.push({ ...base, title, info: { title, in: null, notIn: null, flags: new Set(['local']) }, stated: null });
      }
    }
  }
  return { drafts, items };
}

/** The separator after a name ending at `end` (post-nominals skipped) on its line, or -1. */
function separatorAfter(tokens: readonly Tok[], end: number, text: string, rules: Rules): number {
  let k = end;
  while (tokens[k]?.kind === WORD && rules.postNominals.has(tokens[k]!.text)) k++;
  // "Hon Dr Pita Sharples (Māori Party): Minister of Māori Affairs": a party or electorate in brackets before the separator.
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < k + 8 && tokens[close] && tokens[close]!.text !== ')' && tokens[close]!.text !== '(') close++;
    if (tokens[close]?.text === ')' && !lineBreakBetween(text, tokens[k]!.start, tokens[close]!.end)) k = close + 1;
  }
  const sep = tokens[k];
  if (!sep || sep.kind !== PUNCT || !SEPARATORS.has(sep.text)) return -1;
  if (sep.text === '-' && (sep.glued || tokens[k + 1]?.glued)) return -1;
  return lineBreakBetween(text, tokens[k - 1]!.end, sep.start) ? -1 : k;
}

/** A name opening a line, after a list number ("2.") or a table's bar, and a style ("Senator the Hon Penny Wong – …"). */
function opensItem(tokens: readonly Tok[], start: number, text: string, rules: Rules): boolean {
  let k = start;
  // "Senator the Hon": a style office, "the" and honorifics before the name, on its line.
  while (k > 0 && !lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) {
    const t = tokens[k - 1]!;
    if (t.kind === WORD && (t.key === 'the' || rules.honorifics.match(tokens, k - 1)?.end === k || rules.offices.match(tokens, k - 1)?.value.flags.has('style'))) k--;
    else break;
  }
  const prev = tokens[k - 1];
  if (prev?.kind === PUNCT && (prev.text === '.' || prev.text === ')') && /^\d{1,3}$/.test(tokens[k - 2]?.text ?? '')) return true;
  if (prev?.kind === PUNCT && /^[-–•*|]$/.test(prev.text)) k--;
  const before = tokens[k - 1];
  return !before || lineBreakBetween(text, before.end, tokens[k]!.start);
}

interface Entry {
  readonly start: number;
  readonly end: number;
  /** A listed office ("Leader of the House"), or null for a portfolio (`words`). */
  readonly office: OfficeInfo | null;
  readonly words: string;
  readonly tense: Tense;
  /** Where a posted office is posted ("Ambassador to Japan": Japan). */
  readonly host?: string;
}

/** The entries of one item from token `from`, or null when it is no list item. */
function readEntries(tokens: readonly Tok[], from: number, text: string, rules: Rules, names: ReadonlyMap<number, number>): { list: Entry[]; end: number; known: boolean } | null {
  const list: Entry[] = [];
  let known = false;
  let k = from;
  let semicolons = false;
  const line = (j: number) => j < tokens.length && !lineBreakBetween(text, tokens[j - 1]!.end, tokens[j]!.start);
  const stopsAt = (j: number) => !line(j) || names.has(j) || isListNumber(tokens, j) || (tokens[j]!.kind === PUNCT && tokens[j]!.text === '|');
  // "Minister of Justice; Minister for Courts; Minister Responsible for the GCSB": in a list the semicolons
  // make explicit, an entry no rule reads ends the item; the ones before stand, and its words stay in the item.
  const unread = () => {
    // "– Ambassador to Chile, with cross-accreditation to Peru": a clause in lower case after the comma ends the item too.
    const clause = tokens[k]?.kind === WORD && !tokens[k]!.cap;
    if ((!semicolons && !clause) || list.length === 0) return null;
    let end = k;
    while (end < tokens.length && !stopsAt(end)) end++;
    return { list, end, known };
  };
  while (k < tokens.length && !stopsAt(k)) {
    const start = k;
    let office: OfficeInfo | null = null;
    let host: string | undefined;
    const m = matchOffice(tokens, k, rules);
    // "Minister of State Services", "Minister of Women's Affairs": a capitalised word (or a clitic) running on past
    // the office read ("Minister of State", "Minister of Women") is the longer title's.
    const next = m !== null && m.end < tokens.length && !stopsAt(m.end) ? tokens[m.end]! : null;
    // "Parliamentary Under-Secretary for Foreign Affairs": a remit after "for" no office lists, read as written below.
    const runsOn = next !== null && ((next.kind === WORD && (next.cap || (next.key === 'for' && m!.title.startsWith('Parliamentary ')))) || next.kind === CLITIC);
    if (m && !runsOn && !m.info.flags.has('vague') && !crosses(start, m.end, stopsAt)) {
      office = m.info;
      k = m.end;
      // "Caroline Beresford – Ambassador to Japan", "– Consul-General in Shanghai": the posting is the title's.
      const posted = tokens[k]?.kind === WORD && (tokens[k]!.key === 'to' || tokens[k]!.key === 'in') ? buildRolePhrase(tokens, m, rules, text) : null;
      if (posted && posted.host !== undefined && posted.end > k && !crosses(start, posted.end, stopsAt)) {
        office = posted.office.info;
        host = posted.host;
        k = posted.end;
      }
      // "Minister for Health and Ageing", written out: the words after "and" that end the entry are the ministry's.
      const tail = office.title.startsWith('Minister of ') && tokens[start]!.key === 'minister' ? andTail(tokens, k, stopsAt, rules) : k;
      if (tail > k) {
        const title = `${office.title} and ${text.slice(tokens[k + 1]!.start, tokens[tail - 1]!.end)}`;
        office = { ...office, title, flags: office.flags };
        k = tail;
        // A joined line: the next item's title or style ("… and Ageing Senator Penny Wong – …") ends this one.
        if (k < tokens.length && !stopsAt(k) && tokens[k]!.kind === WORD) {
          list.push({ start, end: k, office, words: text.slice(tokens[start]!.start, tokens[k - 1]!.end), tense: 'current' });
          // The next item opens at its name, after the style.
          let next = k;
          while (next < tokens.length && next - k < 4 && !names.has(next) && line(next)) next++;
          return { list, end: names.has(next) ? next : k, known: true };
        }
      }
    } else {
      while (k < tokens.length && !stopsAt(k) && portfolioWord(tokens[k]!, rules, k === start)) k++;
      // "Media and Communications": an opener word ("Media", as in "Media contact:") opens a portfolio the lists know.
      if (k === start) k = listedPortfolioEnd(tokens, start, text, rules, stopsAt);
      if (k === start) return unread();
      // "Deputy Prime Minister (from 31 May 2025)"; a word may not end the portfolio ("Intelligence and").
      if (tokens[k - 1]!.kind !== WORD || !tokens[k - 1]!.cap) return unread();
      k = knownPortfolioEnd(tokens, start, k, text, rules, stopsAt);
    }
    const end = k;
    let tense: Tense = 'current';
    if (tokens[k]?.kind === PUNCT && tokens[k]!.text === '(' && line(k)) {
      const close = closing(tokens, k, line);
      if (close < 0) return null;
      if (tokens[k + 1]?.key === 'from') tense = 'future';
      k = close + 1;
    }
    const words = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    if (office) known = true;
    else if (canonicalOfficeWith(`Minister of ${words}`, rules)) known = true;
    list.push({ start, end, office, words, tense, ...(host !== undefined ? { host } : {}) });
    if (k < tokens.length && !stopsAt(k)) {
      const t = tokens[k]!;
      if (t.kind === PUNCT && (t.text === ',' || t.text === ';')) {
        semicolons ||= t.text === ';';
        k++;
      }
      else if (t.kind === PUNCT && t.text === '.') {
        k++;
        break;
      } else if (!(t.kind === WORD && t.key === 'and')) return null;
      else k++;
    }
  }
  return list.length > 0 ? { list, end: k, known } : null;
}

/**
 * A listed portfolio whose own name holds a comma ("Research, Science and
 * Innovation", "Arts, Culture and Heritage") is one entry, not two: from an
 * entry [start, end) that a comma ends, the end of the longest listed
 * portfolio running on over commas, else `end`.
 */
function knownPortfolioEnd(tokens: readonly Tok[], start: number, end: number, text: string, rules: Rules, stopsAt: (j: number) => boolean): number {
  if (!(tokens[end]?.kind === PUNCT && tokens[end]!.text === ',')) return end;
  let best = end;
  for (let j = end; j < tokens.length && !stopsAt(j) && j - start < 12; j++) {
    const t = tokens[j]!;
    if (!(t.kind === PUNCT && t.text === ',') && !portfolioWord(t, rules, false)) break;
    if (j > end && t.kind === WORD && t.cap && canonicalOfficeWith(`Minister of ${text.slice(tokens[start]!.start, t.end)}`, rules)) best = j + 1;
  }
  return best;
}

/** The end of a listed portfolio opening at `start` with a capitalised word portfolioWord turns away as an opener; `start` when none. */
function listedPortfolioEnd(tokens: readonly Tok[], start: number, text: string, rules: Rules, stopsAt: (j: number) => boolean): number {
  if (tokens[start]?.kind !== WORD || !tokens[start]!.cap) return start;
  let best = start;
  for (let j = start; j < tokens.length && !stopsAt(j) && j - start < 8 && (j === start || portfolioWord(tokens[j]!, rules, false)); j++) {
    if (tokens[j]!.cap && canonicalOfficeWith(`Minister of ${text.slice(tokens[start]!.start, tokens[j]!.end)}`, rules)) best = j + 1;
  }
  return best;
}

/** After "and" at `k`: the end of the capitalised words closing the entry (a comma, a semicolon, the item's end or the next item's title or honorific after them), else `k`. */
function andTail(tokens: readonly Tok[], k: number, stopsAt: (j: number) => boolean, rules: Rules): number {
  if (tokens[k]?.kind !== WORD || tokens[k]!.key !== 'and') return k;
  let j = k + 1;
  // A title ("Minister", "Senator", a style before the next item's name) is another entry or item.
  while (j < tokens.length && !stopsAt(j) && tokens[j]!.kind === WORD && tokens[j]!.cap && !rules.offices.match(tokens, j) && !rules.honorifics.match(tokens, j)) j++;
  if (j === k + 1) return k;
  const next = tokens[j];
  const nextItem = next?.kind === WORD && (rules.offices.match(tokens, j) !== null || rules.honorifics.match(tokens, j) !== null);
  return j >= tokens.length || stopsAt(j) || nextItem || (next?.kind === PUNCT && (next.text === ',' || next.text === ';')) ? j : k;
}

/** Whether an office match [start, end) runs into the next item. */
function crosses(start: number, end: number, stopsAt: (j: number) => boolean): boolean {
  for (let j = start + 1; j < end; j++) if (stopsAt(j)) return true;
  return false;
}

/** A word of a portfolio's name: capitalised (or a joining word inside one), never a sentence opener first. */
function portfolioWord(t: Tok, rules: Rules, first: boolean): boolean {
  if (t.kind === WORD) {
    if (t.cap) return !(first && rules.openers.has(t.text));
    // "Covid-19 Response"
    return !first && (t.key === 'and' || t.key === 'of' || t.key === 'the' || t.key === 'for' || (t.glued && /^\d+$/.test(t.text)));
  }
  // "Women's Affairs"
  if (!first && t.kind === CLITIC) return true;
  return !first && t.kind === PUNCT && (t.text === '&' || (t.text === '-' && t.glued));
}

function isListNumber(tokens: readonly Tok[], j: number): boolean {
  return /^\d{1,3}$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.kind === PUNCT && (tokens[j + 1]!.text === '.' || tokens[j + 1]!.text === ')') && tokens[j + 2]?.kind === WORD && tokens[j + 2]!.cap === true;
}

function closing(tokens: readonly Tok[], open: number, line: (j: number) => boolean): number {
  for (let j = open + 1; j < tokens.length && line(j); j++) if (tokens[j]!.kind === PUNCT && tokens[j]!.text === ')') return j;
  return -1;
}

/** Phrases inside list items: their titles are the item's, no name's after them. */
export function outsideItems(phrases: readonly RolePhrase[], items: PortfolioLists['items']): RolePhrase[] {
  if (items.length === 0) return [...phrases];
  return phrases.filter((p) => !items.some((i) => p.start >= i.start && p.start < i.end));
}

/**
 * Without the people whose every mention lies inside list items' entries:
 * portfolio words ("Infrastructure", "Disarmament"), no people. The drafts'
 * cluster indexes follow.
 */
export function withoutPortfolioWords(clusters: PersonCluster[], lists: PortfolioLists): { clusters: PersonCluster[]; drafts: RoleDraft[] } {
  if (lists.items.length === 0) return { clusters, drafts: lists.drafts };
  const inside = (m: { start: number; end: number }) => lists.items.some((i) => m.start >= i.start && m.end <= i.end);
  const index = new Map<number, number>();
  const kept: PersonCluster[] = [];
  clusters.forEach((c, k) => {
    if (c.mentions.length > 0 && c.mentions.every(inside)) return;
    index.set(k, kept.length);
    kept.push(c);
  });
  const drafts = lists.drafts.flatMap((d) => (index.has(d.cluster) ? [{ ...d, cluster: index.get(d.cluster)! }] : []));
  return { clusters: kept, drafts };
}
