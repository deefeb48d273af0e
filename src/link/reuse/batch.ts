import type { FingerprintChunk, ReuseDocument, ReusePairRecord, Store } from '../../store/index.js';
import type { ReuseOptions } from './options.js';
import { isCandidate } from './candidates.js';
import { DenseCache } from './dense-cache.js';
import { alignDense } from './passages.js';
import { reusePair } from './pair.js';

/** Document keys below 2^26 pack two to a double exactly (2^52 < 2^53). */
const KEY_SHIFT = 67_108_864;

/** The fingerprint index flattened: each entry's document, in hash order. */
interface FlatIndex {
  readonly size: number;
  readonly doc: Int32Array;
  /** Entries of group `g` are `groupStart[g] .. groupStart[g + 1]`. */
  readonly groupStart: Int32Array;
}

/**
 * Pairs of many queued documents at once, from one pass over the index in
 * hash order instead of a lookup per fingerprint: documents that share
 * `minSeeds` hash groups (each of at most `maxDocumentFrequency` postings)
 * are candidates, and each candidate pair is aligned.
 * Costs a scan of the index, so the linker uses it when much is queued.
 */
export async function pairsOfBatch(
  store: Store,
  pending: readonly ReuseDocument[],
  options: ReuseOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<ReusePairRecord[]> {
  const index = flatten(await store.allFingerprints());
  let maxDoc = 0;
  for (let i = 0; i < index.size; i++) if (index.doc[i]! > maxDoc) maxDoc = index.doc[i]!;
  for (const d of pending) if (d.doc > maxDoc) maxDoc = d.doc;
  const queued = new Uint8Array(maxDoc + 1);
  for (const d of pending) queued[d.doc] = 1;

  const seeded = candidatePairs(index, queued, options);
  const involved = (keys: readonly number[]) => [...new Set(keys.flatMap((key) => [Math.floor(key / KEY_SHIFT), key % KEY_SHIFT]))];
  const lengths = new Map((await store.reuseDocumentInfo(involved(seeded.keys))).map((d) => [d.doc, d.textLength]));
  const candidates = seeded.keys.filter((key, i) =>
    isCandidate(seeded.shared[i]!, lengths.get(Math.floor(key / KEY_SHIFT)) ?? 0, lengths.get(key % KEY_SHIFT) ?? 0, options),
  );
  const docs = new Map((await store.reuseDocuments(involved(candidates))).map((d) => [d.doc, d]));
  const pairs: ReusePairRecord[] = [];
  const dense = new DenseCache();
  let done = 0;
  for (const key of candidates) {
    const a = docs.get(Math.floor(key / KEY_SHIFT));
    const b = docs.get(key % KEY_SHIFT);
    if (a && b) {
      const passages = alignDense(dense.get(a.doc, a.text), dense.get(b.doc, b.text), options);
      if (passages.length > 0) pairs.push(reusePair(a, b, passages));
    }
    if (++done % 1000 === 0) onProgress?.(done, candidates.length);
  }
  onProgress?.(candidates.length, candidates.length);
  return pairs;
}

function flatten(chunks: readonly FingerprintChunk[]): FlatIndex {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const doc = new Int32Array(size);
  const starts: number[] = [];
  let at = 0;
  let previous: bigint | null = null;
  for (const chunk of chunks) {
    doc.set(chunk.docs.subarray(0, chunk.length), at);
    for (let i = 0; i < chunk.length; i++, at++) {
      const hash = chunk.hashes[i]!;
      if (hash !== previous) {
        starts.push(at);
        previous = hash;
      }
    }
  }
  starts.push(size);
  return { size, doc, groupStart: Int32Array.from(starts) };
}

/** Packed `a * 2^26 + b` keys (a < b) of pairs sharing at least `minSeeds` usable fingerprints, one of them queued, with how many. */
function candidatePairs(index: FlatIndex, queued: Uint8Array, options: ReuseOptions): { keys: number[]; shared: number[] } {
  let keys = new Float64Array(1 << 16);
  let count = 0;
  const members: number[] = [];
  const groups = index.groupStart.length - 1;
  for (let g = 0; g < groups; g++) {
    const from = index.groupStart[g]!;
    const to = index.groupStart[g + 1]!;
    if (to - from < 2 || to - from > options.maxDocumentFrequency) continue;
    members.length = 0;
    let anyQueued = false;
    for (let i = from; i < to; i++) {
      const d = index.doc[i]!;
      if (members[members.length - 1] !== d) members.push(d); // entries of a group are in document order
      if (queued[d]) anyQueued = true;
    }
    if (!anyQueued) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        if (!queued[a] && !queued[b]) continue;
        if (count === keys.length) {
          const bigger = new Float64Array(keys.length * 2);
          bigger.set(keys);
          keys = bigger;
        }
        keys[count++] = a * KEY_SHIFT + b;
      }
    }
  }
  const sorted = keys.subarray(0, count).sort();
  const out = { keys: [] as number[], shared: [] as number[] };
  for (let i = 0; i < count; ) {
    let j = i;
    while (j < count && sorted[j] === sorted[i]) j++;
    if (j - i >= options.minSeeds) {
      out.keys.push(sorted[i]!);
      out.shared.push(j - i);
    }
    i = j;
  }
  return out;
}
