import type { Counts } from './counter.js';
import { logOdds } from './log-odds.js';
import type { RankOptions } from './options.js';
import { coveredByLonger, repeats, type Ranked } from './redundancy.js';
import type { ShiftPhrase, ShiftRanking } from './types.js';

interface Candidate {
  readonly id: number;
  readonly z: number;
  readonly delta: number;
}

/**
 * Ranks every counted phrase by the z-score of its log-odds ratio, keeping
 * phrases in enough documents on the side they move to, dropping edge-zone
 * boilerplate, and showing each shift once (redundancy.ts).
 */
export function rankShifts(counts: Counts, options: Required<RankOptions>): ShiftRanking {
  const [na, nb] = counts.words;
  const totals = { aDocuments: counts.documents[0], bDocuments: counts.documents[1], aWords: na, bWords: nb };
  // With an empty side there is nothing to compare against; that is a fact about the data, not misuse.
  if (na === 0 || nb === 0) return { rising: [], falling: [], ...totals };

  const { minDocs, prior, maxEdgeShare, minDelta } = options;
  const alpha0 = prior * (na + nb);
  const rising: Candidate[] = [];
  const falling: Candidate[] = [];
  for (let id = 0; id < counts.size; id++) {
    const da = counts.docs(0, id);
    const db = counts.docs(1, id);
    if (da < minDocs && db < minDocs) continue;
    const ya = counts.count(0, id);
    const yb = counts.count(1, id);
    if (counts.edge(id) > maxEdgeShare * (ya + yb)) continue;
    // The side where it is more common, by rate: the groups may differ in size.
    const up = yb * na > ya * nb;
    if ((up ? db : da) < minDocs) continue;
    const { delta, z } = logOdds(ya, yb, na, nb, prior * (ya + yb), alpha0);
    if (Math.abs(delta) < minDelta) continue;
    if (up && z > 0) rising.push({ id, z, delta });
    else if (!up && z < 0) falling.push({ id, z, delta });
  }
  rising.sort((x, y) => y.z - x.z || x.id - y.id);
  falling.sort((x, y) => x.z - y.z || x.id - y.id);
  return { rising: pick(rising, 1, counts, options), falling: pick(falling, 0, counts, options), ...totals };
}

/** How deep in the z order a longer form is looked for: far enough for any form that could stand in for a shown phrase. */
const WINDOW = 20;

function pick(sorted: readonly Candidate[], side: 0 | 1, counts: Counts, options: Required<RankOptions>): ShiftPhrase[] {
  const window = sorted.slice(0, options.limit * WINDOW).map(({ id }) => ({ words: counts.wordsOf(id), count: counts.count(side, id) }));
  const covered = coveredByLonger(window, options.overlap);
  const shown: ShiftPhrase[] = [];
  const above: Ranked[] = [];
  for (let k = 0; k < sorted.length && shown.length < options.limit; k++) {
    if (covered.has(k)) continue;
    const { id, z, delta } = sorted[k]!;
    const ranked = window[k] ?? { words: counts.wordsOf(id), count: counts.count(side, id) };
    if (repeats(ranked, above, options.overlap)) continue;
    above.push(ranked);
    shown.push({
      phrase: ranked.words.map(counts.text).join(' '),
      z: round(z, 2),
      delta: round(delta, 3),
      aCount: counts.count(0, id),
      bCount: counts.count(1, id),
      aDocs: counts.docs(0, id),
      bDocs: counts.docs(1, id),
    });
  }
  return shown;
}

const round = (value: number, places: number): number => {
  const scale = 10 ** places;
  // Adding 0 turns -0 into 0.
  return Math.round(value * scale) / scale + 0;
};
