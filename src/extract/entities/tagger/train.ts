import { buildContext, documentFeatures } from './document.js';
import { F as F_, FB as FB_, localFeatures, TRAIN_LAYOUT } from './features.js';
import { NLABELS as NLABELS_ } from './labels.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicons } from './lexicons.js';
import { viterbi } from './decode.js';
import type { Scorer } from './engine.js';
import { A_CASE, AttributeCache } from './word-attributes.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const NLABELS = NLABELS_;
const F = F_;
const FB = FB_;

// Averaged structured perceptron (Collins 2002) over BILOU labels with
// first-order Viterbi, trained in two passes per document: the first pass
// uses local features; its labels feed the document features of the second.
// Both passes update the same weights, so at run time the local scores are
// computed once and the second pass only adds the document features.
// Deterministic: documents are shuffled by a seeded generator, features are
// numbered in order of first sight.

export interface TrainSentence {
  /** Normalised words. */
  readonly words: readonly string[];
  /** Gold BILOU label ids. */
  readonly labels: Uint8Array;
}
export type TrainDocument = readonly TrainSentence[];

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Local features seen fewer times than this in training are dropped. */
  readonly minCount: number;
  /** Train and use the document-level second pass. */
  readonly documentPass: boolean;
  /**
   * The training-set name list document d sees: one built without d's own
   * fold, so that the features look as they will on unseen text (default lex.names).
   */
  readonly namesFor?: (doc: number) => Gazetteer;
  /** Called after each epoch with the averaged weights so far (for dev scores). */
  readonly onEpoch?: (epoch: number, weights: TrainedWeights) => void;
  readonly log?: (message: string) => void;
  /** Local feature slots this model never uses (feature bagging). */
  readonly dropSlots?: readonly number[];
}

/** Averaged weights: feature hash → row of NLABELS floats, plus transitions. */
export interface TrainedWeights {
  readonly keys: Int32Array;
  readonly weights: Float32Array;
  readonly trans: Float64Array;
}

const N1 = NLABELS + 1;

interface Prepared {
  readonly n: number;
  readonly gold: Uint8Array;
  readonly rows: Int32Array; // n × FB local feature rows, -1 = none
  readonly view: { folded: string[]; attrs: Int32Array[]; cases: Uint8Array; pos: Uint8Array };
  readonly feats: Int32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(docs: readonly TrainDocument[], lex: Lexicons, options: TrainOptions): TrainedWeights {
  const log = options.log ?? (() => {});
  const cache = new AttributeCache(lex.clusters, lex.gazetteer);
  // Features of every sentence, then counts for pruning.
  const featsOf: Int32Array[][] = [];
  const counts = new Map<number, number>();
  const views: Prepared['view'][][] = [];
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    const dfeats: Int32Array[] = [];
    const dviews: Prepared['view'][] = [];
    for (const s of doc) {
      const n = s.words.length;
      const attrs = s.words.map((w) => cache.get(w));
      const folded = s.words.map((w) => cache.fold(w));
      const pos = new Uint8Array(n);
      const feats = new Int32Array(n * F);
      const names = options.namesFor ? options.namesFor(d) : lex.names;
      const gaz = { list: lex.gazetteer, ids: Int32Array.from(folded, (f) => lex.gazetteer.wordId(f)), codes: new Uint16Array(n) };
      const own = { list: names, ids: Int32Array.from(folded, (f) => names.wordId(f)), codes: new Uint16Array(n) };
      localFeatures(attrs, gaz, own, pos, feats);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < FB; k++) {
          const h = feats[i * F + k]!;
          if (h !== 0) counts.set(h, (counts.get(h) ?? 0) + 1);
        }
      }
      dfeats.push(feats);
      dviews.push({ folded, attrs, cases: Uint8Array.from(attrs, (a) => a[A_CASE]!), pos });
    }
    featsOf.push(dfeats);
    views.push(dviews);
  }
  const rowOf = new Map<number, number>();
  for (const [h, c] of counts) if (c >= options.minCount) rowOf.set(h, rowOf.size);
  log(`${counts.size} local features, ${rowOf.size} kept (count ≥ ${options.minCount})`);
  counts.clear();
  const prepared: Prepared[][] = docs.map((doc, d) =>
    doc.map((s, k) => {
      const n = s.words.length;
      const feats = featsOf[d]![k]!;
      const rows = new Int32Array(n * FB);
      for (let i = 0; i < n; i++) for (let j = 0; j < FB; j++) rows[i * FB + j] = rowOf.get(feats[i * F + j]!) ?? -1;
      if (options.dropSlots) for (let i = 0; i < n; i++) for (const j of options.dropSlots) rows[i * FB + j] = -1;
      return { n, gold: s.labels, rows, view: views[d]![k]!, feats };
    }),
  );

  // Document features get rows on first update; reserve room for them.
  let capacity = rowOf.size + 4096;
  let W = new Float64Array(capacity * NLABELS);
  let U = new Float64Array(capacity * NLABELS); // Σ c·Δw, for lazy averaging
  const T = new Float64Array(N1 * N1);
  const TU = new Float64Array(N1 * N1);
  let c = 1;
  const grow = (): void => {
    capacity *= 2;
    const W2 = new Float64Array(capacity * NLABELS);
    W2.set(W);
    W = W2;
    const U2 = new Float64Array(capacity * NLABELS);
    U2.set(U);
    U = U2;
  };
  const docRow = (h: number, create: boolean): number => {
    let r = rowOf.get(h);
    if (r === undefined) {
      if (!create) return -1;
      r = rowOf.size;
      rowOf.set(h, r);
      if (r >= capacity) grow();
    }
    return r;
  };

  const scores = new Float64Array(1024 * NLABELS);
  let scoreBuf = scores;
  const pred = new Uint8Array(1024);
  let predBuf = pred;
  const docRows = new Int32Array(1024 * (F - FB));
  let docRowsBuf = docRows;

  const rand = mulberry32(options.seed);
  const order = docs.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    let tokens = 0;
    for (const d of order) {
      const doc = prepared[d]!;
      const firstLabels: Uint8Array[] = [];
      for (const s of doc) {
        ensure(s.n);
        localScores(s);
        viterbi(scoreBuf, 0, s.n, T, predBuf);
        firstLabels.push(predBuf.slice(0, s.n));
        mistakes += update(s, null);
        tokens += s.n;
        c++;
      }
      if (!options.documentPass) continue;
      const ctx = buildContext(doc.map((s) => s.view), firstLabels);
      for (let k = 0; k < doc.length; k++) {
        const s = doc[k]!;
        ensure(s.n);
        documentFeatures(ctx, s.view, firstLabels[k]!, s.feats, TRAIN_LAYOUT);
        const dr = docRowsBuf;
        for (let i = 0; i < s.n; i++) for (let j = FB; j < F; j++) {
          const h = s.feats[i * F + j]!;
          dr[i * (F - FB) + j - FB] = h === 0 ? -1 : docRow(h, false);
        }
        localScores(s);
        addRows(dr, s.n, F - FB);
        viterbi(scoreBuf, 0, s.n, T, predBuf);
        // Rows for document features are created only when an update needs them.
        for (let i = 0; i < s.n; i++) for (let j = FB; j < F; j++) {
          const h = s.feats[i * F + j]!;
          if (h !== 0 && predBuf[i] !== s.gold[i]) dr[i * (F - FB) + j - FB] = docRow(h, true);
        }
        mistakes += update(s, dr);
        c++;
      }
    }
    log(`epoch ${epoch}: ${mistakes} token mistakes over ${tokens} tokens, ${rowOf.size} features`);
    if (options.onEpoch) options.onEpoch(epoch, averaged());
  }
  return averaged();

  function ensure(n: number): void {
    if (scoreBuf.length < n * NLABELS) {
      scoreBuf = new Float64Array(n * 2 * NLABELS);
      predBuf = new Uint8Array(n * 2);
      docRowsBuf = new Int32Array(n * 2 * (F - FB));
    }
  }

  function localScores(s: Prepared): void {
    scoreBuf.fill(0, 0, s.n * NLABELS);
    addRows(s.rows, s.n, FB);
  }

  function addRows(rows: Int32Array, n: number, width: number): void {
    for (let i = 0; i < n; i++) {
      const o = i * NLABELS;
      for (let j = 0; j < width; j++) {
        const r = rows[i * width + j]!;
        if (r < 0) continue;
        const base = r * NLABELS;
        for (let y = 0; y < NLABELS; y++) scoreBuf[o + y] = scoreBuf[o + y]! + W[base + y]!;
      }
    }
  }

  /** Perceptron update towards gold, away from predBuf; returns the number of wrong tokens. */
  function update(s: Prepared, docRowsOf: Int32Array | null): number {
    let wrong = 0;
    const width = F - FB;
    for (let i = 0; i < s.n; i++) {
      const g = s.gold[i]!;
      const p = predBuf[i]!;
      if (g === p) continue;
      wrong++;
      const bump = (r: number): void => {
        W[r * NLABELS + g] = W[r * NLABELS + g]! + 1;
        U[r * NLABELS + g] = U[r * NLABELS + g]! + c;
        W[r * NLABELS + p] = W[r * NLABELS + p]! - (1);
        U[r * NLABELS + p] = U[r * NLABELS + p]! - (c);
      };
      for (let j = 0; j < FB; j++) {
        const r = s.rows[i * FB + j]!;
        if (r >= 0) bump(r);
      }
      if (docRowsOf) for (let j = 0; j < width; j++) {
        const r = docRowsOf[i * width + j]!;
        if (r >= 0) bump(r);
      }
    }
    if (wrong === 0) return 0;
    for (let i = 0; i <= s.n; i++) {
      const gp = i === 0 ? NLABELS : s.gold[i - 1]!;
      const pp = i === 0 ? NLABELS : predBuf[i - 1]!;
      const gc = i === s.n ? NLABELS : s.gold[i]!;
      const pc = i === s.n ? NLABELS : predBuf[i]!;
      if (gp === pp && gc === pc) continue;
      T[gp * N1 + gc] = T[gp * N1 + gc]! + 1;
      TU[gp * N1 + gc] = TU[gp * N1 + gc]! + c;
      T[pp * N1 + pc] = T[pp * N1 + pc]! - (1);
      TU[pp * N1 + pc] = TU[pp * N1 + pc]! - (c);
    }
    return wrong;
  }

  function averaged(): TrainedWeights {
    const rows = rowOf.size;
    const keys = new Int32Array(rows);
    for (const [h, r] of rowOf) keys[r] = h;
    const weights = new Float32Array(rows * NLABELS);
    for (let k = 0; k < rows * NLABELS; k++) weights[k] = W[k]! - U[k]! / c;
    const trans = new Float64Array(N1 * N1);
    for (let k = 0; k < N1 * N1; k++) trans[k] = T[k]! - TU[k]! / c;
    return { keys, weights, trans };
  }
}

/** A Scorer over trained float weights (a Map lookup per feature): for dev scores during training. */
export function weightsScorer(w: TrainedWeights, temperature = 1): Scorer {
  const rowOf = new Map<number, number>();
  w.keys.forEach((h, r) => rowOf.set(h, r));
  return {
    trans: w.trans,
    temperature,
    sum(hashes, from, count, out, at) {
      for (let k = from; k < from + count; k++) {
        const r = hashes[k] ? rowOf.get(hashes[k]!) : undefined;
        if (r === undefined) continue;
        for (let y = 0; y < NLABELS; y++) out[at + y] = out[at + y]! + w.weights[r * NLABELS + y]!;
      }
    },
    add(feats, stride, n, from, to, out) {
      let hits = 0;
      for (let i = 0; i < n; i++) {
        for (let k = from; k < to; k++) {
          const h = feats[i * stride + k]!;
          if (h === 0) continue;
          const r = rowOf.get(h);
          if (r === undefined) continue;
          hits++;
          for (let y = 0; y < NLABELS; y++) out[i * NLABELS + y] = out[i * NLABELS + y]! + w.weights[r * NLABELS + y]!;
        }
      }
      return hits;
    },
  };
}
