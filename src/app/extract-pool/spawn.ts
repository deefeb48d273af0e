import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * `.ts` under tsx (tests, benches), `.js` from dist/ (bin/parley.js): sibling
 * modules are named with this module's own extension, so one line finds the
 * worker entry, and the stage registry, in either tree.
 */
export const MODULE_EXTENSION = extname(fileURLToPath(import.meta.url));

/** A module beside this one (or under it, `../..`), named with the running tree's extension. */
export function moduleUrl(relative: string): URL {
  return new URL(`${relative}${MODULE_EXTENSION}`, import.meta.url);
}

/**
 * Starts a worker on `entry`. Compiled JavaScript starts directly. TypeScript
 * needs tsx inside the worker too, and Node 20 neither carries the main
 * thread's loader hooks into workers nor lets tsx's `--import` register off
 * the main thread, so a two-line bootstrap registers tsx's ESM hooks first,
 * then imports the entry.
 */
export function startWorker(entry: URL, options: WorkerOptions): Worker {
  if (MODULE_EXTENSION !== '.ts') return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
