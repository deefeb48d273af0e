import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/index.js';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** In-memory streams for running the CLI in-process. */
export function captureIo(options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CapturedIo {
  let out = '';
  let err = '';
  const stream = (append: (s: string) => void) =>
    ({ write: (chunk: string | Uint8Array) => (append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true), isTTY: false, columns: 100 }) as unknown as NodeJS.WriteStream;
  return {
    stdout: stream((s) => (out += s)),
    stderr: stream((s) => (err += s)),
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as unknown as NodeJS.ReadStream,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
