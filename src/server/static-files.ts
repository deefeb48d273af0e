import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// Same depth from src/server (tsx) and dist/server (built): both reach the package root.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PUBLIC_DIR = join(ROOT, 'web', 'public');
const BUILD_DIR = join(ROOT, 'dist', 'web');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.json': 'application/json',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
}

/** Looks a UI file up in web/public, then in the compiled UI; never outside them. */
export async function readStaticFile(name: string): Promise<StaticFile | null> {
  const clean = normalize(name).replace(/^(\.\.(\/|\\|$))+/, '');
  if (clean.includes('..') || clean.startsWith('/')) return null;
  for (const dir of [PUBLIC_DIR, BUILD_DIR]) {
    try {
      const body = await readFile(join(dir, clean));
      return { body, type: TYPES[extname(clean)] ?? 'application/octet-stream' };
    } catch {
      // Try the next folder.
    }
  }
  return null;
}
