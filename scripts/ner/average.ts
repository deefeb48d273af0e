// The mean of several trained models (the same data in other orders): a
// feature missing from one model counts as 0 there. Smooths out how much
// the perceptron's result depends on its shuffling seed.
import { NLABELS } from '../../src/extract/entities/tagger/labels.js';
import type { TrainedWeights } from '../../src/extract/entities/tagger/train.js';

export function averageWeights(models: readonly TrainedWeights[]): TrainedWeights {
  if (models.length === 1) return models[0]!;
  const rowOf = new Map<number, number>();
  for (const m of models) for (const h of m.keys) if (!rowOf.has(h)) rowOf.set(h, rowOf.size);
  const keys = new Int32Array(rowOf.size);
  for (const [h, r] of rowOf) keys[r] = h;
  const weights = new Float32Array(rowOf.size * NLABELS);
  const trans = new Float64Array(models[0]!.trans.length);
  const k = 1 / models.length;
  for (const m of models) {
    m.keys.forEach((h, r) => {
      const to = rowOf.get(h)! * NLABELS;
      for (let y = 0; y < NLABELS; y++) weights[to + y] = weights[to + y]! + k * m.weights[r * NLABELS + y]!;
    });
    for (let i = 0; i < trans.length; i++) trans[i] = trans[i]! + k * m.trans[i]!;
  }
  return { keys, weights, trans };
}
