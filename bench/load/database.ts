// The database under load, built once with `parley ingest` and cached in
// .bench/load/, and the slice of the corpus that phase 2 writes back into it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { exited, spawnTracked, stop } from './processes.js';
import { NODE_FLAGS, PARLEY_BIN } from './paths.js';

/** The parts of `parley ingest --json` the report uses. */
export interface IngestSummary {
  readonly documents: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly seconds: number;
  readonly failures?: readonly { readonly path: string; readonly code: string; readonly reason: string }[];
}

export interface IngestRun {
  readonly summary: IngestSummary | null;
  readonly exitCode: number | string;
  readonly wallSeconds: number;
}

/** Runs `parley ingest <dir> --db <db> --json`; exit 1 only means some inputs failed. */
export async function runIngest(dir: string, db: string, { showProgress = false, timeoutMs = 30 * 60_000, bin = PARLEY_BIN } = {}): Promise<IngestRun> {
  const started = performance.now();
  const child = spawnTracked(process.execPath, [...NODE_FLAGS, bin, 'ingest', dir, '--db', db, '--json'], {
    stdio: ['ignore', 'pipe', showProgress ? 'inherit' : 'ignore'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (out += text));
  const timer = setTimeout(() => void stop(child), timeoutMs);
  const exitCode = await exited(child);
  clearTimeout(timer);
  let summary: IngestSummary | null = null;
  try {
    summary = JSON.parse(out) as IngestSummary;
  } catch {
    // Reported as a missing summary with the exit code.
  }
  return { summary, exitCode, wallSeconds: (performance.now() - started) / 1000 };
}

const usable = (run: IngestRun) => run.summary !== null && (run.exitCode === 0 || run.exitCode === 1);

/**
 * `db` if it was built before (its `.ingest.json` beside it says the ingest
 * finished), otherwise a fresh ingest of `corpus` into it.
 */
export async function ensureDatabase(corpus: string, db: string, log: (line: string) => void): Promise<{ db: string; built: IngestRun | null }> {
  const marker = `${db}.ingest.json`;
  if (existsSync(db) && existsSync(marker)) return { db, built: null };
  mkdirSync(join(db, '..'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '.ingest.json']) rmSync(`${db}${suffix}`, { force: true });
  log(`Building ${relative(process.cwd(), db)} from ${corpus} with parley ingest (about a minute for the full transcripts)…`);
  const run = await runIngest(corpus, db, { showProgress: true });
  if (!usable(run)) throw new Error(`parley ingest ${corpus} failed (exit ${run.exitCode}); see its output above.`);
  writeFileSync(marker, `${JSON.stringify(run.summary, null, 2)}\n`);
  return { db, built: run };
}

/**
 * A copy of `db` in a temporary folder, so phase 2's writes leave the cached
 * (or the user's) database as it was. The caller removes the folder.
 */
export function workingCopy(db: string): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-load-db-'));
  const copy = join(dir, basename(db));
  for (const suffix of ['', '-wal']) if (existsSync(`${db}${suffix}`)) copyFileSync(`${db}${suffix}`, `${copy}${suffix}`);
  return { dir, db: copy };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ['.xml', '.md', '.txt'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The same document with different text, so ingest replaces it rather than skipping it as unchanged. */
export function revise(text: string, path: string, revision: string): string {
  const line = `Load bench revision ${revision}: this paragraph makes the text differ from the stored one.`;
  if (extname(path) === '.xml' && text.includes('<![CDATA[')) {
    // An empty transcript stays empty: revising it would add a document the corpus does not have.
    return /<!\[CDATA\[\s*\]\]>/.test(text) ? text : text.replace('<![CDATA[', `<![CDATA[<p>${line}</p>\n`);
  }
  return `${text.trimEnd()}\n\n${line}\n`;
}

/**
 * Copies `count` files of `corpus`, spread evenly over it, into a temporary
 * folder with each text revised. The caller removes the folder.
 */
export function writeSlice(corpus: string, count: number, revision: string): { dir: string; files: number } {
  const all = files(corpus);
  const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
  const take = Math.min(count, all.length);
  for (let i = 0; i < take; i += 1) {
    const source = all[Math.floor((i * all.length) / take)] as string;
    const target = join(dir, relative(corpus, source));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, revise(readFileSync(source, 'utf8'), source, revision));
  }
  return { dir, files: take };
}
