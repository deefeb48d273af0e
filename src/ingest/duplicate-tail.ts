/**
 * Finding a body that repeats itself. Old PM transcripts often hold the
 * release twice (once clean, once re-typed one printed line per paragraph),
 * and some interviews end by repeating their last exchanges. The copy is
 * always at the end, so the question is where the trailing copy starts.
 */

/** Word 5-grams of a text, for comparing two copies that differ only in wrapping. */
function shingles(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]} ${words[i + 4]}`);
  return out;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Letters and digits of a paragraph's opening: equal for two copies however they were wrapped or spaced. */
const letters = (text: string): string => text.slice(0, 160).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Fewer words than this repeated at the end is a sign-off ("Thank you."), not a copy. */
const MIN_COPY_WORDS = 30;
/** An opening shorter than this ("Prime Minister:") says nothing about a copy. */
const MIN_OPENING = 30;
/** Full comparisons per document, so a long interview full of "Well I think…" stays cheap. */
const MAX_COPY_CHECKS = 8;

/**
 * Index of the paragraph where a trailing copy of earlier text begins, or -1.
 * A candidate opens like an earlier paragraph (same letters, one a prefix of
 * the other: a copy may be wrapped differently); it is a copy when 90% of the
 * word 5-grams from there to the end already occur before it.
 */
export function duplicateStart(texts: readonly string[]): number {
  const byPrefix = new Map<string, number[]>(); // first 12 characters → earlier paragraphs
  const openings: string[] = [];
  const openingOf = (i: number): string => (openings[i] ??= letters(texts[i] as string));
  let checks = 0;
  for (let i = 0; i < texts.length; i++) {
    const prefix = (texts[i] as string).slice(0, 12).toLowerCase();
    const earlier = byPrefix.get(prefix);
    if (!earlier) {
      byPrefix.set(prefix, [i]);
      continue;
    }
    const mine = openingOf(i);
    const match =
      mine.length < MIN_OPENING
        ? undefined
        : earlier.find((e) => {
            const theirs = openingOf(e);
            return theirs.length >= MIN_OPENING && (theirs.startsWith(mine) || mine.startsWith(theirs));
          });
    earlier.push(i);
    if (match === undefined) continue;
    if (++checks > MAX_COPY_CHECKS) return -1;
    const tail = words(texts.slice(i).join(' '));
    if (tail.length < MIN_COPY_WORDS) continue;
    const before = shingles(words(texts.slice(0, i).join(' ')));
    const after = shingles(tail);
    let shared = 0;
    for (const s of after) if (before.has(s)) shared++;
    if (after.size === 0 || shared / after.size < 0.9) continue;
    // The copy may open with short paragraphs the opening test skipped, like a "JOURNALIST:" label.
    let from = i;
    for (let j = match; j > 0 && from - 1 > j && texts[from - 1] === texts[j - 1]; j--) from--;
    return from;
  }
  return -1;
}
