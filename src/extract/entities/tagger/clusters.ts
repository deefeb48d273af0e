import { hashString } from './hash.js';
import { clusterKey } from './normalise.js';

/** Brown-cluster path prefix lengths used as features: coarse to fine classes. */
export const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;

/** Word → cluster path prefixes (as hashes), from `word\tpath` lines. */
export interface ClusterTable {
  /** Index of the word's entry, or -1. */
  find(word: string): number;
  /** Hash of the path prefix `k` (an index into CLUSTER_PREFIXES) of entry `index`. */
  prefix(index: number, k: number): number;
  readonly size: number;
  /** The clustered words, most frequent first. */
  readonly words: readonly string[];
}

export function parseClusters(text: string): ClusterTable {
  const index = new Map<string, number>();
  const lines = text.split('\n');
  const prefixes = new Int32Array(lines.length * CLUSTER_PREFIXES.length);
  const seen = new Map<string, number>();
  const words: string[] = [];
  let n = 0;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const path = line.slice(tab + 1);
    if (index.has(word)) continue;
    index.set(word, n);
    words.push(word);
    for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
      const p = path.slice(0, CLUSTER_PREFIXES[k]);
      let h = seen.get(p);
      if (h === undefined) {
        h = hashString(p, 0x51);
        seen.set(p, h);
      }
      prefixes[n * CLUSTER_PREFIXES.length + k] = h;
    }
    n++;
  }
  return {
    size: n,
    words,
    find(word: string): number {
      const key = clusterKey(word);
      let i = index.get(key);
      if (i !== undefined) return i;
      // All-caps headlines and sentence-initial words: fall back to the usual spellings.
      if (key.length > 1 && key !== key.toLowerCase()) {
        const title = key[0] + key.slice(1).toLowerCase();
        i = index.get(title) ?? index.get(key.toLowerCase());
        if (i !== undefined) return i;
      }
      return -1;
    },
    prefix(i: number, k: number): number {
      return prefixes[i * CLUSTER_PREFIXES.length + k]!;
    },
  };
}

export const EMPTY_CLUSTERS: ClusterTable = parseClusters('');
