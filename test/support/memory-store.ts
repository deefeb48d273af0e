import { after, before } from 'node:test';
import { openStore } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';
import { tempDir } from './temp.js';

/**
 * Registers hooks for the enclosing `describe`: a fresh in-memory store and a
 * temporary folder for input files, both gone after the last test.
 */
export function memoryStoreAndFolder(): { readonly dir: string; store(): Store } {
  const tmp = tempDir();
  let store: Store | undefined;
  before(async () => {
    store = await openStore(':memory:');
  });
  after(async () => {
    await store?.close();
    tmp.cleanup();
  });
  return {
    dir: tmp.dir,
    store: () => {
      if (!store) throw new Error('the store opens in before(): call store() inside a test');
      return store;
    },
  };
}
