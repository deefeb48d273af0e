import type { Candidate } from '../candidates/index.js';
import type { Rules } from '../lexicon/index.js';
import type { DocumentCountry } from '../offices/index.js';
import type { RoleDraft } from './role-draft.js';
import { relativeClauses, sentenceStart, firstTokenAfter, PUNCT, WORD, type Tok } from '../text/index.js';

/**
 * "In Singapore he will meet Prime Minister Lee Hsien Loong and Foreign
 * Minister Vivian Balakrishnan": in a release or story from one country, a
 * title after a word of meeting (`engagementVerbs`) belongs, when unstated,
 * to the other country the sentence is in before that word ("in X"), not
 * to the document's. Only the nearest place or country before the verb counts, and
 * only when it is not the document's own ("In Wellington, Peters will meet
 * Prime Minister Luxon" keeps Luxon New Zealand's), and not one inside a
 * relative clause. A title before the verb is the subject's and is left alone.
 */
export function withVenues(drafts: readonly RoleDraft[], accepted: readonly Candidate[], tokens: readonly Tok[], rules: Rules, country: DocumentCountry | null): RoleDraft[] {
  if (!country) return [...drafts];
  const placeAt = new Map<number, string>(); // last token of a place mention after "in" → its country
  for (const c of accepted) {
    const where = c.gaz?.kind === 'country' ? c.gaz.name : c.gaz?.kind === 'place' ? c.gaz.country : null;
    if (where && afterIn(tokens, c.start)) placeAt.set(c.end - 1, where);
  }
  const placed = drafts.map((d) => {
    if (!inferable(d)) return d;
    const at = tokenAt(tokens, d.start);
    if (at < 0) return d;
    const venue = venueBefore(at, tokens, placeAt, rules) ?? (d.info.flags.has('state') ? openingVenue(at, tokens, placeAt) : null);
    return venue !== null && venue !== country.name ? { ...d, venue } : d;
  });
  // The same person's same title elsewhere in the document has the same venue ("I will meet Prime Minister
  // Brown …; I have accepted Prime Minister Brown's invitation"), when the venues found agree.
  const venues = new Map<string, string | null>();
  for (const d of placed) {
    if (d.venue === undefined) continue;
    const key = `${d.cluster}\t${d.title}`;
    venues.set(key, venues.has(key) && venues.get(key) !== d.venue ? null : d.venue);
  }
  const settled = placed.map((d) => {
    const venue = inferable(d) && d.venue === undefined ? venues.get(`${d.cluster}\t${d.title}`) : undefined;
    return venue ? { ...d, venue } : d;
  });
  return country.from === 'mentions' ? withoutOtherSide(settled, tokens, country.name) : settled;
}

/**
 * "Prime Minister Keir Starmer spoke to President Zelenskyy of Ukraine": in a
 * document whose country is only the one its text names most, a sentence
 * that states that country as another person's owns none of the unstated
 * offices in it: they are the other side's. Their owner stays unknown
 * rather than a guess (the visiting leader is not Ukraine's Prime Minister).
 */
function withoutOtherSide(drafts: readonly RoleDraft[], tokens: readonly Tok[], country: string): RoleDraft[] {
  const sentences = new Set<number>();
  const sentenceOf = (d: RoleDraft) => {
    const at = tokenAt(tokens, d.start);
    return at < 0 ? -1 : tokens[at]!.sentence;
  };
  const stated = new Map<number, Set<number>>(); // sentence → clusters stated to hold an office of the country
  for (const d of drafts) {
    if (d.stated !== country) continue;
    const s = sentenceOf(d);
    if (s < 0) continue;
    sentences.add(s);
    (stated.get(s) ?? stated.set(s, new Set()).get(s)!).add(d.cluster);
  }
  if (sentences.size === 0) return [...drafts];
  // A person stated to be the country's anywhere is its, wherever else they are named.
  const ours = new Set<number>();
  const held = new Set<string>(); // one-holder titles someone is stated to hold for the country
  for (const d of drafts) {
    if (d.stated !== country) continue;
    ours.add(d.cluster);
    if (d.info.flags.has('one')) held.add(d.title);
  }
  return drafts.map((d) => {
    if (ours.has(d.cluster) || d.stated !== null || d.ownerUnknown || d.venue !== undefined || (d.source !== 'pattern' && d.source !== 'apposition')) return d;
    // "President-elect Donald Trump" beside "President Zelenskyy of Ukraine": not Ukraine's either.
    if (held.has(d.title)) return { ...d, ownerUnknown: true as const };
    if (!inferable(d)) return d;
    const s = sentenceOf(d);
    return s >= 0 && stated.has(s) ? { ...d, ownerUnknown: true as const } : d;
  });
}

/** A draft whose owner is still to be inferred, from the text itself. */
function inferable(d: RoleDraft): boolean {
  return d.stated === null && d.known === undefined && !d.ownerUnknown && d.tense === 'current' && (d.source === 'pattern' || d.source === 'apposition');
}

/** The country of a place (after "in") between the nearest word of meeting before token `at` and it, else of the nearest place before that word, in its sentence; or null. */
function venueBefore(at: number, tokens: readonly Tok[], placeAt: ReadonlyMap<number, string>, rules: Rules): string | null {
  const sentence = tokens[at]!.sentence;
  let k = at - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && !(tokens[k]!.kind === WORD && !tokens[k]!.cap && rules.engagementVerbs.has(tokens[k]!.key))) k--;
  if (k < 0 || tokens[k]!.sentence !== sentence) return null;
  // "held talks in Wellington with Prime Minister Bill English": the place between the word of meeting and the title.
  for (let j = at - 1; j > k; j--) {
    const where = placeAt.get(j);
    if (where !== undefined) return where;
  }
  // "Peters, who was in Tokyo last month, will meet …": a place in a relative clause is no venue.
  const first = sentenceStart(tokens, k);
  const skipped = relativeClauses(tokens, first, k, rules);
  for (k--; k >= first; k--) {
    const where = skipped[k - first] ? undefined : placeAt.get(k);
    if (where !== undefined) return where;
  }
  return null;
}

/**
 * "In Beijing, the foreign ministry spokesman Geng Shuang said …": the
 * country of the place a sentence opens with, before its comma. Used only for
 * posts of a state's body, which belong to wherever the speaker is; a
 * minister named after "In Canberra," may well be the visitor.
 */
function openingVenue(at: number, tokens: readonly Tok[], placeAt: ReadonlyMap<number, string>): string | null {
  const first = sentenceStart(tokens, at);
  if (tokens[first]?.kind !== WORD || tokens[first]!.key !== 'in') return null;
  for (let j = first + 1; j < at && j <= first + 5; j++) {
    const where = placeAt.get(j);
    if (where !== undefined) return tokens[j + 1]?.kind === PUNCT && tokens[j + 1]!.text === ',' ? where : null;
  }
  return null;
}

/** "in Singapore", "In the United States": only a place the sentence is in, not one it names as a party ("New Zealand and Australia agreed"). */
function afterIn(tokens: readonly Tok[], start: number): boolean {
  const k = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
  return tokens[k]?.kind === WORD && tokens[k]!.key === 'in';
}

/** Index of the token starting at character `offset`, or -1. */
function tokenAt(tokens: readonly Tok[], offset: number): number {
  const i = firstTokenAfter(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}
