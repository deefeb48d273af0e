import type { Rules } from '../lexicon/index.js';
import { lineBreakBetween, WORD, type Tok } from '../text/index.js';
import type { Candidate } from './candidate.js';

/**
 * "ANTONY J. BLINKEN, SECRETARY OF STATE": in a line of capitals the tagger
 * may start a name at its middle initial. A listed given name in capitals
 * right before that initial, on the same line and in no other candidate, is
 * the name's first word.
 */
export function withGivenNameBeforeInitial(candidates: readonly Candidate[], tokens: readonly Tok[], text: string, rules: Rules): Candidate[] {
  const taken = new Set<number>();
  for (const c of candidates) for (let k = c.start; k < c.end; k++) taken.add(k);
  return candidates.map((c) => {
    if (c.type !== 'person' || c.start !== c.nameStart || !/^\p{Lu}\.?$/u.test(tokens[c.start]!.text)) return c;
    const k = c.start - 1;
    const given = tokens[k];
    if (!given || taken.has(k) || given.kind !== WORD || given.text.length < 2 || given.text !== given.text.toUpperCase()) return c;
    if (lineBreakBetween(text, given.end, tokens[c.start]!.start)) return c;
    const spelled = given.text.charAt(0) + given.text.slice(1).toLowerCase();
    return rules.givenNames.has(spelled) ? { ...c, start: k, nameStart: k } : c;
  });
}
