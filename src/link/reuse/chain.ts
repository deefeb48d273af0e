import type { ReuseOptions } from './options.js';
import type { AlignedPassage, Seed } from './types.js';

/** Characters two overlapping seeds' offsets may disagree by and still be one run of text. */
const DIAGONAL_DRIFT = 40;

interface Chain {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  seeds: number;
}

/**
 * Joins seeds into passages. Seeds are taken in `b` order; each joins the
 * open chain it continues in both documents (moving forward in `a` too,
 * within `maxGap`, with the two gaps differing by at most `maxSkew`),
 * preferring the closest; otherwise it starts a chain. Reordered paragraphs
 * therefore become separate passages, and a small edit, whose fingerprints
 * are lost, is bridged.
 */
export function chainSeeds(seeds: readonly Seed[], options: Pick<ReuseOptions, 'maxGap' | 'maxSkew'>): AlignedPassage[] {
  const sorted = [...seeds].sort((x, y) => x.bStart - y.bStart || x.aStart - y.aStart);
  const chains: Chain[] = [];
  // Chains whose end in `b` is still within reach of the seeds to come.
  let open: Chain[] = [];
  for (const seed of sorted) {
    open = open.filter((chain) => seed.bStart - chain.bEnd <= options.maxGap);
    let best: Chain | null = null;
    let bestCost = Infinity;
    for (const chain of open) {
      const gapA = seed.aStart - chain.aEnd;
      const gapB = seed.bStart - chain.bEnd;
      // A continuation moves forward in `a` as well (overlapping n-grams give negative gaps).
      if (seed.aStart < chain.aStart || seed.aEnd <= chain.aEnd) continue;
      if (gapA > options.maxGap || Math.abs(Math.max(gapA, 0) - Math.max(gapB, 0)) > options.maxSkew) continue;
      // Overlapping in both yet far off the chain's diagonal: the same words elsewhere in `a` (a repeated sentence).
      // A little drift is normal: a paragraph break that became a space, a dropped word.
      const shift = seed.aStart - chain.aEnd - (seed.bStart - chain.bEnd);
      // Words the chain already covers on one side, matched again far off its diagonal: a repeated phrase.
      if ((gapA < -DIAGONAL_DRIFT || gapB < -DIAGONAL_DRIFT || (gapA < 0 && gapB < 0)) && Math.abs(shift) > DIAGONAL_DRIFT) continue;
      const cost = Math.max(gapA, 0) + Math.max(gapB, 0) + Math.abs(shift);
      if (cost < bestCost) {
        best = chain;
        bestCost = cost;
      }
    }
    if (best) {
      best.aEnd = Math.max(best.aEnd, seed.aEnd);
      best.bEnd = Math.max(best.bEnd, seed.bEnd);
      best.seeds += 1;
    } else {
      const chain = { aStart: seed.aStart, aEnd: seed.aEnd, bStart: seed.bStart, bEnd: seed.bEnd, seeds: 1 };
      chains.push(chain);
      open.push(chain);
    }
  }
  return chains.map((c) => ({ a: { start: c.aStart, end: c.aEnd }, b: { start: c.bStart, end: c.bEnd } }));
}
