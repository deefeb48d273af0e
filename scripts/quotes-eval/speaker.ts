// Is the predicted speaker the gold speaker? "The same person" (issue 14),
// read through names, since gold speakers are written by hand (fixtures, the
// sample corpus) or are unresolved mentions (PolNeAR).
import type { GoldSpeaker, PredictedSpeaker } from './types.js';
import { words } from './words.js';

/** Words that never tell two speakers apart: honorifics, styles, and the glue of organisation names. */
const NOT_NAME = new Set('mr mrs ms miss dr sir dame lord lady hon rt right honourable honorable the of and for mp qc kc'.split(' '));

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Name words: folded, lower-cased, honorifics and one-letter initials dropped, a possessive 's dropped. */
export function nameWords(name: string): string[] {
  return words(fold(name))
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length > 1 && !NOT_NAME.has(w));
}

const subset = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.every((x) => b.includes(x));

/**
 * Same speaker by name: the name words are equal, or one side's are all among
 * the other's ("Peters" for "Winston Peters"; "Winston Raymond Peters"). A
 * surname alone is lenient, but within one document two speakers sharing a
 * surname are rare, and the stage prints canonical names anyway.
 */
export function sameName(gold: string, predicted: string): boolean {
  const g = nameWords(gold);
  const p = nameWords(predicted);
  return subset(p, g) || subset(g, p);
}

/** The surname we look for in a PolNeAR Source: the last name word of the predicted canonical name. */
function surname(name: string): string | null {
  const w = nameWords(name);
  return w.length ? w[w.length - 1]! : null;
}

export interface SpeakerVerdict {
  /** Strict: PolNeAR, the predicted mention overlaps the gold Source; named gold, same name. */
  readonly strict: boolean;
  /** Lenient: PolNeAR's rule of the README (mention overlap, surname in the Source, or in a pronoun's antecedent); named gold, same as strict. */
  readonly lenient: boolean;
}

export function judgeSpeaker(gold: GoldSpeaker, predicted: PredictedSpeaker | null): SpeakerVerdict {
  if (!predicted) return { strict: false, lenient: false };
  if (gold.type === 'name') {
    const right = [gold.name, ...(gold.alt ?? [])].some((n) => sameName(n, predicted.name));
    return { strict: right, lenient: right };
  }
  const m = predicted.mention;
  const strict = m.end > m.start && gold.spans.some((s) => m.start < s.end && s.start < m.end);
  if (strict) return { strict, lenient: true };
  const last = surname(predicted.name);
  const inSource = (t: string | null) => last !== null && t !== null && nameWords(t).includes(last);
  return { strict, lenient: inSource(gold.text) || inSource(gold.antecedent) };
}

/** How the gold speaker reads in a message. */
export function showGoldSpeaker(gold: GoldSpeaker | null): string {
  if (!gold) return '(none)';
  if (gold.type === 'name') return gold.name;
  return gold.antecedent ? `"${gold.text}" (→ ${gold.antecedent})` : `"${gold.text}"`;
}
