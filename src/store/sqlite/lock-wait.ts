/** Pause between attempts at a lock another process holds; each attempt also blocks up to the busy timeout. */
const RETRY_MS = 200;
/** How often a waiting write says so. */
const REPORT_EVERY_MS = 1000;

export interface LockWaitOptions {
  readonly lockWaitMs?: number;
  readonly onLockWait?: (waitedMs: number) => void;
}

/**
 * Runs `attempt` until it stops failing with SQLITE_BUSY. SQLite's own busy
 * handler blocks the thread, so long waits happen here instead, between
 * attempts, where the event loop (a progress line, a signal) keeps running.
 * A busy write transaction has rolled back whole, so retrying it is safe.
 */
export async function waitForLock<T>(attempt: () => Promise<T>, options: LockWaitOptions): Promise<T> {
  const limit = options.lockWaitMs ?? Number.POSITIVE_INFINITY;
  const started = performance.now();
  let reported = started;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const waited = performance.now() - started;
      if (!isBusy(error) || waited >= limit) throw error;
      if (performance.now() - reported >= REPORT_EVERY_MS) {
        reported = performance.now();
        options.onLockWait?.(waited);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_BUSY');
}
