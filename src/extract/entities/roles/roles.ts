import type { OfficeInfo, Rules } from '../lexicon/index.js';
import type { PersonCluster } from '../coreference/index.js';
import { coordinatedTitles, existsIn, canonicalOfficeWith, ownerEnding, portfolioOfficeWith, type RolePhrase } from '../offices/index.js';
import { lineBreakBetween, opensDate, opensLine, sentenceStart, titleReachesName, CLITIC, isComma, PUNCT, WORD, type Tok } from '../text/index.js';
import { clusterStarts, namesListed } from './listed-names.js';
import { occupationRoles } from './occupations.js';
import { canonicalName, nameFold, skipHonorifics, skipHonorificsBack } from '../names/index.js';
import type { DocumentMeta } from '../../../core/index.js';
import type { RoleDraft } from './role-draft.js';
import type { Tense } from '../types.js';


/** "Secretary Pompeo", "Minister Kuleba": a title that marks a name but states no office, kept for the office-holders list (vague-titles.ts). Offsets are characters. */
export interface VagueTitle {
  readonly cluster: number;
  readonly start: number;
  readonly end: number;
  /** The title as the lexicon has it: "Secretary", "Minister". */
  readonly word: string;
}

/**
 * Whether the draft's owner is given rather than inferred: stated in the
 * text, pointed back to by a possessive ("New Zealand First says … its
 * Leader"; none when it points to nothing), or a front-matter or byline
 * role, where the publisher speaks of its own people (their owner is the
 * publisher's country even when unstated).
 */
export const ownerGiven = (d: RoleDraft): boolean => d.stated !== null || d.possessive === true || d.source === 'front-matter' || d.source === 'byline';


function draft(cluster: number, p: RolePhrase, tokens: readonly Tok[], text: string, source: RoleDraft['source']): RoleDraft {
  const start = tokens[p.start]!.start;
  const end = tokens[p.end - 1]!.end;
  const d: RoleDraft = { cluster, start, end, text: text.slice(start, end), title: p.office.title, info: p.office.info, stated: p.of, tense: p.tense, source };
  const hosted = p.host !== undefined ? { ...d, host: p.host } : d;
  return p.ours ? { ...hosted, ours: true } : p.theirs ? { ...hosted, ownerUnknown: true, possessive: true, ...(p.possessor !== undefined ? { possessor: p.possessor } : {}) } : hosted;
}

/**
 * Whether a title ends the phrase that states it: the sentence or the line
 * ends, or punctuation or a listed lower-case word follows ("who was Prime Minister in
 * 1997"). A possessive, a capitalised word or any other word after it means
 * the title describes something else ("the Prime Minister's adviser", "the
 * Foreign Minister Ukraine had sent", "Foreign Minister counterpart").
 */
function closesRole(tokens: readonly Tok[], p: RolePhrase, rules: Rules, text: string): boolean {
  const next = tokens[p.end];
  if (!next || next.sentence !== tokens[p.end - 1]!.sentence || lineBreakBetween(text, tokens[p.end - 1]!.end, next.start)) return true;
  if (next.kind === CLITIC) return false;
  if (next.kind === PUNCT) return !(next.glued && next.text === '-');
  // "ANTONY J. BLINKEN, SECRETARY OF STATE NOVEMBER 27, 2023": a header's date line, joined on, ends the title.
  if (next.kind === WORD && opensDate(tokens, p.end, rules.calendar)) return true;
  return !next.cap && rules.afterRole.has(next.key);
}

/**
 * "Australian and New Zealand Prime Ministers Paul Keating and Jim Bolger":
 * two owners joined by "and" before a plural title go to the two names
 * listed after it, in order. Null unless there are exactly two of each.
 */
function pairedOwners(p: RolePhrase, names: number, tokens: readonly Tok[], rules: Rules): [string, string] | null {
  if (names !== 2) return null;
  let end = p.office.start;
  if (tokens[end - 1]?.kind === CLITIC) end--;
  const second = end > 0 ? ownerEnding(tokens, end, rules) : null;
  if (!second || tokens[second.start - 1]?.kind !== WORD || tokens[second.start - 1]!.key !== 'and') return null;
  let k = second.start - 1;
  if (tokens[k - 1]?.kind === CLITIC) k--;
  const first = k > 0 ? ownerEnding(tokens, k, rules) : null;
  return first && first.name !== second.name ? [first.name, second.name] : null;
}

/** Whether the name starting at `start` can be the subject of a verb after it: not "the guest of Winston Peters is …". */
function isSubject(tokens: readonly Tok[], start: number, rules: Rules): boolean {
  const prev = tokens[start - 1];
  return !prev || prev.sentence !== tokens[start]!.sentence || prev.kind !== WORD || !rules.prepositions.has(prev.key);
}

/** After an optional article at `k`: the index past it. */
function skipArticle(tokens: readonly Tok[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== WORD || !(t.key === 'the' || t.key === 'a' || t.key === 'an')) return k;
  // "remains the legitimate Prime Minister of Fiji": a word that says the title is rightfully held is no part of it.
  const next = tokens[k + 1];
  return next?.kind === WORD && !next.cap && RIGHTFUL.has(next.key) ? k + 2 : k + 1;
}

/** Words between an article and a title that say the title is rightfully or currently held. */
const RIGHTFUL: ReadonlySet<string> = new Set(['legitimate', 'rightful', 'elected', 'lawful', 'constitutional', 'incumbent', 'sitting']);

/** Words a greeting or thanks ends with, before the names it addresses. */
const GREETINGS = new Set(['morning', 'afternoon', 'evening', 'day', 'hello', 'hi', 'thanks', 'thank', 'you', 'welcome', 'cheers', 'congratulations', 'bye', 'goodbye']);

/**
 * "Good morning, Neil, Prime Minister", "Thanks Neil, Prime Minister": a
 * greeting addresses the name and the bare title after it, two people, so
 * the title is no apposition of the name ("Thank you, Jane Doe, the
 * Foreign Minister" still is: the article makes it one).
 */
function greeted(tokens: readonly Tok[], start: number): boolean {
  const before = isComma(tokens[start - 1]) ? tokens[start - 2] : tokens[start - 1];
  return before !== undefined && before.kind === WORD && before.sentence === tokens[start]!.sentence && GREETINGS.has(before.key);
}

/** Words of place between a title and the comma before its holder's name. */
const HERE: ReadonlySet<string> = new Set(['here', 'there']);

/** Whether another title follows the phrase after a comma or "and" ("…, the President of China"): a list of offices, not an apposition. */
function listedNext(tokens: readonly Tok[], p: RolePhrase, byStart: ReadonlyMap<number, RolePhrase>): boolean {
  const sep = tokens[p.end];
  if (!sep || !((sep.kind === PUNCT && sep.text === ',') || (sep.kind === WORD && sep.key === 'and'))) return false;
  return byStart.has(skipArticle(tokens, p.end + 1));
}

/** The title joined to `p` by a bare "and" ("Deputy Prime Minister and Minister of Foreign Affairs"); "and the …" starts another person's. */
function joinedTitle(tokens: readonly Tok[], p: RolePhrase, byStart: ReadonlyMap<number, RolePhrase>): RolePhrase | null {
  const and = tokens[p.end];
  if (!and || and.kind !== WORD || and.key !== 'and') return null;
  return byStart.get(p.end + 1) ?? null;
}

/**
 * "Australian Foreign Minister Penny Wong and Defence Minister Richard
 * Marles": the country before the first title also owns the title after
 * "and" when that title states none and the country has the office.
 */
function ownerOfPrevious(p: RolePhrase, tokens: readonly Tok[], byEnd: ReadonlyMap<number, RolePhrase>, startByEnd: ReadonlyMap<number, number>, rules: Rules): RolePhrase {
  const and = tokens[p.start - 1];
  if (!and || and.kind !== WORD || and.key !== 'and' || p.office.info.flags.has('org')) return p;
  const nameStart = startByEnd.get(p.start - 1);
  const before = nameStart === undefined ? undefined : byEnd.get(nameStart);
  if (!before || before.of === null || tokens[before.start]!.sentence !== and.sentence) return p;
  return rules.countryByName.has(before.of) && existsIn(p.office.info, before.of, rules) ? { ...p, of: before.of } : p;
}

/**
 * "President Zelenskyy of Ukraine", "Prime Minister Albanese of Australia"
 * (readouts): a country after the name and "of" owns the title before it,
 * when the country has that office.
 */
function ownerAfterName(p: RolePhrase, end: number, tokens: readonly Tok[], rules: Rules): RolePhrase {
  if (p.of !== null || p.office.info.flags.has('org') || tokens[end]?.kind !== WORD || tokens[end]!.key !== 'of') return p;
  const at = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const named = at < tokens.length ? rules.gazetteer.match(tokens, at) : null;
  if (!named || named.value.kind !== 'country' || tokens[at]!.sentence !== tokens[end]!.sentence) return p;
  return existsIn(p.office.info, named.value.name, rules) ? { ...p, of: named.value.name } : p;
}

/**
 * "her Australian counterpart, Deputy Prime Minister Richard Marles": the
 * country before "counterpart" owns the title between it and the name, when
 * it has that office; the document's country would be the other side's.
 */
function ownerBeforeCounterpart(p: RolePhrase, tokens: readonly Tok[], rules: Rules): RolePhrase {
  if (p.of !== null || p.office.info.flags.has('org')) return p;
  const at = isComma(tokens[p.start - 1]) ? p.start - 1 : p.start;
  const word = rules.counterparts.matchEnding(tokens, at) ?? rules.counterpartsPlural.matchEnding(tokens, at);
  if (!word || tokens[word.start]!.sentence !== tokens[p.start]!.sentence) return p;
  const end = tokens[word.start - 1]?.kind === CLITIC ? word.start - 1 : word.start;
  const stated = end > 0 ? ownerEnding(tokens, end, rules) : null;
  if (!stated || tokens[stated.start]!.sentence !== tokens[p.start]!.sentence || !rules.countryByName.has(stated.name)) return p;
  return existsIn(p.office.info, stated.name, rules) ? { ...p, of: stated.name } : p;
}

/**
 * Where a title before the name at `start` would end: at the name, or before
 * a "the" that opens its honorifics ("Foreign Minister the Hon Winston
 * Peters", "Commonwealth Secretary-General the Rt Hon Patricia Scotland").
 */
function titleSlot(tokens: readonly Tok[], start: number, rules: Rules): number {
  const the = tokens[start - 1];
  return the?.kind === WORD && the.key === 'the' && skipHonorifics(tokens, start, rules) > start ? start - 1 : start;
}

/**
 * The tense an appointment word before the name at `start` gives a title
 * after "as": "appointed Jane Smith as …", "the appointment of Baron Waqa as
 * …" (current), "nominated …" (future), "replaced Smith as …" (former); null
 * without one.
 */
function appointmentBefore(tokens: readonly Tok[], start: number, rules: Rules): Tense | null {
  let k = start - 1;
  // "the swearing-in today of Rear Admiral (Ret’d) Frank Bainimarama as Prime Minister": a bracket and a rank before the name.
  if (tokens[k]?.kind === PUNCT && tokens[k]!.text === ')') {
    const open = k - 4;
    while (k > open && k > 0 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text !== '(') return null;
    k--;
  }
  const style = rules.honorifics.matchEnding(tokens, k + 1) ?? rules.ranks.matchEnding(tokens, k + 1);
  if (style) k = style.start - 1;
  if (tokens[k]?.kind === WORD && tokens[k]!.key === 'of') k--;
  if (tokens[k]?.kind === WORD && APPOINTMENT_DAYS.has(tokens[k]!.key)) k--;
  // "swearing-in", "sworn-in": the cue's last word after a glued hyphen.
  if (tokens[k]?.key === 'in' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.glued) k -= 2;
  const cue = tokens[k];
  if (!cue || cue.kind !== WORD || cue.cap || cue.sentence !== tokens[start]!.sentence) return null;
  return rules.appointments.get(cue.key) ?? null;
}

/** A day between an appointment word and its "of": "the swearing-in today of …". */
const APPOINTMENT_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/**
 * Whether the title phrase `p` before the name [start, end) is the name's:
 * - across lines, as `titleReachesName` says;
 * - a bare title (no owner, no article) opening an utterance (the sentence,
 *   or after a speaker's label or an opener such as "But"), a comma, then a
 *   name and a word addresses someone: "JOURNALIST: Prime Minister, Mr
 *   Reith suggested yesterday …", unlike "US Secretary of State, Antony
 *   Blinken, arrived", "my newly appointed National Security Adviser, Mr
 *   Duncan Lewis will …" or the formal "Prime Minister, the Hon Kevin Rudd
 *   and …" (`at` before `start`: "the").
 */
function titleReaches(p: RolePhrase, at: number, start: number, end: number, tokens: readonly Tok[], text: string, rules: Rules): boolean {
  if (lineBreakBetween(text, tokens[p.end - 1]!.end, tokens[start]!.start)) return titleReachesName(p, start, end, tokens, text, rules);
  const opensUtterance = opensAnUtterance(tokens, p, rules);
  // A plural title addresses no one: "Our Foreign Ministers, Murray McCully and Kevin Rudd, will …".
  if (!isComma(tokens[p.end]) || p.of !== null || at < start || !opensUtterance || p.office.plural) return true;
  // "The Minister of State for Asia and the Pacific, Mark Field MP, summoned …": letters after the name are the name's.
  let k = end;
  while (tokens[k]?.kind === WORD && rules.postNominals.has(tokens[k]!.text)) k++;
  const after = tokens[k];
  return !after || after.sentence !== tokens[end - 1]!.sentence || after.kind !== WORD;
}


/** Does the phrase open an utterance: the sentence, or after a speaker's label or an opener such as "But"? */
function opensAnUtterance(tokens: readonly Tok[], p: RolePhrase, rules: Rules): boolean {
  const prev = tokens[p.start - 1];
  return tokens[p.start]!.sentenceStart || !prev || (prev.kind === PUNCT && prev.text === ':') || (prev.kind === WORD && prev.cap && rules.openers.has(prev.text));
}

/** A bare title (no owner, no article) opening an utterance before a comma addresses its holder: "Prime Minister, …". */
function addresses(p: RolePhrase, tokens: readonly Tok[], rules: Rules): boolean {
  return p.of === null && !p.office.plural && tokens[p.start - 1]?.key !== 'the' && opensAnUtterance(tokens, p, rules);
}

/** The verb's tense, unless the title states its own: "is a former Prime Minister" is former. */
const tenseOf = (verb: Tense, phrase: Tense): Tense => (phrase === 'current' ? verb : phrase);

/**
 * Roles the text states next to a name:
 * - `pattern`: a title right before the name, a comma allowed between
 *   ("Foreign Minister Winston Peters", "US Secretary of State, Antony Blinken");
 * - `apposition`: a comma, then a title that ends the clause
 *   ("Tim Watts, Australia's Assistant Minister of Foreign Affairs;"), or a
 *   verb, then such a title ("Peters, who is Foreign Minister,", "Blinken is
 *   the US Secretary of State", "Peters, who was Prime Minister in 1997": a
 *   past verb makes the role former). Only the article may sit between verb
 *   and title: "Luxon is the first Prime Minister to …" says no office.
 * Vague titles ("Minister Peters") mark the name but state no role.
 * Returns the drafts and the phrases used, which are therefore not office mentions.
 */
export function textRoles(
  clusters: readonly PersonCluster[],
  phrases: readonly RolePhrase[],
  tokens: readonly Tok[],
  text: string,
  rules: Rules,
): { drafts: RoleDraft[]; used: Set<RolePhrase>; vague: VagueTitle[] } {
  const byEnd = new Map<number, RolePhrase>();
  const byStart = new Map<number, RolePhrase>();
  for (const p of phrases) {
    byEnd.set(p.end, p);
    byStart.set(p.start, p);
  }
  const drafts: RoleDraft[] = [];
  const vague: VagueTitle[] = [];
  // A plural title is never one person's office mention, nor an apposition.
  const used = new Set<RolePhrase>(phrases.filter((p) => p.office.plural));
  const startByEnd = new Map<number, number>();
  /** The country a title before a name states, by the name's start: its other titles after it are that country's too. */
  const countryBefore = new Map<number, string>();
  for (const c of clusters) for (const m of c.mentions) if (m.candidate) startByEnd.set(m.end, m.start);
  const clusterAt = clusterStarts(clusters);
  // After a comma only a full name, or a name an honorific vouches for, takes the title: "US Secretary of
  // State, Antony Blinken", but "Prime Minister, Ansett's been sold" addresses the Prime Minister.
  const fullAfterComma = (words: number, at: number, start: number) => words >= 2 || at > start || skipHonorifics(tokens, start, rules) > start;
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      if (!m.candidate) continue;
      const at = titleSlot(tokens, m.start, rules);
      const direct = byEnd.get(at);
      const afterComma = isComma(tokens[at - 1]) && fullAfterComma(m.words.length, at, m.start);
      // "Our High Commissioner here, Bruce Carrodus": a word of place may stand between the title and the comma.
      const found = direct ?? (afterComma ? (byEnd.get(at - 1) ?? (HERE.has(tokens[at - 2]?.key ?? '') ? byEnd.get(at - 2) : undefined)) : undefined);
      if (!found || !titleReaches(found, at, m.start, m.end, tokens, text, rules)) continue;
      if (found.office.plural) {
        // "Foreign Ministers Penny Wong and Winston Peters"; "our Foreign Ministers, Julie Bishop and Winston Peters".
        const listed = namesListed(index, m.end, tokens, clusterAt);
        const owners = pairedOwners(found, listed.length, tokens, rules);
        if (direct || listed.length >= 2) listed.forEach((person, i) => drafts.push(draft(person, owners ? { ...found, of: owners[i]! } : found, tokens, text, 'pattern')));
        continue;
      }
      if (found.office.info.flags.has('vague')) {
        used.add(found);
        // "Trade Negotiations Minister Jim Sutton": a portfolio the lexicon lacks is still stated, and may not be the listed one.
        const before = tokens[found.start - 1];
        const unknownPortfolio = before !== undefined && before.kind === WORD && before.cap && before.sentence === tokens[found.start]!.sentence;
        if (!unknownPortfolio) vague.push({ cluster: index, start: tokens[found.start]!.start, end: tokens[found.end - 1]!.end, word: found.office.title });
        continue;
      }
      const p = found.of === null ? ownerBeforeCounterpart(ownerAfterName(ownerOfPrevious(found, tokens, byEnd, startByEnd, rules), m.end, tokens, rules), tokens, rules) : found;
      // "Foreign Minister Senator the Hon Penny Wong": the office before a style is the name's too.
      // "the Minister for Trade and Tourism, Senator the Hon Don Farrell": a comma may sit before the style.
      // "JOURNALIST: Prime Minister, Senator Faulkner has called …" addresses the Prime Minister: a bare title opening an utterance is no style's.
      const beforeComma = isComma(tokens[found.start - 1]) ? byEnd.get(found.start - 1) : undefined;
      const styled = direct && found.office.info.flags.has('style') ? (byEnd.get(found.start) ?? (beforeComma && !addresses(beforeComma, tokens, rules) ? beforeComma : undefined)) : undefined;
      if (styled && !styled.office.info.flags.has('vague') && !styled.office.plural && tokens[styled.start]!.sentence === tokens[found.start]!.sentence) {
        used.add(styled);
        drafts.push(draft(index, styled, tokens, text, 'pattern'));
      }
      for (const q of coordinatedTitles(p, byEnd, tokens, direct === undefined, (name) => rules.countryByName.has(name))) {
        used.add(byStart.get(q.start) ?? q); // the original phrase: a shared owner makes a new object
        drafts.push(draft(index, q, tokens, text, 'pattern'));
        if (q.of !== null && rules.countryByName.has(q.of)) countryBefore.set(m.start, q.of);
      }
    }
  });
  // "Jane Doe, a professor at Auckland University's Law School": occupations beside a name (occupations.ts).
  const occupations = occupationRoles(clusters, phrases, used, tokens, text, rules);
  // "the Executive Secretary of the UN Framework Convention on Climate Change, X": an office read inside a longer
  // occupation ("Secretary of …") is that occupation's word, no role of its own.
  const inside = (d: RoleDraft) => occupations.some((o) => o.cluster === d.cluster && o.start <= d.start && d.end <= o.end && (o.start < d.start || d.end < o.end));
  for (let i = drafts.length - 1; i >= 0; i--) if (inside(drafts[i]!)) drafts.splice(i, 1);
  drafts.push(...occupations);
  const nameEnds = new Set<number>();
  for (const c of clusters) for (const m of c.mentions) nameEnds.add(m.end);
  const stated = (index: number, p: RolePhrase | undefined, tense: Tense | null, country?: string): void => {
    if (!p || used.has(p) || p.office.info.flags.has('vague') || !closesRole(tokens, p, rules, text)) return;
    used.add(p);
    // "Australian Deputy Prime Minister Richard Marles, who is also Defence Minister": Australia's.
    const owned = p.of === null && country !== undefined && !p.office.info.flags.has('org') && existsIn(p.office.info, country, rules) ? { ...p, of: country } : p;
    const d = draft(index, owned, tokens, text, 'apposition');
    drafts.push(tense ? { ...d, tense: tenseOf(tense, p.tense) } : d);
  };
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      // A bare surname the scan found is safe once its person is unambiguous.
      if (!m.candidate && c.ambiguous) continue;
      const sentence = tokens[m.end - 1]!.sentence;
      let k = m.end;
      if (tokens[k]?.kind === CLITIC) continue;
      // "Dr Shane Reti MP, Minister for Pacific Peoples,": letters after the name sit before its apposition.
      while (tokens[k]?.kind === WORD && tokens[k]!.sentence === sentence && rules.postNominals.has(tokens[k]!.text)) k++;
      // "Peters, 80, the Foreign Minister,": an age between the name and its apposition.
      if (isComma(tokens[k]) && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && isComma(tokens[k + 2])) k += 2;
      // "Miles Hurrell (Chief Executive, Fonterra)": a title in brackets after the name.
      if (tokens[k]?.kind === PUNCT && tokens[k]!.text === '(' && m.candidate) {
        const p = byStart.get(k + 1);
        if (p && tokens[p.end]?.kind === PUNCT && tokens[p.end]!.text === ')') stated(index, p, null);
        continue;
      }
      // "Hillary Rodham Clinton / Secretary of State": a header's line of a name alone, its title the line below.
      if (m.candidate && k < tokens.length && lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start) && opensLine(tokens, skipHonorificsBack(tokens, m.start, rules), text)) {
        const p = byStart.get(k);
        if (p && (p.end === tokens.length || lineBreakBetween(text, tokens[p.end - 1]!.end, tokens[p.end]!.start))) stated(index, p, null);
        continue;
      }
      // "Hillary Rodham Clinton Secretary of State Washington, DC February 22, 2011": a header's lines the reader
      // joined into one paragraph: a name opening it, the title right after, then only a place and a date.
      if (m.candidate && opensLine(tokens, skipHonorificsBack(tokens, m.start, rules), text)) {
        const p = byStart.get(k);
        if (p && !used.has(p) && !p.office.info.flags.has('vague') && !p.office.plural && headerTail(tokens, p.end, text)) {
          used.add(p);
          drafts.push(draft(index, p, tokens, text, 'apposition'));
          continue;
        }
      }
      const comma = isComma(tokens[k]);
      if (comma) k++;
      // "Peters, who is …": the relative clause needs the comma; "Blinken is …" needs none.
      const relative = comma && tokens[k]?.kind === WORD && rules.relativePronouns.has(tokens[k]!.key);
      if (relative) k++;
      const verb = tokens[k]?.kind === WORD && tokens[k]!.sentence === sentence ? rules.copulas.match(tokens, k) : null;
      // "Anahera Walker, currently Deputy Head of Mission in Canberra, will be High Commissioner to Samoa": past the apposition.
      const later = comma && !relative && m.candidate && tokens[m.start]!.sentence === sentence && sentenceStart(tokens, m.start) === skipHonorificsBack(tokens, m.start, rules) ? copulaAfterApposition(tokens, k, sentence, rules) : null;
      if (later) stated(index, byStart.get(skipArticle(tokens, later.end)), later.tense, countryBefore.get(m.start));
      if (verb && (relative || (!comma && isSubject(tokens, m.start, rules)))) stated(index, byStart.get(skipArticle(tokens, verb.end)), verb.value, countryBefore.get(m.start));
      else if (!comma && tokens[k]?.kind === WORD && tokens[k]!.key === 'as' && m.candidate) {
        // "The appointments are: - Pam Dunn as Ambassador to Japan": a list item of appointments.
        const tense = appointmentBefore(tokens, m.start, rules) ?? (opensLine(tokens, m.start, text) ? 'current' : null);
        if (tense) stated(index, byStart.get(skipArticle(tokens, k + 1)), tense);
      } else if (comma && tokens[k]?.kind === WORD && tokens[k]!.key === 'as' && m.candidate) {
        // "Tim Fischer, as Trade Minister, has been talking to our exporters": the title the clause gives the name.
        const p = byStart.get(skipArticle(tokens, k + 1));
        if (p && isComma(tokens[p.end])) stated(index, p, null);
      } else if (comma && !relative && m.candidate) {
        const p = byStart.get(skipArticle(tokens, k));
        // "President Bush, the President of Russia, the President of China …" lists offices, it states none of Bush's;
        // "Alexander Downer, Colin Powell, the Japanese Prime Minister" lists people.
        const inList = (isComma(tokens[m.start - 1]) && nameEnds.has(m.start - 1)) || (greeted(tokens, m.start) && skipArticle(tokens, k) === k);
        const joined = p && !inList ? joinedTitle(tokens, p, byStart) : null;
        if (p && joined && closesRole(tokens, joined, rules, text) && !used.has(p) && !p.office.info.flags.has('vague')) {
          // "Winston PETERS, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand": both are his, owned alike.
          used.add(p);
          drafts.push(draft(index, p.of === null && !p.office.info.flags.has('org') ? { ...p, of: joined.of } : p, tokens, text, 'apposition'));
          stated(index, joined, null);
        } else if (p && !inList && !listedNext(tokens, p, byStart)) stated(index, p, null, countryBefore.get(m.start));
      }
    }
  });
  return { drafts, used, vague };
}

/** Words a header's place and date lines hold in lower case ("Office of the Spokesperson", "District of Columbia"). */
const HEADER_LOWER: ReadonlySet<string> = new Set(['of', 'the', 'and']);

/**
 * Whether the paragraph from token `from` to its end holds only what a
 * header's place and date lines do: capitalised words, numbers, commas and
 * full stops ("Washington, DC February 22, 2011"), or nothing (a signature's
 * name and title alone).
 */
function headerTail(tokens: readonly Tok[], from: number, text: string): boolean {
  let j = from;
  for (; j < tokens.length && !lineBreakBetween(text, tokens[j - 1]!.end, tokens[j]!.start); j++) {
    const t = tokens[j]!;
    if (t.kind === WORD && !(t.cap || /^\d/.test(t.text) || HEADER_LOWER.has(t.key))) return false;
    if (t.kind === PUNCT && t.text !== ',' && t.text !== '.') return false;
  }
  return j === from || tokens[j - 1]!.kind !== PUNCT || tokens[j - 1]!.text !== ',';
}

/**
 * The copula after an apposition that opens at `k` (past the name's comma)
 * and closes with the sentence's next comma, within 30 tokens: the sentence
 * then goes on about the name ("…, will be High Commissioner to Samoa").
 */
function copulaAfterApposition(tokens: readonly Tok[], k: number, sentence: number, rules: Rules): { end: number; tense: Tense } | null {
  for (let j = k + 1; j < tokens.length && j - k <= 30 && tokens[j]!.sentence === sentence; j++) {
    if (!isComma(tokens[j])) continue;
    const verb = tokens[j + 1]?.kind === WORD ? rules.copulas.match(tokens, j + 1) : null;
    return verb ? { end: verb.end, tense: verb.value } : null;
  }
  return null;
}

/** The cluster a name from outside the text belongs to, by its folded form. */
function clusterNamed(clusters: readonly PersonCluster[], name: string): number {
  const folded = nameFold(name);
  return clusters.findIndex((c) => c.outside.some((o) => nameFold(o) === folded));
}

/** Where a role stated outside the text points: an empty span at the person's first mention. */
function anchorAt(cluster: PersonCluster, tokens: readonly Tok[]): number {
  let first = Infinity;
  for (const m of cluster.mentions) first = Math.min(first, tokens[m.start]!.start);
  return Number.isFinite(first) ? first : 0;
}

/** The person a byline names and the office it gives them: "Phil Goff, Foreign Affairs Spokesperson". */
export function parseByline(byline: string | null, rules: Rules): { name: string; office: OfficeInfo | null } | null {
  if (!byline) return null;
  const clean = byline.replace(/^\s*by\s+/i, '').trim();
  if (!clean) return null;
  const comma = clean.indexOf(',');
  const name = canonicalName(comma === -1 ? clean : clean.slice(0, comma));
  if (!/\p{Lu}/u.test(name) || name.split(' ').length < 2) return null;
  const title = comma === -1 ? null : canonicalOfficeWith(clean.slice(comma + 1), rules);
  return { name, office: title ? (rules.officeByTitle.get(title.toLowerCase()) ?? null) : null };
}

/**
 * Roles from the front matter and the byline. A release with one minister
 * gives that minister every portfolio's office. With several ministers, a
 * portfolio goes to the one minister the text itself gives its office
 * ("Foreign Minister Winston Peters"); a portfolio the text pairs with no
 * minister, or with two, goes to none. Only people the text mentions get
 * them: an entity needs a mention.
 */
export function outsideRoles(meta: DocumentMeta, clusters: readonly PersonCluster[], tokens: readonly Tok[], rules: Rules, stated: readonly RoleDraft[]): RoleDraft[] {
  const drafts: RoleDraft[] = [];
  const ministers = meta.ministers.map((m) => clusterNamed(clusters, canonicalName(m))).filter((index) => index !== -1);
  for (const portfolio of meta.portfolios) {
    const info = portfolioOfficeWith(portfolio, rules);
    if (!info) continue;
    const holders = meta.ministers.length === 1 ? ministers : [...new Set(stated.filter((d) => d.tense === 'current' && d.title === info.title && ministers.includes(d.cluster)).map((d) => d.cluster))];
    if (holders.length !== 1) continue;
    const at = anchorAt(clusters[holders[0]!]!, tokens);
    drafts.push({ cluster: holders[0]!, start: at, end: at, text: '', title: info.title, info, stated: null, tense: 'current', source: 'front-matter' });
  }
  const byline = parseByline(meta.byline, rules);
  if (byline?.office) {
    const index = clusterNamed(clusters, byline.name);
    if (index !== -1) {
      const at = anchorAt(clusters[index]!, tokens);
      drafts.push({ cluster: index, start: at, end: at, text: '', title: byline.office.title, info: byline.office, stated: null, tense: 'current', source: 'byline' });
    }
  }
  return drafts;
}

/** Names the front matter and byline give, for coreference ("Mr Peters" → "Winston Peters"). */
export function outsideNames(meta: DocumentMeta, rules: Rules): string[] {
  const names = meta.ministers.map((m) => canonicalName(m)).filter((n) => n.includes(' '));
  // "By Elena Vasilakis and Thomas Brennecke": two reporters, two people.
  const shared = meta.byline ? /^\s*(?:by\s+)?([^,]+?)\s+(?:and|&)\s+([^,]+)/iu.exec(meta.byline) : null;
  const bylines = shared ? [shared[1]!, shared[2]!] : [meta.byline];
  for (const one of bylines) {
    const byline = parseByline(one, rules);
    if (byline) names.push(byline.name);
  }
  return names;
}
