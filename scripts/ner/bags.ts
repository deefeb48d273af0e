// Feature bagging (Sutton, Sindelar & McCallum 2005): each model of the
// averaged ensemble goes without some kinds of feature (FEATURE_KINDS), so
// that the strongest kinds (the words themselves) do not leave the others
// undertrained. `pairs`, the default: six models, each without two of the
// four kinds, so each sees one pair. `kinds`: four models, each without one.
import { FEATURE_KINDS } from '../../src/extract/entities/tagger/features.js';

export type FeatureKind = keyof typeof FEATURE_KINDS;
export const BAG_LAYOUTS = ['pairs', 'kinds', 'none'] as const;
export type BagLayout = (typeof BAG_LAYOUTS)[number];

/** The kinds each model goes without, one entry per model; empty for `none` (every model sees everything). */
export function bagsOf(layout: BagLayout): FeatureKind[][] {
  const kinds = Object.keys(FEATURE_KINDS) as FeatureKind[];
  if (layout === 'none') return [];
  if (layout === 'kinds') return kinds.map((k) => [k]);
  const out: FeatureKind[][] = [];
  for (let a = 0; a < kinds.length; a++) for (let b = a + 1; b < kinds.length; b++) out.push([kinds[a]!, kinds[b]!]);
  return out;
}

/** The local feature slots a model without `kinds` never uses. */
export function droppedSlots(kinds: readonly FeatureKind[]): number[] {
  return kinds.flatMap((k) => FEATURE_KINDS[k]);
}
