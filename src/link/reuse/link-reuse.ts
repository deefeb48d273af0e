import type { ReusePairRecord, Store } from '../../store/index.js';
import { pairsOfBatch } from './batch.js';
import { DenseCache } from './dense-cache.js';
import { pairsOfDocument } from './incremental.js';
import { reuseOptions, type ReuseOptions } from './options.js';

export interface LinkReuseOptions extends Partial<ReuseOptions> {
  /** Reports documents (lookups) or candidate pairs (scan) done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Force a strategy (tests, benchmarks); by default the cheaper one for the queue's size. */
  readonly strategy?: 'lookup' | 'scan';
}

export interface ReuseLinkSummary {
  readonly strategy: 'lookup' | 'scan' | 'none';
  readonly documents: number;
  readonly pairs: number;
}

/**
 * Below this many queued documents, or this share of the store, a lookup per
 * document beats a scan of the index. Measured on the AU PM transcripts: a
 * lookup costs about 4 ms per queued document (1,990 queued into 1,990: 8.6 s),
 * a scan about 0.45 ms per stored one (7,522: 3.4 s), so a scan wins from
 * about a tenth of the store queued.
 */
const SCAN_MIN_QUEUED = 200;
const SCAN_MIN_SHARE = 0.1;
/** Every queued document, as a row limit. */
const ALL = 1_000_000_000;
/** Pairs per write transaction. */
const WRITE_EVERY = 2000;
/** Documents per write transaction on the lookup path. */
const LOOKUPS_PER_WRITE = 100;

/**
 * Works off the reuse queue: every queued document is compared with the
 * whole index, and its related pairs are stored. A few new documents cost a
 * lookup each (their fingerprints' postings); a large queue, as after a bulk
 * ingest, is cheaper as one pass over the index in hash order. Both
 * strategies give the same pairs. Pairs are written before documents leave
 * the queue, so a crash redoes work rather than losing it.
 */
export async function linkReuse(store: Store, options: LinkReuseOptions = {}): Promise<ReuseLinkSummary> {
  const { onProgress, strategy: forced, ...tuning } = options;
  const settings = reuseOptions(tuning);
  const pending = await store.reusePending(ALL);
  if (pending.length === 0) return { strategy: 'none', documents: 0, pairs: 0 };
  // Counting the store costs a scan of its own: only worth it when a scan might win.
  const strategy =
    forced ?? (pending.length >= SCAN_MIN_QUEUED && pending.length >= (await store.reuseCounts()).documents * SCAN_MIN_SHARE ? 'scan' : 'lookup');
  let stored = 0;
  if (strategy === 'scan') {
    const pairs = await pairsOfBatch(store, pending, settings, onProgress);
    for (let i = 0; i < pairs.length; i += WRITE_EVERY) await store.putReuse({ done: [], pairs: pairs.slice(i, i + WRITE_EVERY) });
    await store.putReuse({ done: pending.map((d) => d.doc), pairs: [] });
    stored = pairs.length;
  } else {
    // Queued documents not yet processed find the current one themselves when their turn comes.
    const later = new Set(pending.map((d) => d.doc));
    const dense = new DenseCache(20_000_000);
    let pairs: ReusePairRecord[] = [];
    let done: number[] = [];
    for (const [i, doc] of pending.entries()) {
      later.delete(doc.doc);
      pairs.push(...(await pairsOfDocument(store, doc, later, settings, dense)));
      done.push(doc.doc);
      if (done.length >= LOOKUPS_PER_WRITE || i === pending.length - 1) {
        await store.putReuse({ done, pairs });
        stored += pairs.length;
        pairs = [];
        done = [];
      }
      onProgress?.(i + 1, pending.length);
    }
  }
  return { strategy, documents: pending.length, pairs: stored };
}
