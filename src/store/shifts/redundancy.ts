/** A phrase already ranked: its word ids and its count on the side it rises or falls to. */
export interface Ranked {
  readonly words: readonly number[];
  readonly count: number;
}

/**
 * Whether a phrase only repeats one ranked above it. "war on terror",
 * "global war on terror" and "terror" rise together: when one holds the
 * other as a run of words and their counts are nearly equal (the smaller at
 * least `overlap` of the larger), they are one shift, shown once, in its
 * best-scoring form. When the counts differ more, the other uses are a shift
 * of their own ("terror" beyond "war on terror") and both stay.
 */
export function repeats(candidate: Ranked, above: readonly Ranked[], overlap: number): boolean {
  for (const ranked of above) {
    const [long, short] = ranked.words.length >= candidate.words.length ? [ranked, candidate] : [candidate, ranked];
    if (!contains(long.words, short.words)) continue;
    if (Math.min(ranked.count, candidate.count) >= overlap * Math.max(ranked.count, candidate.count)) return true;
  }
  return false;
}

function contains(long: readonly number[], short: readonly number[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The phrases (by index) that a longer one in the list stands in for: "climate"
 * when nearly every use of it is in "climate change", "global financial" when
 * nearly every use is in "global financial crisis". The longer form says more,
 * so it is the one shown, whichever of the two scores higher.
 */
export function coveredByLonger(phrases: readonly Ranked[], overlap: number): Set<number> {
  const index = new Map<string, number>();
  phrases.forEach((phrase, k) => index.set(phrase.words.join(','), k));
  const covered = new Set<number>();
  phrases.forEach((phrase, k) => {
    const n = phrase.words.length;
    for (let length = 1; length < n; length++) {
      for (let from = 0; from + length <= n; from++) {
        const inner = index.get(phrase.words.slice(from, from + length).join(','));
        if (inner !== undefined && inner !== k && phrase.count >= overlap * phrases[inner]!.count) covered.add(inner);
      }
    }
  });
  return covered;
}
