import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createServerApp, type ServerOptions } from './app.js';

export interface StartOptions extends ServerOptions {
  readonly port: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on a socket; `port: 0` picks a free one (tests). */
export function startServer(options: StartOptions): Promise<RunningServer> {
  const app = createServerApp(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
