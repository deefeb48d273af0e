// The bench drives the compiled CLI, so it compiles src/ first when dist/ is
// older than any source file.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths.js';

function newestMtime(dir: string, keep: (name: string) => boolean): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, keep));
    else if (entry.isFile() && keep(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function distIsStale(): boolean {
  let built: number;
  try {
    built = newestMtime(join(REPO, 'dist'), (name) => name.endsWith('.js'));
  } catch {
    return true;
  }
  return newestMtime(join(REPO, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')) > built;
}

/** Compiles src/ to dist/ (the server part of `npm run build`). Type errors are reported; tsc still emits. */
export function buildDist(log: (line: string) => void): void {
  log('dist/ is older than src/: compiling (tsc -p tsconfig.build.json)');
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) {
    log(`tsc reported errors (dist/ was emitted anyway; the run goes on):\n${(result.stdout + result.stderr).trim().split('\n').slice(0, 10).join('\n')}`);
  }
}
