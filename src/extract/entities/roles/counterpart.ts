import type { Rules } from '../lexicon/index.js';
import type { PersonCluster } from '../coreference/index.js';
import { prefixedOffice, ownerEnding, type RolePhrase } from '../offices/index.js';
import type { RoleDraft } from './role-draft.js';
import { SEATS } from './primary-role.js';
import { clusterStarts, namesListed, type ClusterStarts } from './listed-names.js';
import { holderNames } from './known-holders.js';
import { skipSeatBack } from '../names/index.js';
import { relativeClauses, sentenceStart, CLITIC, WORD, isComma, type Tok } from '../text/index.js';

/**
 * "his counterpart Stephen Harper", "her Australian counterpart, Penny Wong":
 * the name holds the office of the person whose counterpart it is, the
 * nearest other person named before it in the sentence, when that person has
 * exactly one current office in the document, or else the nearest current
 * title before it in the sentence that names no one ("New Zealand's foreign
 * minister said … after talks with his counterpart Enrique Manalo"). The owner is the country
 * stated before "counterpart", else unknown, never inferred: the document's
 * country is the other side's.
 */
export function counterpartRoles(
  clusters: readonly PersonCluster[],
  drafts: readonly RoleDraft[],
  tokens: readonly Tok[],
  text: string,
  rules: Rules,
  unnamed: readonly RolePhrase[] = [],
  published: string | null = null,
): RoleDraft[] {
  const listed = listedOffices(clusters, rules, published);
  const owner = new Int32Array(tokens.length).fill(-1);
  clusters.forEach((c, index) => {
    for (const m of c.mentions) owner.fill(index, m.start, m.end);
  });
  const offices = new Map<number, RoleDraft[]>();
  for (const d of drafts) if (d.tense === 'current') (offices.get(d.cluster) ?? offices.set(d.cluster, []).get(d.cluster)!).push(d);
  const out: RoleDraft[] = [];
  const clusterAt = clusterStarts(clusters);
  const author = authorCluster(drafts);
  clusters.forEach((c, index) => {
    // "his British counterpart, Kemi Badenoch, the Secretary of State for Business and Trade": an office the text states outright comes first (a seat, "Senator Wong", says less than a counterpart).
    if ((offices.get(index) ?? []).some((d) => !SEATS.has(d.title))) return;
    for (const m of c.mentions) {
      if (!m.candidate) continue;
      // "my Australian counterpart, Senator David Johnston": a seat worn as a style may stand before the name.
      const styled = skipSeatBack(tokens, m.start);
      const before = isComma(tokens[styled - 1]) ? styled - 1 : styled;
      const plural = rules.counterpartsPlural.matchEnding(tokens, before);
      if (plural && tokens[plural.start]!.sentence === tokens[m.start]!.sentence) {
        out.push(...pairedCounterparts(index, m.end, plural.start, before, owner, offices, clusterAt, tokens, text, rules));
        continue;
      }
      const deputy = deputyRole(index, before, owner, offices, tokens, text, rules) ?? predecessorRole(index, before, owner, offices, tokens, text, rules);
      if (deputy) {
        out.push(deputy);
        continue;
      }
      const word = rules.counterparts.matchEnding(tokens, before);
      if (!word || tokens[word.start]!.sentence !== tokens[m.start]!.sentence) continue;
      const named = subjectBefore(owner, tokens, word.start, index, rules);
      // "I met my Australian counterpart": the first person is the document's author.
      const subject = named === -1 && firstPersonBefore(tokens, word.start) && author !== index ? author : named;
      const held: readonly { title: string; info: RoleDraft['info'] }[] = subject === -1 ? titleBefore(unnamed, tokens, word.start) : (offices.get(subject) ?? []);
      const titles = new Set(held.map((d) => d.title));
      // "Deputy Prime Minister and Foreign Minister Don McKinnon … his Australian counterpart, Gareth Evans": of the
      // subject's offices (or any, with no subject office), the one the office-holders list says the person held then.
      const office = titles.size === 1 ? held[0]! : listed(index, titles);
      if (!office) continue;
      const ownerEnd = tokens[word.start - 1]?.kind === CLITIC ? word.start - 1 : word.start;
      const stated = ownerEnd > 0 ? ownerEnding(tokens, ownerEnd, rules) : null;
      const from = stated && tokens[stated.start]!.sentence === tokens[word.start]!.sentence ? stated : null;
      const start = tokens[from ? from.start : word.start]!.start;
      const end = tokens[before - 1]!.end;
      out.push({ cluster: index, start, end, text: text.slice(start, end), title: office.title, info: office.info, stated: from?.name ?? null, tense: 'current', source: 'pattern', ownerUnknown: true });
    }
  });
  return out;
}

/**
 * The one office the office-holders list gives a person on the document's
 * date, among `among` when that is not empty; null without a date, a listed
 * full name, or with more than one.
 */
function listedOffices(clusters: readonly PersonCluster[], rules: Rules, published: string | null): (cluster: number, among: ReadonlySet<string>) => { title: string; info: RoleDraft['info'] } | null {
  const month = published?.slice(0, 7) ?? null;
  return (cluster, among) => {
    if (month === null) return null;
    const { full } = holderNames(clusters[cluster]!, rules);
    const titles = new Set<string>();
    for (const [key, terms] of rules.officeTerms) {
      const title = key.slice(0, key.indexOf('|'));
      if (among.size > 0 && !among.has(title)) continue;
      if (terms.some((t) => t.from <= month && (t.to === null || month <= t.to) && full.some((n) => t.names.includes(n)))) titles.add(title);
    }
    if (titles.size !== 1) return null;
    const [title] = titles;
    const info = rules.officeByTitle.get(title!.toLowerCase());
    return info ? { title: title!, info } : null;
  };
}

/**
 * "Defence Minister Judith Collins and Foreign Minister Winston Peters …
 * their Australian counterparts, Richard Marles and Penny Wong": the names
 * listed after the plural take, in order, the one current office of each
 * person named before it in the sentence, when the two lists are as long.
 */
function pairedCounterparts(
  first: number,
  end: number,
  wordStart: number,
  before: number,
  owner: Int32Array,
  offices: ReadonlyMap<number, RoleDraft[]>,
  clusterAt: ClusterStarts,
  tokens: readonly Tok[],
  text: string,
  rules: Rules,
): RoleDraft[] {
  const listed = namesListed(first, end, tokens, clusterAt);
  const subjects: number[] = [];
  const sentence = tokens[wordStart]!.sentence;
  for (let j = sentenceStart(tokens, wordStart); j < wordStart; j++) if (owner[j]! >= 0 && !subjects.includes(owner[j]!)) subjects.push(owner[j]!);
  if (listed.length < 2 || subjects.length !== listed.length) return [];
  // Each subject's one office, or else the one the sentence states nearest the name ("Deputy Prime Minister and Foreign
  // Minister Winston Peters and Defence Minister Judith Collins … their Australian counterparts, Penny Wong and Richard Marles").
  const opens = tokens[sentenceStart(tokens, wordStart)]!.start;
  const stops = tokens[wordStart]!.start;
  const held = subjects.map((s) => {
    const all = offices.get(s) ?? [];
    if (new Set(all.map((d) => d.title)).size === 1) return all;
    const here = all.filter((d) => d.start >= opens && d.end <= stops);
    const nearest = Math.max(...here.map((d) => d.end));
    return here.filter((d) => d.end === nearest);
  });
  if (held.some((h) => new Set(h.map((d) => d.title)).size !== 1)) return [];
  const ownerEnd = tokens[wordStart - 1]?.kind === CLITIC ? wordStart - 1 : wordStart;
  const stated = ownerEnd > 0 ? ownerEnding(tokens, ownerEnd, rules) : null;
  const from = stated && tokens[stated.start]!.sentence === sentence ? stated : null;
  const start = tokens[from ? from.start : wordStart]!.start;
  const stop = tokens[before - 1]!.end;
  return listed.map((cluster, i) => {
    const office = held[i]![0]!;
    return { cluster, start, end: stop, text: text.slice(start, stop), title: office.title, info: office.info, stated: from?.name ?? null, tense: 'current', source: 'pattern', ownerUnknown: true } as RoleDraft;
  });
}

/**
 * "Blinken’s deputy, Kurt Campbell": the deputy's office is the person's
 * one current office with "Deputy" before it, owned as the person's is.
 */
function deputyRole(self: number, before: number, owner: Int32Array, offices: ReadonlyMap<number, RoleDraft[]>, tokens: readonly Tok[], text: string, rules: Rules): RoleDraft | null {
  const word = rules.deputies.matchEnding(tokens, before);
  if (!word || word.start < 2 || tokens[word.start - 1]!.kind !== CLITIC) return null;
  const principal = owner[word.start - 2]!;
  if (principal < 0 || principal === self || tokens[word.start - 2]!.sentence !== tokens[before - 1]!.sentence) return null;
  const held = offices.get(principal) ?? [];
  if (new Set(held.map((d) => d.title)).size !== 1) return null;
  const office = held[0]!;
  const info = prefixedOffice('Deputy', office.info, rules);
  const start = tokens[word.start]!.start;
  const end = tokens[before - 1]!.end;
  return { cluster: self, start, end, text: text.slice(start, end), title: info.title, info, stated: office.stated, tense: 'current', source: 'pattern', ...(office.ownerUnknown ? { ownerUnknown: true } : {}) };
}

/**
 * "Albanese's predecessor, Scott Morrison", "his predecessor Jim Bolger": the
 * name held, before, the one current office of the person whose predecessor
 * it is (the name before the possessive, or the nearest other person before
 * "his" or "her" in the sentence), with that office's owner.
 */
function predecessorRole(self: number, before: number, owner: Int32Array, offices: ReadonlyMap<number, RoleDraft[]>, tokens: readonly Tok[], text: string, rules: Rules): RoleDraft | null {
  const word = tokens[before - 1];
  if (!word || word.kind !== WORD || word.key !== 'predecessor' || before < 3) return null;
  const possessive = tokens[before - 2]!;
  const principal =
    possessive.kind === CLITIC ? owner[before - 3]! : possessive.kind === WORD && (possessive.key === 'his' || possessive.key === 'her') ? subjectBefore(owner, tokens, before - 2, self, rules) : -1;
  if (principal < 0 || principal === self || tokens[before - 2]!.sentence !== tokens[before]!.sentence) return null;
  const held = (offices.get(principal) ?? []).filter((d) => !SEATS.has(d.title));
  if (new Set(held.map((d) => d.title)).size !== 1) return null;
  const office = held[0]!;
  const start = tokens[possessive.kind === CLITIC ? before - 3 : before - 2]!.start;
  const end = word.end;
  return { cluster: self, start, end, text: text.slice(start, end), title: office.title, info: office.info, stated: office.stated, tense: 'former', source: 'pattern', ...(office.ownerUnknown ? { ownerUnknown: true } : {}) };
}

/**
 * The cluster of the nearest other person named before token `at` in its
 * sentence, or -1. A relative clause set off by commas is skipped: in
 * "Peters, who travelled with Luxon, held talks with his counterpart", the
 * counterpart is Peters'.
 */
function subjectBefore(owner: Int32Array, tokens: readonly Tok[], at: number, self: number, rules: Rules): number {
  const first = sentenceStart(tokens, at);
  const skipped = relativeClauses(tokens, first, at, rules);
  for (let k = at - 1; k >= first; k--) if (!skipped[k - first] && owner[k]! >= 0 && owner[k] !== self) return owner[k]!;
  return -1;
}


/** The one person whose roles the document's metadata gives (a release's minister, a transcript's prime minister), or -1. */
function authorCluster(drafts: readonly RoleDraft[]): number {
  const authors = new Set(drafts.filter((d) => d.source === 'front-matter' || d.source === 'byline').map((d) => d.cluster));
  return authors.size === 1 ? [...authors][0]! : -1;
}

/** "my counterpart", "our Australian counterpart": a first-person possessive within three words before the counterpart word. */
function firstPersonBefore(tokens: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3 && tokens[k]!.sentence === tokens[at]!.sentence; k--) {
    const t = tokens[k]!;
    if (t.kind === WORD && (t.key === 'my' || t.key === 'our')) return true;
    if (t.kind !== WORD || !t.cap) return false;
  }
  return false;
}

/** The nearest current title naming no one before token `at` in its sentence, as a one-element list, or none. */
function titleBefore(unnamed: readonly RolePhrase[], tokens: readonly Tok[], at: number): { title: string; info: RoleDraft['info'] }[] {
  const sentence = tokens[at]!.sentence;
  let best: RolePhrase | null = null;
  for (const p of unnamed) {
    if (p.end > at || p.tense !== 'current' || p.office.info.flags.has('vague') || tokens[p.start]!.sentence !== sentence) continue;
    if (!best || p.end > best.end) best = p;
  }
  return best ? [{ title: best.office.title, info: best.office.info }] : [];
}
