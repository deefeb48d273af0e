import { GAZ_TYPES as GAZ_TYPES_, NAME_TYPES as NAME_TYPES_, type Gazetteer } from './gazetteer.js';
import { feat1 as feat1_, feat2 as feat2_, feat3 as feat3_ } from './hash.js';
import {
  A_CASE as A_CASE_, A_GAZ as A_GAZ_, A_LEN as A_LEN_, A_CLUSTER as A_CLUSTER_, A_LOWER as A_LOWER_, A_PREFIX as A_PREFIX_, A_SHAPE as A_SHAPE_, A_SUFFIX as A_SUFFIX_, A_WORD as A_WORD_, BOS as BOS_, CASE_MIXED as CASE_MIXED_, CASE_NONE as CASE_NONE_, CASE_TITLE as CASE_TITLE_, CASE_UPPER as CASE_UPPER_, EOS as EOS_,
} from './word-attributes.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const GAZ_TYPES = GAZ_TYPES_;
const NNAME = NAME_TYPES_.length;
const feat1 = feat1_;
const feat2 = feat2_;
const feat3 = feat3_;
const A_CASE = A_CASE_;
const A_GAZ = A_GAZ_;
const A_LEN = A_LEN_;
const A_CLUSTER = A_CLUSTER_;
const A_LOWER = A_LOWER_;
const A_PREFIX = A_PREFIX_;
const A_SHAPE = A_SHAPE_;
const A_SUFFIX = A_SUFFIX_;
const A_WORD = A_WORD_;
const BOS = BOS_;
const CASE_NONE = CASE_NONE_;
const CASE_TITLE = CASE_TITLE_;
const CASE_UPPER = CASE_UPPER_;
const CASE_MIXED = CASE_MIXED_;
const EOS = EOS_;

// Feature templates. Each token gets a fixed number of slots holding feature
// hashes (0 = absent): FU single-word ones (a word at offset -2 … +2 from the
// token), then context ones up to FB, then FD document-level ones that only
// the second pass fills. Single-word features depend on one word and its
// offset alone, so at run time their weights are summed once per distinct
// word (see WordCache) instead of looked up per token.
// Template ids are part of the model format: append, never renumber.

export const FU = 38;
export const FB = 57;
export const FD = 6;
export const F = FB + FD;

/**
 * Where a token's slots live in a feature array. Training keeps every slot
 * (stride F); at run time single-word features are summed per word instead,
 * so tokens keep only context and document slots (stride RUN.stride).
 */
export interface Layout {
  readonly stride: number;
  readonly context: number;
  readonly doc: number;
}
export const TRAIN_LAYOUT: Layout = { stride: F, context: FU, doc: FB };
export const RUN_LAYOUT: Layout = { stride: FB - FU + FD, context: 0, doc: FB - FU };

/** Sentence-level facts the local features use, per token. */
export const POS_INSIDE = 0;
export const POS_FIRST = 1; // no word before it in the sentence
export const POS_CAPSLINE = 2; // the sentence is (nearly) all capitals: case says little

/** Where offset o's single-word features start among the FU slots, and how many there are. */
export const UNIGRAM_AT = [0, 3, 9, 29, 35] as const;
export const UNIGRAM_COUNT = [3, 6, 20, 6, 3] as const;

/** Slot `k` of the single-word features at `offset`, and context slot `k`. */
const U = (offset: number, k: number): number => UNIGRAM_AT[offset + 2]! + k;
const C = (k: number): number => FU + k;

/**
 * The local feature slots in four kinds, for feature bagging (Sutton,
 * Sindelar & McCallum 2005): each model of the trained ensemble goes
 * without some kinds (scripts/ner/bags.ts: two of the four), so the others
 * are not left undertrained behind the strongest. Every local slot but the
 * bias is in exactly one kind (a test checks). The ids follow the templates
 * below and in contextFeatures.
 */
export const FEATURE_KINDS: Readonly<Record<'words' | 'clusters' | 'lists' | 'spelling', readonly number[]>> = {
  // Words and word pairs, lower-cased or as written.
  words: [U(-2, 0), U(-1, 0), U(0, 1), U(0, 2), U(1, 0), U(2, 0), C(0), C(1), C(4), C(5), C(6), C(7), C(8), C(10)],
  clusters: [U(-2, 2), U(-1, 2), U(-1, 3), U(-1, 4), U(0, 12), U(0, 13), U(0, 14), U(0, 15), U(1, 2), U(1, 3), U(1, 4), U(2, 2), C(11)],
  // Name lists: WikiANN word parts and matches, the training set's names.
  lists: [U(-1, 5), U(0, 16), U(0, 17), U(0, 18), U(1, 5), C(12), C(13), C(14), C(15), C(16), C(17), C(18)],
  // Shapes, affixes, length.
  spelling: [U(-2, 1), U(-1, 1), U(0, 3), U(0, 4), U(0, 5), U(0, 6), U(0, 7), U(0, 8), U(0, 9), U(0, 10), U(0, 11), U(0, 19), U(1, 1), U(2, 1), C(2), C(3), C(9)],
};

/** The single-word feature hashes of word attributes `a` seen at `offset` (-2 … 2) from the token; 0 = absent. */
export function unigramFeatures(a: Int32Array, offset: number, out: Int32Array, at: number): void {
  const lw = a[A_LOWER]!;
  const sh = a[A_SHAPE]!;
  switch (offset) {
    case -2:
      out[at] = feat1(2, lw);
      out[at + 1] = feat1(7, sh);
      out[at + 2] = opt(30, a[A_CLUSTER + 1]!);
      return;
    case -1:
      out[at] = feat1(3, lw);
      out[at + 1] = feat1(8, sh);
      out[at + 2] = opt(20, a[A_CLUSTER]!);
      out[at + 3] = opt(21, a[A_CLUSTER + 1]!);
      out[at + 4] = opt(28, a[A_CLUSTER + 2]!);
      out[at + 5] = opt(65, a[A_GAZ]!);
      return;
    case 0:
      out[at] = feat1(0, 1); // bias
      out[at + 1] = feat1(1, a[A_WORD]!);
      out[at + 2] = feat1(4, lw);
      out[at + 3] = feat1(9, sh);
      for (let k = 0; k < 4; k++) {
        out[at + 4 + k] = opt(12 + k, a[A_PREFIX + k]!);
        out[at + 8 + k] = opt(16 + k, a[A_SUFFIX + k]!);
      }
      out[at + 12] = opt(24, a[A_CLUSTER]!);
      out[at + 13] = opt(25, a[A_CLUSTER + 1]!);
      out[at + 14] = opt(26, a[A_CLUSTER + 2]!);
      out[at + 15] = opt(27, a[A_CLUSTER + 3]!); // the finest class only for the word itself
      // The word's parts in the WikiANN names ("United": inside or last of ORG names), per type.
      for (let t = 0; t < GAZ_TYPES; t++) out[at + 16 + t] = opt(62 + t, (a[A_GAZ]! >> (4 * t)) & 15);
      // A word the clusters never saw, by shape and length: most new names.
      out[at + 19] = a[A_CLUSTER]! ? 0 : feat2(78, sh, Math.min(a[A_LEN]!, 12));
      return;
    case 1:
      out[at] = feat1(5, lw);
      out[at + 1] = feat1(10, sh);
      out[at + 2] = opt(22, a[A_CLUSTER]!);
      out[at + 3] = opt(23, a[A_CLUSTER + 1]!);
      out[at + 4] = opt(29, a[A_CLUSTER + 2]!);
      out[at + 5] = opt(66, a[A_GAZ]!);
      return;
    default:
      out[at] = feat1(6, lw);
      out[at + 1] = feat1(11, sh);
      out[at + 2] = opt(31, a[A_CLUSTER + 1]!);
  }
}

/** Position code of each token: inside, first word, or in a capitals line. */
export function positions(attrs: readonly Int32Array[], out: Uint8Array): void {
  const cases = Uint8Array.from(attrs, (a) => a[A_CASE]!);
  positionsOfCases(cases, 0, attrs.length, out);
}

/**
 * Positions of the tokens whose case codes (A_CASE) are cases[at … at+n),
 * into out[at … at+n): the run-time tagger keeps a document's case codes in
 * one array, and reading them there spares a pointer chase per token.
 */
export function positionsOfCases(cases: Uint8Array, at: number, n: number, out: Uint8Array): void {
  // A capitals line (a headline, a dateline): case says little there.
  let lettered = 0;
  let upper = 0;
  for (let i = at; i < at + n; i++) {
    const c = cases[i]!;
    if (c === CASE_NONE) continue;
    lettered++;
    if (c === CASE_UPPER) upper++;
  }
  const caps = lettered >= 2 && upper * 10 >= lettered * 7;
  let seenWord = false;
  for (let i = at; i < at + n; i++) {
    out[i] = caps ? POS_CAPSLINE : seenWord ? POS_INSIDE : POS_FIRST;
    if (cases[i] !== CASE_NONE) seenWord = true;
  }
}

/** A name list with a sentence's word ids in it and room for its match codes. */
export interface ListMatch {
  readonly list: Gazetteer;
  readonly ids: Int32Array;
  readonly codes: Uint16Array;
}

/** All local features (single-word and context) of one sentence into out[i*F … i*F+FB): the trainer's view. */
export function localFeatures(attrs: readonly Int32Array[], gaz: ListMatch, names: ListMatch, pos: Uint8Array, out: Int32Array): void {
  const n = attrs.length;
  for (let i = 0; i < n; i++) {
    for (let o = -2; o <= 2; o++) {
      const j = i + o;
      const a = j < 0 ? BOS : j >= n ? EOS : attrs[j]!;
      unigramFeatures(a, o, out, i * F + UNIGRAM_AT[o + 2]!);
    }
  }
  positions(attrs, pos);
  contextFeatures(attrs, gaz, names, pos, out, TRAIN_LAYOUT);
}

/**
 * Context features of one sentence into each token's context slots: word pairs,
 * shapes around the token, sentence position, matches in the WikiANN name
 * lists and in the training set's names; `pos` holds the tokens' positions
 * (see positions). With `only`, just the tokens it marks, packed: the k-th
 * marked token's slots start at k·stride.
 */
export function contextFeatures(attrs: readonly Int32Array[], gazMatch: ListMatch, nameMatch: ListMatch, pos: Uint8Array, out: Int32Array, layout: Layout, only: Uint8Array | null = null): void {
  const stride = layout.stride;
  const at = layout.context;
  const n = attrs.length;
  const gaz = gazMatch.codes;
  const nm = nameMatch.codes;
  gazMatch.list.match(gazMatch.ids, n, gaz);
  nameMatch.list.match(nameMatch.ids, n, nm);
  let packed = 0;
  for (let i = 0; i < n; i++) {
    if (only !== null && only[i] === 0) continue; // no slots: the caller does not score this token
    const o = (only === null ? i : packed++) * stride + at;
    const m2 = i >= 2 ? attrs[i - 2]! : BOS;
    const m1 = i >= 1 ? attrs[i - 1]! : BOS;
    const w = attrs[i]!;
    const p1 = i + 1 < n ? attrs[i + 1]! : EOS;
    const p2 = i + 2 < n ? attrs[i + 2]! : EOS;
    const sh = w[A_SHAPE]!;
    const lw = w[A_LOWER]!;
    const p = pos[i]!;
    out[o] = feat2(32, m1[A_LOWER]!, lw);
    out[o + 1] = feat2(33, lw, p1[A_LOWER]!);
    out[o + 2] = feat2(34, m1[A_SHAPE]!, sh);
    out[o + 3] = feat2(35, sh, p1[A_SHAPE]!);
    out[o + 4] = feat2(37, m1[A_LOWER]!, sh);
    out[o + 5] = feat2(38, sh, p1[A_LOWER]!);
    out[o + 6] = feat2(39, m2[A_LOWER]!, m1[A_LOWER]!);
    out[o + 7] = feat2(40, p1[A_LOWER]!, p2[A_LOWER]!);
    out[o + 8] = feat3(53, m1[A_LOWER]!, lw, p1[A_LOWER]!);
    out[o + 9] = feat2(41, p, sh);
    out[o + 10] = p !== POS_INSIDE ? feat2(42, p, lw) : 0;
    out[o + 11] = p !== POS_INSIDE ? feat2(43, p, w[A_CLUSTER + 1]!) : 0;
    const g = gaz[i]!;
    const capital = isCapitalised(w) ? 1 : 0;
    for (let t = 0; t < GAZ_TYPES; t++) {
      const part = (g >> (3 * t)) & 7;
      out[o + 12 + t] = part ? feat2(44 + t, part, capital) : 0;
    }
    const m = nm[i]!;
    for (let t = 0; t < NNAME; t++) {
      const part = (m >> (3 * t)) & 7;
      out[o + 15 + t] = part ? feat2(56 + t, part, capital) : 0;
    }
  }
}



function opt(template: number, value: number): number {
  return value ? feat1(template, value) : 0;
}

export function isCapitalised(a: Int32Array): boolean {
  const c = a[A_CASE]!;
  return c === CASE_TITLE || c === CASE_UPPER || c === CASE_MIXED;
}
