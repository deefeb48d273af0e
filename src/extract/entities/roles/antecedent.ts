import type { Candidate } from '../candidates/index.js';
import { firstTokenAfter, type Tok } from '../text/index.js';

/**
 * "New Zealand First says the Pacific reset led by its Leader, Winston
 * Peters, is working": whose office "its" or "their" gives, when the
 * sentence names one organisation or country before it and no other. Two
 * or more ("New Zealand told China its President …") leave it unknown, as
 * does none: a guess here would be the document's country, which the
 * possessive says it is not.
 */
export function possessiveOwner(accepted: readonly Candidate[], tokens: readonly Tok[], text: string, offset: number): string | null {
  const at = firstTokenAfter(tokens, offset);
  const sentence = tokens[at]?.sentence;
  if (sentence === undefined) return null;
  const names = new Set<string>();
  for (const c of accepted) {
    if (c.end > at || tokens[c.start]!.sentence !== sentence) continue;
    if (c.gaz?.kind === 'country' || c.gaz?.kind === 'org') names.add(c.gaz.name);
    else if (c.type === 'org' && !c.gaz) names.add(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));
  }
  const [only] = names;
  return names.size === 1 ? only! : null;
}
