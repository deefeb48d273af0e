/**
 * Counts of phrases of two to four words, in an open-addressing hash table
 * over one typed array. A phrase is up to four 24-bit word ids packed into
 * three 32-bit numbers, and its key and counts share one 32-byte record in
 * the slot itself, so counting an occurrence usually touches one cache line.
 * Millions of phrases are counted per run; a `Map` with string keys costs
 * several times the memory and time.
 */

/** The word id of an empty place in a key: phrases shorter than four words. */
export const NONE = 0xffffff;

const STRIDE = 8;
// Fields of a record.
const K1 = 1;
const K2 = 2;
const COUNT_A = 3;
const DOCS_A = 5;
/** The last document (numbered from 1) the phrase was counted in, so each document counts once; 0 marks an empty slot. */
const LAST_DOC = 7;

export class PhraseTable {
  /** Phrases held. */
  size = 0;
  /** STRIDE numbers per slot. */
  private records: Uint32Array;
  /** Occurrences in documents' edge zones (boilerplate.ts), per slot; rare, so kept off the record. */
  private edges: Uint32Array;
  private mask: number;

  constructor(slots = 1 << 16) {
    this.records = new Uint32Array(slots * STRIDE);
    this.edges = new Uint32Array(slots);
    this.mask = slots - 1;
  }

  /** Slots, some empty: phrase ids run from 0 to this. */
  get slots(): number {
    return this.mask + 1;
  }

  /** Counts one occurrence of the phrase w1 … w4 (NONE-padded) in document `doc` of `side` (0 = a, 1 = b). */
  hit(w1: number, w2: number, w3: number, w4: number, side: number, doc: number, atEdge: boolean): void {
    const k0 = (w1 | (w2 << 24)) >>> 0;
    const k1 = ((w2 >>> 8) | (w3 << 16)) >>> 0;
    const k2 = ((w3 >>> 16) | (w4 << 8)) >>> 0;
    const records = this.records;
    const mask = this.mask;
    let slot = hash(k0, k1, k2) & mask;
    for (;;) {
      const at = slot * STRIDE;
      const last = records[at + LAST_DOC]!;
      if (last === 0) {
        records[at] = k0;
        records[at + K1] = k1;
        records[at + K2] = k2;
        this.size++;
      } else if (records[at] !== k0 || records[at + K1] !== k1 || records[at + K2] !== k2) {
        slot = (slot + 1) & mask;
        continue;
      }
      records[at + COUNT_A + side]!++;
      if (last !== doc) {
        records[at + LAST_DOC] = doc;
        records[at + DOCS_A + side]!++;
      }
      if (atEdge) this.edges[slot]!++;
      return;
    }
  }

  count(side: number, id: number): number {
    return this.records[id * STRIDE + COUNT_A + side]!;
  }

  docs(side: number, id: number): number {
    return this.records[id * STRIDE + DOCS_A + side]!;
  }

  edge(id: number): number {
    return this.edges[id]!;
  }

  /** The phrase's word ids, in order. */
  wordsOf(id: number): number[] {
    const at = id * STRIDE;
    const k0 = this.records[at]!;
    const k1 = this.records[at + K1]!;
    const k2 = this.records[at + K2]!;
    const words = [k0 & NONE, (k0 >>> 24) | ((k1 & 0xffff) << 8), (k1 >>> 16) | ((k2 & 0xff) << 16), k2 >>> 8];
    const end = words.indexOf(NONE);
    return end < 0 ? words : words.slice(0, end);
  }

  /** Makes room for `more` new phrases with the table at most half full, growing it before a document rather than inside the counting loop. */
  reserve(more: number): void {
    if ((this.size + more) * 2 <= this.slots) return;
    let slots = this.slots;
    while ((this.size + more) * 2 > slots) slots *= 2;
    const records = new Uint32Array(slots * STRIDE);
    const edges = new Uint32Array(slots);
    const mask = slots - 1;
    const old = this.records;
    for (let from = 0; from <= this.mask; from++) {
      const at = from * STRIDE;
      if (old[at + LAST_DOC] === 0) continue;
      let slot = hash(old[at]!, old[at + K1]!, old[at + K2]!) & mask;
      while (records[slot * STRIDE + LAST_DOC] !== 0) slot = (slot + 1) & mask;
      const to = slot * STRIDE;
      for (let k = 0; k < STRIDE; k++) records[to + k] = old[at + k]!;
      edges[slot] = this.edges[from]!;
    }
    this.records = records;
    this.edges = edges;
    this.mask = mask;
  }
}

function hash(k0: number, k1: number, k2: number): number {
  let h = Math.imul(k0, 0x9e3779b1) ^ Math.imul(k1 ^ 0x7f4a7c15, 0x85ebca77) ^ Math.imul(k2 ^ 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
