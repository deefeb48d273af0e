import type { Candidate } from '../candidates/index.js';
import type { Rules } from '../lexicon/index.js';
import { canonicalName, foldDiacritics, nameFold } from '../names/index.js';
import { CLITIC, PUNCT, WORD, type Tok } from '../text/index.js';

/** A person mention with its name read out. */
export interface PersonMention {
  /** Token indexes [start, end), honorifics included. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly words: readonly string[];
  readonly via: 'model' | 'gazetteer' | 'rule' | 'coreference';
  readonly confidence: number;
  /** The candidate it came from; null for surnames found by the coreference scan. */
  readonly candidate: Candidate | null;
}

/** One person of the document: the mentions that name them, and the names given outside the text. */
export interface PersonCluster {
  readonly mentions: PersonMention[];
  /** Full names from front matter or the byline. */
  readonly outside: string[];
  /** A lone surname that two or more people share: never linked to either. */
  readonly ambiguous: boolean;
}

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
  const name = canonicalName(text.slice(tokens[c.nameStart]!.start, tokens[c.end - 1]!.end));
  return { start: c.start, end: c.end, name, words: nameWords(name), via: c.via, confidence: c.confidence, candidate: c };
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
  mentions: readonly PersonMention[],
  outsideNames: readonly string[],
  tokens: readonly Tok[],
  taken: Uint8Array,
  rules: Rules,
): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const byFull = new Map<string, PersonCluster>();
  const fullKey = (words: readonly string[]) => `${fold(words[0]!)}|${lastWord(words, rules)}`;
  const full = (words: readonly string[]) => {
    const key = fullKey(words);
    let c = byFull.get(key);
    if (!c) {
      c = { mentions: [], outside: [], ambiguous: false };
      byFull.set(key, c);
      clusters.push(c);
    }
    return c;
  };
  for (const m of mentions) if (m.words.length >= 2) full(m.words).mentions.push(m);
  for (const name of outsideNames) {
    const words = nameWords(name);
    if (words.length >= 2) full(words).outside.push(name);
  }
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
  for (const c of byFull.values()) introduced.set(c, c.outside.length > 0 ? -1 : Math.min(...c.mentions.map((m) => m.start)));
  const pick = (options: readonly PersonCluster[], at: number): PersonCluster | null => {
    if (options.length === 1) return options[0]!;
    const before = options.filter((c) => introduced.get(c)! < at);
    return before.length === 1 ? before[0]! : null;
  };
  const singles = new Map<string, PersonCluster>();
  const single = (word: string, ambiguous: boolean) => {
    const key = `${ambiguous ? '?' : ''}${word}`;
    let c = singles.get(key);
    if (!c) {
      c = { mentions: [], outside: [], ambiguous };
      singles.set(key, c);
      clusters.push(c);
    }
    return c;
  };
  // Given names the text uses alone for one person ("Jacinda said"): their bare mentions are found like surnames'.
  const byGiven = new Map<string, PersonCluster[]>();
  for (const m of mentions) {
    if (m.words.length !== 1) continue;
    const word = fold(m.words[0]!);
    const bySur = bySurname.get(word) ?? [];
    const options = bySur.length > 0 ? bySur : (byFirst.get(word) ?? []);
    const owner = pick(options, m.start);
    if (owner) {
      owner.mentions.push({ ...m, via: 'coreference' });
      if (bySur.length === 0 && options.length === 1) byGiven.set(word, options);
    } else single(word, options.length > 1).mentions.push(m);
  }
  // A lone surname with no full name anywhere ("Mr Smith") still gathers its bare mentions.
  const owners = new Map(bySurname);
  for (const [key, c] of singles) if (!c.ambiguous && !owners.has(key)) owners.set(key, [c]);
  for (const [key, c] of byGiven) if (!owners.has(key)) owners.set(key, c);
  scanSurnames(tokens, taken, rules, owners, single, pick);
  return clusters.filter((c) => c.mentions.length > 0);
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

/** The fullest form among a person's names: most words, then longest, then the one with diacritics. */
export function bestName(cluster: PersonCluster): string {
  const names = [...cluster.mentions.map((m) => m.name), ...cluster.outside];
  let best = names[0] ?? '';
  const score = (n: string) => [nameWords(n).length, n.length, n === foldDiacritics(n) ? 0 : 1] as const;
  for (const n of names) {
    const a = score(n);
    const b = score(best);
    if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])))) best = n;
  }
  return best;
}
