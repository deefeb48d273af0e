import type { Rules } from '../lexicon/index.js';
import { lineBreakBetween, titleCased, WORD, type Tok } from '../text/index.js';
import type { Candidate } from './candidate.js';

/**
 * "ANTONY J. BLINKEN, SECRETARY OF STATE": in a line of capitals the tagger
 * may start a name at its middle initial. A listed given name in capitals
 * right before that initial, on the same line and in no other candidate, is
 * the name's first word.
 */
export function withGivenNameBeforeInitial(candidates: readonly Candidate[], tokens: readonly Tok[], text: string, rules: Rules): Candidate[] {
  // Which tokens other candidates hold: built only for a document that has such a name (rare), not for every one.
  let taken: Set<number> | null = null;
  const takenAt = (k: number): boolean => {
    if (!taken) {
      taken = new Set<number>();
      for (const c of candidates) for (let j = c.start; j < c.end; j++) taken.add(j);
    }
    return taken.has(k);
  };
  return candidates.map((c) => {
    if (c.type !== 'person' || c.start !== c.nameStart || !/^\p{Lu}\.?$/u.test(tokens[c.start]!.text)) return c;
    const k = c.start - 1;
    const given = tokens[k];
    if (!given || given.kind !== WORD || given.text.length < 2 || given.text !== given.text.toUpperCase()) return c;
    if (lineBreakBetween(text, given.end, tokens[c.start]!.start) || !rules.givenNames.has(titleCased(given.text)) || takenAt(k)) return c;
    return { ...c, start: k, nameStart: k };
  });
}
