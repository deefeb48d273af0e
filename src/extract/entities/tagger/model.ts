import { NLABELS as NLABELS_ } from './labels.js';
import type { Scorer } from './engine.js';
import type { TrainedWeights } from './train.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const NLABELS = NLABELS_;


// The run-time model: feature hashes in an open-addressing table, one row of
// NLABELS int8 weights per feature with its own float scale (per-row scales
// keep small rows precise where one global scale would round them to zero).

const N1 = NLABELS + 1;
/** Bytes per feature at run time: NLABELS int8 weights, padding, the float32 scale at word SCALE_AT. */
const BLOCK = 32;
const SCALE_AT = 5;

export interface CompiledModel extends Scorer {
  /** Feature hashes, ascending as unsigned numbers; row r belongs to keys[r]. */
  readonly keys: Int32Array;
  readonly scales: Float32Array;
  readonly weights: Int8Array;
}

export interface CompileOptions {
  /** Rows whose largest |weight| is below this are dropped. */
  readonly prune: number;
  readonly temperature: number;
}

/** Prunes and quantises trained weights. */
export function compile(w: TrainedWeights, options: CompileOptions): CompiledModel {
  const rows = w.keys.length;
  const keep: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let y = 0; y < NLABELS; y++) max = Math.max(max, Math.abs(w.weights[r * NLABELS + y]!));
    if (max >= options.prune && max > 0) keep.push(r);
  }
  keep.sort((a, b) => (w.keys[a]! >>> 0) - (w.keys[b]! >>> 0));
  const keys = new Int32Array(keep.length);
  const scales = new Float32Array(keep.length);
  const weights = new Int8Array(keep.length * NLABELS);
  keep.forEach((r, i) => {
    keys[i] = w.keys[r]!;
    let max = 0;
    for (let y = 0; y < NLABELS; y++) max = Math.max(max, Math.abs(w.weights[r * NLABELS + y]!));
    const scale = Math.fround(max / 127);
    scales[i] = scale;
    for (let y = 0; y < NLABELS; y++) weights[i * NLABELS + y] = Math.round(w.weights[r * NLABELS + y]! / scale);
  });
  const trans = new Float64Array(N1 * N1);
  for (let k = 0; k < N1 * N1; k++) trans[k] = Math.fround(w.trans[k]!);
  return fromParts(keys, scales, weights, trans, options.temperature);
}

/**
 * Builds the lookup structures over already-quantised parts (also after
 * loading). Keys sit alone in an open-addressing array (1 MB for 100k
 * features, mostly in cache: most lookups are misses); each feature's 17
 * int8 weights and float scale share one aligned 32-byte block at its slot,
 * so a hit touches one more cache line, a miss none.
 */
export function fromParts(keys: Int32Array, scales: Float32Array, weights: Int8Array, trans: Float64Array, temperature: number): CompiledModel {
  let size = 1;
  while (size < keys.length * 2.5) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size); // 0 = empty: feature hashes are never 0
  const block = new ArrayBuffer(size * BLOCK);
  const w8 = new Int8Array(block);
  const f32 = new Float32Array(block);
  for (let r = 0; r < keys.length; r++) {
    let i = keys[r]! & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = keys[r]!;
    w8.set(weights.subarray(r * NLABELS, (r + 1) * NLABELS), i * BLOCK);
    f32[i * (BLOCK / 4) + SCALE_AT] = scales[r]!;
  }
  // One bit per feature among 2^21, indexed by other bits of the hash than the
  // table's (256 kB, stays in cache where the 1 MB table does not): most
  // features the text produces are not in the model, and this answers nearly
  // all of them without touching the table.
  const present = new Int32Array(1 << 16);
  for (let r = 0; r < keys.length; r++) {
    const h = keys[r]!;
    present[(h >>> 16) & 0xffff] = present[(h >>> 16) & 0xffff]! | (1 << (h & 31));
  }
  /** The slot of feature h, or -1. */
  const find = (h: number): number => {
    if ((present[(h >>> 16) & 0xffff]! & (1 << (h & 31))) === 0) return -1;
    let i = h & mask;
    for (;;) {
      const k = table[i]!;
      if (k === h) return i;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  };
  return {
    keys,
    scales,
    weights,
    trans,
    temperature,
    sum(hashes, from, count, out, at) {
      for (let k = from; k < from + count; k++) {
        const h = hashes[k]!;
        if (h === 0) continue;
        const slot = find(h);
        if (slot < 0) continue;
        const s = f32[slot * (BLOCK / 4) + SCALE_AT]!;
        const base = slot * BLOCK;
        for (let y = 0; y < NLABELS; y++) out[at + y] = out[at + y]! + w8[base + y]! * s;
      }
    },
    add(feats, stride, n, from, to, out) {
      let hits = 0;
      for (let i = 0; i < n; i++) {
        const o = i * NLABELS;
        for (let k = from; k < to; k++) {
          const h = feats[i * stride + k]!;
          if (h === 0) continue;
          const slot = find(h);
          if (slot < 0) continue;
          hits++;
          const s = f32[slot * (BLOCK / 4) + SCALE_AT]!;
          const base = slot * BLOCK;
          for (let y = 0; y < NLABELS; y++) out[o + y] = out[o + y]! + w8[base + y]! * s;
        }
      }
      return hits;
    },
  };
}
