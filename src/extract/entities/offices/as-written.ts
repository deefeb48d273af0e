import type { Rules } from '../lexicon/index.js';
import { joinTokens, PUNCT, WORD, type Tok } from '../text/index.js';

// Names the lists lack, read as the text writes them after an office: a
// place ("the Mayor of Wanganui"), a body ("Premier of Malaita Province"), a
// party ("Communist Party leader"), a portfolio ("Minister for Economic
// Revitalization"). Each closes where punctuation, the sentence's end or a
// listed word does, so a name after it is never read in.

/** Whether nothing continues the phrase at token `end`: the sentence ends, or punctuation other than a joining hyphen follows. */
function closedAt(tokens: readonly Tok[], end: number, sentence: number): boolean {
  const next = tokens[end];
  return !next || next.sentence !== sentence || (next.kind === PUNCT && !(next.glued && next.text === '-'));
}

/** Capitalised words from `at`, with `links` in lower case between two of them, over at most `span` tokens: where they end and how many capitalised words. */
function capitalisedRun(tokens: readonly Tok[], at: number, links: ReadonlySet<string>, span: number): { end: number; words: number } {
  const sentence = tokens[at]!.sentence;
  let end = at;
  let words = 0;
  for (let j = at; j < tokens.length && j - at < span && tokens[j]!.sentence === sentence; j++) {
    const w = tokens[j]!;
    if (w.kind === WORD && w.cap) {
      end = j + 1;
      words++;
    } else if (w.kind === PUNCT && w.text === '-' && w.glued && tokens[j + 1]?.kind === WORD && tokens[j + 1]!.cap && tokens[j + 1]!.glued) {
      // "Australia-Japan Business Cooperation Committee": a hyphened compound of capitalised words is one word of the run.
      continue;
    } else if (!(w.kind === WORD && links.has(w.key) && tokens[j + 1]?.kind === WORD && tokens[j + 1]!.cap)) break;
  }
  return { end, words };
}

const PORTFOLIO_LINKS: ReadonlySet<string> = new Set(['and', 'of', 'the']);
const BODY_LINKS: ReadonlySet<string> = new Set(['of', 'and']);

/** Up to five capitalised words from `at` ("and", "of", "the" between them), closed by punctuation or the sentence's end: where they end, or null. */
export function closedCapitalisedRun(tokens: readonly Tok[], at: number, rules: Rules): number | null {
  const first = tokens[at];
  if (!first || first.kind !== WORD || !first.cap || rules.offices.match(tokens, at)) return null;
  const { end, words } = capitalisedRun(tokens, at, PORTFOLIO_LINKS, tokens.length);
  return closedAt(tokens, end, first.sentence) && words <= 5 ? end : null;
}

/**
 * A place the gazetteer does not list after "Mayor of", as written: up to
 * three capitalised words closed by punctuation or the sentence's end ("the
 * Mayor of Wanganui, Andrew Tripe"), or one before a word in lower case; a
 * run of capitals going on into a name ("Mayor of Wanganui John Smith said")
 * is left alone.
 */
export function placeAsWritten(tokens: readonly Tok[], at: number): { end: number; name: string } | null {
  const first = tokens[at];
  if (!first || first.kind !== WORD || !first.cap) return null;
  let end = at;
  while (end < tokens.length && end - at < 4 && tokens[end]!.kind === WORD && tokens[end]!.cap && tokens[end]!.sentence === first.sentence) end++;
  const next = tokens[end];
  const closed = closedAt(tokens, end, first.sentence) || (end === at + 1 && next!.kind === WORD && !next!.cap);
  return closed && end - at <= 3 ? { end, name: joinTokens(tokens, at, end) } : null;
}

/** Last words of a body's name besides `bodyHeads` and `ledHeads`: a province, a government, a chamber, a force. */
const BODY_ENDS: ReadonlySet<string> = new Set(['Province', 'Government', 'Assembly', 'Parliament', 'Senate', 'Region', 'Territory', 'Forces', 'Force', 'Army', 'Navy', 'Church', 'Conference', 'Administration', 'Mission', 'School', 'College']);

const endsABody = (word: string, rules: Rules): boolean => BODY_ENDS.has(word) || rules.bodyHeads.has(word) || rules.ledHeads.has(word);

/**
 * A body's name after an office and "of" that the lists lack: two to six
 * capitalised words ("of" and "and" between them allowed), the last a word
 * bodies end with, and the phrase closed right after (punctuation, the
 * sentence's end or a listed word), so a name after it is never read in.
 */
export function bodyAsWritten(tokens: readonly Tok[], at: number, rules: Rules): { end: number; name: string } | null {
  const first = tokens[at];
  if (!first || first.kind !== WORD || !first.cap) return null;
  const { end } = capitalisedRun(tokens, at, BODY_LINKS, 7);
  // "the Business Council of Australia", "the Law Society of England and Wales": a body's word, then "of" and where.
  if (end - at < 2 || !(endsABody(tokens[end - 1]!.text, rules) || bodyOfPlace(tokens, at, end, rules))) return null;
  const next = tokens[end];
  const closed = closedAt(tokens, end, first.sentence) || (next!.kind === WORD && !next!.cap && rules.afterRole.has(next!.key));
  return closed ? { end, name: joinTokens(tokens, at, end) } : null;
}

/**
 * Whether tokens [at, end) end in a body's word, "of" and a place or country
 * the lists hold: "Business Council of Australia". Not "Department of Health":
 * what follows "of" there is the body's remit, and a remit the text may
 * shorten ("… of Health and Ageing") is no name to own a post by.
 */
function bodyOfPlace(tokens: readonly Tok[], at: number, end: number, rules: Rules): boolean {
  for (let k = at + 1; k < end - 1; k++) {
    if (tokens[k]!.key !== 'of' || tokens[k]!.cap || !endsABody(tokens[k - 1]!.text, rules)) continue;
    const place = rules.gazetteer.match(tokens, k + 1);
    if (place && place.end === end && (place.value.kind === 'place' || place.value.kind === 'country')) return true;
  }
  return false;
}

/** Capitalised words of a party's name ending in "Party" just before `end`, at most four, as written ("Communist Party", "Democratic Progressive Party"). */
export function partyAsWritten(tokens: readonly Tok[], end: number): { start: number; name: string } | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== WORD || last.text !== 'Party') return null;
  let start = end - 1;
  while (start > 0 && end - start < 5 && tokens[start - 1]!.kind === WORD && tokens[start - 1]!.cap && tokens[start - 1]!.sentence === last.sentence && !/^(?:The|A)$/.test(tokens[start - 1]!.text)) start--;
  return start < end - 1 ? { start, name: joinTokens(tokens, start, end) } : null;
}

/**
 * A body's name the lists lack just before a post, as written: two to six
 * capitalised words ending in a body's word ("Senate Foreign Relations
 * Committee Chairman Jim Risch", "House Foreign Affairs Committee
 * Chairman"), back to a lower-case word, punctuation or the sentence's
 * start (an opener such as "The" left out).
 */
export function bodyEndingAsWritten(tokens: readonly Tok[], end: number, rules: Rules): { start: number; name: string } | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== WORD || !last.cap || !endsABody(last.text, rules)) return null;
  let start = end - 1;
  while (start > 0 && end - start < 6 && tokens[start - 1]!.kind === WORD && tokens[start - 1]!.cap && tokens[start - 1]!.sentence === last.sentence) start--;
  while (start < end - 1 && tokens[start]!.sentenceStart && rules.openers.has(tokens[start]!.text)) start++;
  return end - start >= 2 ? { start, name: joinTokens(tokens, start, end) } : null;
}

