import officesModel from '../model/offices.json' with { type: 'json' };
import type { OfficeInfo, Rules } from '../lexicon/index.js';
import type { PersonCluster } from '../coreference/index.js';
import type { RolePhrase } from '../offices/index.js';
import { CLITIC, isComma, joinTokens, opensLine, PUNCT, sentenceStart, tokenizeText, WORD, type Tok } from '../text/index.js';
import { skipHonorificsBack, skipSeatBack } from '../names/index.js';
import type { RoleDraft } from './role-draft.js';
import type { Tense } from '../types.js';

/**
 * Occupations and posts beside a name (issue 13, item 5), read from
 * `model/offices.json` `occupations`:
 *
 *     Jane Doe, a professor at Auckland University's Law School,    → Professor, of Auckland University Law School
 *     Dr Ana Fifita, a senior lecturer in Pacific studies at Victoria University of Wellington
 *     Stephen Jacobi, executive director of the New Zealand International Business Forum
 *     Mary Robinson, chair of The Elders                            → Chair, of The Elders
 *     Sam Roggeveen, Lowy Institute analyst,                        → Analyst, of Lowy Institute
 *     Victoria University international relations expert Robert Patman
 *     the Elders group, chaired by Mary Robinson                    → Chair, of Elders
 *
 * After the name: a comma, an optional article and `former`, then words in
 * lower case (`leading`, `long-serving`: dropped) before a listed head word
 * (the longest variant); an organisation before the head word (a possessive
 * allowed) or after `at`, `of`, `for`, `with` is the owner, as written (a
 * field after `in` or `of` before `at` is the title's: `a senior lecturer in
 * law at …` → Senior Lecturer in law), and the phrase must close there (punctuation, the sentence's end, a
 * listed `afterRole` word). An office phrase at the head word that the
 * office table found with no owner (`Chair of The Elders`, `a spokesperson
 * for Amnesty International`) is read the same way when it is an occupation
 * or an organisation's office. Before the name an organisation must open the
 * phrase. A head word that is not listed states nothing (`a friend of the
 * minister`, `a Labour voter`), and an owner that is a person's name makes
 * no role (`an adviser to Winston Peters`).
 */

/** An occupation's role: a role draft stated in an apposition. */
export type OccupationDraft = RoleDraft & { readonly source: 'apposition' };

interface Occupation {
  readonly keys: readonly string[];
  readonly title: string;
}

const OCCUPATIONS = new Map<string, Occupation[]>();
for (const [title, variants] of (officesModel as unknown as { occupations: readonly (readonly [string, readonly string[]])[] }).occupations) {
  for (const v of [title, ...variants]) {
    const keys = tokenizeText(v).map((t) => t.key);
    const list = OCCUPATIONS.get(keys[0]!) ?? [];
    if (!list.some((o) => o.keys.join(' ') === keys.join(' '))) list.push({ keys, title });
    list.sort((a, b) => b.keys.length - a.keys.length);
    OCCUPATIONS.set(keys[0]!, list);
  }
}
const OCCUPATION_TITLES = new Set([...OCCUPATIONS.values()].flat().map((o) => o.title.toLowerCase()));
const LONGEST = Math.max(...[...OCCUPATIONS.values()].flat().map((o) => o.keys.length));

/** The listed occupation starting at token `i`, or null. */
function occupationAt(tokens: readonly Tok[], i: number): { end: number; title: string } | null {
  const t = tokens[i];
  if (!t || t.kind !== WORD) return null;
  for (const o of OCCUPATIONS.get(t.key) ?? []) {
    if (i + o.keys.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < o.keys.length && ok; k++) ok = tokens[i + k]!.key === o.keys[k] && tokens[i + k]!.sentence === t.sentence;
    if (ok) return { end: i + o.keys.length, title: o.title };
  }
  return null;
}

/** The listed occupation ending just before token `end`, or null. */
function occupationEnding(tokens: readonly Tok[], end: number): { start: number; title: string } | null {
  for (let start = Math.max(0, end - LONGEST); start < end; start++) {
    const m = occupationAt(tokens, start);
    if (m && m.end === end) return { start, title: m.title };
  }
  return null;
}

/** Words after a hyphen that make a place before them the person's origin, not an owner: "Fiji-born", "Auckland-based". */
const ORIGIN_WORDS: ReadonlySet<string> = new Set(['born', 'based', 'raised', 'educated', 'bred']);
/** Articles of a body described, not named: "of a Northland seafood cooperative". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'de']);
const OWNER_LINKS = new Set(['at', 'of', 'for', 'with']);
const FIELD_LINKS = new Set(['in', 'of', 'on']);
const DASHES = new Set(['-', '–', '—', '&']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Words in lower case before an occupation that praise or place the person
 * rather than say what the post is ("a leading analyst", "a veteran
 * diplomat"): dropped. Every other word stays in the title, as the text
 * states it: "a nonproliferation analyst", "a kiwifruit grower", "the
 * military commander" are posts of their own, not an "Analyst", a "Grower"
 * or a "Commander".
 */
const DESCRIBING: ReadonlySet<string> = new Set([
  'leading', 'prominent', 'well-known', 'respected', 'renowned', 'noted', 'veteran', 'long-serving', 'longtime', 'long-time', 'experienced',
  'influential', 'outspoken', 'local', 'young', 'new', 'current', 'also', 'now', 'highly', 'very', 'most', 'retiring', 'great', 'famous', 'celebrated', 'distinguished', 'eminent', 'legendary', 'acclaimed',
]);

/** The title with the lower-case words of tokens [from, to) before it ("nonproliferation" + "Analyst"), describing words left out. */
function modifiedTitle(tokens: readonly Tok[], from: number, to: number, title: string): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "pro-democracy", "long-serving": a hyphened compound is one word.
    if (t.kind === PUNCT && t.text === '-' && t.glued && words.length > 0 && tokens[k + 1]?.kind === WORD && tokens[k + 1]!.glued) {
      words[words.length - 1] += `-${tokens[++k]!.text}`;
      continue;
    }
    // Anything but lower-case words (a number, a capitalised word) and the title stays bare.
    if (t.kind !== WORD || t.cap) return title;
    words.push(t.text);
  }
  // "a 23-year-old youth activist": an age describes the person.
  const kept = words.filter((w) => !DESCRIBING.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()) && !/^\d/.test(w));
  while (kept.length > 0 && CONNECTORS.has(kept[0]!)) kept.shift();
  if (kept.length === 0) return title;
  return `${kept.map((w) => (CONNECTORS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ')} ${title}`;
}

/** Words that make the occupation after them a pastime: "a keen sailor", "an avid photographer". */
const PASTIME: ReadonlySet<string> = new Set(['keen', 'avid', 'amateur', 'passionate', 'enthusiastic', 'occasional', 'weekend', 'hobby', 'lifelong']);

function pastimeWithin(tokens: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === WORD && PASTIME.has(tokens[k]!.key)) return true;
  return false;
}

const capWord = (t: Tok | undefined, sentence: number): boolean => t !== undefined && t.kind === WORD && t.cap && t.sentence === sentence;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * An organisation's name from token `i`: capitalised words, with `of`,
 * `and`, `for`, `the` or a dash between them, ending on a capitalised word;
 * a possessive and more capitalised words go on with it ("Auckland
 * University's Law School"). Null when it holds a person's name.
 */
function orgFrom(tokens: readonly Tok[], i: number, person: Uint8Array): Span | null {
  const t = tokens[i];
  if (!t || !capWord(t, t.sentence)) return null;
  const sentence = t.sentence;
  let end = i;
  let possessive = -1;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j]!;
    if (capWord(w, sentence)) end = j + 1;
    else if (j > i && ((w.kind === WORD && CONNECTORS.has(w.key) && !w.cap) || (w.kind === PUNCT && DASHES.has(w.text))) && capWord(tokens[afterConnectors(tokens, j + 1)], sentence)) continue;
    else if (j > i && possessive < 0 && w.kind === CLITIC && capWord(tokens[j + 1], sentence)) possessive = j;
    else break;
  }
  // "Auckland University's Law School": a unit after the possessive, even one a tagger took for a person.
  const unit = possessive > 0 && end > possessive && UNITS.has(tokens[end - 1]!.text);
  for (let j = i; j < (unit ? possessive : end); j++) if (person[j]) return null;
  if (possessive > 0 && !unit) for (let j = possessive; j < end; j++) if (person[j]) return { start: i, end: possessive };
  return { start: i, end };
}

/** The first token from `k` that is no lower-case connector: "of the National People's Congress" reads on past "of the". */
function afterConnectors(tokens: readonly Tok[], k: number): number {
  while (tokens[k]?.kind === WORD && !tokens[k]!.cap && CONNECTORS.has(tokens[k]!.key)) k++;
  return k;
}

/** Words whose possessive stays inside an organisation's name ("People's Liberation Army", "Women's Refuge"). */
const NAME_POSSESSORS: ReadonlySet<string> = new Set(['People', 'Children', 'Women', 'Men', 'Workers', 'Farmers', 'Veterans', 'Citizens', 'Queen', 'King']);

/** Last words of an organisation's unit named after its possessive ("Auckland University's Law School"). */
const UNITS = new Set(['School', 'Faculty', 'College', 'Centre', 'Center', 'Institute', 'Department', 'Unit', 'Programme', 'Program', 'Laboratory', 'Library', 'Hospital', 'Division', 'Office']);

/** Lower-case words that may follow an organisation's name without changing it: "the Myanmar Community Aotearoa group". */
const GENERIC_NOUNS = new Set(['group', 'network', 'organisation', 'organization', 'movement', 'campaign', 'coalition', 'alliance', 'trust', 'charity', 'association', 'council', 'collective', 'society', 'foundation', 'forum', 'institute', 'company', 'firm']);

/** A compound's second half glued on by a hyphen: "Auckland-based", "New Zealand-led", "Wellington-headquartered". */
const glued = (tokens: readonly Tok[], j: number): boolean =>
  tokens[j]?.kind === PUNCT && tokens[j]!.text === '-' && tokens[j]!.glued && tokens[j + 1]?.kind === WORD && !tokens[j + 1]!.cap && tokens[j + 1]!.glued === true;

/**
 * The organisation after "of", "at" or "for" (and "the"), past a description
 * in front of its name: "the Southland cheesemaker Awarua Dairy Company",
 * "the Auckland-based Fiji Democracy Network", and a generic noun after it
 * ("the Myanmar Community Aotearoa group"). Null when none.
 */
function describedOrgFrom(tokens: readonly Tok[], at: number, person: Uint8Array, rules: Rules): Span | null {
  let named = orgFrom(tokens, at, person);
  const sentence = tokens[at]?.sentence;
  const done = (span: Span) => closes(tokens, span.end, rules) || genericAfter(tokens, span.end, rules);
  if (named && done(named)) return withGeneric(tokens, named, rules);
  // Past the description: a hyphened compound, then up to four words in lower case ("Hamilton-based dairy technology exporter").
  let j = named ? named.end : at;
  if (named && glued(tokens, j)) j += 2;
  for (let words = 0; words < 4 && tokens[j]?.kind === WORD && !tokens[j]!.cap && tokens[j]!.sentence === sentence && !CONNECTORS.has(tokens[j]!.key) && !OWNER_LINKS.has(tokens[j]!.key); words++) j++;
  if (j === (named ? named.end : at)) return named;
  const later = j < tokens.length && !person[j] ? orgFrom(tokens, j, person) : null;
  return later && done(later) ? withGeneric(tokens, later, rules) : named;
}

function genericAfter(tokens: readonly Tok[], end: number, rules: Rules): boolean {
  const t = tokens[end];
  return t !== undefined && t.kind === WORD && !t.cap && GENERIC_NOUNS.has(t.key) && t.sentence === tokens[end - 1]!.sentence && closes(tokens, end + 1, rules);
}

/** The span with its generic noun, when one follows; the name stays the organisation's. */
function withGeneric(tokens: readonly Tok[], span: Span, rules: Rules): Span & { readonly through?: number } {
  return genericAfter(tokens, span.end, rules) ? { ...span, through: span.end + 1 } : span;
}

/** An organisation's name ending just before token `end` (a possessive before `end` skipped by the caller), or null. */
const linkWord = (w: Tok | undefined): boolean => w !== undefined && ((w.kind === WORD && CONNECTORS.has(w.key) && !w.cap) || (w.kind === PUNCT && DASHES.has(w.text)));

function orgEnding(tokens: readonly Tok[], end: number, person: Uint8Array, rules: Rules): Span | null {
  const last = tokens[end - 1];
  if (!last || !capWord(last, last.sentence)) return null;
  const sentence = last.sentence;
  let start = end - 1;
  for (let j = end - 2; j >= 0; j--) {
    const w = tokens[j]!;
    if (capWord(w, sentence)) start = j;
    else if (linkWord(w) && capWord(tokens[j - 1], sentence)) continue;
    else break;
  }
  // "The Lowy Institute analyst": a sentence's opener is no part of the name.
  while (start < end && tokens[start]!.sentenceStart && rules.openers.has(tokens[start]!.text)) start++;
  if (start >= end || !capWord(tokens[start], sentence)) return null;
  for (let j = start; j < end; j++) if (person[j]) return null;
  return { start, end };
}

/** The owner's name: a listed organisation's canonical name when the span is exactly one, else as written without possessives. */
function ownerName(tokens: readonly Tok[], whole: Span, rules: Rules): string {
  // "at Tokyo's Keio University": a place's possessive says where the organisation is; it is no part of its name.
  const place = rules.gazetteer.match(tokens, whole.start);
  const span = place && (place.value.kind === 'place' || place.value.kind === 'country') && tokens[place.end]?.kind === CLITIC && place.end + 1 < whole.end ? { start: place.end + 1, end: whole.end } : whole;
  const named = rules.gazetteer.match(tokens, span.start);
  if (named && named.end === span.end && named.value.kind !== 'person') return named.value.name;
  // "the British expert": a country's adjective names the country.
  const adjective = rules.adjectives.match(tokens, span.start);
  if (adjective && adjective.end === span.end) return adjective.value;
  let out = '';
  for (let k = span.start; k < span.end; k++) {
    const t = tokens[k]!;
    // "National People's Congress", "Children's Hospital": a possessive of these words is part of the name.
    if (t.kind === CLITIC && !(k > span.start && k < span.end - 1 && NAME_POSSESSORS.has(tokens[k - 1]!.text))) continue;
    out += (k > span.start && !t.glued && t.kind !== CLITIC ? ' ' : '') + t.text;
  }
  return out;
}

/** Whether the phrase ends before token `k`: punctuation, the sentence's or line's end, or a listed word. */
function closes(tokens: readonly Tok[], k: number, rules: Rules): boolean {
  const next = tokens[k];
  if (!next || next.sentence !== tokens[k - 1]!.sentence) return true;
  if (next.kind === CLITIC) return false;
  if (next.kind === PUNCT) return !(next.glued && DASHES.has(next.text));
  return !next.cap && rules.afterRole.has(next.key);
}

const infoOf = (title: string): OfficeInfo => ({ title, in: null, notIn: null, flags: new Set(['noinfer']) });

/** Words of an academic title worn before a name ("Associate Professor", "Prof."). */
const ACADEMIC_WORDS = new Set(['professor', 'prof', 'prof.', 'associate', 'assistant', 'emeritus', 'distinguished']);

/**
 * "Professor Appleyard is doing an analysis", "Associate Professor Jane
 * Doe": a professor's title worn before the name is her occupation, though
 * it is read as an honorific for the name's span. Its owner is unstated.
 */
function academicTitleBefore(tokens: readonly Tok[], nameStart: number): { start: number; end: number; title: string } | null {
  // "Prof. Ken Loe": the abbreviation's full stop is a token of its own.
  const end = tokens[nameStart - 1]?.text === '.' ? nameStart - 1 : nameStart;
  let start = end;
  while (start > 0 && end - start < 3 && tokens[start - 1]!.kind === WORD && tokens[start - 1]!.cap && ACADEMIC_WORDS.has(tokens[start - 1]!.key)) start--;
  if (start === end) return null;
  const occupation = occupationAt(tokens, start);
  const title = occupation && occupation.end <= end ? occupation.title : tokens[start]!.key === 'prof' ? 'Professor' : null;
  return title && /Professor/.test(title) ? { start, end, title } : null;
}

/**
 * "Professor Jane Kelsey of the University of Auckland": a body named right
 * after the name with "of" or "at", closed there; a place is where the
 * person is from, not whose title it is.
 */
function bodyAfterName(tokens: readonly Tok[], end: number, person: Uint8Array, rules: Rules): Span | null {
  const link = tokens[end];
  if (link?.kind !== WORD || link.cap || (link.key !== 'of' && link.key !== 'at')) return null;
  const at = tokens[end + 1]?.kind === WORD && tokens[end + 1]!.key === 'the' && !tokens[end + 1]!.cap ? end + 2 : end + 1;
  const org = orgFrom(tokens, at, person);
  return org && closes(tokens, org.end, rules) && rules.gazetteer.match(tokens, org.start)?.value.type !== 'place' ? org : null;
}

/**
 * Occupations wire copy writes right before a name, in lower case, as a
 * title: "businessman George Speight", "pro-democracy legislator Akilisi
 * Pohiva", and at a sentence's start "Shopkeeper Sione Taumoepeau". No
 * organisation, so no owner; a capitalised word before the occupation
 * ("Lowy Institute analyst …") is `beforeName`'s, and words too broad to
 * be a title ("head", "expert") are left out.
 */
function bareOccupationBefore(tokens: readonly Tok[], start: number, inOffice: Uint8Array, rules: Rules): { start: number; end: number; title: string } | null {
  const head = occupationEnding(tokens, start);
  if (!head || inOffice[head.start] || tokens[head.start]!.sentence !== tokens[start]!.sentence) return null;
  // "In the Buka market, vegetable seller Theresa Kapiu danced", "taxi driver Gao Jianmin": one word in lower case
  // opening the clause (after a comma or at the sentence's start) is the post's, and makes a broad word a post.
  const modified = tokens[head.start]!.cap ? null : modifierOpeningClause(tokens, head.start, rules);
  if (modified !== null) return { start: modified, end: start, title: modifiedTitle(tokens, modified, head.start, head.title) };
  if (BROAD.has(head.title)) return null;
  const opensSentence = sentenceStart(tokens, head.start) === head.start;
  // "Press Secretary Dee Dee Myers said": a post of two words or more, capitalised as a title, is one too.
  const titled = head.title.includes(' ') && tokens[head.start]!.cap;
  for (let k = head.start; k < start; k++) if (tokens[k]!.cap && !titled && !(k === head.start && opensSentence)) return null;
  const before = tokens[head.start - 1];
  // "The activist Joshua Wong": a sentence's opening article is no capitalised word of a name.
  if (!opensSentence && before?.kind === WORD && before.cap && !(before.sentenceStart && before.key === 'the')) return null;
  if (before?.kind === CLITIC) return null;
  return { start: head.start, end: start, title: head.title };
}

/** The index of one lower-case word before the head word at `head` that opens its clause (a comma or the sentence's start before it), or null. */
function modifierOpeningClause(tokens: readonly Tok[], head: number, rules: Rules): number | null {
  const word = tokens[head - 1];
  if (word?.kind !== WORD || word.cap || word.sentence !== tokens[head]!.sentence || ARTICLES.has(word.key) || CONNECTORS.has(word.key) || DESCRIBING.has(word.key)) return null;
  if (rules.prepositions.has(word.key) || rules.former.has(word.key) || rules.afterRole.has(word.key)) return null;
  const opens = sentenceStart(tokens, head - 1) === head - 1 || isComma(tokens[head - 2]);
  return opens ? head - 1 : null;
}

/** Occupations on the land or the sea: what follows "at" or "in" is where, not whose ("a sheep farmer at Goose Green"). */
const WORKS_THE_LAND: readonly string[] = ['Farmer', 'Grower', 'Orchardist', 'Winemaker', 'Viticulturist', 'Fisherman', 'Shearer', 'Herder', 'Beekeeper', 'Rancher', 'Fruit Picker', 'Stockman'];
const worksTheLand = (title: string): boolean => WORKS_THE_LAND.some((w) => title === w || title.endsWith(` ${w}`));

/** Occupations too broad to be a title before a name ("head Jane Doe" is no post). */
const BROAD: ReadonlySet<string> = new Set(['Head', 'Expert', 'Officer', 'Executive', 'Volunteer', 'Advocate', 'Author', 'Host', 'Principal', 'Chair', 'President', 'Director', 'Manager', 'Coordinator', 'Founder', 'Chief', 'Owner', 'Administrator',
  'Worker', 'Representative', 'Guard', 'Driver', 'Vendor', 'Investor', 'Contractor', 'Developer', 'Producer', 'Designer']);

/**
 * A copula right after a name that opens its sentence, past a place it comes
 * from: "Norman Raeburn is the Director of …", "Norman Raeburn from Tasmania
 * is …". Only the sentence's subject: "I met Jane Doe is …" is no statement
 * about her, and a name after other words is seldom the subject.
 */
function subjectCopula(tokens: readonly Tok[], start: number, at: number, sentence: number, rules: Rules): { end: number; tense: Tense } | null {
  if (!tokens[start]!.sentenceStart) return null;
  let k = at;
  if (tokens[k]?.kind === WORD && tokens[k]!.key === 'from') {
    k++;
    const words = k;
    while (k - words < 3 && tokens[k]?.kind === WORD && tokens[k]!.cap && tokens[k]!.sentence === sentence) k++;
    if (k === words) return null;
  }
  const verb = tokens[k]?.sentence === sentence ? rules.copulas.match(tokens, k) : null;
  return verb ? { end: verb.end, tense: verb.value } : null;
}

/** Past a bracket of at most six tokens opening at `k` and closed by a comma ("(R-Ill.),", "(Labor, Sydney),"), else `k`. */
function pastShortBracket(tokens: readonly Tok[], k: number, sentence: number): number {
  if (tokens[k]?.kind !== PUNCT || tokens[k]!.text !== '(') return k;
  for (let j = k + 1; j <= k + 7 && j < tokens.length && tokens[j]!.sentence === sentence; j++) {
    if (tokens[j]!.kind === PUNCT && tokens[j]!.text === ')') return isComma(tokens[j + 1]) ? j + 1 : k;
  }
  return k;
}

/**
 * The occupation after a name ending at `end`: ", a professor at …". Returns
 * the head's title, the owner and the token range, or null.
 */
function afterName(
  tokens: readonly Tok[],
  start: number,
  end: number,
  person: Uint8Array,
  inOffice: Uint8Array,
  byStart: ReadonlyMap<number, RolePhrase>,
  used: ReadonlySet<RolePhrase>,
  rules: Rules,
): { title: string; of: string | null; tense: Tense; start: number; end: number; phrase?: RolePhrase } | null {
  let k = end;
  while (tokens[k]?.kind === WORD && rules.postNominals.has(tokens[k]!.text)) k++;
  const sentence = tokens[end - 1]!.sentence;
  // "Rep. Henry J. Hyde (R-Ill.), the chairman of …": a short bracket (party and state) before the apposition.
  k = pastShortBracket(tokens, k, sentence);
  const copula = isComma(tokens[k]) ? null : subjectCopula(tokens, start, k, sentence, rules);
  if (!isComma(tokens[k]) && !copula) return null;
  // "Chea Sophal, 41, a rice farmer": an age between the name and its apposition.
  if (!copula && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && isComma(tokens[k + 2])) k += 2;
  const from = copula ? copula.end : ++k;
  let tense: Tense = copula?.tense ?? 'current';
  if (copula) k = copula.end;
  // "Jane Doe, who is a professor at …", "who was chair of …".
  else if (tokens[k]?.kind === WORD && rules.relativePronouns.has(tokens[k]!.key)) {
    const verb = rules.copulas.match(tokens, k + 1);
    if (!verb) return postByVerb(tokens, k + 1, from, person, rules);
    tense = verb.value;
    k = verb.end;
  }
  if (tokens[k]?.kind === WORD && !tokens[k]!.cap && ARTICLES.has(tokens[k]!.key)) k++;
  if (tokens[k]?.kind === WORD && rules.former.has(tokens[k]!.key)) {
    tense = 'former';
    k++;
    if (tokens[k]?.kind === PUNCT && tokens[k]!.text === '-' && tokens[k]!.glued) k++;
  }
  // An organisation before the head word: "Auckland University political scientist", "the Lowy Institute's director".
  let before: Span | null = null;
  /** A country's adjective before the head word, which owns only a state's post ("a retired New Zealand diplomat"). */
  let stateAdjective: Span | null = null;
  let field: string | null = null;
  const org = byStart.has(k) || inOffice[k] || occupationAt(tokens, k) ? null : orgFrom(tokens, k, person);
  if (org) {
    // "an East Timorese student at Victoria University", "an Australian journalist": a country's adjective describes the person; it owns nothing.
    // "a Fiji-born senior lecturer": where the person comes from, likewise.
    const origin = tokens[org.end]?.kind === PUNCT && tokens[org.end]!.glued && ORIGIN_WORDS.has(tokens[org.end + 1]?.key ?? '');
    // "a Wellington general practitioner": a place says where the person works; it owns nothing either.
    const place = rules.gazetteer.match(tokens, org.start);
    const isPlace = place !== null && place.end === org.end && place.value.type === 'place' && tokens[org.end]?.kind !== CLITIC;
    const adjective = rules.adjectives.match(tokens, org.start)?.end === org.end;
    if (!adjective && !origin && !isPlace) before = org;
    // "a retired New Zealand diplomat": the country's adjective owns a state's post (below).
    else if (adjective) stateAdjective = org;
    else if (origin) k = org.end + 2;
    // "a Pacific analyst at the Lowy Institute", "an Asia economist": a region (no country's) before the post is its field, part of the title.
    if (isPlace && place.value.country === null && place.value.kind === 'place') field = joinTokens(tokens, org.start, org.end);
    k = tokens[org.end]?.kind === CLITIC ? org.end + 1 : org.end;
  }
  // Modifiers in lower case: "leading", "long-serving" dropped, "international relations" kept in the title (modifiedTitle).
  let head: { end: number; title: string; phrase?: RolePhrase } | null = null;
  for (let j = k, words = 0; j < tokens.length && tokens[j]!.sentence === sentence && words <= 3; j++) {
    const phrase = byStart.get(j);
    // "spokesperson for the New Zealand | Refugee Council": a title read on as a portfolio into an organisation's name is its occupation.
    const occupation = phrase ? occupationAt(tokens, j) : null;
    const readOn = phrase !== undefined && phrase.of === null && !closes(tokens, phrase.end, rules) && occupation !== null;
    if (phrase && !used.has(phrase) && phrase.host === undefined && (OCCUPATION_TITLES.has(phrase.office.title.toLowerCase()) || phrase.office.info.flags.has('org') || readOn)) {
      if (phrase.of === null) {
        // "a spokesperson for the Myanmar Community Aotearoa group": words after the title that do not close it are read as an owner, below.
        const end = !closes(tokens, phrase.end, rules) && tokens[phrase.office.end]?.kind === WORD && OWNER_LINKS.has(tokens[phrase.office.end]!.key) ? phrase.office.end : phrase.end;
        // Cut back to its head word, a title read on as a portfolio ("spokesperson for the New Zealand | Refugee Council") is the bare occupation.
        const bare = end < phrase.end ? occupation : null;
        head = { end, title: bare && bare.end === end ? bare.title : phrase.office.title, phrase };
        break;
      }
      // "a spokesperson for the Myanmar Community Aotearoa group": the owner the phrase read is only the start of a longer name.
      if (capWord(tokens[phrase.end], sentence) && phrase.office.end < phrase.end) {
        head = { end: phrase.office.end, title: phrase.office.title, phrase };
        break;
      }
    }
    if (phrase || inOffice[j]) return null;
    // "a Port Moresby-based New Zealand businessman": a country's adjective describes the person, as a word in lower case would.
    const adjective = j > k && tokens[j]!.cap ? rules.adjectives.match(tokens, j) : null;
    if (adjective && occupationAt(tokens, adjective.end)) {
      // … and owns a state's post: "a retired New Zealand diplomat".
      stateAdjective = { start: j, end: adjective.end };
      j = adjective.end - 1;
      continue;
    }
    const m = occupationAt(tokens, j);
    if (m) {
      // "a keen sailor", "an avid photographer": a pastime, no post.
      if (pastimeWithin(tokens, k, j)) return null;
      head = { end: m.end, title: modifiedTitle(tokens, k, j, m.title) };
      break;
    }
    const t = tokens[j]!;
    // A hyphened compound ("long-serving") counts as one word.
    if (t.kind === WORD && !t.cap && !CONNECTORS.has(t.key) && !OWNER_LINKS.has(t.key) && !FIELD_LINKS.has(t.key) && !ARTICLES.has(t.key) && !rules.relativePronouns.has(t.key)) words += glued(tokens, j - 1) ? 0 : 1;
    else if (!(t.kind === PUNCT && t.text === '-' && t.glued)) return null;
  }
  if (!head) return null;
  if (before && head.phrase) return null;
  k = head.end;
  let owner: Span | null = before ?? (stateAdjective && !head.phrase && isStatePost(head.title) ? stateAdjective : null);
  // A field after "in" or "of" before "at": "a senior lecturer in law at …", "a professor of Asian Studies at …".
  // Kept in the title, as written, the most specific post the text states: over our thirteen annotated sets keeping
  // it gains ten and loses five (the older sets' gold dropped it, the newer ones keep it, as the guideline asks).
  let fieldAfter = '';
  if (tokens[k]?.kind === WORD && FIELD_LINKS.has(tokens[k]!.key)) {
    for (let j = k + 1; j < tokens.length && j - k <= 6 && tokens[j]!.sentence === sentence; j++) {
      const t = tokens[j]!;
      if (t.kind === WORD && t.key === 'at') {
        fieldAfter = ` ${joinTokens(tokens, k, j)}`;
        k = j;
        break;
      }
      if (t.kind !== WORD) break;
    }
  }
  if (!owner && tokens[k]?.kind === WORD && OWNER_LINKS.has(tokens[k]!.key)) {
    const at = tokens[k + 1]?.kind === WORD && tokens[k + 1]!.key === 'the' && !tokens[k + 1]!.cap ? k + 2 : k + 1;
    if (at < tokens.length && person[at]) return null;
    const named = describedOrgFrom(tokens, at, person, rules);
    if (named) {
      owner = named;
      k = (named as { through?: number }).through ?? named.end;
      // "a professor of Asian Studies at the University of …": the later organisation.
      if (tokens[k]?.kind === WORD && tokens[k]!.key === 'at') {
        const at2 = tokens[k + 1]?.kind === WORD && tokens[k + 1]!.key === 'the' && !tokens[k + 1]!.cap ? k + 2 : k + 1;
        const later = orgFrom(tokens, at2, person);
        if (later) {
          owner = later;
          k = later.end;
        }
      }
    }
  }
  // "chief executive of a Northland seafood cooperative": a body described, not named, owns nothing; the phrase runs on to its end.
  if (!owner && tokens[k]?.kind === WORD && OWNER_LINKS.has(tokens[k]!.key) && tokens[k + 1]?.kind === WORD && INDEFINITE.has(tokens[k + 1]!.key)) {
    for (let j = k + 2; j < tokens.length && j - k <= 10 && tokens[j]!.sentence === sentence; j++) {
      if (closes(tokens, j + 1, rules)) {
        k = j + 1;
        break;
      }
      if (tokens[j]!.kind !== WORD && !(tokens[j]!.kind === PUNCT && tokens[j]!.glued)) break;
    }
  }
  if (!closes(tokens, k, rules)) return null;
  const title = (field !== null && !head.phrase ? `${field} ${head.title}` : head.title) + fieldAfter;
  // "a sheep farmer at Goose Green": where a farmer works is a place, whatever the lists know of it; no one owns the post.
  const of = owner && !worksTheLand(head.title) ? ownerName(tokens, owner, rules) : null;
  return { title, of, tense, start: from, end: k, ...(head.phrase ? { phrase: head.phrase } : {}) };
}

/** Verbs that state a post over an organisation: "who chairs the Fiji Democracy Network"; the past tense a former post. */
const POST_VERBS: ReadonlyMap<string, { readonly title: string; readonly tense: Tense }> = new Map([
  ['chairs', { title: 'Chair', tense: 'current' }],
  ['chaired', { title: 'Chair', tense: 'former' }],
  ['heads', { title: 'Head', tense: 'current' }],
  ['headed', { title: 'Head', tense: 'former' }],
  ['leads', { title: 'Leader', tense: 'current' }],
  ['directs', { title: 'Director', tense: 'current' }],
  ['founded', { title: 'Founder', tense: 'current' }],
  ['co-founded', { title: 'Co-founder', tense: 'current' }],
]);

/** ", who chairs the Auckland-based Fiji Democracy Network,": the post the verb states, over the organisation after it. */
function postByVerb(tokens: readonly Tok[], k: number, from: number, person: Uint8Array, rules: Rules): { title: string; of: string | null; tense: Tense; start: number; end: number } | null {
  const verb = tokens[k];
  const post = verb?.kind === WORD ? POST_VERBS.get(verb.key) : undefined;
  if (!post) return null;
  const at = tokens[k + 1]?.kind === WORD && tokens[k + 1]!.key === 'the' && !tokens[k + 1]!.cap ? k + 2 : k + 1;
  if (at >= tokens.length || person[at]) return null;
  const org = describedOrgFrom(tokens, at, person, rules);
  if (!org) return null;
  const end = (org as { through?: number }).through ?? org.end;
  return closes(tokens, end, rules) ? { title: post.title, of: ownerName(tokens, org, rules), tense: post.tense, start: from, end } : null;
}

/** The occupation before a name starting at `start`: "Lowy Institute analyst Sam Roggeveen"; an organisation must open it. */
function beforeName(tokens: readonly Tok[], start: number, person: Uint8Array, inOffice: Uint8Array, rules: Rules): { title: string; of: string | null; start: number; end: number; tense: Tense } | null {
  // "The Reserve Bank governor, Ian Macfarlane", "The ICC Prosecutor, Karim Khan": a comma (and a rank) may stand before the name.
  // Only a listed organisation (or a name ending on a body's head word) opens that form: a country's post before a
  // comma is `countryPostBefore`'s, and capitalised words the lists lack after the organisation are the title's own
  // ("the UN's Emergency Relief Coordinator, John Holmes": `titleWordsAfterOrg`).
  const at = skipHonorificsBack(tokens, start, rules);
  const direct = occupationEnding(tokens, start);
  const fielded = direct || !isComma(tokens[at - 1]) ? null : (occupationEnding(tokens, at - 1) ?? withField(tokens, at - 1, person));
  const head = direct ?? fielded;
  if (!head || inOffice[head.start] || tokens[head.start]!.sentence !== tokens[start]!.sentence) return null;
  let k = head.start;
  // Modifiers only: "after former president Ashraf Ghani" is no post of "Kabul on Sunday".
  const modifier = (t: Tok | undefined): boolean =>
    t !== undefined && t.kind === WORD && !t.cap && !CONNECTORS.has(t.key) && !OWNER_LINKS.has(t.key) && !rules.prepositions.has(t.key) && !rules.former.has(t.key) && !rules.afterRole.has(t.key);
  for (let words = 0; words < 3 && modifier(tokens[k - 1]); words++) k--;
  let title = modifiedTitle(tokens, k, head.start, head.title) + ((head as { field?: string }).field ?? '');
  if (tokens[k - 1]?.kind === CLITIC) k--;
  const run = orgEnding(tokens, k, person, rules);
  if (!run) {
    // "after former president Ashraf Ghani", "the late professor Ranginui Walker": a tense word alone before the post (AFP,
    // BBC and Guardian style write it in lower case); no organisation states whose it is.
    return direct && formerAt(tokens[k - 1], rules) ? { title, of: null, start: k - 1, end: start, tense: 'former' } : null;
  }
  // "the UN's Emergency Relief Coordinator, John Holmes": capitalised words between a listed organisation and the head word are the title's.
  const worded = titleWordsAfterOrg(tokens, run, person, rules);
  const found = worded?.org ?? run;
  if (worded) title = `${joinTokens(tokens, worded.words.start, worded.words.end)} ${title}`;
  // "Greenpeace International's executive director, Thilo Bode": a possessive says the organisation is whose the post is;
  // so does a name ending on a body's head word ("The Reserve Bank governor, Ian Macfarlane").
  // A country's post there is `countryPostBefore`'s ("New Zealand's chief negotiator, Fiona Ledgerwood").
  const owns = worded !== null || listedOrganisation(tokens, found, rules) || (found.end - found.start >= 2 && rules.bodyHeads.has(tokens[found.end - 1]!.text));
  // "A Wellington doctor, Peter Ngata": a town before the post says where the person works, before a comma too.
  const where = rules.gazetteer.match(tokens, found.start);
  const townBefore = where !== null && where.end === found.end && where.value.kind === 'place' && tokens[found.end]?.kind !== CLITIC;
  if (!direct && !owns && !townBefore && (tokens[found.end]?.kind !== CLITIC || isCountry(tokens, found, rules))) return null;
  // "Former Labour Party president Mike Williams": the tense word is no part of the name.
  let org = found;
  let tense: Tense = 'current';
  if (rules.former.has(tokens[org.start]!.key)) {
    tense = 'former';
    org = { start: org.start + 1, end: org.end };
    if (org.start >= org.end) return null;
  } else if (tokens[org.start - 1]?.kind === WORD && rules.former.has(tokens[org.start - 1]!.key)) tense = 'former';
  // A country's adjective or a people's name before a post describes the person, and owns nothing ("Australian
  // economist Saul Eslake", "the Māori lawyer Moana Jackson").
  // A town or region likewise says where the person works: "Kaikohe kiwifruit grower Rangi Heta".
  const place = rules.gazetteer.match(tokens, org.start);
  const town = place !== null && place.end === org.end && place.value.kind === 'place';
  if (town || rules.adjectives.match(tokens, org.start)?.end === org.end || (org.end === org.start + 1 && rules.notEntities.has(tokens[org.start]!.key))) {
    return { title, of: null, start: head.start, end: start, tense };
  }
  return { title, of: ownerName(tokens, org, rules), start: found.start, end: start, tense };
}

/**
 * "the Executive Secretary of the UN Framework Convention on Climate Change,
 * Simon Stiell", "the chief executive of Fonterra, Miles Hurrell": a head
 * word, "of" or "at" and an organisation, then a comma before the name.
 */
function titleOfOrgBefore(tokens: readonly Tok[], start: number, person: Uint8Array, inOffice: Uint8Array, rules: Rules): { title: string; of: string; start: number; comma: number } | null {
  // "…, Brigadier Hamish Tait": a rank or an honorific may stand between the comma and the name, or a legislator's
  // seat ("The chairman of the Senate Finance Committee, Senator Max Baucus").
  const at = skipSeatBack(tokens, skipHonorificsBack(tokens, start, rules));
  if (!isComma(tokens[at - 1])) return null;
  const org = orgEnding(tokens, at - 1, person, rules);
  if (!org) return null;
  let k = org.start;
  // "of the New Zealand-led Truce Monitoring Group": a hyphened description before the name.
  if (tokens[k - 1]?.kind === WORD && !tokens[k - 1]!.cap && glued(tokens, k - 2)) {
    k -= 2;
    while (capWord(tokens[k - 1], tokens[k]!.sentence)) k--;
  }
  if (tokens[k - 1]?.kind === WORD && tokens[k - 1]!.key === 'the' && !tokens[k - 1]!.cap) k--;
  const link = tokens[k - 1];
  if (!link || link.kind !== WORD || !(link.key === 'of' || link.key === 'at')) return null;
  let head = occupationEnding(tokens, k - 1);
  let owner: Span = org;
  // "The chief of the Armed Forces of the Philippines, Gen. Romeo Brawner Jr.": an "of the" inside the name; the head word is further back.
  const outer = head ? null : orgEnding(tokens, k - 1, person, rules);
  if (outer) {
    let j = outer.start;
    if (tokens[j - 1]?.kind === WORD && tokens[j - 1]!.key === 'the' && !tokens[j - 1]!.cap) j--;
    if (tokens[j - 1]?.kind === WORD && (tokens[j - 1]!.key === 'of' || tokens[j - 1]!.key === 'at')) {
      head = occupationEnding(tokens, j - 1);
      owner = { start: outer.start, end: org.end };
    }
  }
  if (!head || inOffice[head.start] || tokens[head.start]!.sentence !== tokens[start]!.sentence) return null;
  return { title: head.title, of: ownerName(tokens, owner, rules), start: head.start, comma: at - 1 };
}

/**
 * A listed organisation or country, then capitalised words the lists lack,
 * all before an occupation's head word: "the UN's Emergency Relief
 * Coordinator", "The United Nations Emergency Relief Coordinator", "New
 * Zealand's Trade Commissioner". The words are the title's; the
 * organisation owns it. Null when `run` is no such pair.
 */
function titleWordsAfterOrg(tokens: readonly Tok[], run: Span, person: Uint8Array, rules: Rules): { org: Span; words: Span } | null {
  const unlisted = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (!capWord(tokens[j], tokens[from]!.sentence) || rules.gazetteer.match(tokens, j) || rules.adjectives.match(tokens, j)) return false;
    return true;
  };
  const owner = (span: Span): boolean => {
    const named = rules.gazetteer.match(tokens, span.start);
    return named !== null && named.end === span.end && (named.value.kind === 'org' || named.value.kind === 'country');
  };
  if (listedOrganisation(tokens, run, rules)) return null;
  // "the UN's | Emergency Relief": a possessive between them.
  if (tokens[run.start - 1]?.kind === CLITIC) {
    const org = orgEnding(tokens, run.start - 1, person, rules);
    return org && owner(org) && unlisted(run.start, run.end) ? { org, words: run } : null;
  }
  const named = rules.gazetteer.match(tokens, run.start);
  if (!named || named.end >= run.end || (named.value.kind !== 'org' && named.value.kind !== 'country')) return null;
  return unlisted(named.end, run.end) ? { org: { start: run.start, end: named.end }, words: { start: named.end, end: run.end } } : null;
}

/** Whether the span is exactly a country ("Fiji", not "Fiji Red Cross Society"). */
function isCountry(tokens: readonly Tok[], span: Span, rules: Rules): boolean {
  const named = rules.gazetteer.match(tokens, span.start);
  return named !== null && named.end === span.end && named.value.kind === 'country';
}

/** Links that open a post's field or region after its head word: "director of humanitarian programmes", "general manager for Asia". */
const FIELD_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'in']);

/**
 * "NZAID's director of humanitarian programmes, Sophie Tremain", "Air New
 * Zealand's general manager for Asia, Rosalind Petersen": an occupation,
 * then its field or region up to the comma before the name (at most four
 * words, no name among them). The field is part of the title, as written.
 */
function withField(tokens: readonly Tok[], comma: number, person: Uint8Array): { start: number; title: string; field: string } | null {
  for (let link = comma - 2; link >= 0 && comma - link <= 5; link--) {
    const t = tokens[link]!;
    if (t.kind !== WORD || person[link]) return null;
    if (t.cap || !FIELD_OPENERS.has(t.key)) continue;
    const occupation = occupationEnding(tokens, link);
    if (!occupation) return null;
    for (let k = link + 1; k < comma; k++) if (tokens[k]!.kind !== WORD || person[k]) return null;
    return { ...occupation, field: ` ${joinTokens(tokens, link, comma)}` };
  }
  return null;
}

/** Whether the span is exactly an organisation the lists hold (not a country, a place or a person). */
function listedOrganisation(tokens: readonly Tok[], span: Span, rules: Rules): boolean {
  const named = rules.gazetteer.match(tokens, span.start);
  return named !== null && named.end === span.end && named.value.kind === 'org';
}

/** Occupations that are a state's posts: a country written before one owns it ("the Fiji military commander", "the Indonesian armed forces chief"). */
const STATE_POSTS: ReadonlySet<string> = new Set(['Commander', 'Commander-in-Chief', 'Chief Negotiator', 'Spokesperson', 'Chief', 'Diplomat', 'President']);

/** A state's post, its lower-case words kept before it or not ("Military Commander", "Top Diplomat"). */
const isStatePost = (title: string): boolean => [...STATE_POSTS].some((post) => title === post || title.endsWith(` ${post}`));

/**
 * "The Fiji military commander, Commodore Frank Bainimarama", "Indonesia's
 * armed forces chief negotiator, …": a country (its name or adjective, a
 * possessive allowed) before a state's post, lower-case words between, then
 * a comma before the name (a rank or honorific may stand after it).
 */
function countryPostBefore(tokens: readonly Tok[], start: number, inOffice: Uint8Array, rules: Rules): { title: string; of: string; start: number; comma: number } | null {
  const at = skipHonorificsBack(tokens, start, rules);
  if (!isComma(tokens[at - 1])) return null;
  const head = occupationEnding(tokens, at - 1);
  if (!head || !STATE_POSTS.has(head.title) || inOffice[head.start] || tokens[head.start]!.sentence !== tokens[start]!.sentence) return null;
  let k = head.start;
  for (let words = 0; words < 2 && tokens[k - 1]?.kind === WORD && !tokens[k - 1]!.cap && !ARTICLES.has(tokens[k - 1]!.key) && !CONNECTORS.has(tokens[k - 1]!.key); words++) k--;
  const title = modifiedTitle(tokens, k, head.start, head.title);
  if (tokens[k - 1]?.kind === CLITIC) k--;
  const adjective = rules.adjectives.matchEnding(tokens, k);
  const named = adjective ? null : rules.gazetteer.matchEnding(tokens, k);
  const country = adjective?.value ?? (named?.value.kind === 'country' ? named.value.name : null);
  if (country === null) return null;
  return { title, of: country, start: (adjective ?? named)!.start, comma: at - 1 };
}

/**
 * "the Elders group, chaired by Mary Robinson", "the India–New Zealand
 * Business Council in Mumbai, chaired by Dame Paula Rebstock": the name
 * chairs the organisation named before it (a place after "in" skipped).
 */
function chairedBy(tokens: readonly Tok[], start: number, person: Uint8Array, rules: Rules): { of: string; start: number } | null {
  const from = byVerbBefore(tokens, start, rules);
  if (from < 0 || tokens[from]!.key !== 'chaired') return null;
  let j = from;
  if (isComma(tokens[j - 1])) j--;
  // "… Business Council in Mumbai, chaired by": the place is where it sits.
  const place = orgEnding(tokens, j, person, rules);
  if (place && tokens[place.start - 1]?.kind === WORD && (tokens[place.start - 1]!.key === 'in' || tokens[place.start - 1]!.key === 'at')) j = place.start - 1;
  if (tokens[j - 1]?.kind === WORD && !tokens[j - 1]!.cap && (tokens[j - 1]!.key === 'group' || tokens[j - 1]!.key === 'panel')) j--;
  const org = orgEnding(tokens, j, person, rules);
  return org ? { of: ownerName(tokens, org, rules), start: org.start } : null;
}

/** Verbs of leading before "by" and the posts they give: "the National Federation Party, led by …". */
const LED_BY: ReadonlyMap<string, string> = new Map([
  ['led', 'Leader'],
  ['headed', 'Head'],
]);

/**
 * "the National Federation Party led by Dr Biman Prasad", "the Labour Party,
 * led by Chris Hipkins": the leader of the organisation named right before
 * the verb. One the gazetteer lists, or a name of two or more capitalised
 * words ending in a word of a body that has a leader ("the Kanak Socialist
 * Front, led by"). Nothing else: "a delegation led by", "the Government, led
 * by", "the United States, led by" name no office of their own.
 */
function ledBy(tokens: readonly Tok[], start: number, person: Uint8Array, rules: Rules): { title: string; of: string; start: number; end: number } | null {
  const verb = byVerbBefore(tokens, start, rules);
  const title = verb < 0 ? undefined : LED_BY.get(tokens[verb]!.key);
  if (title === undefined) return null;
  const end = isComma(tokens[verb - 1]) ? verb - 1 : verb;
  if (end <= 0 || tokens[end - 1]!.sentence !== tokens[start]!.sentence) return null;
  const listed = rules.gazetteer.matchEnding(tokens, end);
  const named = orgEnding(tokens, end, person, rules);
  // "the Solomon Islands Democratic Party": a listed name ("Democratic Party") that ends a longer one is not that one.
  if (listed && (!named || named.start >= listed.start)) return listed.value.kind === 'org' ? { title, of: listed.value.name, start: verb, end: verb + 2 } : null;
  if (!named || named.end - named.start < 2 || !(listed?.value.kind === 'org' || rules.ledHeads.has(tokens[named.end - 1]!.text))) return null;
  return { title, of: ownerName(tokens, named, rules), start: verb, end: verb + 2 };
}

function formerAt(t: Tok | undefined, rules: Rules): boolean {
  return t !== undefined && t.kind === WORD && (!t.cap || t.sentenceStart === true) && rules.former.has(t.key);
}

/** "<verb> by [the] [honorifics] <name>" before the name at `start`: the verb's token index, or -1. */
function byVerbBefore(tokens: readonly Tok[], start: number, rules: Rules): number {
  let k = start;
  const honorific = rules.honorifics.matchEnding(tokens, k);
  if (honorific) k = honorific.start;
  if (tokens[k - 1]?.kind === WORD && tokens[k - 1]!.key === 'the') k--;
  return tokens[k - 1]?.key === 'by' && tokens[k - 2]?.kind === WORD ? k - 2 : -1;
}

/**
 * Occupation roles of the named people (see above). Office phrases read as
 * an occupation's head are added to `used`: they are no office mentions and
 * no other apposition's.
 */
export function occupationRoles(
  clusters: readonly PersonCluster[],
  phrases: readonly RolePhrase[],
  used: Set<RolePhrase>,
  tokens: readonly Tok[],
  text: string,
  rules: Rules,
): OccupationDraft[] {
  const person = new Uint8Array(tokens.length);
  for (const c of clusters) for (const m of c.mentions) person.fill(1, m.start, m.end);
  const inOffice = new Uint8Array(tokens.length);
  const byStart = new Map<number, RolePhrase>();
  for (const p of phrases) {
    inOffice.fill(1, p.start, p.end);
    byStart.set(p.start, p);
  }
  const out: OccupationDraft[] = [];
  const push = (cluster: number, start: number, end: number, title: string, of: string | null, tense: Tense) => {
    const s = tokens[start]!.start;
    const e = tokens[end - 1]!.end;
    out.push({ cluster, start: s, end: e, text: text.slice(s, e), title, info: infoOf(title), stated: of, tense, source: 'apposition' });
  };
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      if (!m.candidate) continue;
      // "Peters, Luxon, Bishop and Willis": a name inside a list of names has no apposition.
      const listed = isComma(tokens[m.start - 1]) && person[m.start - 2] === 1;
      const after = listed ? null : afterName(tokens, m.start, m.end, person, inOffice, byStart, used, rules);
      if (after) {
        if (after.phrase) used.add(after.phrase);
        push(index, after.start, after.end, after.title, after.of, after.tense);
      }
      // "Sean McCormack, Spokesman / Washington, DC": a post on the line above is no title of a name opening its line.
      const opens = opensLine(tokens, skipHonorificsBack(tokens, m.start, rules), text);
      const before = opens ? null : beforeName(tokens, m.start, person, inOffice, rules);
      if (before) push(index, before.start, before.end, before.title, before.of, before.tense);
      const titled = before || opens ? null : (titleOfOrgBefore(tokens, m.start, person, inOffice, rules) ?? countryPostBefore(tokens, m.start, inOffice, rules));
      if (titled) push(index, titled.start, titled.comma, titled.title, titled.of, 'current');
      const chair = chairedBy(tokens, m.start, person, rules);
      if (chair) push(index, chair.start, m.start, 'Chair', chair.of, 'current');
      const led = chair ? null : ledBy(tokens, m.start, person, rules);
      if (led) push(index, led.start, led.end, led.title, led.of, 'current');
      const academic = after || before || titled || chair ? null : academicTitleBefore(tokens, m.candidate.nameStart);
      if (academic) {
        const owned = bodyAfterName(tokens, m.end, person, rules);
        push(index, academic.start, owned ? owned.end : academic.end, academic.title, owned ? ownerName(tokens, owned, rules) : null, 'current');
      }
      const bare = after || before || titled || chair || led || academic || opens ? null : bareOccupationBefore(tokens, m.start, inOffice, rules);
      if (bare) push(index, bare.start, bare.end, bare.title, null, 'current');
    }
  });
  return out;
}
