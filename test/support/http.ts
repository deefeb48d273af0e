import type { Hono } from 'hono';

/** GET through the app in-process (no socket), answering status and parsed JSON body. */
export function jsonGet(app: () => Hono): (path: string) => Promise<{ status: number; body: any }> {
  return async (path) => {
    const res = await app().request(path);
    return { status: res.status, body: (await res.json()) as any };
  };
}
