import { POS_INSIDE as POS_INSIDE_, type Layout } from './features.js';
import { feat1 as feat1_, feat2 as feat2_, feat3 as feat3_ } from './hash.js';
import { NLABELS as NLABELS_ } from './labels.js';
import type { DocumentContext } from './types.js';
import { A_SHAPE as A_SHAPE_, CASE_LOWER as CASE_LOWER_, CASE_MIXED as CASE_MIXED_, CASE_TITLE as CASE_TITLE_, CASE_UPPER as CASE_UPPER_ } from './word-attributes.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const POS_INSIDE = POS_INSIDE_;
const feat1 = feat1_;
const feat2 = feat2_;
const feat3 = feat3_;
const NLABELS = NLABELS_;
const A_SHAPE = A_SHAPE_;
const CASE_LOWER = CASE_LOWER_;
const CASE_TITLE = CASE_TITLE_;
const CASE_UPPER = CASE_UPPER_;
const CASE_MIXED = CASE_MIXED_;

/** isCapitalised (features.ts) of a case code: the passes here read a sentence's codes, not each word's attributes. */
function capitalised(c: number): boolean {
  return c === CASE_TITLE || c === CASE_UPPER || c === CASE_MIXED;
}

// Non-local evidence (Ratinov & Roth 2009): a first pass tags every sentence;
// then each capitalised word learns how the same word was tagged elsewhere in
// the document, and whether it appears capitalised mid-sentence or in lower
// case. "Peters" after "Winston Peters", "JAPAN" in a headline over "Japan"
// in the text, "However" that is never capitalised inside a sentence.

/** One sentence as the document passes see it. */
export interface SentenceView {
  readonly folded: readonly string[];
  readonly attrs: readonly Int32Array[];
  /** Each word's case code (attrs[i][A_CASE]), side by side. */
  readonly cases: Uint8Array;
  readonly pos: Uint8Array;
}

/** Collects first-pass labels and casing evidence over a document's sentences. */
export function buildContext(sentences: readonly SentenceView[], labels: readonly ArrayLike<number>[]): DocumentContext {
  const votes = new Map<string, Uint16Array>();
  const capitalisedInside = new Set<string>();
  const lowerSeen = new Set<string>();

  for (let s = 0; s < sentences.length; s++) {
    const { folded, cases, pos } = sentences[s]!;
    const labs = labels[s]!;
    for (let i = 0; i < folded.length; i++) {
      if (!capitalised(cases[i]!)) continue;
      const word = folded[i]!;
      if (pos[i] === POS_INSIDE) capitalisedInside.add(word);
      let v = votes.get(word);
      if (v === undefined) {
        v = new Uint16Array(NLABELS);
        votes.set(word, v);
      }
      const lab = labs[i]!;
      if (v[lab]! < 0xffff) v[lab]!++;
    }
  }
  // Lower-case sightings only of words that also appear capitalised: the
  // only ones asked about, and a far smaller set than every lower-case word.
  for (let s = 0; s < sentences.length; s++) {
    const { folded, cases } = sentences[s]!;
    for (let i = 0; i < folded.length; i++) if (cases[i] === CASE_LOWER && votes.has(folded[i]!)) lowerSeen.add(folded[i]!);
  }
  return { votes, capitalisedInside, lowerSeen };
}

/**
 * The document-level feature slots of one sentence, from the context and this
 * sentence's own first-pass labels. With `only`, just the tokens it marks,
 * packed as contextFeatures packs them.
 */
export function documentFeatures(ctx: DocumentContext, view: SentenceView, own: ArrayLike<number> | null, out: Int32Array, layout: Layout, only: Uint8Array | null = null): void {
  const stride = layout.stride;
  const at = layout.doc;
  const { folded, attrs, cases, pos } = view;
  const n = folded.length;
  // A word's vote code is read only as a near token's own or its neighbours' (voteCode is pure: skipping the rest changes nothing).
  const needed = (j: number): boolean => only === null || only[j] === 1 || (j > 0 && only[j - 1] === 1) || (j + 1 < n && only[j + 1] === 1);
  let prevDv = 0;
  let dv = n > 0 && needed(0) ? voteCode(ctx, view, own, 0) : 0;
  let packed = 0;
  for (let i = 0; i < n; i++) {
    const nextDv = i + 1 < n && needed(i + 1) ? voteCode(ctx, view, own, i + 1) : 0;
    if (only !== null && only[i] === 0) {
      prevDv = dv;
      dv = nextDv;
      continue;
    }
    const o = (only === null ? i : packed++) * stride + at;
    const a = attrs[i]!;
    const c = cases[i]!;
    const p = pos[i]!;
    out[o] = dv ? feat1(100, dv) : 0;
    out[o + 1] = dv ? feat2(101, dv, a[A_SHAPE]!) : 0;
    out[o + 2] = dv ? feat2(102, dv, p) : 0;
    if (capitalised(c)) {
      const word = folded[i]!;
      const casing = (ctx.capitalisedInside.has(word) ? 1 : 0) + (ctx.lowerSeen.has(word) ? 2 : 0) + 1;
      out[o + 3] = feat3(103, casing, p, c);
    } else out[o + 3] = 0;
    out[o + 4] = prevDv || nextDv ? feat2(104, prevDv, nextDv) : 0;
    out[o + 5] = dv && (prevDv || nextDv) ? feat3(105, prevDv, dv, nextDv) : 0;
    prevDv = dv;
    dv = nextDv;
  }
}

/**
 * The other mentions' verdict on word i: 0 when there are none, else
 * 1 + 3·(winning class: O, PER, ORG, LOC, MISC) + strength (all / most / some).
 */
function voteCode(ctx: DocumentContext, view: SentenceView, own: ArrayLike<number> | null, i: number): number {
  if (!capitalised(view.cases[i]!)) return 0;
  const v = ctx.votes.get(view.folded[i]!);
  if (v === undefined) return 0;
  const self = own ? own[i]! : -1;
  let total = 0;
  let best = 0;
  let bestCount = -1;
  // Per class (O, then each type's four labels), without this mention's own vote.
  for (let k = 0; k < 5; k++) {
    let c = 0;
    const from = k === 0 ? 0 : 4 * k - 3;
    const to = k === 0 ? 1 : from + 4;
    for (let lab = from; lab < to; lab++) c += v[lab]! - (lab === self ? 1 : 0);
    total += c;
    if (c > bestCount) {
      bestCount = c;
      best = k;
    }
  }
  if (total <= 0) return 0;
  const strength = bestCount === total ? 2 : bestCount * 2 > total ? 1 : 0;
  return 1 + best * 3 + strength;
}
