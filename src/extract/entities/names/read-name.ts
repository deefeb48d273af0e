import type { Rules } from '../lexicon/index.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

/** Most words a person's name runs to ("Luiz Inácio Lula da Silva"). */
const MAX_NAME_WORDS = 5;

/** Whether a token can be a word of a person's name (not the first one). */
export function isNameWord(t: Tok, rules: Rules): boolean {
  return t.kind === WORD && t.cap && !rules.nameBreakers.has(t.key) && !rules.numbers.has(t.text) && !/^\p{N}/u.test(t.text);
}

/** Whether a token can open a person's name: a name word, and no sentence opener, month or weekday unless an honorific vouches for it ("Mrs May"). */
export function canOpenName(t: Tok, rules: Rules, vouched: boolean): boolean {
  if (!isNameWord(t, rules)) return false;
  return vouched || (!rules.openers.has(t.text) && !rules.calendar.has(t.text));
}

/**
 * The end (token index, exclusive) of the person's name starting at `i`, or
 * `i` when no name starts there. Capitalised words, with lower-case particles
 * ("von der Leyen") and glued hyphens ("Okonjo-Iweala") between them and a
 * generational suffix after; never across a sentence, a possessive or
 * punctuation.
 */
export function readName(tokens: readonly Tok[], i: number, rules: Rules, vouched = false): number {
  const first = tokens[i];
  if (!first || !canOpenName(first, rules, vouched)) return i;
  const sentence = first.sentence;
  let end = i + 1;
  let words = 1;
  let k = i + 1;
  while (k < tokens.length && words < MAX_NAME_WORDS) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (t.kind === PUNCT && (t.text === '-' || t.text === '‐') && t.glued && tokens[k + 1]?.glued && tokens[k + 1]!.kind === WORD && tokens[k + 1]!.cap) {
      k++; // the word after the hyphen is taken below
      continue;
    }
    if (t.kind === WORD && !t.cap && rules.particles.has(t.text) && tokens[k + 1] && isNameWord(tokens[k + 1]!, rules)) {
      k++;
      continue;
    }
    if (rules.postNominals.has(t.text)) break; // "Winston Peters MP"
    if (rules.suffixes.has(t.text)) {
      end = k + 1;
      break;
    }
    if (!isNameWord(t, rules) || rules.openers.has(t.text)) break;
    words++;
    end = ++k;
  }
  return end;
}

/** Where a name's honorifics begin ("Rt Hon James Cleverly"), or the name's own start. */
export function skipHonorificsBack(tokens: readonly Tok[], start: number, rules: Rules): number {
  const h = rules.honorifics.matchEnding(tokens, start);
  return h && h.start < start ? h.start : start;
}

/** Seats worn before a name as a style, after the post that says more ("…, Senator Max Baucus", "…, Rep. Tom Lantos"). */
const SEAT_STYLES: ReadonlySet<string> = new Set(['senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman']);

/** The index before a seat style ending just before `at` (its point too: "Rep."), else `at`. */
export function skipSeatBack(tokens: readonly Tok[], at: number): number {
  const k = tokens[at - 1]?.kind === PUNCT && tokens[at - 1]!.text === '.' ? at - 2 : at - 1;
  const t = tokens[k];
  return t?.kind === WORD && t.cap && SEAT_STYLES.has(t.key) ? k : at;
}

/** Honorifics and ranks starting at `i` ("Rt Hon", "Mr.", "Lt Gen"); returns the index after them, `i` when none. */
export function skipHonorifics(tokens: readonly Tok[], i: number, rules: Rules): number {
  let j = i;
  for (;;) {
    if (j >= tokens.length || tokens[j]!.kind !== WORD) return j;
    const m = rules.honorifics.match(tokens, j) ?? rules.ranks.match(tokens, j);
    if (!m) return j;
    let next = m.end;
    if (tokens[next]?.text === '.' && tokens[next]!.glued) {
      // "Dr. Smith": the abbreviation's point. "… the Queen. After the meeting": the sentence's end; no name follows.
      if (tokens[next + 1] !== undefined && tokens[next + 1]!.sentence !== tokens[next]!.sentence) return next;
      next++;
    }
    j = next;
  }
}
