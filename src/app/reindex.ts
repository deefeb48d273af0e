import type { Pipeline } from '../core/index.js';
import { linkEvents, linkPending, linkReuse } from '../link/index.js';
import type { DocumentRecord, Store } from '../store/index.js';
import { defaultPipeline } from './pipeline.js';

export interface ReindexSummary {
  readonly stale: number;
  readonly reindexed: number;
}

/** Re-staged documents per resolution step. */
const LINK_EVERY = 200;

/**
 * Re-runs the pipeline on stored documents whose recorded stage versions differ
 * from the current ones. The stored text is the input: stages never need the
 * original file. Every few hundred documents, entity resolution indexes the
 * new outputs and replays the user's corrections over them.
 */
export async function reindex(
  store: Store,
  options: { pipeline?: Pipeline; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReindexSummary> {
  const pipeline = options.pipeline ?? defaultPipeline();
  const current = pipeline.stages.map(({ name, version }) => ({ name, version }));
  const ids = await store.staleDocuments(current);
  let done = 0;
  let restaged: DocumentRecord[] = [];
  const link = async () => {
    await linkPending(store, { records: restaged });
    restaged = [];
  };
  for (const id of ids) {
    const stored = await store.getDocument(id);
    if (!stored) continue;
    // Run with no prior messages so only stage messages come back; the store keeps the reader's.
    const processed = pipeline.run({ ...stored.document, messages: [] });
    await store.putStages(id, processed.stages, processed.document.messages);
    restaged.push(processed);
    if (restaged.length >= LINK_EVERY) await link();
    done += 1;
    options.onProgress?.(done, ids.length);
  }
  // Also picks up anything a crashed run left queued.
  await link();
  await linkReuse(store);
  // Re-staged documents were queued for merging; entity ids may have moved too.
  await linkEvents(store);
  return { stale: ids.length, reindexed: done };
}
