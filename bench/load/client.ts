// The bench's own HTTP client: keep-alive sockets, a timeout on every request
// (so a stalled server cannot stall the bench), and latency measured from
// sending the request to reading the last byte of the body.
import { Agent, request } from 'node:http';
import type { Outcome } from './stats.js';

export interface Response {
  readonly outcome: Outcome;
  readonly ms: number;
  /** The body, when asked for with `{ body: true }`. */
  readonly body?: string;
}

export interface LoadClient {
  get(path: string, options?: { body?: boolean }): Promise<Response>;
  close(): void;
}

export function createClient(baseUrl: string, options: { sockets: number; timeoutMs: number }): LoadClient {
  const base = new URL(baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`The load bench only talks to 127.0.0.1 (got ${base.hostname}).`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.sockets });
  return {
    get: (path, { body = false } = {}) =>
      new Promise((resolve) => {
        const started = performance.now();
        let settled = false;
        const done = (outcome: Outcome, text?: string) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ outcome, ms: performance.now() - started, ...(text === undefined ? {} : { body: text }) });
        };
        const req = request({ agent, host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
          const chunks: Buffer[] = [];
          if (body) res.on('data', (chunk: Buffer) => chunks.push(chunk));
          else res.resume();
          res.on('end', () => done(res.statusCode ?? 0, body ? Buffer.concat(chunks).toString('utf8') : undefined));
          res.on('error', () => done('network'));
        });
        // Destroying the socket also frees the agent's slot for the next request.
        const timer = setTimeout(() => {
          done('timeout');
          req.destroy();
        }, options.timeoutMs);
        req.on('error', () => done('network'));
        req.end();
      }),
    close: () => agent.destroy(),
  };
}
