import { CLUSTER_PREFIXES as CLUSTER_PREFIXES_, type ClusterTable } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';
import { hashRangeLower as hashRangeLower_, hashString as hashString_ } from './hash.js';

// Module-local copies: imported bindings can compile to getters, too slow for the inner loops.
const hashRangeLower = hashRangeLower_;
const hashString = hashString_;
const CLUSTER_PREFIXES = CLUSTER_PREFIXES_;

// What a word says on its own, as value hashes: spelling, shape, affixes,
// Brown-cluster classes. It depends on the word alone, so it is computed once
// per distinct word and reused (see AttributeCache).

export const A_WORD = 0;
export const A_LOWER = 1;
export const A_SHAPE = 2;
export const A_PREFIX = 3; // 4 slots: lengths 1–4
export const A_SUFFIX = 7; // 4 slots: lengths 1–4
export const A_CLUSTER = 11; // 4 slots: CLUSTER_PREFIXES
export const A_CASE = 15; // small code, see caseCode
export const A_GAZ = 16; // the word's parts in the WikiANN names, see Gazetteer.roles
export const A_LEN = 17; // length in UTF-16 units
export const NATTR = 18;

export const CASE_LOWER = 1;
export const CASE_TITLE = 2;
export const CASE_UPPER = 3;
export const CASE_MIXED = 4;
export const CASE_NONE = 5;

/** Attributes of the padding positions before and after a sentence. */
export const BOS = attributesOfSentinel('<S>');
export const EOS = attributesOfSentinel('</S>');

function attributesOfSentinel(name: string): Int32Array {
  const out = new Int32Array(NATTR);
  const h = hashString(name, 0x99);
  out[A_WORD] = h;
  out[A_LOWER] = h;
  out[A_SHAPE] = h;
  for (let k = 0; k < CLUSTER_PREFIXES.length; k++) out[A_CLUSTER + k] = h;
  return out;
}

function charClass(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return 88; // X
  if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7)) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c > 0x24f && c < 0x2000) return 120; // other scripts' letters
  return c;
}

/** Fills out[offset … offset+NATTR) with the attributes of `word` (already normalised). */
/** `gazId`, when the caller has it, is gazetteer.wordId(folded): one name-list lookup fewer for a new word. */
export function wordAttributes(word: string, clusters: ClusterTable, gazetteer: Gazetteer, out: Int32Array, offset: number, folded = word.toLowerCase(), gazId = -1): void {
  const n = word.length;
  out[offset + A_WORD] = hashString(word, 1);
  out[offset + A_LOWER] = hashRangeLower(word, 0, n, 2);
  // Short shape: character classes with runs collapsed ("Xx", "X.X.", "d-d").
  let h = 0x811c9dc5 | 0;
  let last = -1;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const cls = charClass(word.charCodeAt(i));
    if (cls === 88) upper++;
    else if (cls === 120) lower++;
    if (cls === last) continue;
    last = cls;
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  out[offset + A_SHAPE] = h | 0 || 3;
  for (let k = 1; k <= 4; k++) {
    out[offset + A_PREFIX + k - 1] = k <= n ? hashRangeLower(word, 0, k, 10 + k) : 0;
    out[offset + A_SUFFIX + k - 1] = k <= n ? hashRangeLower(word, n - k, n, 20 + k) : 0;
  }
  const ci = clusters.find(word);
  for (let k = 0; k < CLUSTER_PREFIXES.length; k++) out[offset + A_CLUSTER + k] = ci >= 0 ? clusters.prefix(ci, k) : 0;
  out[offset + A_LEN] = n;
  out[offset + A_GAZ] = gazetteer.size > 0 ? gazetteer.roles(gazId >= 0 ? gazId : gazetteer.wordId(folded)) : 0;
  const first = n > 0 ? charClass(word.charCodeAt(0)) : 0;
  out[offset + A_CASE] =
    upper + lower === 0 ? CASE_NONE
    : upper === 0 ? CASE_LOWER
    : lower === 0 ? CASE_UPPER
    : first === 88 && upper === 1 ? CASE_TITLE
    : CASE_MIXED;
}

/** Per-word attributes, memoised for one document or one training run. */
export class AttributeCache {
  private readonly map = new Map<string, Int32Array>();
  private readonly lower = new Map<string, string>();
  constructor(
    private readonly clusters: ClusterTable,
    private readonly gazetteer: Gazetteer,
  ) {}

  /** The lower-case form, memoised: name lists and document votes key on it. */
  fold(word: string): string {
    let f = this.lower.get(word);
    if (f === undefined) {
      f = word.toLowerCase();
      this.lower.set(word, f);
    }
    return f;
  }

  get(word: string): Int32Array {
    let a = this.map.get(word);
    if (a === undefined) {
      a = new Int32Array(NATTR);
      wordAttributes(word, this.clusters, this.gazetteer, a, 0);
      this.map.set(word, a);
    }
    return a;
  }
}

