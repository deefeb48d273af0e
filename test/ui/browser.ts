// What the browser tests share: Chromium (Debian's, through playwright-core),
// a fresh build of web/, polling, and a record of everything that went wrong
// on the page. Not a test file itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = process.env.PARLEY_UI_SCREENSHOTS ?? '/tmp';

/** Locally a missing browser skips with a reason; under CI it must fail. */
export const skip =
  !existsSync(CHROMIUM) && !process.env.CI ? `no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH` : false;

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) assert.fail(`CI needs Chromium at ${CHROMIUM} (set CHROMIUM_PATH); .ci/run installs Debian's chromium.`);
}

/**
 * Compiles web/ when its output is missing or older than a source, so a test
 * never runs stale JS. The browser test files run in parallel processes, so a
 * lock directory keeps two compilers from writing dist/web/ at once (and a
 * server from serving a half-written module).
 */
export async function buildUi(): Promise<void> {
  const lock = join(ROOT, 'dist/.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than a build could take was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) assert.fail(`Timed out waiting for ${lock}; remove it if no test is running.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    const out = join(ROOT, 'dist/web/main.js');
    const sources = join(ROOT, 'web/src');
    const built = existsSync(out) ? statSync(out).mtimeMs : 0;
    const newest = Math.max(...readdirSync(sources).map((name) => statSync(join(sources, name)).mtimeMs));
    if (built >= newest) return;
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, `building the UI failed:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Everything a page does wrong, collected for a final check. */
export interface PageTrouble {
  readonly consoleErrors: ConsoleMessage[];
  /** Page errors, failed requests, unexpected dialogs. */
  readonly problems: string[];
  /** Responses with status ≥ 400, as `status url` (decoded). */
  readonly badResponses: string[];
}

export function watch(page: Page): PageTrouble {
  const trouble: PageTrouble = { consoleErrors: [], problems: [], badResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message);
  });
  page.on('pageerror', (error) => trouble.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => trouble.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('dialog', (dialog) => {
    trouble.problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('response', (response) => {
    if (response.status() >= 400) trouble.badResponses.push(`${response.status()} ${decodeURIComponent(response.url())}`);
  });
  return trouble;
}

/** Polls until `ok` holds; the failure names what was awaited and the last value seen. */
export async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await probe();
  }
  return last;
}
