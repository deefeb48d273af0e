import { DEFAULT_LEXICON } from '../lexicon/index.js';
import type { EntityType } from '../types.js';

// Name normalisation shared with corpus-level resolution: the same functions
// make a document's keys and the resolver's, so they must stay in step.

const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

/** "António Guterres" → "Antonio Guterres": accents dropped, letters kept. */
export function foldDiacritics(value: string): string {
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
 * Diplomatic style writes the family name in capitals: "Winston PETERS",
 * "Mr IWAYA Takeshi" (Japan's foreign ministry, family name first). Capitals
 * beside ordinary words are the family name in ordinary case; a capitalised
 * family name before a listed given name moves after it ("Takeshi Iwaya",
 * as the name is written elsewhere). A name all in capitals (a headline) is
 * left as it is.
 */
function familyInCapitals(name: string): string {
  if (!TWO_CAPITALS.test(name)) return name; // nearly every name: no split
  const words = name.split(' ');
  const caps = words.map((w) => CAPITALS.test(w));
  if (!caps.includes(true) || !caps.includes(false)) return name;
  if (words.length === 2 && caps[0] && GIVEN_NAMES.has(words[1]!)) return `${words[1]} ${titleCase(words[0]!)}`;
  return words.map((w, k) => (caps[k] ? titleCase(w) : w)).join(' ');
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
