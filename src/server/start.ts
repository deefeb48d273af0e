import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../core/index.js';
import { hostName } from './access.js';
import { createServerApp, type ServerOptions } from './app.js';

export interface StartOptions extends Omit<ServerOptions, 'bound'> {
  readonly port: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  /**
   * Stops accepting, closes idle keep-alive connections at once and, after
   * `graceMs` (default 2000), every connection still open, so a client that
   * holds a socket cannot keep the server up. Resolves once all are closed.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/** Listens on a socket; `port: 0` picks a free one (tests). */
export function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  let port: number | undefined;
  const app = createServerApp({ ...options, bound: { host, port: () => port } });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      port = info.port;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : hostName(host);
      resolve({ url: `http://${shown}:${info.port}`, close: (closing) => closeServer(server as Server, closing?.graceMs ?? 2000) });
    });
    server.once('error', (error: NodeJS.ErrnoException) => reject(startupError(error, host, options.port)));
  });
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      // Closing a server that was already closed is not a failure of this close.
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') fail(error);
      else done();
    });
    server.closeIdleConnections();
  });
}

/** The listen failures a user can fix, as one line that says how; anything else keeps its own message. */
function startupError(error: NodeJS.ErrnoException, host: string, port: number): StartupError {
  const where = `port ${port} on ${host}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(`${where} is in use: stop the other server or pick another with --port.`, { cause: error });
    case 'EACCES':
      return new StartupError(`${where} needs privileges this user lacks: pick a port above 1023 with --port.`, { cause: error });
    case 'EADDRNOTAVAIL':
      return new StartupError(`${host} is not an address of this machine: bind 127.0.0.1, or one of its own addresses, with --host.`, { cause: error });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`--host '${host}' does not resolve to an address: give an IP address such as 127.0.0.1 or 0.0.0.0.`, { cause: error });
    default:
      return new StartupError(`Cannot listen on ${where}: ${error.message}`, { cause: error });
  }
}
