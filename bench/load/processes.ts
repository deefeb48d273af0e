// Every child process the bench starts is tracked here and killed when the
// bench ends: normally, on an error, or on Ctrl-C. Only these pids, by id.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const children = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];
let installed = false;

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Spawns a tracked child; it is killed on exit if still running. */
export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  install();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Sync work to run at exit (removing temporary files). */
export function onExit(cleanup: () => void): void {
  install();
  cleanups.push(cleanup);
}

/** Resolves with the exit code (or signal) once `child` ends. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals> {
  if (!alive(child)) return Promise.resolve(child.exitCode ?? child.signalCode ?? 0);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 0)));
}

/** SIGTERM, then SIGKILL if it has not gone after `graceMs` (a server stuck in a synchronous query ignores SIGTERM). */
export async function stop(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (!alive(child)) return;
  const gone = exited(child);
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  if ((await Promise.race([gone, late])) === 'late') {
    child.kill('SIGKILL');
    await gone;
  }
  clearTimeout(timer);
}

function killAllNow(): void {
  for (const child of children) if (alive(child)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is exiting.
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nload bench: ${signal}, stopping child processes\n`);
      killAllNow();
      process.exit(130);
    });
  }
}
