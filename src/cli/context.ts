import { readFileSync } from 'node:fs';
import { openStore, DEFAULT_DB } from '../app/index.js';
import type { Store } from '../store/index.js';

/** The streams and environment a command runs with; tests pass their own. */
export interface CliIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly env: NodeJS.ProcessEnv;
}

export function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

export function dbSpec(option: string | undefined, io: CliIo): string {
  return option ?? io.env.PARLEY_DB ?? DEFAULT_DB;
}

/**
 * Opens the store, runs `work`, and always closes it. A write that waits for
 * another process's lock (a second ingest) says so on stderr instead of failing.
 */
export async function withStore<T>(spec: string, work: (store: Store) => Promise<T>, io: CliIo = defaultIo()): Promise<T> {
  const store = await openStore(spec, { onLockWait: lockWaitReporter(io) });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function readStdin(stream: NodeJS.ReadStream): () => Promise<Uint8Array> {
  return async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks);
  };
}

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** One line, rewritten in place on a terminal, while a write waits for another process's lock. */
export function lockWaitReporter(io: CliIo): (waitedMs: number) => void {
  return (waitedMs) => {
    const line = `parley: waiting for another process that is writing to the database (${Math.round(waitedMs / 1000)} s)…`;
    io.stderr.write(io.stderr.isTTY ? `\r${line}` : `${line}\n`);
  };
}
