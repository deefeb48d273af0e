import { tokenConfidence as tokenConfidence_, viterbi as viterbi_, type DecodeScratch } from './decode.js';
import { buildContext, documentFeatures as documentFeatures_, type SentenceView } from './document.js';
import { contextFeatures as contextFeatures_, positionsOfCases as positionsOfCases_, RUN_LAYOUT } from './features.js';
import { NLABELS as NLABELS_ } from './labels.js';
import type { Lexicons } from './lexicons.js';
import type { TokenOffsets } from './token-offsets.js';
import { WordTable } from './word-table.js';
import type { DocumentContext } from './types.js';
import { CAND_ANY as CAND_ANY_, CAND_NONE as CAND_NONE_, sentinels, WordCache, wordEntry, type RowSummer, type WordEntry } from './word-cache.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const NLABELS = NLABELS_;
const R = RUN_LAYOUT.stride;
const viterbi = viterbi_;
const tokenConfidence = tokenConfidence_;
const contextFeatures = contextFeatures_;
const documentFeatures = documentFeatures_;
const positionsOfCases = positionsOfCases_;
const CAND_ANY = CAND_ANY_;
const CAND_NONE = CAND_NONE_;

/** Model weights as the decoder sees them; the trainer and the compiled model both provide one. */
export interface Scorer extends RowSummer {
  /**
   * Adds the weights of feature slots [from, to) of tokens 0 … n-1 (token i's
   * slots start at i*stride) into out[i*NLABELS + y]; returns how many features had weights.
   */
  add(feats: Int32Array, stride: number, n: number, from: number, to: number, out: Float64Array): number;
  /** (NLABELS+1)² transition scores, start row and end column last. */
  readonly trans: Float64Array;
  /** Softmax temperature that turns scores into calibrated confidences. */
  readonly temperature: number;
}

/** A scorer with everything derived from it once: sentinel words, frequent words. */
export interface Runtime {
  readonly scorer: Scorer;
  readonly lex: Lexicons;
  readonly bos: WordEntry;
  readonly eos: WordEntry;
  readonly frequent: WordTable<WordEntry>;
  /** The other words, met while tagging: kept across documents, up to a bound (see WordCache). */
  readonly words: WordCache;
}

export function createRuntime(scorer: Scorer, lex: Lexicons, frequentWords: readonly string[] = []): Runtime {
  const frequent = new Map<string, WordEntry>();
  for (const w of frequentWords) if (!frequent.has(w)) frequent.set(w, wordEntry(w, lex, scorer));
  const table = new WordTable(frequent);
  return { scorer, lex, ...sentinels(scorer), frequent: table, words: new WordCache(lex, scorer, table) };
}

/** The runtime's word cache: a word's entry depends on its spelling alone, so documents share it. */
export function wordCache(rt: Runtime): WordCache {
  return rt.words;
}

/** A sentence with its features and local scores, ready for either pass. */
export interface PreparedSentence extends SentenceView {
  readonly n: number;
  /** Does the sentence hold a possible name (see nearCandidates)? If not, it is all O, never scored. */
  readonly active: boolean;
  /** Tokens within two of a possible name: only these are scored; the rest are O. */
  readonly near: Uint8Array;
  /**
   * Feature slots and local scores of the near tokens only, packed in token
   * order (the k-th near token at k·stride, k·NLABELS): most tokens are far,
   * and slots for them cost allocation and a scan of empty features.
   */
  readonly feats: Int32Array;
  readonly local: Float64Array;
}

/** One sentence; see prepareAll. */
export function prepare(words: readonly string[], rt: Runtime, cache: WordCache): PreparedSentence {
  return prepareAll([words], rt, cache)[0]!;
}

const NO_FEATS = new Int32Array(0);
const NO_SCORES = new Float64Array(0);

/**
 * Features and local scores of a document's sentences (each an array of
 * words as written); see prepareEntries.
 */
export function prepareAll(sentences: readonly (readonly string[])[], rt: Runtime, cache: WordCache): PreparedSentence[] {
  const bounds = new Int32Array(sentences.length + 1);
  for (let k = 0; k < sentences.length; k++) bounds[k + 1] = bounds[k]! + sentences[k]!.length;
  const entries = new Array<WordEntry>(bounds[sentences.length]!);
  for (let k = 0, at = 0; k < sentences.length; k++) {
    const words = sentences[k]!;
    for (let i = 0; i < words.length; i++) entries[at++] = cache.get(words[i]!);
  }
  return prepareEntries(entries, bounds, rt, cache);
}

/**
 * The same for tokens given by their offsets in `text` (sentence k's are
 * tokens[bounds[k] … bounds[k+1])): frequent words are found without
 * slicing them out of the text.
 */
export function prepareText(text: string, tokens: TokenOffsets, bounds: Int32Array, rt: Runtime, cache: WordCache): PreparedSentence[] {
  const entries = new Array<WordEntry>(tokens.length);
  const starts = tokens.starts;
  const ends = tokens.ends;
  for (let i = 0; i < tokens.length; i++) entries[i] = cache.getRange(text, starts[i]!, ends[i]!);
  return prepareEntries(entries, bounds, rt, cache);
}

/**
 * Features and local scores of a document's sentences (sentence k's word
 * entries are entries[bounds[k] … bounds[k+1])), in typed arrays shared by
 * the whole document (one allocation each, not one per sentence). Two
 * passes: the near tokens first, so that the feature and score arrays are
 * sized for the near tokens alone.
 */
function prepareEntries(entries: readonly WordEntry[], bounds: Int32Array, rt: Runtime, cache: WordCache): PreparedSentence[] {
  const count = bounds.length - 1;
  const total = bounds[count]!;
  let longest = 0;
  const allPos = new Uint8Array(total);
  const allNear = new Uint8Array(total);
  const allCases = new Uint8Array(total);
  for (let i = 0; i < total; i++) allCases[i] = entries[i]!.caseCode;
  const nearCounts = new Int32Array(count);
  let nearTotal = 0;
  for (let k = 0; k < count; k++) {
    const at = bounds[k]!;
    const n = bounds[k + 1]! - at;
    if (n > longest) longest = n;
    const near = nearCandidates(entries, at, n, allNear);
    nearCounts[k] = near;
    nearTotal += near;
    positionsOfCases(allCases, at, n, allPos);
  }
  const allFeats = new Int32Array(nearTotal * R);
  const allLocal = new Float64Array(nearTotal * NLABELS);
  // Scratch reused by every sentence (match reads ids[0 … n) and writes codes[0 … n)):
  // views per sentence cost more than the work they hold.
  const gaz = { list: rt.lex.gazetteer, ids: new Int32Array(longest), codes: new Uint16Array(longest) };
  const names = { list: rt.lex.names, ids: new Int32Array(longest), codes: new Uint16Array(longest) };
  // Word k's single-word sums at vecs[k + 2], two sentinels on each side. Slots of
  // words far from every near token keep a stale vector from an earlier sentence: never read.
  const vecs = new Array<Float64Array>(longest + 4);
  const out = new Array<PreparedSentence>(count);
  let at = 0;
  let packed = 0; // near tokens of the sentences before
  for (let k = 0; k < count; k++) {
    const n = bounds[k + 1]! - at;
    const attrs = new Array<Int32Array>(n);
    const folded = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const e = entries[at + i]!;
      attrs[i] = e.attrs;
      folded[i] = e.folded;
    }
    const pos = allPos.subarray(at, at + n);
    const cases = allCases.subarray(at, at + n);
    const near = allNear.subarray(at, at + n);
    const m = nearCounts[k]!;
    if (m === 0) {
      at += n;
      out[k] = { n, active: false, near, attrs, folded, cases, pos, feats: NO_FEATS, local: NO_SCORES };
      continue;
    }
    const feats = allFeats.subarray(packed * R, (packed + m) * R);
    const local = allLocal.subarray(packed * NLABELS, (packed + m) * NLABELS);
    packed += m;
    for (let i = 0; i < n; i++) {
      gaz.ids[i] = entries[at + i]!.gazId;
      names.ids[i] = entries[at + i]!.nameId;
    }
    contextFeatures(attrs, gaz, names, pos, feats, RUN_LAYOUT, near);
    // Single-word features: each neighbour's precomputed sum for its offset.
    vecs[0] = vecs[1] = rt.bos.vec!;
    vecs[n + 2] = vecs[n + 3] = rt.eos.vec!;
    for (let w = 0; w < n; w++) if (near[w] || (w > 0 && near[w - 1]) || (w > 1 && near[w - 2]) || near[w + 1] || near[w + 2]) vecs[w + 2] = cache.vec(entries[at + w]!);
    at += n;
    for (let i = 0, c = 0; i < n; i++) {
      if (!near[i]) continue; // far from any capitalised word: O, without scoring
      const o = c++ * NLABELS;
      const v0 = vecs[i]!;
      const v1 = vecs[i + 1]!;
      const v2 = vecs[i + 2]!;
      const v3 = vecs[i + 3]!;
      const v4 = vecs[i + 4]!;
      // Summed in offset order, as always: the same floating-point result.
      for (let y = 0; y < NLABELS; y++) local[o + y] = 0 + v0[y]! + v1[NLABELS + y]! + v2[2 * NLABELS + y]! + v3[3 * NLABELS + y]! + v4[4 * NLABELS + y]!;
    }
    rt.scorer.add(feats, R, m, RUN_LAYOUT.context, RUN_LAYOUT.doc, local);
    out[k] = { n, active: true, near, attrs, folded, cases, pos, feats, local };
  }
  return out;
}

/** How far from a possible name a token may still be part of one ("Bank of the …": one word). */
const REACH = 2;

/**
 * Marks in near[at …] the tokens within two of a possible name (a capitalised
 * word other than "I", and other than a common word such as "We" or
 * "However" opening the sentence) among entries[at … at+n); returns how many
 * there are. Only those tokens are scored: entity spans hold few lower-case
 * words in a row.
 */
function nearCandidates(entries: readonly WordEntry[], at: number, n: number, near: Uint8Array): number {
  let first = true;
  let last = -3;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[at + i]!;
    if (e.cand === CAND_ANY || (e.cand !== CAND_NONE && !first)) {
      for (let j = Math.max(0, i - REACH, last + REACH + 1); j < i; j++) {
        near[at + j] = 1;
        count++;
      }
      last = i;
    }
    const isNear = i - last <= REACH;
    near[at + i] = isNear ? 1 : 0;
    if (isNear) count++;
    if (e.lettered) first = false;
  }
  return count;
}

export interface Tagged {
  readonly labels: Uint8Array;
  /** Confidence in each token's entity type (1 for O), when asked for. */
  readonly confidence: Float64Array | null;
}

/** First pass: local features only. */
export function firstPass(s: PreparedSentence, rt: Runtime, scratch: DecodeScratch): Uint8Array {
  const labels = new Uint8Array(s.n);
  if (s.active) decodeNear(s, s.local, rt.scorer.trans, labels, scratch);
  return labels;
}

/** Second pass: local scores plus the document features of `ctx`. */
export function secondPass(s: PreparedSentence, rt: Runtime, ctx: DocumentContext, own: Uint8Array | null, confidence: boolean, scratch: DecodeScratch): Tagged {
  if (!s.active) return { labels: own ?? new Uint8Array(s.n), confidence: confidence ? new Float64Array(s.n).fill(1) : null };
  documentFeatures(ctx, s, own, s.feats, RUN_LAYOUT, s.near);
  const scores = s.local; // the local scores are not needed again
  const hits = rt.scorer.add(s.feats, R, s.local.length / NLABELS, RUN_LAYOUT.doc, R, scores);
  let labels: Uint8Array;
  if (hits === 0 && own) labels = own; // no near token's score changed since the first pass
  else {
    labels = new Uint8Array(s.n);
    decodeNear(s, scores, rt.scorer.trans, labels, scratch);
  }
  let conf: Float64Array | null = null;
  if (confidence) {
    conf = new Float64Array(s.n);
    nearConfidence(s, scores, labels, rt.scorer.temperature, conf);
  }
  return { labels, confidence: conf };
}

/** typeConfidence over packed scores: only near tokens have any, and only they can be labelled other than O. */
function nearConfidence(s: PreparedSentence, scores: Float64Array, labels: Uint8Array, temperature: number, out: Float64Array): void {
  const inv = 1 / temperature;
  for (let i = 0, c = 0; i < s.n; i++) {
    const lab = labels[i]!;
    out[i] = lab === 0 ? 1 : tokenConfidence(scores, c * NLABELS, lab, inv);
    if (s.near[i]) c++;
  }
}

/**
 * Viterbi over each stretch of near tokens alone: the far tokens between
 * them are O, so a stretch follows and precedes O (or the sentence edge).
 * The same labels as one pass over the sentence, for less work.
 */
function decodeNear(s: PreparedSentence, scores: Float64Array, trans: Float64Array, labels: Uint8Array, scratch: DecodeScratch): void {
  const n = s.n;
  const near = s.near;
  let i = 0;
  let packed = 0; // the stretch's first token among the near ones (scores are packed)
  while (i < n) {
    if (!near[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && near[j]) j++;
    viterbi(scores, packed * NLABELS, j - i, trans, labels, scratch, i === 0 ? NLABELS : 0, j === n ? NLABELS : 0, i);
    packed += j - i;
    i = j;
  }
}

export function decodeScratch(): DecodeScratch {
  return { score: new Float64Array(0), back: new Uint8Array(0) };
}

/** Both passes over a document's sentences (each an array of normalised words). */
export function tagWords(sentences: readonly (readonly string[])[], rt: Runtime, confidence: boolean): Tagged[] {
  const scratch = decodeScratch();
  const prepared = prepareAll(sentences, rt, wordCache(rt));
  const first = prepared.map((s) => firstPass(s, rt, scratch));
  const ctx = buildContext(prepared, first);
  return prepared.map((s, k) => secondPass(s, rt, ctx, first[k]!, confidence, scratch));
}
