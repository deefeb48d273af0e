import type { Message } from '../../../core/index.js';
import type { Candidate } from '../candidates/index.js';
import { STARTS_GIVEN_NAME, type Rules } from '../lexicon/index.js';
import { canonicalName, foldDiacritics, formalGiven, inCapitals, isNameWord, mendBrokenGivenName, nameFold, nameFromCapitals, readName, skipHonorifics } from '../names/index.js';
import { CLITIC, opensDate, PUNCT, tokenizeText, WORD, type Tok } from '../text/index.js';
import type { EntityMention } from '../types.js';

/** `f` or `m`, as an honorific ("Mrs", "Sir") or a listed given name says; absent when nothing says or the evidence disagrees. */
export type Gender = 'f' | 'm';

/** A person mention with its name read out. */
export interface PersonMention {
  /** Token indexes [start, end), honorifics included. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly words: readonly string[];
  readonly via: EntityMention['via'];
  readonly confidence: number;
  /** The candidate it came from; null for surnames found by the coreference scan. */
  readonly candidate: Candidate | null;
}

/** One person of the document: the mentions that name them, and the names given outside the text. */
export interface PersonCluster {
  readonly mentions: PersonMention[];
  /** Full names from front matter or the byline. */
  readonly outside: string[];
  /** Full names from the document's title: they name the person but, alone, make none. */
  readonly titled: string[];
  /** A lone surname that two or more people share: never linked to either. */
  readonly ambiguous: boolean;
  /** What the honorifics and given names of its mentions (and outside names) say, when they agree; set when clustering ends. */
  gender: Gender | null;
  /** A lone given name linked to no full name ("Neil", an interviewer's first name): kept, with confidence at most `WEAK_CONFIDENCE`. */
  weak: boolean;
}

/** The highest confidence of a weak person's mentions (a lone given name linked to no full name). */
export const WEAK_CONFIDENCE = 0.3;

const fold = (w: string) => nameFold(w);
const ASCII = /^[\x00-\x7f]*$/;

function lastWord(words: readonly string[], rules: Rules): string {
  let k = words.length - 1;
  while (k > 0 && rules.suffixes.has(words[k]!)) k--;
  return fold(words[k]!);
}

/** Words of a canonical name; hyphenated parts stay one word. */
export function nameWords(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

export function personMention(c: Candidate, tokens: readonly Tok[], text: string): PersonMention {
  const name = mendBrokenGivenName(canonicalName(text.slice(tokens[c.nameStart]!.start, tokens[c.end - 1]!.end)));
  return { start: c.start, end: c.end, name, words: nameWords(name), via: c.via, confidence: c.confidence, candidate: c };
}

/** Honorifics that never end a name: one inside a person's span starts another person ("Mr Howard Mr Bolger"). */
const INNER_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'dr', 'sir', 'dame', 'hon', 'rt', 'prof', 'madam', 'madame']);
/** "Mdr", "Mrt", "MW" before a name: "Mr" or "Dr" mistyped in a noisy transcript (an M or D and one or two other consonants). */
const MISTYPED_HONORIFIC = /^[MD][b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{1,2}$/;
/** Abbreviations so spelled that are no honorific: "Mt Evelyn" (Mount), "Md Yunus" (Mohammad). */
const NOT_MISTYPED = new Set(['mt', 'md']);

/**
 * Person candidates as people: a span holding an honorific after its first
 * name word is two names ("Mr Howard Mr Bolger" → "Mr Howard", "Mr
 * Bolger"), and a mistyped honorific opening the name is an honorific
 * ("Mdr Bolger", "MW Howard" → the name "Bolger", "Howard"); a lone word so
 * spelled stays a name.
 */
export function splitPersonCandidates(candidates: readonly Candidate[], tokens: readonly Tok[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    let start = c.start;
    let nameStart = c.nameStart;
    while (nameStart + 1 < c.end && MISTYPED_HONORIFIC.test(tokens[nameStart]!.text) && !NOT_MISTYPED.has(tokens[nameStart]!.key) && !rules.honorifics.match(tokens, nameStart) && isNameWord(tokens[nameStart + 1]!, rules)) {
      nameStart = skipHonorifics(tokens, nameStart + 1, rules);
    }
    for (let k = nameStart + 1; k < c.end; k++) {
      const t = tokens[k]!;
      if (t.kind !== WORD || !INNER_HONORIFICS.has(t.key.replace(/\.$/, ''))) continue;
      const after = skipHonorifics(tokens, k, rules);
      if (after <= k || after >= c.end) continue;
      out.push({ ...c, start, end: k, nameStart });
      start = k;
      nameStart = after;
      k = after;
    }
    out.push(start === c.start && nameStart === c.nameStart ? c : { ...c, start, nameStart });
  }
  return out;
}

/**
 * Groups a document's person mentions into people.
 *
 * - Full names (two words or more) are one person when their first and last
 *   words agree ("Winston Peters", "Winston Raymond Peters").
 * - A lone surname ("Mr Peters", "Peters", "Secretary Blinken") joins the one
 *   full name that ends with it, earlier or later in the text, or named in
 *   the front matter or byline. A lone word that is nobody's surname joins
 *   the one full name that starts with it ("President Xi", "Jacinda said"),
 *   and then gathers its other bare mentions like a surname; two such full
 *   names ("Jacinda Ardern", "Jacinda Smith") leave it linked to neither.
 * - Two people sharing that surname ("Helen Clark", "Jim Clark"): a lone
 *   surname before the second is named is the first's ("Chinese Foreign
 *   Minister Wang Yi … Wang, who …" before "ambassador Wang Xiaolong"), as
 *   a reader takes it; after both it is linked to neither and becomes a
 *   person of its own, marked ambiguous. A lone surname with no full name
 *   is a person of its own too.
 * - Then every other capitalised occurrence of a surname is a mention
 *   ("Peters said", "Blinken's deputy"), unless it is part of a longer name,
 *   a gazetteer name, a month or opener, or a common word opening a sentence.
 */
export function clusterPersons(
  found: readonly PersonMention[],
  outsideNames: readonly string[],
  tokens: readonly Tok[],
  taken: Uint8Array,
  rules: Rules,
  hints: readonly string[] = [],
): PersonCluster[] {
  // "Yeah", "God": one word that names no person.
  // "NOVEMBER 27, 2023" under a State Department header: a month before a day number is a date, whatever its case.
  const dated = (m: PersonMention) => opensDate(tokens, m.end - 1, rules.calendar);
  const mentions = found.filter((m) => m.words.length !== 1 || !(rules.notPersonNames.has(fold(m.words[0]!)) || dated(m)));
  const clusters: PersonCluster[] = [];
  const byFull = new Map<string, PersonCluster>();
  // "Bob Hawke" in the text, "Hawke, Robert" in the metadata: a familiar given name keys as its formal one.
  const fullKey = (words: readonly string[]) => `${formalGiven(fold(words[0]!))}|${lastWord(words, rules)}`;
  const full = (words: readonly string[]) => {
    const key = fullKey(words);
    let c = byFull.get(key);
    if (!c) {
      c = { mentions: [], outside: [], titled: [], ambiguous: false, gender: null, weak: false };
      byFull.set(key, c);
      clusters.push(c);
    }
    return c;
  };
  for (const m of mentions) if (m.words.length >= 2) full(m.words).mentions.push(m);
  mergeNameEndings(byFull, clusters);
  for (const name of outsideNames) {
    const words = nameWords(name);
    if (words.length >= 2) full(words).outside.push(name);
  }
  // Full names in the title ("Joint press conference with … the Rt Hon Christopher Luxon MP"): they link "Christopher" and "Luxon", and make no person alone.
  for (const name of hints) {
    const words = nameWords(name);
    if (words.length < 2) continue;
    full(words).titled.push(name);
  }
  const genderOf = (m: PersonMention) => mentionGender(m, tokens, rules);
  // What each full-name person's honorifics and given names say.
  const fullGender = new Map<PersonCluster, Gender | null>();
  for (const c of byFull.values()) fullGender.set(c, personGender(c.mentions, [c.outside, c.titled], tokens, rules));
  const fits = (c: PersonCluster, g: Gender | null) => g === null || (fullGender.get(c) ?? null) === null || fullGender.get(c) === g;
  // Surname → the full-name people ending with it.
  const bySurname = new Map<string, PersonCluster[]>();
  const byFirst = new Map<string, PersonCluster[]>();
  for (const [key, c] of byFull) {
    const [first, last] = key.split('|') as [string, string];
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(c);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(c);
  }
  // Where each full-name person is first named: names from outside the text come first.
  const introduced = new Map<PersonCluster, number>();
  for (const c of byFull.values()) introduced.set(c, c.outside.length > 0 || c.titled.length > 0 ? -1 : Math.min(...c.mentions.map((m) => m.start)));
  const pick = (options: readonly PersonCluster[], at: number): PersonCluster | null => {
    if (options.length === 1) return options[0]!;
    const before = options.filter((c) => introduced.get(c)! < at);
    return before.length === 1 ? before[0]! : null;
  };
  // Lone names linked to no full name, by folded word: one person each, or one per sex the honorifics give ("Mr Bolger", "Mrs Bolger").
  const singles = new Map<string, PersonCluster[]>();
  const ambiguousSingles = new Map<string, PersonCluster>();
  const singleGender = new Map<PersonCluster, Gender | null>();
  const single = (word: string, ambiguous: boolean, gender: Gender | null = null) => {
    if (ambiguous) {
      let c = ambiguousSingles.get(word);
      if (!c) {
        c = { mentions: [], outside: [], titled: [], ambiguous, gender: null, weak: false };
        ambiguousSingles.set(word, c);
        clusters.push(c);
      }
      return c;
    }
    const list = singles.get(word) ?? singles.set(word, []).get(word)!;
    let c = list.find((x) => gender === null || singleGender.get(x) === null || singleGender.get(x) === gender);
    if (!c) {
      c = { mentions: [], outside: [], titled: [], ambiguous, gender: null, weak: false };
      list.push(c);
      clusters.push(c);
    }
    if (gender !== null) singleGender.set(c, gender);
    else if (!singleGender.has(c)) singleGender.set(c, null);
    return c;
  };
  // Given names the text uses alone for one person ("Jacinda said"): their bare mentions are found like surnames'.
  const byGiven = new Map<string, PersonCluster[]>();
  for (const m of mentions) {
    if (m.words.length !== 1) continue;
    const word = fold(m.words[0]!);
    // "Mrs Bolger" is not Jim Bolger: an honorific of the other sex rules a full name out.
    const gender = genderOf(m);
    const named = bySurname.get(word) ?? [];
    const bySur = named.filter((c) => fits(c, gender));
    const options = named.length > 0 ? bySur : (byFirst.get(formalGiven(word)) ?? []).filter((c) => fits(c, gender));
    const owner = pick(options, m.start);
    if (owner) {
      owner.mentions.push({ ...m, via: 'coreference' });
      if (named.length === 0 && options.length === 1) byGiven.set(word, options);
    } else single(word, options.length > 1, gender).mentions.push(m);
  }
  // A lone surname with no full name anywhere ("Mr Smith") still gathers its bare mentions.
  const owners = new Map(bySurname);
  for (const [key, list] of singles) if (!owners.has(key)) owners.set(key, list);
  for (const [key, c] of byGiven) if (!owners.has(key)) owners.set(key, c);
  scanSurnames(tokens, taken, rules, owners, single, pick);
  const kept = clusters.filter((c) => c.mentions.length > 0 || c.outside.length > 0);
  for (const c of kept) {
    c.gender = personGender(c.mentions, [c.outside], tokens, rules);
  }
  // "Neil", "Helen": an interviewer's first name, linked to no full name. Kept, weakly: it is somebody, but nobody the corpus can tell.
  for (const [word, list] of singles) {
    if (bySurname.has(word) || !((rules.starts.get(word) ?? 0) & STARTS_GIVEN_NAME || rules.givenNameGender.has(word))) continue;
    for (const c of list) {
      if (c.mentions.length === 0 || c.mentions.some((m) => m.candidate !== null && m.candidate.nameStart > m.start)) continue;
      c.weak = true;
      c.mentions.forEach((m, k) => {
        if (m.confidence > WEAK_CONFIDENCE) c.mentions[k] = { ...m, confidence: WEAK_CONFIDENCE };
      });
    }
  }
  return kept;
}

/**
 * "President Johnson Sirleaf" after "Ellen Johnson Sirleaf", "Perez de
 * Cuellar" after "Javier Perez de Cuellar": a name of two words or more that
 * is the end of exactly one other person's longer name in the document is
 * that person (keyed by first and last word, the two looked like two people).
 */
function mergeNameEndings(byFull: Map<string, PersonCluster>, clusters: PersonCluster[]): void {
  const folded = (words: readonly string[]) => words.map(fold);
  // Each name by its last word: a name can only end another that ends as it does.
  const byLast = new Map<string, { c: PersonCluster; name: string[] }[]>();
  for (const c of byFull.values()) {
    for (const m of c.mentions) {
      const name = folded(m.words);
      const last = name[name.length - 1]!;
      (byLast.get(last) ?? byLast.set(last, []).get(last)!).push({ c, name });
    }
  }
  for (const [key, c] of [...byFull]) {
    const targets = new Set<PersonCluster>();
    for (const m of c.mentions) {
      const words = folded(m.words);
      for (const other of byLast.get(words[words.length - 1]!) ?? []) {
        const n = other.name;
        if (other.c !== c && n.length > words.length && words.every((w, i) => n[n.length - words.length + i] === w)) targets.add(other.c);
      }
    }
    if (targets.size !== 1) continue;
    const [into] = targets;
    for (const m of c.mentions) into!.mentions.push({ ...m, via: 'coreference' });
    byFull.delete(key);
    clusters.splice(clusters.indexOf(c), 1);
  }
}

/**
 * What a person's evidence says, when it agrees: the honorifics of its
 * mentions, their given names, then the given names of the full names in
 * `lists`. Collected with plain loops: spreading mapped arrays of changing
 * kinds (an empty one among them) threw clusterPersons out of optimised code
 * every few hundred documents, and each time it was compiled anew.
 */
function personGender(mentions: readonly PersonMention[], lists: readonly (readonly string[])[], tokens: readonly Tok[], rules: Rules): Gender | null {
  const says: (Gender | null)[] = [];
  for (const m of mentions) says.push(mentionGender(m, tokens, rules));
  for (const m of mentions) says.push(givenNameGender(m.words, rules));
  for (const names of lists) for (const n of names) says.push(givenNameGender(nameWords(n), rules));
  return agreed(says);
}

/** The one value all the evidence that says anything agrees on, else null. */
function agreed(genders: readonly (Gender | null)[]): Gender | null {
  let out: Gender | null = null;
  for (const g of genders) {
    if (g === null) continue;
    if (out !== null && out !== g) return null;
    out = g;
  }
  return out;
}

/** What the honorifics before a mention's name say: "Mrs", "Dame", "Her Excellency" → f; "Mr", "Sir", "Lord" → m. */
export function mentionGender(m: PersonMention, tokens: readonly Tok[], rules: Rules): Gender | null {
  const end = m.candidate?.nameStart ?? m.start;
  const found: (Gender | null)[] = [];
  for (let k = m.start; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === WORD) found.push(rules.honorificGender.get(t.key.replace(/\.$/, '')) ?? null);
  }
  return agreed(found);
}

/** What a full name's given name says ("Jim Bolger" → m, "Helen Clark" → f); a lone word says nothing. */
export function givenNameGender(words: readonly string[], rules: Rules): Gender | null {
  return words.length >= 2 ? (rules.givenNameGender.get(fold(words[0]!)) ?? null) : null;
}

function scanSurnames(
  tokens: readonly Tok[],
  taken: Uint8Array,
  rules: Rules,
  bySurname: ReadonlyMap<string, PersonCluster[]>,
  single: (word: string, ambiguous: boolean) => PersonCluster,
  pick: (options: readonly PersonCluster[], at: number) => PersonCluster | null,
): void {
  if (bySurname.size === 0) return;
  // Folding is costly; an ASCII word's fold is its key, so most words need one Map probe.
  const ownersOf = (t: Tok) => bySurname.get(t.key) ?? (ASCII.test(t.key) ? undefined : bySurname.get(fold(t.text)));
  // Whether the surname also occurs in lower case ("key issues"), asked only at sentence starts, so found lazily.
  const lowerWords = new Map<string, boolean>();
  const inLowerCase = (key: string) => {
    let found = lowerWords.get(key);
    if (found === undefined) {
      found = tokens.some((t) => t.key === key && t.kind === WORD && t.lower && ownersOf(t) !== undefined);
      lowerWords.set(key, found);
    }
    return found;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.kind !== WORD || !t.cap) continue;
    const owners = ownersOf(t);
    if (!owners) continue;
    if (rules.calendar.has(t.text) || rules.openers.has(t.text) || rules.institutional.has(t.text)) continue;
    if (t.sentenceStart && (inLowerCase(t.key) || rules.commonWordSurnames.has(t.text))) continue;
    const next = tokens[i + 1];
    if (next && next.kind === WORD && next.cap && next.sentence === t.sentence) continue;
    if (next && next.kind === PUNCT && next.text === '-' && next.glued) continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === WORD && prev.cap && prev.sentence === t.sentence && !prev.sentenceStart) continue;
    if (prev && prev.kind === PUNCT && prev.text === '-' && t.glued) continue;
    if (rules.gazetteer.match(tokens, i)) continue;
    const owner = pick(owners, i);
    const mention: PersonMention = {
      start: i,
      end: i + 1,
      name: t.text,
      words: [t.text],
      via: owner ? 'coreference' : 'rule',
      // Two people share the surname, and only one had been named by here.
      confidence: owner ? (owners.length === 1 ? 0.85 : 0.75) : 0.5,
      candidate: null,
    };
    (owner ?? single(fold(t.text), true)).mentions.push(mention);
    taken[i] = 1;
    if (tokens[i + 1]?.kind === CLITIC) i++;
  }
}

/**
 * The fullest form among a person's names: most words, then longest, then
 * the one with diacritics, then one in ordinary case over one in capitals
 * only ("Jim Bolger" over a speaker label's "JIM BOLGER"). A name the
 * document writes only in capitals ("CLARK:") is shown in ordinary case
 * ("Clark"); acronyms and initials stay.
 */
export function bestName(cluster: PersonCluster): string {
  // Pushed, not spread: see personGender.
  const names: string[] = [];
  for (const m of cluster.mentions) names.push(m.name);
  for (const n of cluster.outside) names.push(n);
  for (const n of cluster.titled) names.push(n);
  let best = names[0] ?? '';
  // A person's mentions mostly repeat a few spellings ("Howard", "HOWARD"): each is scored once, folding being costly.
  const scores = new Map<string, readonly [number, number, number, number]>();
  const score = (n: string) => {
    let s = scores.get(n);
    if (s === undefined) {
      s = [nameWords(n).length, n.length, n === foldDiacritics(n) ? 0 : 1, inCapitals(n) ? 0 : 1] as const;
      scores.set(n, s);
    }
    return s;
  };
  for (const n of names) {
    const a = score(n);
    const b = score(best);
    if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && (a[2] > b[2] || (a[2] === b[2] && a[3] > b[3])))))) best = n;
  }
  const ordinary = (n: string) => score(n)[3] === 1; // not in capitals only
  if (ordinary(best)) return best;
  // The same words in ordinary case elsewhere in the document (a title hint included).
  const folded = nameFold(best);
  const same = names.find((n) => ordinary(n) && nameFold(n) === folded);
  return same ?? nameFromCapitals(best);
}

/**
 * Full names a document's title gives ("Joint press conference with the
 * Prime Minister of New Zealand, the Rt Hon Christopher Luxon MP"): a listed
 * given name or an honorific, then one name word. They help link the text's
 * "Christopher" and "Prime Minister Luxon"; alone they make no person.
 */
export function namesInTitle(title: string | null, rules: Rules): string[] {
  if (!title) return [];
  return namesInTitleLine(title, rules);
}

/**
 * Full names in the speech and transcript headers the reader removed
 * ("Remarks With New Zealand Foreign Minister Murray McCully"): a removed
 * header names the speakers as a title does, so it links "MCCULLY:" and
 * "Murray" the same way (issue 13: people named in a removed header are
 * still the document's).
 */
export function namesInRemovedHeaders(messages: readonly Message[], rules: Rules): string[] {
  const out: string[] = [];
  for (const m of messages) if (m.code === 'boilerplate-speech-header' && typeof m.excerpt === 'string') out.push(...namesInTitleLine(m.excerpt, rules));
  return out;
}

function namesInTitleLine(title: string, rules: Rules): string[] {
  const tokens = tokenizeText(title);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== WORD || !t.cap) continue;
    const after = skipHonorifics(tokens, i, rules);
    // An honorific or an office right before vouches for a name ("Foreign Minister Murray McCully"), as a listed given name does.
    const vouched = after > i || rules.offices.matchEnding(tokens, i) !== null;
    if (!vouched && !((rules.starts.get(t.key) ?? 0) & STARTS_GIVEN_NAME)) continue;
    // A title is in title case, so a name there runs into the words after it ("John Howard MP Interview With John Laws"): a given name
    // and one more word only, unless the name closes the line or a clause ("… with Singaporean Prime Minister Goh Chok Tong"),
    // or a word in lower case ends it ("… with President Susilo Bambang Yudhoyono of Indonesia").
    const read = readName(tokens, after, rules, vouched);
    const closed = read <= after + 3 && (read === tokens.length || tokens[read]!.kind === PUNCT || (tokens[read]!.kind === WORD && !tokens[read]!.cap));
    const end = closed ? read : Math.min(read, after + 2);
    if (end - after < 2) continue;
    const name = canonicalName(title.slice(tokens[after]!.start, tokens[end - 1]!.end));
    if (nameWords(name).length >= 2) out.push(name);
    i = end - 1;
  }
  return out;
}
