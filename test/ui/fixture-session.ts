// The set-up browser tests over their own fixture folder share: the folder
// ingested into a :memory: store, the real server on a free port, and one
// watched Chromium page. Fixture folders sit beside fixtures/, not inside it,
// because ingest reads folders recursively and a subfolder there would move
// the other UI tests' counts. Not a test file itself.
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { ingestPaths, openStore } from '../../src/app/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { buildUi, launchChromium, requireChromium, watch, type PageTrouble } from './browser.js';

export interface UiSession {
  readonly server: RunningServer;
  readonly page: Page;
  readonly trouble: PageTrouble;
  /** GET from the API as JSON; any status but 200 fails the test, naming the path. */
  get<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** `what` names the fixtures in a failure message ("quote fixtures"). */
export async function openFixtureSession(folder: string, what: string): Promise<UiSession> {
  requireChromium();
  await buildUi();
  const store: Store = await openStore(':memory:');
  const summary = await ingestPaths(store, [folder]);
  assert.equal(summary.failed, 0, `${what} failed to ingest: ${JSON.stringify(summary.failures)}`);
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return {
    server,
    page,
    trouble: watch(page),
    get: async <T>(path: string): Promise<T> => {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, `GET ${path} answered ${response.status}: ${await response.clone().text()}`);
      return (await response.json()) as T;
    },
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}
