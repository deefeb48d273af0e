import type { EntityLexicon } from './lexicon.js';

/**
 * The length of the honorifics and ranks that open a person's mention ("Mr ",
 * "The Rt Hon ", "Lieutenant General ", "DR. "), so the span can start at
 * the name itself: a name's mention is the name, as CoNLL, OntoNotes and our
 * own annotation guideline (`scripts/entities-eval/README.md`) mark it. The
 * honorific still does its work before this: it vouches for the name, says
 * whose sex it is, and links "Mr Peters" to Winston Peters. 0 when the
 * mention opens with its name, or when nothing would be left.
 */
export function leadingHonorificLength(lexicon: Pick<EntityLexicon, 'honorifics' | 'ranks'>): (text: string) => number {
  const words = [...lexicon.honorifics, ...lexicon.ranks]
    .map((w) => w.replace(/\.$/, ''))
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Also "Mdr", "Mrt", "MW": Mr or Dr mistyped in noisy transcripts, as coreference reads them (not "Mt", Mount, or "Md", Mohammad).
  const mistyped = '(?!m[td]\\b)[md][b-df-hj-np-tv-xz]{1,2}';
  const pattern = new RegExp(`^(?:(?:the\\s+)?(?:${words.join('|')}|${mistyped})\\.?\\s+)+`, 'iu');
  return (text) => {
    const found = pattern.exec(text);
    if (!found) return 0;
    const rest = text.slice(found[0].length);
    return /^\p{L}/u.test(rest) ? found[0].length : 0;
  };
}
