import type { ReuseDocument, ReusePairRecord, Store } from '../../store/index.js';
import type { ReuseOptions } from './options.js';
import { isCandidate } from './candidates.js';
import { DenseCache } from './dense-cache.js';
import { alignDense } from './passages.js';
import { reusePair } from './pair.js';

/**
 * Pairs of one queued document, found through the index: its fingerprints'
 * postings (a lookup per distinct hash), grouped by the other document.
 * `skip` holds documents that will look this one up themselves later.
 */
export async function pairsOfDocument(
  store: Store,
  doc: ReuseDocument,
  skip: ReadonlySet<number>,
  options: ReuseOptions,
  dense: DenseCache,
): Promise<ReusePairRecord[]> {
  const fingerprints = await store.documentFingerprints(doc.doc);
  if (fingerprints.length === 0) return [];
  const limit = options.maxDocumentFrequency + 1;
  const postings = await store.fingerprintPostings(
    fingerprints.map((f) => f.hash),
    limit,
  );
  // Shared fingerprints per other document: enough of them makes it a candidate.
  const shared = new Map<number, number>();
  for (const fingerprint of fingerprints) {
    const list = postings.get(fingerprint.hash)!;
    // The document's own posting counts towards the frequency: the limit is on documents holding the hash.
    if (list.length >= limit) continue;
    for (const posting of list) {
      if (posting.doc === doc.doc || skip.has(posting.doc)) continue;
      shared.set(posting.doc, (shared.get(posting.doc) ?? 0) + 1);
    }
  }
  const seeded = [...shared].filter(([, count]) => count >= options.minSeeds);
  if (seeded.length === 0) return [];
  const lengths = new Map((await store.reuseDocumentInfo(seeded.map(([other]) => other))).map((d) => [d.doc, d.textLength]));
  const candidates = seeded.filter(([other, count]) => isCandidate(count, doc.textLength, lengths.get(other) ?? 0, options));
  if (candidates.length === 0) return [];
  const docs = new Map((await store.reuseDocuments([doc.doc, ...candidates.map(([other]) => other)])).map((d) => [d.doc, d]));
  const self = docs.get(doc.doc);
  if (!self) return [];
  const pairs: ReusePairRecord[] = [];
  const own = dense.get(self.doc, self.text);
  for (const [other] of candidates) {
    const partner = docs.get(other);
    if (!partner) continue;
    const passages = alignDense(dense.get(partner.doc, partner.text), own, options);
    if (passages.length > 0) pairs.push(reusePair(partner, self, passages));
  }
  return pairs;
}
