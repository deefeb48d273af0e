import { ingestPaths, openStore } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';
import { writeRelease } from './documents.js';
import { tempDir } from './temp.js';

/** A :memory: store holding a handful of this suite's own releases, for API and CLI tests. */
export async function fixtureStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const tmp = tempDir();
  writeRelease(tmp.dir, 'a.md', {
    title: 'Minister to visit Washington',
    date: '2024-04-08',
    url: 'https://example.govt.nz/release/washington',
    ministers: ['Rt Hon Winston Peters'],
    portfolios: ['Foreign Affairs'],
    body: 'Foreign Minister Winston Peters will travel to Washington for talks on the strategic partnership.\n\n"Our traditional partners matter," Mr Peters says.',
  });
  writeRelease(tmp.dir, 'b.md', {
    title: 'Trade mission to Jakarta',
    date: '2023-09-14',
    url: 'https://example.govt.nz/release/jakarta',
    ministers: ['Hon Todd McClay'],
    portfolios: ['Trade'],
    body: 'The Trade Minister leads a delegation to Jakarta to widen market access for exporters.',
  });
  writeRelease(tmp.dir, 'c.md', {
    title: 'Pacific resilience funding',
    date: '2024-01-20',
    url: 'https://example.govt.nz/release/pacific',
    ministers: ['Rt Hon Winston Peters'],
    portfolios: ['Foreign Affairs'],
    body: 'New funding supports climate resilience in the Pacific, with an independent foreign policy at its heart.',
  });
  const store = await openStore(':memory:');
  const summary = await ingestPaths(store, [tmp.dir]);
  if (summary.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  return {
    store,
    dir: tmp.dir,
    cleanup: async () => {
      await store.close();
      tmp.cleanup();
    },
  };
}
