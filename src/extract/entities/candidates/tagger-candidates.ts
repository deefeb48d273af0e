import type { Candidate } from './candidate.js';
import type { Rules } from '../lexicon/index.js';
import { canOpenName, isNameWord } from '../names/index.js';
import type { EntityType } from '../types.js';
import { CLITIC, firstTokenAfter, PUNCT, WORD, type Tok } from '../text/index.js';

/** What the entities stage needs from a statistical tagger; `tagger/` provides one. */
export interface NerSpanLike {
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export interface EntityTagger {
  tagDocument(text: string, sentences: readonly { start: number; end: number }[]): readonly NerSpanLike[];
}

const TYPES: Readonly<Record<NerSpanLike['type'], EntityType | null>> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: null };

/**
 * The tagger's spans as candidates, cleaned of what the rules know better:
 * titles and honorifics at the front ("State Antony Blinken" → "Antony
 * Blinken"), possessives at the end ("Russia’s" → "Russia"), and anything cut
 * by an office title. A span the gazetteer names exactly takes the
 * gazetteer's type (MISC "AUKUS" → org); other MISC spans are dropped, and
 * with them the gazetteer places inside them (`dropPlaces`: the rules'
 * candidates are already in `out`).
 */
export function taggerCandidates(tokens: readonly Tok[], spans: readonly NerSpanLike[], rules: Rules, inOffice: Uint8Array, out: Candidate[]): void {
  const otherReadings = nonPersonWords(tokens, spans);
  const surnames = personSurnames(tokens, spans);
  const other: [number, number, boolean][] = [];
  const people: [number, number][] = [];
  for (const span of spans) {
    let s = firstTokenAfter(tokens, span.start);
    let e = firstTokenAfter(tokens, span.end - 1) + 1;
    if (s >= tokens.length || e > tokens.length || s >= e) continue;
    // Trim titles, honorifics, punctuation and possessives at both ends. An opener stays only in an
    // organisation's or place's span after an article ("the All Blacks", "an All Black tie").
    const person = span.type === 'PER';
    while (s < e && (inOffice[s] || tokens[s]!.kind !== WORD || opensWithHonorific(tokens, s, e, person, rules) || (tokens[s]!.key === 'the' ? person || !keepsThe(tokens, s, e) : rules.openers.has(tokens[s]!.text) && (person || !ARTICLES.has(tokens[s - 1]?.key ?? ''))))) s++;
    let cut = s;
    while (cut < e && !inOffice[cut] && (tokens[cut]!.kind !== CLITIC || (!person && continuesName(tokens, cut, e)))) cut++;
    e = cut;
    while (e > s && !abbreviationStop(tokens, e - 1) && !closesBracket(tokens, s, e - 1) && (tokens[e - 1]!.kind === PUNCT || inOffice[e - 1] || rules.postNominals.has(tokens[e - 1]!.text))) e--;
    // "the Opposition I now say", "Well actually Jon I'm glad": a pronoun before a lower-case word or a
    // contraction ends no name ("Charles I was" loses its numeral, a rare case here).
    if (e - s > 1 && tokens[e - 1]!.text === 'I' && pronounFollows(tokens, e)) e--;
    if (e <= s) continue;
    // "Te Whiti Manahi", "Te Ururoa Flavell": the tagger, which reads "Te" as an organisation's or place's
    // first word, leaves it out of a Māori given name that opens with it.
    if (person && s > 0 && tokens[s - 1]!.text === 'Te' && !inOffice[s - 1] && tokens[s]!.cap && e - s >= 2) s--;
    const exact = rules.gazetteer.match(tokens, s);
    // A person the gazetteer reads as a place stays a person when the tagger is confident, or when the word is
    // the surname of a full name it found in the document ("Jordan" in "Michael Jordan … Jordan scored").
    const personOverPlace = exact !== null && exact.end === e && span.type === 'PER' && exact.value.type === 'place' && (span.score >= PERSON_OVER_PLACE || (e - s === 1 && surnames.has(tokens[s]!.text)));
    if (personOverPlace) people.push([s, e]);
    const gaz = exact && exact.end === e && !personOverPlace ? exact.value : null;
    if ((!gaz && (isDemonym(tokens, s, e, rules) || isNoEntity(tokens, s, e, rules))) || compoundOfKnownNames(tokens, s, e, rules)) continue;
    const type = gaz ? gaz.type : readsAsPerson(tokens, s, e, span, rules) ? 'person' : TYPES[span.type];
    if (!type) {
      if (span.type === 'MISC' && !namesAndPeoples(tokens, s, e, rules)) other.push([s, e, EVENT_HEADS.has(tokens[e - 1]!.text)]);
      continue;
    }
    // "Green MP Teanau Tuiono": a party's short name before a title is its owner (roles/org-owner.ts), no person.
    if (type === 'person' && e - s === 1 && inOffice[e] && rules.partyShortNames.has(tokens[s]!.text)) continue;
    // "the Mapua Smith Council", "Banking Reform Commission": an organisation's head word (`orgHeads`) right after it makes it no person.
    const next = tokens[e];
    if (type === 'person' && !gaz && (!plausiblePerson(tokens, s, e, rules, span.score) || (next?.kind === WORD && next.cap && rules.orgHeads.has(next.text)))) continue;
    // "given that Ansett is a wholly owned subsidiary", where the document calls "Ansett" a place or an
    // organisation elsewhere: one word the tagger barely calls a person, and reads otherwise, is no person.
    if (type === 'person' && !gaz && e - s === 1 && span.score < LONE_PERSON_MIN_SCORE && otherReadings.has(tokens[s]!.text)) continue;
    if (type !== 'person' && !gaz && !plausibleName(tokens, s, e, rules)) continue;
    out.push({ start: s, end: e, type, via: gaz ? 'gazetteer' : 'model', confidence: clamp(span.score), anchor: gaz ? 'gazetteer' : 'model', nameStart: s, gaz });
  }
  if (other.length > 0 || people.length > 0) dropPlaces(out, tokens.length, other, people);
}

/** Does the token at `at` go on after a pronoun "I": a lower-case word, or a contraction ("’m", "'ll", "’ve", "'d")? */
function pronounFollows(tokens: readonly Tok[], at: number): boolean {
  const next = tokens[at];
  if (next?.kind === WORD) return next.lower;
  const after = tokens[at + 1];
  return next?.kind === PUNCT && next.glued && (next.text === "'" || next.text === '\u2019') && after !== undefined && after.kind === WORD && after.lower && CONTRACTIONS.has(after.key);
}

const CONTRACTIONS = new Set(['m', 'll', 've', 'd']);

/**
 * The gazetteer's places the tagger reads otherwise. "Australia Day", "the U.S. Open", "Gulf War",
 * "London-based": a place inside a longer name the tagger calls other (`other`, MISC: events, days,
 * wars, adjectives) is part of that name, not a mention of its own. Organisations stay ("ASEAN FTA",
 * "the WTO Doha Round": the organisation is what they are about) unless the name is a day, games, a
 * cup, an open or a war (`EVENT_HEADS`: "Labour Day", "the Commonwealth Games"); places in a span of
 * only known names and peoples stay too ("Australian-New Zealand collaboration", "the PNG Indonesian
 * border").
 * And a place the tagger confidently calls a person, span for span (`people`), is that person.
 */
function dropPlaces(out: Candidate[], n: number, other: readonly [number, number, boolean][], people: readonly [number, number][]): void {
  // The tagger's spans do not overlap: each token lies in at most one `other` span.
  const inOther = new Int32Array(n).fill(-1);
  other.forEach(([s, e], i) => inOther.fill(i, s, e));
  const person = new Set(people.map(([s, e]) => s * n + e));
  let kept = 0;
  for (const c of out) {
    let drop = false;
    if (c.via === 'gazetteer' && (c.type === 'place' || c.type === 'org')) {
      const i = inOther[c.start]!;
      const span = i === -1 || inOther[c.end - 1] !== i ? undefined : other[i]!;
      drop = (span !== undefined && (c.type === 'place' || span[2]) && span[1] - span[0] > c.end - c.start) || (c.type === 'place' && person.has(c.start * n + c.end));
    }
    if (!drop) out[kept++] = c;
  }
  out.length = kept;
}

/**
 * Whether the span opens with an honorific or rank to trim ("Mr Peters", "General Baril"). In an
 * organisation's or place's span it stays before a possessive the name goes on after ("Queen's
 * Park"), and a rank stays before an institutional word ("General Administration of Customs");
 * an honorific's spelling glued to a hyphen is none ("MS-Fiamma").
 */
function opensWithHonorific(tokens: readonly Tok[], s: number, e: number, person: boolean, rules: Rules): boolean {
  const next = tokens[s + 1];
  if (next?.kind === PUNCT && next.glued && next.text === '-') return false;
  const honorific = rules.honorifics.match(tokens, s);
  const rank = honorific ? null : rules.ranks.match(tokens, s);
  const m = honorific ?? rank;
  if (!m) return false;
  if (person) return true;
  const after = tokens[m.end];
  if (m.end < e && after?.kind === CLITIC && continuesName(tokens, m.end, e)) return false;
  return !(rank && m.end < e && after?.kind === WORD && after.cap && rules.institutional.has(after.text));
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "The" stays in an organisation's or place's span after a lower-case word ("at The Oval", "in The Hague",
 * "quit The Times"), not where it opens a sentence or an answer ("PM: The Reserve Bank is right").
 */
function keepsThe(tokens: readonly Tok[], k: number, e: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return t.text === 'The' && !t.sentenceStart && k + 1 < e && prev !== undefined && prev.kind === WORD && prev.lower;
}

/** Last words of event names whose inner names are no mentions, organisations included ("Labour Day", "Commonwealth Games"). */
const EVENT_HEADS: ReadonlySet<string> = new Set(['Day', 'Games', 'Cup', 'Open', 'War', 'DAY', 'GAMES', 'CUP', 'OPEN', 'WAR']);

/** "Mladost ( L )": a closing bracket whose opening one is in the span. */
function closesBracket(tokens: readonly Tok[], s: number, i: number): boolean {
  if (tokens[i]!.text !== ')') return false;
  for (let k = i - 1; k >= s; k--) if (tokens[k]!.text === '(') return true;
  return false;
}

/** From this score a tagger's person is not retyped as the place the gazetteer spells the same way. */
const PERSON_OVER_PLACE = 0.7;

/**
 * "AMR Corp. said", "Orlando, Fla., and": the full stop of an abbreviation the tagger's span includes,
 * glued to a short capitalised word, inside the sentence (a full stop ending it is the sentence's).
 */
function abbreviationStop(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  const word = tokens[i - 1];
  const next = tokens[i + 1];
  return t.kind === PUNCT && t.text === '.' && t.glued && word !== undefined && word.kind === WORD && word.cap && word.text.length <= 4 && next !== undefined && next.sentence === t.sentence;
}

/** Below this score a one-word person span that the document reads otherwise elsewhere is dropped (scores are calibrated: about the chance the span is right). */
const LONE_PERSON_MIN_SCORE = 0.2;

/** The last words of the tagger's persons of two words or more in the document ("Bill Jordan" → "Jordan"). */
function personSurnames(tokens: readonly Tok[], spans: readonly NerSpanLike[]): Set<string> {
  const out = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    const s = firstTokenAfter(tokens, span.start);
    const e = firstTokenAfter(tokens, span.end - 1);
    if (e > s && e < tokens.length && tokens[e]!.kind === WORD) out.add(tokens[e]!.text);
  }
  return out;
}

/** The words the tagger reads as a one-word organisation, place or other name somewhere in the document. */
function nonPersonWords(tokens: readonly Tok[], spans: readonly NerSpanLike[]): Set<string> {
  const out = new Set<string>();
  for (const span of spans) {
    if (span.type === 'PER') continue;
    const s = firstTokenAfter(tokens, span.start);
    if (s < tokens.length && tokens[s]!.start === span.start && tokens[s]!.end === span.end) out.add(tokens[s]!.text);
  }
  return out;
}

/**
 * An organisation the tagger is unsure of that reads as a person's name:
 * "Surangel Whipps Jr" (a generational suffix), "Tama Potaka" (a listed
 * given name and a surname, no organisation head word, score under 0.5).
 * The tagger learnt its names from 1990s Reuters; Pacific and Māori names
 * are often new to it.
 */
function readsAsPerson(tokens: readonly Tok[], s: number, e: number, span: NerSpanLike, rules: Rules): boolean {
  if (span.type !== 'ORG' || e - s < 2 || !plausiblePerson(tokens, s, e, rules)) return false;
  for (let k = s; k < e; k++) if (rules.orgHeads.has(tokens[k]!.text) || rules.institutional.has(tokens[k]!.text)) return false;
  if (rules.suffixes.has(tokens[e - 1]!.text)) return true;
  return e - s <= 3 && span.score < 0.5 && rules.givenNames.has(tokens[s]!.text);
}

/** "the East Timorese", "the Americans": a people, which the tagger may call a place or an organisation (a span the gazetteer names is not asked). */
function isDemonym(tokens: readonly Tok[], s: number, e: number, rules: Rules): boolean {
  if (e - s > 3) return false;
  const words = tokens.slice(s, e).map((t) => t.text).join(' ').toLowerCase();
  return rules.demonyms.has(words) || (words.endsWith('s') && rules.demonyms.has(words.slice(0, -1)));
}

/** "Te Tiriti", "Matariki", "Kia ora": a treaty, a festival, a greeting (`notEntities`). */
function isNoEntity(tokens: readonly Tok[], s: number, e: number, rules: Rules): boolean {
  return e - s <= 5 && rules.notEntities.has(tokens.slice(s, e).map((t) => t.key).join(' '));
}

/**
 * "New Zealand–United States", "Australia-US-UK": known names joined by dashes are those names, not one;
 * so are known names side by side ("the WTO China must …", "an ASEAN Honolulu conference"), unless the
 * last is an organisation the others qualify ("U.N. General Assembly", "London Newsroom",
 * "Queensland National Party").
 */
function compoundOfKnownNames(tokens: readonly Tok[], s: number, e: number, rules: Rules): boolean {
  let parts = 0;
  let dashes = 0;
  let last: string | null = null;
  for (let k = s; k < e; ) {
    const t = tokens[k]!;
    if (t.kind === PUNCT && (t.text === '-' || t.text === '–' || t.text === '—')) {
      dashes++;
      k++;
      continue;
    }
    const m = rules.gazetteer.match(tokens, k);
    if (!m || m.end > e) return false;
    parts++;
    last = m.value.type;
    k = m.end;
  }
  return parts >= 2 && (dashes > 0 || last !== 'org');
}

/** Whether the span is only known names and peoples, joined by dashes or side by side ("Australian-New Zealand", "PNG Indonesian"). */
function namesAndPeoples(tokens: readonly Tok[], s: number, e: number, rules: Rules): boolean {
  for (let k = s; k < e; ) {
    const t = tokens[k]!;
    if (t.kind === PUNCT && (t.text === '-' || t.text === '–' || t.text === '—')) {
      k++;
      continue;
    }
    const m = rules.gazetteer.match(tokens, k);
    if (m && m.end <= e) k = m.end;
    else if (t.kind === WORD && rules.demonyms.has(t.key)) k++;
    else return false;
  }
  return true;
}

/** "Queen's Park", "People's Liberation Army": a possessive inside an organisation's or place's span, a capitalised word after it, is part of the name. */
function continuesName(tokens: readonly Tok[], clitic: number, e: number): boolean {
  const next = tokens[clitic + 1];
  return clitic + 1 < e && next !== undefined && next.kind === WORD && next.cap;
}

const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5);

/**
 * Every word a name word, the first able to open a name, nothing a bare month or sentence opener.
 * A particle may open a surname before a name word ("van Boxmeer", "van Velden"), and a lower-case
 * part may follow a glued hyphen ("Kim Yoon-man", "Moon Jae-in").
 */
function plausiblePerson(tokens: readonly Tok[], s: number, e: number, rules: Rules, score = 0): boolean {
  const first = tokens[s]!;
  const particleFirst = first.kind === WORD && !first.cap && rules.particles.has(first.text) && s + 1 < e && isNameWord(tokens[s + 1]!, rules);
  // "Jan Kroslak", "Jan McLucas": a month's spelling opens a name of two words or more the tagger is sure of.
  const monthFirst = e - s >= 2 && score >= 0.5 && MONTHS.test(first.text) && isNameWord(tokens[s + 1]!, rules) && !rules.calendar.has(tokens[s + 1]!.text);
  if (!particleFirst && !canOpenName(first, rules, monthFirst)) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind === PUNCT && t.text === '-' && t.glued) continue;
    if (t.kind === WORD && !t.cap && rules.particles.has(t.text)) continue;
    if (t.kind === WORD && t.lower && t.glued && k > s + 1 && tokens[k - 1]!.text === '-' && isNameWord(tokens[k - 2]!, rules)) continue;
    if (!isNameWord(t, rules) && !rules.suffixes.has(t.text)) return false;
  }
  // A single all-capitals word is an acronym or an outlet ("POLITIK"), not a surname, unless its whole line is in capitals ("LARA ENDURES").
  return !(e - s === 1 && allCaps(first) && !inCapitalsLine(tokens, s));
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const allCaps = (t: Tok) => t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();

/** Whether the words of the sentence around `i` (up to 40 tokens each side) are written in capitals: two or more other words, none with a lower-case letter. */
function inCapitalsLine(tokens: readonly Tok[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  let words = 0;
  for (const dir of [-1, 1]) {
    for (let k = i + dir; k >= 0 && k < tokens.length && Math.abs(k - i) <= 40 && tokens[k]!.sentence === sentence; k += dir) {
      const t = tokens[k]!;
      if (t.kind !== WORD || !/\p{L}/u.test(t.text)) continue;
      if (t.text !== t.text.toUpperCase()) return false;
      words++;
    }
  }
  return words >= 2;
}

/** Organisation and place names: capitalised words with lower-case connectors inside, not a lone sentence opener. */
function plausibleName(tokens: readonly Tok[], s: number, e: number, rules: Rules): boolean {
  const first = tokens[s]!;
  if (!first.cap && !/^\p{N}/u.test(first.text)) return false;
  if (e - s === 1 && (rules.openers.has(first.text) || rules.calendar.has(first.text))) return false;
  // "Pillar Two (of AUKUS)", "Phase One": a numbered concept, not an organisation or a place.
  for (let k = s; k < e; k++) if (rules.numbers.has(tokens[k]!.text)) return false;
  return tokens[e - 1]!.kind !== WORD || !tokens[e - 1]!.lower;
}
