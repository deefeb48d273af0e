/**
 * A read worker: a child process with its own read-only connection, serving
 * one request at a time. It exists so that a query can be cancelled: SQLite
 * runs a statement to completion inside one native call, which neither a
 * timer on the event loop nor `Worker.terminate()` can interrupt, but the
 * operating system can always end a process.
 */
import { openSqliteStore } from '../sqlite/open.js';
import type { Store } from '../store.js';
import { POOLED_READS, serializeError, type ReadRequest, type WorkerMessage } from './protocol.js';

const send = (message: WorkerMessage) => process.send?.(message);

async function main(): Promise<void> {
  const path = process.argv[2];
  let store: Store;
  try {
    if (!path) throw new Error('no database path was given to the read worker');
    store = await openSqliteStore(path, { readOnly: true });
  } catch (error) {
    send({ type: 'failed', error: serializeError(error) });
    process.exit(1);
  }
  const allowed = new Set<string>(POOLED_READS);
  // Test seam: a search (or a quote listing's `contains`) for exactly this text spins like a runaway native statement, so tests can show a kill.
  const stall = process.env.PARLEY_TEST_STALL_QUERY;
  process.on('message', (request: ReadRequest) => {
    void (async () => {
      try {
        if (!allowed.has(request.method)) throw new Error(`'${request.method}' is not a pooled read`);
        const asked = request.args[0] as { q?: unknown; contains?: unknown } | undefined;
        if (stall && (asked?.q === stall || asked?.contains === stall)) for (;;);
        const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
        const value = await method(...request.args);
        send({ type: 'result', id: request.id, value });
      } catch (error) {
        send({ type: 'error', id: request.id, error: serializeError(error) });
      }
    })();
  });
  // The pool going away (a crash, a kill -9 of the server) must not leave readers behind.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready' });
}

void main();
