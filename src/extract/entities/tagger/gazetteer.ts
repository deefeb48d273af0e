import { fmix } from './hash.js';

// Entity-name lists by type (from WikiANN's silver annotations), matched
// greedily longest-first over lower-cased words. The tagger sees where a word
// sits inside a match (B/I/L/U per type) and learns how far to trust it.
// Words are numbered once (a word's id is cached with its other attributes),
// and the trie is walked on integer ids: no strings are built per token.

export const GAZ_TYPES = 3; // PER, ORG, LOC
/** The types of the training-set name list (`names.br`). */
export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const MAX_WORDS = 8;

export interface Gazetteer {
  /** Id of a lower-cased word in the lists, or 0. */
  wordId(folded: string): number;
  /** Writes into out[i] the match code of word i: for each type t, 3 bits at 3t (0 none, 1 B, 2 I, 3 L, 4 U). */
  match(ids: Int32Array, n: number, out: Uint16Array): void;
  /** The parts a word (by id) plays in the names of each type: 4 bits at 4t (1 first, 2 inside, 4 last, 8 whole name). */
  roles(id: number): number;
  readonly size: number;
}

/** Lines of `TYPE\tword word …` with TYPE one of `types` (at most 5: 3 bits each in a Uint16). */
export function parseGazetteer(text: string, typeNames: readonly string[] = ['PER', 'ORG', 'LOC']): Gazetteer {
  const ntypes = typeNames.length;
  const lines = text.split('\n');
  let words = lines.length;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) words++;
  // Open addressing over (node, word) → child, sized for every word being an edge
  // (at most two thirds full: the bit filter below spares most probes for absent edges).
  // Each slot is (node, word, child, unused) side by side: a probe reads one cache line.
  let cap = 16;
  while (cap < words * 1.5) cap <<= 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap * 4);
  for (let i = 0; i < cap; i++) slots[i * 4] = -1;
  const vocab = new Map<string, number>();
  const types: number[] = [0]; // per node: bit t = a name of type t ends here
  const roles: number[] = [0]; // per word id
  const firstWords: number[] = [0]; // per word id: the root's child by it, or -1
  // One bit per low 20 bits of an edge's hash (128 kB, stays in cache): most
  // lookups ask for an edge that does not exist, and this answers them without
  // touching the table.
  const edgeBits = new Int32Array(1 << 15);
  /** The child of `node` by `word`, created when `create` (else -1 when absent). */
  const edge = (node: number, word: number, create: boolean): number => {
    const h = fmix(Math.imul(node, 0x9e3779b1) ^ word);
    const bit = 1 << (h & 31);
    const at = (h >>> 5) & 0x7fff;
    if ((edgeBits[at]! & bit) === 0) {
      if (!create) return -1;
      edgeBits[at] = edgeBits[at]! | bit;
    }
    let i = h & mask;
    for (;;) {
      const s = i * 4;
      const n = slots[s]!;
      if (n === node && slots[s + 1] === word) return slots[s + 2]!;
      if (n === -1) {
        if (!create) return -1;
        slots[s] = node;
        slots[s + 1] = word;
        slots[s + 2] = types.length;
        types.push(0);
        return slots[s + 2]!;
      }
      i = (i + 1) & mask;
    }
  };
  let size = 0;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const t = typeNames.indexOf(line.slice(0, tab));
    const names = line.slice(tab + 1).toLowerCase().split(' ');
    if (t < 0 || names.length > MAX_WORDS) continue;
    let node = 0;
    for (let k = 0; k < names.length; k++) {
      const w = names[k]!;
      let id = vocab.get(w);
      if (id === undefined) {
        id = vocab.size + 1;
        vocab.set(w, id);
        roles.push(0);
        firstWords.push(-1);
      }
      node = edge(node, id, true);
      if (k === 0) firstWords[id] = node;
      const part = names.length === 1 ? 8 : k === 0 ? 1 : k === names.length - 1 ? 4 : 2;
      roles[id] = roles[id]! | (part << (4 * t));
    }
    types[node] = types[node]! | (1 << t);
    size++;
  }
  const nodeTypes = Uint8Array.from(types);
  const wordRoles = Int32Array.from(roles);
  const rootChild = Int32Array.from(firstWords); // the first step of every walk, without probing
  let startsName = 0; // role bits "first word" and "whole name" of every type
  let continuesName = 0; // role bits "inside" and "last word" of every type
  for (let t = 0; t < ntypes; t++) {
    startsName |= 9 << (4 * t);
    continuesName |= 6 << (4 * t);
  }
  // Scratch for match(), reused: match is not re-entrant, and runs to completion.
  const ends = new Int32Array(ntypes);
  const covered = new Int32Array(ntypes); // first word not yet inside a match, per type
  return {
    size,
    wordId: (folded) => vocab.get(folded) ?? 0,
    roles: (id) => wordRoles[id] ?? 0,
    match(ids, n, out) {
      out.fill(0, 0, n);
      if (size === 0) return;
      for (let t = 0; t < ntypes; t++) covered[t] = 0;
      for (let i = 0; i < n; i++) {
        if ((wordRoles[ids[i]!]! & startsName) === 0) continue; // no name starts with this word (nor with an unknown one)
        let found = 0; // bit t: ends[t] holds the end of the longest name of type t from i
        let node = 0;
        for (let j = i; j < n && j - i < MAX_WORDS; j++) {
          const w = ids[j]!;
          if (w === 0 || (j > i && (wordRoles[w]! & continuesName) === 0)) break; // no name goes on with this word: no edge to probe for
          node = j === i ? rootChild[w]! : edge(node, w, false);
          if (node < 0) break;
          const ty = nodeTypes[node]!;
          if (ty) {
            found |= ty;
            for (let t = 0; t < ntypes; t++) if (ty & (1 << t)) ends[t] = j + 1;
          }
        }
        if (found === 0) continue;
        for (let t = 0; t < ntypes; t++) {
          if ((found & (1 << t)) === 0) continue;
          const end = ends[t]!;
          if (i < covered[t]!) continue;
          covered[t] = end;
          const shift = 3 * t;
          if (end - i === 1) out[i] = out[i]! | (4 << shift);
          else {
            out[i] = out[i]! | (1 << shift);
            for (let k = i + 1; k < end - 1; k++) out[k] = out[k]! | (2 << shift);
            out[end - 1] = out[end - 1]! | (3 << shift);
          }
        }
      }
    },
  };
}

export const EMPTY_GAZETTEER: Gazetteer = parseGazetteer('');
