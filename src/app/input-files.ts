import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** One thing to read: a file found on disk, or standard input. */
export type InputEntry =
  | { readonly type: 'file'; readonly path: string; readonly size: number }
  | { readonly type: 'stdin'; readonly path: '<stdin>' };

/** A path that could not be turned into inputs: missing, unreadable, a symlink loop. */
export interface InputProblem {
  readonly path: string;
  readonly code: string;
  readonly reason: string;
}

export interface InputListing {
  readonly entries: InputEntry[];
  readonly problems: InputProblem[];
  /** Files inside folders that were passed over, by extension (`.png` → 3). */
  readonly skipped: ReadonlyMap<string, number>;
}

export interface ListInputsOptions {
  /** Extensions (without dot) read when met inside a folder; files named explicitly are always read. */
  readonly extensions: readonly string[];
}

/**
 * Expands the user's paths into a flat list of files, before anything is read,
 * so progress can show a total. Folders recurse; symlinks are followed, but a
 * folder already entered (same device and inode) is not entered again, which
 * breaks symlink loops. Hidden files and folders are passed over.
 */
export async function listInputs(paths: readonly string[], options: ListInputsOptions): Promise<InputListing> {
  const entries: InputEntry[] = [];
  const problems: InputProblem[] = [];
  const skipped = new Map<string, number>();
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase()));
  const enteredDirs = new Set<string>();

  const walk = async (dir: string): Promise<void> => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      problems.push(problemFor(dir, error));
      return;
    }
    const children: string[] = [];
    for await (const dirent of handle) if (!dirent.name.startsWith('.')) children.push(dirent.name);
    children.sort();
    for (const name of children) await visit(join(dir, name), false);
  };

  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push(problemFor(path, error));
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (enteredDirs.has(key)) {
        problems.push({ path, code: 'symlink-loop', reason: `Skipped ${path}: it leads back to a folder already read (a symlink loop or a second link to the same folder).` });
        return;
      }
      enteredDirs.add(key);
      await walk(path);
      return;
    }
    if (!info.isFile()) {
      problems.push({ path, code: 'not-a-file', reason: `Skipped ${path}: not a regular file or folder.` });
      return;
    }
    const ext = extname(path).slice(1).toLowerCase();
    if (!explicit && ext !== '' && !wanted.has(ext)) {
      skipped.set(`.${ext}`, (skipped.get(`.${ext}`) ?? 0) + 1);
      return;
    }
    entries.push({ type: 'file', path, size: info.size });
  };

  for (const path of paths) {
    if (path === '-') entries.push({ type: 'stdin', path: '<stdin>' });
    else await visit(path, true);
  }
  return { entries, problems, skipped };
}

function problemFor(path: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { path, code: 'not-found', reason: `${path} does not exist (or vanished while reading).` };
  if (code === 'EACCES' || code === 'EPERM') return { path, code: 'permission-denied', reason: `${path} cannot be read: permission denied.` };
  if (code === 'ELOOP') return { path, code: 'symlink-loop', reason: `${path} is a symlink loop.` };
  return { path, code: 'unreadable', reason: `${path} cannot be read: ${(error as Error).message}` };
}
