// Gold for two stories that reprint the same release, derived through the release: where
// both reused the same release sentences, the stretch of each story holding them is reused.
import { MIN_PASSAGE_WORDS, type PlacedUnit, type StoryPassage } from './story.js';
import { words } from './text.js';
import type { GoldPassage, Span } from './types.js';

const wordsIn = (units: readonly PlacedUnit[]) => units.reduce((n, u) => n + words(u.text).length, 0);

const extent = (units: readonly PlacedUnit[]): Span => ({
  start: (units[0] as PlacedUnit).span.start,
  end: (units[units.length - 1] as PlacedUnit).span.end,
});

/**
 * One gold passage per pair of passages (one from each story) that share release
 * sentences: each side spans from its first to its last shared sentence. A passage's
 * sentence indices increase, so the shared ones come in the same order in both stories.
 * Stretches under MIN_PASSAGE_WORDS words are left out, as for release→story gold.
 */
export function storyPairPassages(a: readonly StoryPassage[], b: readonly StoryPassage[]): GoldPassage[] {
  const out: GoldPassage[] = [];
  for (const pa of a) {
    for (const pb of b) {
      const inB = new Set(pb.units.map((u) => u.si));
      const sharedA = pa.units.filter((u) => inB.has(u.si));
      if (sharedA.length === 0) continue;
      const inA = new Set(sharedA.map((u) => u.si));
      const sharedB = pb.units.filter((u) => inA.has(u.si));
      if (Math.min(wordsIn(sharedA), wordsIn(sharedB)) < MIN_PASSAGE_WORDS) continue;
      out.push({ source: extent(sharedA), target: extent(sharedB) });
    }
  }
  return out.sort((x, y) => x.source.start - y.source.start || x.target.start - y.target.start);
}
