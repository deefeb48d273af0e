import { DEFAULT_LEXICON } from '../lexicon/index.js';
import type { EntityType } from '../types.js';

// Name normalisation shared with corpus-level resolution: the same functions
// make a document's keys and the resolver's, so they must stay in step.

const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** "António Guterres" → "Antonio Guterres": accents dropped, letters kept. */
export function foldDiacritics(value: string): string {
  // Most names are plain ASCII, which folding leaves as it is: no Unicode normalisation and no replacing for them.
  if (ASCII_ONLY.test(value)) return value;
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØłŁæÆœŒßđĐıþÞðÐ]/g, (c) => SPECIAL[c] ?? c);
}

/** Lower-case ASCII words joined by hyphens: "Jean-Yves Le Drian" → "jean-yves-le-drian", "O'Brien" → "obrien"; glottal stops (ʻ ‘) go like apostrophes: "Hawaiʻi" → "hawaii". */
export function slugify(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/['’‘`ʻʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `person:winston-peters`: the document-level id of an entity, from its canonical name. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${slugify(name) || 'unnamed'}`;
}

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;

/** "Russia’s" → "Russia", "Peters'" → "Peters"; anything else unchanged. */
export function stripPossessive(name: string): string {
  return name.replace(POSSESSIVE, '');
}

const HONORIFIC_WORDS = [...DEFAULT_LEXICON.honorifics, ...DEFAULT_LEXICON.ranks].sort((a, b) => b.length - a.length);
const HONORIFIC = new RegExp(
  `^(?:(?:${HONORIFIC_WORDS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.?\\s+)+`,
  'u',
);

/** "Rt Hon Winston Peters" → "Winston Peters", "Mr. Peters" → "Peters". A name that is only an honorific is kept. */
export function stripHonorifics(name: string): string {
  const stripped = name.replace(HONORIFIC, '');
  return stripped.length > 0 ? stripped : name;
}

const POST_NOMINAL = new RegExp(`(?:\\s+(?:${DEFAULT_LEXICON.postNominals.join('|')}))+$`, 'u');

/** "Winston Peters MP" → "Winston Peters": letters after a name are not part of it. A name that is only such letters is kept. */
export function stripPostNominals(name: string): string {
  const stripped = name.replace(POST_NOMINAL, '');
  return stripped.length > 0 ? stripped : name;
}

/** The form a name is stored under: no honorifics or post-nominals, no possessive, single spaces, diacritics kept. */
export function canonicalName(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim().replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),;:.]+$/gu, '');
  return familyInCapitals(stripPossessive(stripPostNominals(stripHonorifics(stripPossessive(flat)))).trim());
}

const GIVEN_NAMES = new Set(DEFAULT_LEXICON.givenNames);
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

/**
 * Words in capitals that are acronyms, as the gazetteers write them ("UN",
 * "NATO", "COAG", "DC" in "Washington DC"): never re-cased. Any capitals of
 * one or two letters count too ("US-NZ Council", "LI Qiang" is left alone).
 */
const ACRONYMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const rows = [...DEFAULT_LEXICON.organisations, ...DEFAULT_LEXICON.places, ...DEFAULT_LEXICON.countries];
  for (const m of JSON.stringify(rows).matchAll(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu)) out.add(m[0]);
  return out;
})();

/** A regnal number ("Charles III", "Tupou VI", "Pope Leo XIV"): capitals that are no family name. */
const REGNAL = /^[IVX]{2,5}$/u;

/** Whether a word in capitals keeps them: an acronym, two letters or fewer, a regnal number, or no vowel ("NSW"). */
const keepsCapitals = (w: string) => ACRONYMS.has(w) || w.replace(/['’.]/g, '').length <= 2 || REGNAL.test(w) || !/[AEIOUY]/u.test(foldDiacritics(w));

/** Words no person's name holds ("Council", "Group", "Agenda"): a name with one is an organisation's, whose capitals are an acronym ("COAG Reform Council"). */
const NOT_IN_PERSON_NAMES = new Set([...DEFAULT_LEXICON.institutional, ...DEFAULT_LEXICON.orgHeads]);

/** One word of a name in capitals in ordinary case: hyphenated and apostrophised parts each ("O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones"); acronyms stay. */
function ordinaryCase(word: string): string {
  return word
    .split(/([-‐])/u)
    .map((part) => (part.length < 2 || keepsCapitals(part) || /\p{Ll}/u.test(part) ? part : part.toLowerCase().replace(/(^|['’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())))
    .join('');
}

/**
 * Diplomatic style writes the family name in capitals: "Winston PETERS",
 * "Mr IWAYA Takeshi" (Japan's foreign ministry, family name first). Capitals
 * beside ordinary words are the family name in ordinary case; a capitalised
 * family name before a listed given name moves after it ("Takeshi Iwaya",
 * as the name is written elsewhere). A name all in capitals (a headline) is
 * left as it is, and so are acronyms ("Washington DC", "UN Security
 * Council", "US-NZ Council", "COAG Reform Council": the gazetteers' capitals,
 * and any of one or two letters).
 */
function familyInCapitals(name: string): string {
  if (!TWO_CAPITALS.test(name)) return name; // nearly every name: no split
  const words = name.split(' ');
  const caps = words.map((w) => CAPITALS.test(w));
  if (!caps.includes(true) || !caps.includes(false)) return name;
  if (words.some((w, k) => (caps[k] ? w.split(/[-‐]/u).some(keepsCapitals) : NOT_IN_PERSON_NAMES.has(w)))) return name;
  if (words.length === 2 && caps[0] && GIVEN_NAMES.has(words[1]!)) return `${words[1]} ${titleCase(words[0]!)}`;
  return words.map((w, k) => (caps[k] ? titleCase(w) : w)).join(' ');
}

/** "McGRATH" → "McGrath": a Mc/Mac prefix before capitals, as speaker labels write it. */
const MC_CAPITALS = /^(Mc|Mac)(\p{Lu}{2,})$/u;

/**
 * A person's name to show, when it is written in capitals only (a
 * transcript's speaker label, "CLARK", "JIM BOLGER", "McGRATH"): each word in
 * ordinary case ("Clark", "Jim Bolger", "McGrath", "O'Brien"); acronyms and
 * initials stay. A name with any word in ordinary case is returned as it is.
 */
export function nameFromCapitals(name: string): string {
  const words = name.split(' ');
  if (!words.every((w) => MC_CAPITALS.test(w) || !/\p{Ll}/u.test(w))) return name;
  return words.map((w) => w.replace(MC_CAPITALS, (_, mc: string, rest: string) => mc + titleCase(rest))).map((w) => (/\p{Ll}/u.test(w) ? w : ordinaryCase(w))).join(' ');
}

/** Whether a name is written in capitals only ("CLARK", "McGRATH"). */
export function inCapitals(name: string): boolean {
  return /\p{Lu}/u.test(name) && name.split(' ').every((w) => MC_CAPITALS.test(w) || !/\p{Ll}/u.test(w));
}

/**
 * A given name broken after its first letter by a noisy scan ("J. Ohn
 * Howard", "J OHN Howard"): the letter and the next word spell a listed given
 * name the word alone is not. Returns the name mended ("John Howard"), or as
 * it was.
 */
export function mendBrokenGivenName(name: string): string {
  const m = /^(\p{Lu})\.? (\p{L}+)( .+)$/u.exec(name);
  if (!m) return name;
  const joined = m[1]! + m[2]!.toLowerCase();
  return GIVEN_NAMES.has(joined) && !GIVEN_NAMES.has(m[2]!) ? joined + m[3]! : name;
}

const SUFFIXES = new Set(DEFAULT_LEXICON.suffixes.map((s) => s.replace(/\.$/, '')));
const PARTICLES = new Set(DEFAULT_LEXICON.particles);

/** The family name as written last: "Winston Peters" → "Peters", "Ursula von der Leyen" → "von der Leyen", "Martin Luther King Jr." → "King". */
export function surnameOf(name: string): string {
  const words = canonicalName(name).split(' ').filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, ''))) words.pop();
  if (words.length === 0) return '';
  let k = words.length - 1;
  while (k > 1 && PARTICLES.has(words[k - 1]!)) k--;
  return words.slice(k).join(' ');
}

/** Folded, lower-case form for comparing names: "António" and "Antonio" agree. */
export function nameFold(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[’‘ʻʼ]/g, "'");
}
