import { basename, isAbsolute, normalize, relative, sep } from 'node:path';

/**
 * How the API shows the paths documents were ingested from. By default never
 * absolute: a path under `root` (the directory the server was started in,
 * or `--path-root`) is shown relative to it, any other path by its file name
 * alone, so the ingest machine's layout (home directories, user names) stays
 * private. `show: true` passes paths through (`--show-paths`).
 */
export interface PathView {
  /** A document's path as the API shows it. */
  path(path: string): string;
  /** Free text (a message's reason, an error) with the root and the given paths rewritten. */
  text(text: string, paths?: readonly string[]): string;
}

export function pathView(options: { root: string; show?: boolean }): PathView {
  if (options.show) return { path: (p) => p, text: (t) => t };
  const root = normalize(options.root).replace(/[\\/]+$/, '');
  const path = (p: string): string => {
    if (p === '' || p.startsWith('<')) return p; // <stdin>
    const shown = isAbsolute(p) ? relative(root, p) : normalize(p);
    if (shown === '') return '.';
    if (shown.startsWith('..') || isAbsolute(shown)) return basename(p);
    return shown.split(sep).join('/');
  };
  // The root as a whole path prefix only: '/srv/parley' must not eat into '/srv/parley-old'.
  const rootPattern = root.length > 1 ? new RegExp(`${escape(root)}(?:[\\\\/]|(?![\\w.-]))`, 'g') : null;
  const text = (t: string, paths: readonly string[] = []): string => {
    let out = t;
    for (const p of paths) if (p !== path(p) && p.length > 1) out = out.split(p).join(path(p));
    return rootPattern ? out.replace(rootPattern, (found) => (found.length > root.length ? '' : '.')) : out;
  };
  return { path, text };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
