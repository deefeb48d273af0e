import { createHash, timingSafeEqual } from 'node:crypto';
import { ParleyError, UsageError } from '../core/index.js';

/** A request the server will not serve to this caller: a foreign Host or Origin, or a write with no token configured. */
export class ForbiddenError extends ParleyError {
  override readonly exitCode = 2;
  override readonly httpStatus = 403;
}

/** A write without the right `Authorization: Bearer <token>`. */
export class UnauthorizedError extends ParleyError {
  override readonly exitCode = 2;
  override readonly httpStatus = 401;
}

/** Who may talk to the server, and who may change things. */
export interface AccessOptions {
  /**
   * Extra names the `Host` header may carry (`parley.example.org`, or
   * `name:port` to pin a port), beside the loopback names and the bound host.
   */
  readonly allowedHosts?: readonly string[];
  /** Writes need `Authorization: Bearer <token>`; without a token the API is read-only. */
  readonly token?: string | undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/** `Host` value → lower-case name (IPv6 in brackets) and port ('' when absent). */
export function splitHost(value: string): { name: string; port: string } | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (!match) return null;
  return { name: (match[1] as string).toLowerCase().replace(/\.$/, ''), port: match[2] ?? '' };
}

/** The address a server binds, as a Host header would name it (IPv6 in brackets). */
export function hostName(bound: string): string {
  const name = bound.toLowerCase();
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/**
 * Decides whether a `Host` (or an `Origin`'s host) names this server. A
 * DNS-rebinding page reaches the socket under its own name, so the name is
 * what gives it away: only loopback names, the bound host and the names the
 * user allowed pass. Loopback and the bound host must also carry the bound
 * port once it is known; an allowed name without a port matches any port
 * (a reverse proxy on 443 forwards `Host: parley.example.org`).
 */
export class HostPolicy {
  private readonly allowed: ReadonlyArray<{ name: string; port: string }>;

  constructor(
    private readonly bound: { host: string; port: () => number | undefined },
    allowedHosts: readonly string[] = [],
  ) {
    this.allowed = allowedHosts.map((entry) => {
      const parsed = splitHost(entry);
      if (!parsed) throw new UsageError(`--allowed-host '${entry}' is not a host name: give a name such as parley.example.org, or name:port.`);
      return parsed;
    });
  }

  allows(value: string | undefined): boolean {
    const host = value === undefined ? null : splitHost(value);
    if (!host) return false;
    if (this.allowed.some((a) => a.name === host.name && (a.port === '' || a.port === host.port))) return true;
    const own = hostName(this.bound.host);
    const ours = LOOPBACK.has(host.name) || (!WILDCARD.has(own) && host.name === own);
    if (!ours) return false;
    const port = this.bound.port();
    // In-process (app.request) there is no socket, so no port to hold the header to.
    return port === undefined || host.port === String(port) || (host.port === '' && port === 80);
  }
}

export function refusedHost(value: string | undefined): ForbiddenError {
  const shown = value === undefined || value === '' ? '(none)' : `'${value.slice(0, 200)}'`;
  return new ForbiddenError(
    `Host ${shown} is not this server's: Parley answers only to its own address (a DNS-rebinding guard). ` +
      'To reach it under that name, start it with --allowed-host <name> (or PARLEY_ALLOWED_HOSTS).',
  );
}

/**
 * A browser names the page that sent a write in `Origin`; a script usually
 * sends none. A present Origin must be this very host (scheme aside: a TLS
 * proxy in front changes it), so another site cannot post through a
 * visitor's browser.
 */
export function checkOrigin(origin: string | undefined, requestHost: string): void {
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    const url = new URL(origin);
    if (url.protocol === 'http:' || url.protocol === 'https:') host = url.host;
  } catch {
    host = null;
  }
  if (host === null || !sameHostPort(host, requestHost)) {
    throw new ForbiddenError(
      `Origin '${origin.slice(0, 200)}' may not write here: writes are accepted from this server's own pages or from scripts that send no Origin.`,
    );
  }
}

function sameHostPort(a: string, b: string): boolean {
  const [x, y] = [splitHost(a), splitHost(b)];
  return x !== null && y !== null && x.name === y.name && x.port === y.port;
}

/** Compares digests, so neither the token's length nor its prefix leaks through timing. */
export function checkToken(header: string | undefined, token: string | undefined): void {
  if (token === undefined) {
    throw new ForbiddenError('This server is read-only: start it with --token <secret> (or PARLEY_TOKEN) to accept corrections through the API.');
  }
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (given === undefined || !timingSafeEqual(digest(given), digest(token))) {
    throw new UnauthorizedError('Writes need the server token: send Authorization: Bearer <token> (the --token or PARLEY_TOKEN the server was started with).');
  }
}
