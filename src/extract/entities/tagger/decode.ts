import { ALLOWED as ALLOWED_, NLABELS as NLABELS_ } from './labels.js';

// First-order Viterbi over BILOU labels. Transitions the scheme forbids
// (I-PER after O, B-ORG then L-LOC …) are never considered, so every output is
// a well-formed span sequence. `trans` is (NLABELS+1)²: row NLABELS is the
// sentence start, column NLABELS the end.

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const NLABELS = NLABELS_;
const ALLOWED = ALLOWED_;
const N1 = NLABELS + 1;

const NTYPES = (NLABELS - 1) / 4;
/** O, then B-t and U-t for each type: the labels that start something. */
const OPENERS = Int32Array.from([0, ...Array.from({ length: NTYPES }, (_, t) => [1 + 4 * t, 4 + 4 * t]).flat()]);

/** Work buffers, grown on demand; one per document run, never shared between runs. */
export interface DecodeScratch {
  score: Float64Array;
  back: Uint8Array;
}

function grow(scratch: DecodeScratch, n: number): void {
  const size = n * NLABELS;
  if (scratch.score.length >= size) return;
  const cap = Math.max(size, 64 * NLABELS) * 2;
  scratch.score = new Float64Array(cap);
  scratch.back = new Uint8Array(cap);
}

/**
 * Best labels for emissions[offset + i*NLABELS + y], i < n, into out[outAt … outAt+n).
 * Written for the BILOU structure: O, B and U ("openers") follow O, L or U
 * ("closers"); I and L follow B or I of their own type. That is all the
 * search ever has to look at. `from` and `to` are the labels before and
 * after the stretch (default: the sentence start and end). `outAt` spares
 * the caller a view per stretch.
 */
export function viterbi(emissions: ArrayLike<number>, offset: number, n: number, trans: ArrayLike<number>, out: Uint8Array, scratch?: DecodeScratch, from = NLABELS, to = NLABELS, outAt = 0): void {
  if (n === 0) return;
  const s = scratch ?? { score: new Float64Array(0), back: new Uint8Array(0) };
  grow(s, n);
  const score = s.score;
  const back = s.back;
  for (let y = 0; y < NLABELS; y++) {
    score[y] = ALLOWED[from * N1 + y] ? trans[from * N1 + y]! + emissions[offset + y]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const e = offset + i * NLABELS;
    const prev = (i - 1) * NLABELS;
    const cur = i * NLABELS;
    // Openers: the best closer before each.
    for (let k = 0; k < OPENERS.length; k++) {
      const y = OPENERS[k]!;
      let best = score[prev]! + trans[y]!; // from O
      let arg = 0;
      for (let t = 0; t < NTYPES; t++) {
        const l = 3 + 4 * t; // L-t
        const vl = score[prev + l]! + trans[l * N1 + y]!;
        if (vl > best) {
          best = vl;
          arg = l;
        }
        const u = l + 1; // U-t
        const vu = score[prev + u]! + trans[u * N1 + y]!;
        if (vu > best) {
          best = vu;
          arg = u;
        }
      }
      score[cur + y] = best + emissions[e + y]!;
      back[cur + y] = arg;
    }
    // Inside and last: from B or I of the same type.
    for (let t = 0; t < NTYPES; t++) {
      const b = 1 + 4 * t;
      const ins = b + 1;
      const vb = score[prev + b]!;
      const vi = score[prev + ins]!;
      for (let y = ins; y <= ins + 1; y++) {
        const fromB = vb + trans[b * N1 + y]!;
        const fromI = vi + trans[ins * N1 + y]!;
        if (fromB >= fromI) {
          score[cur + y] = fromB + emissions[e + y]!;
          back[cur + y] = b;
        } else {
          score[cur + y] = fromI + emissions[e + y]!;
          back[cur + y] = ins;
        }
      }
    }
  }
  const last = (n - 1) * NLABELS;
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < NLABELS; y++) {
    if (!ALLOWED[y * N1 + to]) continue;
    const v = score[last + y]! + trans[y * N1 + to]!;
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  let y = arg;
  out[outAt + n - 1] = y;
  for (let i = n - 1; i > 0; i--) {
    y = back[i * NLABELS + y]!;
    out[outAt + i - 1] = y;
  }
}

/**
 * Confidence of each entity token's type: the softmax, at `temperature`, of its
 * scores summed by type (O, PER, ORG, LOC, MISC), read at the type it was given.
 * Far cheaper than forward–backward and, once the temperature is fitted on
 * dev, about as honest; tokens labelled O keep 1.
 */
export function typeConfidence(scores: ArrayLike<number>, n: number, labels: Uint8Array, temperature: number, out: Float64Array): void {
  const inv = 1 / temperature;
  for (let i = 0; i < n; i++) {
    const lab = labels[i]!;
    out[i] = lab === 0 ? 1 : tokenConfidence(scores, i * NLABELS, lab, inv);
  }
}

/** typeConfidence of one token labelled `lab` (not O), its scores at scores[o …]; `inv` is 1 / temperature. */
export function tokenConfidence(scores: ArrayLike<number>, o: number, lab: number, inv: number): number {
  let max = -Infinity;
  for (let y = 0; y < NLABELS; y++) if (scores[o + y]! > max) max = scores[o + y]!;
  const own = (lab - 1) >> 2;
  let total = 0;
  let mine = 0;
  for (let y = 0; y < NLABELS; y++) {
    const p = Math.exp((scores[o + y]! - max) * inv);
    total += p;
    if (y > 0 && (y - 1) >> 2 === own) mine += p;
  }
  return mine / total;
}
