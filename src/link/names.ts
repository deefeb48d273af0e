import { canonicalName, ENTITIES_DEFAULTS, slugify } from '../extract/entities/index.js';
import type { EntityType, NameForm } from '../store/index.js';
import words from './model/name-words.json' with { type: 'json' };

/**
 * How resolution reads a name. Cleaning and slugs are the entities stage's
 * own (`canonicalName`, `slugify`), so a full name's id is exactly the
 * stage's key for it; applying them again here keeps stored outputs of older
 * stage versions right too. What the stage has no use for is here: given
 * names and initials, and a surname that keeps its particles however the
 * name is cased ("Le Drian", "von der Leyen").
 */
export interface NameAnalysis {
  /** The name to show: honorifics, possessives and post-nominals removed. */
  readonly display: string;
  readonly form: NameForm;
  /** Resolution compares only names of one block: people by surname, orgs and places by id. */
  readonly block: string;
  /** The name's own canonical id: `person:winston-peters`, `person:w-peters`, `org:nato`. */
  readonly id: string;
  /** Folded initials of the given names (`wr` for "Winston Raymond"); null for a surname alone, orgs and places. */
  readonly initials: string | null;
}

const { lexicon } = ENTITIES_DEFAULTS;
const bare = (token: string) => foldName(token).replace(/[.,]+$/, '').replace(/\./g, '');
const POST_NOMINALS = new Set([...words.postNominals, ...lexicon.suffixes.map(bare)]);
const PARTICLES = new Set(lexicon.particles.map(bare));

/** Folds case and accents: "Māori" → "maori". */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The slug canonical ids are made of: the stage's `slugify`, so "Jean-Yves",
 * "Jean Yves" and "Jean‑Yves" (U+2011) agree and "O'Connor" is `oconnor`.
 */
export function slug(text: string): string {
  return slugify(text);
}

/** The stage's cleaning (honorifics, possessive, stray punctuation) after one spelling for dashes and spaces. */
export function cleanName(raw: string): string {
  return canonicalName(raw.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' '));
}


/** "W.", "W", "J.R.", "J.-Y.": single letters, dotted or alone. */
function isInitials(token: string): boolean {
  return /^\p{Lu}$/u.test(token) || /^(\p{L}\.-?)+$/u.test(token);
}

function initialsOf(given: readonly string[]): string {
  return given
    .flatMap((token) => (isInitials(token) ? (token.match(/\p{L}/gu) ?? []) : token.split('-').filter(Boolean).map((part) => part[0] ?? '')))
    .map((letter) => foldName(letter))
    .join('');
}

/** Splits a person's name into given names and surname, dropping honorifics and post-nominals. */
export function personParts(name: string): { given: string[]; surname: string[] } | null {
  const tokens = cleanName(name)
    .split(' ')
    .map((t) => t.replace(/,+$/, ''))
    .filter((t) => t !== '');
  while (tokens.length > 1 && POST_NOMINALS.has(bare(tokens[tokens.length - 1] as string))) tokens.pop();
  if (tokens.length === 0) return null;
  let start = tokens.length - 1;
  while (start > 0 && PARTICLES.has(bare(tokens[start - 1] as string))) start -= 1;
  return { given: tokens.slice(0, start), surname: tokens.slice(start) };
}

/** The body of a stage key (`person:winston-peters` → `winston-peters`). */
function keyBody(type: EntityType, key: string): string {
  return key.startsWith(`${type}:`) ? key.slice(type.length + 1) : key;
}

/**
 * Reads one document entity's name. People: the id is the slug of the
 * cleaned name, so "Rt Hon Winston Peters", "Mr Winston Peters" and "Winston
 * Peters's" all read `person:winston-peters`. Orgs and places: the id is the
 * stage's key, re-slugged (the stage may have mapped "US" to
 * `place:united-states`; that knowledge is kept). Null when nothing of a name
 * is left.
 */
export function analyseName(type: EntityType, name: string, key: string): NameAnalysis | null {
  if (type === 'person') {
    const parts = personParts(name) ?? personParts(keyBody(type, key).replace(/-/g, ' '));
    if (!parts) return null;
    const surname = slug(parts.surname.join(' '));
    const whole = slug([...parts.given, ...parts.surname].join(' '));
    if (surname === '' || whole === '') return null;
    const form: NameForm = parts.given.length === 0 ? 'surname' : parts.given.every(isInitials) ? 'initials' : 'full';
    return {
      display: [...parts.given, ...parts.surname].join(' '),
      form,
      block: `person:${surname}`,
      id: `person:${whole}`,
      initials: form === 'surname' ? null : initialsOf(parts.given),
    };
  }
  const display = cleanName(name);
  let body = slug(keyBody(type, key)) || slug(display);
  // "The Pacific Islands Forum" and "Pacific Islands Forum" are one organisation; "The Hague" keeps its article.
  if (type === 'org') body = body.replace(/^the-(?=.)/, '');
  if (body === '') return null;
  const id = `${type}:${body}`;
  return { display: display || body, form: 'full', block: id, id, initials: null };
}
