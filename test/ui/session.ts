// The set-up both browser tests share: the fixtures ingested into a :memory:
// store, the real server on a free port, and one Chromium page watched for
// anything that goes wrong. Not a test file itself.
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { ingestPaths, openStore } from '../../src/app/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { FIXTURES, buildUi, launchChromium, requireChromium, watch, type PageTrouble } from './browser.js';

export interface UiSession {
  readonly store: Store;
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly trouble: PageTrouble;
  /** Documents the fixtures gave. */
  readonly documents: number;
  close(): Promise<void>;
}

export async function openUiSession(): Promise<UiSession> {
  requireChromium();
  await buildUi();
  const store = await openStore(':memory:');
  const summary = await ingestPaths(store, [FIXTURES]);
  assert.equal(summary.failed, 0, `fixtures failed to ingest: ${JSON.stringify(summary.failures)}`);
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return {
    store,
    server,
    browser,
    page,
    trouble: watch(page),
    documents: summary.documents,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}
