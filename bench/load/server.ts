// `parley serve` as a child process on 127.0.0.1 and a free port; the URL is
// read from the line it prints once it listens.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { exited, spawnTracked, stop } from './processes.js';
import { PARLEY_BIN, NODE_FLAGS } from './paths.js';

export interface ServerChild {
  readonly url: string;
  readonly pid: number;
  /** The last lines the server wrote to stderr (errors it logged). */
  stderrTail(): string[];
  /** Peak resident memory so far, from /proc (Linux); null elsewhere. */
  peakRssMb(): number | null;
  /** CPU seconds (user + system) the server and its children so far, from /proc (Linux); null elsewhere. */
  cpuSeconds(): number | null;
  /** Whether it is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

const LISTENING = /serving (\d+) documents at (http:\/\/127\.0\.0\.1:\d+)\/?/;

export interface ServerOptions {
  readonly bin?: string;
  readonly args?: readonly string[];
  readonly startupMs?: number;
}

export async function startServer(db: string, { bin = PARLEY_BIN, args = [], startupMs = 120_000 }: ServerOptions = {}): Promise<ServerChild & { documents: number }> {
  const child = spawnTracked(process.execPath, [...NODE_FLAGS, bin, 'serve', '--db', db, ...args, '--port', '0', '--host', '127.0.0.1']);
  const tail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    tail.push(...text.split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  });
  const { url, documents } = await listening(child, tail, startupMs);
  const pid = child.pid as number;
  return {
    url,
    pid,
    documents,
    stderrTail: () => [...tail],
    peakRssMb: () => peakRss(pid),
    cpuSeconds: () => cpuSeconds(pid),
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => stop(child),
  };
}

function listening(child: ChildProcess, tail: string[], startupMs: number): Promise<{ url: string; documents: number }> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop(child);
      reject(new Error(`parley serve printed no URL within ${startupMs / 1000} s; stdout: ${JSON.stringify(out.slice(-500))}`));
    }, startupMs);
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const match = LISTENING.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ documents: Number(match[1]), url: match[2] as string });
      }
    });
    void exited(child).then((code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited (${code}) before listening:\n${tail.join('\n')}`));
    });
  });
}

const TICKS_PER_SECOND = 100;

/** utime + stime + cutime + cstime: the read workers are the server's children, so their time counts once they exit; live ones are added from their own stat. */
function cpuSeconds(pid: number): number | null {
  let own: number;
  try {
    own = ticks(pid);
  } catch {
    return null;
  }
  let children: string[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean);
  } catch {
    // Kernels without /proc/PID/task/TID/children: the live workers are not counted.
  }
  return (own + children.reduce((sum, child) => sum + safeTicks(Number(child)), 0)) / TICKS_PER_SECOND;
}

function ticks(pid: number, withReaped = true): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const at = (n: number) => Number(fields[n - 3] ?? 0);
  return at(14) + at(15) + (withReaped ? at(16) + at(17) : 0);
}

function safeTicks(pid: number): number {
  try {
    return ticks(pid);
  } catch {
    return 0;
  }
}

function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
