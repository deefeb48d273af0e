import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
/** The compiled CLI, as users run it. */
export const PARLEY_BIN = join(REPO, 'bin', 'parley.js');
/** The flags `parley` runs with (bin/parley.js's shebang, npm start). */
export const NODE_FLAGS: readonly string[] = Object.freeze(['--max-semi-space-size=32']);
/** Databases the bench builds, kept between runs (.gitignore has .bench/). */
export const CACHE_DIR = join(REPO, '.bench', 'load');
export const DEMO_CORPUS = join(REPO, 'demo', 'corpus');
