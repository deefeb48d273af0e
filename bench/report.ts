import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '..', 'BENCHMARKS.md');

/** Replaces (or appends) the section between `<!-- bench:NAME -->` markers in BENCHMARKS.md. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench:*`; numbers come from the commands named in each section.\n';
  const pattern = new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}`);
  writeFileSync(FILE, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const flags = process.execArgv.filter((a) => a.startsWith('--max-semi-space-size'));
  return `Node ${process.version}${flags.length > 0 ? ` (${flags.join(' ')}, as \`parley\` runs)` : ''}, ${cpu}, ${cpus().length} cores (one used)`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
