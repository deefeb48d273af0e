import type { ReuseDocument, ReusePairRecord, Store } from '../../store/index.js';
import type { ReuseOptions } from './options.js';
import { alignSeeds } from './passages.js';
import { reusePair } from './pair.js';
import type { Seed } from './types.js';

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
): Promise<ReusePairRecord[]> {
  const own = await store.documentFingerprints(doc.doc);
  if (own.length === 0) return [];
  const limit = options.maxDocumentFrequency + 1;
  const postings = await store.fingerprintPostings(
    own.map((f) => f.hash),
    limit,
  );
  const seeds = new Map<number, Seed[]>();
  for (const fingerprint of own) {
    const list = postings.get(fingerprint.hash)!;
    // The document's own posting counts towards the frequency: the limit is on documents holding the hash.
    if (list.length >= limit) continue;
    for (const posting of list) {
      if (posting.doc === doc.doc || skip.has(posting.doc)) continue;
      let forDoc = seeds.get(posting.doc);
      if (!forDoc) seeds.set(posting.doc, (forDoc = []));
      forDoc.push({ aStart: posting.start, aEnd: posting.end, bStart: fingerprint.start, bEnd: fingerprint.end });
    }
  }
  const candidates = [...seeds].filter(([, list]) => list.length >= options.minSeeds);
  if (candidates.length === 0) return [];
  const docs = new Map((await store.reuseDocuments([doc.doc, ...candidates.map(([other]) => other)])).map((d) => [d.doc, d]));
  const self = docs.get(doc.doc);
  if (!self) return [];
  const pairs: ReusePairRecord[] = [];
  for (const [other, list] of candidates) {
    const partner = docs.get(other);
    if (!partner) continue;
    const passages = alignSeeds(partner.text, self.text, list, options);
    if (passages.length > 0) pairs.push(reusePair(partner, self, passages));
  }
  return pairs;
}
