import type { Command } from 'commander';
import { ingestPaths, type IngestSummary } from '../../app/index.js';
import { formatMessage } from '../../core/index.js';
import { dbSpec, readStdin, withStore, type CliIo } from '../context.js';
import { ProgressBar } from '../progress-bar.js';
import { parsePositiveInt } from '../options.js';

interface IngestFlags {
  db?: string;
  maxBytes?: number;
  batchSize?: number;
  workers?: number;
  documentTimeout?: number;
  published?: string;
  json?: boolean;
  verbose?: boolean;
}

export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('Read files, folders (recursively) or - (stdin) into the store; the same document twice is stored once')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--max-bytes <n>', 'refuse single files larger than this many bytes', parsePositiveInt('--max-bytes'))
    .option('--batch-size <n>', 'documents per transaction', parsePositiveInt('--batch-size'))
    .option('--workers <n>', 'extraction threads (default: one per core); the result is the same for any number', parsePositiveInt('--workers'))
    .option(
      '--document-timeout <ms>',
      'time one document may take to read and extract before it is stopped and read again as plain text (default 30000)',
      parsePositiveInt('--document-timeout'),
    )
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that state none of their own; relative dates ("Friday") resolve against it')
    .option('--json', 'print the summary as JSON on stdout')
    .option('-v, --verbose', 'print every message, not only failures')
    .action(async (paths: string[], opts: IngestFlags) => {
      const bar = new ProgressBar(io.stderr, 'ingest');
      const reuseBar = new ProgressBar(io.stderr, 'reuse ');
      const summary = await withStore(dbSpec(opts.db, io), (store) =>
        ingestPaths(store, paths, {
          maxBytes: opts.maxBytes,
          batchSize: opts.batchSize,
          workers: opts.workers,
          documentBudgetMs: opts.documentTimeout,
          ...(opts.published === undefined ? {} : { published: opts.published }),
          readStdin: readStdin(io.stdin),
          reuse: { onProgress: (done, total) => (bar.clear(), reuseBar.update(done, total, 'compared')) },
          onProgress: (p) => bar.update(p.done, p.total, `${(p.bytesDone / 1024 / 1024).toFixed(1)} MB${p.unchanged > 0 ? `, ${p.unchanged} unchanged` : ''}`),
          onDocument: (doc) => {
            const shown = doc.messages.filter((m) => opts.verbose || m.severity === 'error');
            if (shown.length === 0) return;
            bar.clear();
            for (const m of shown) io.stderr.write(`${formatMessage(doc.path, m)}\n`);
          },
        }),
      );
      bar.clear();
      reuseBar.clear();
      if (opts.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else io.stderr.write(`${describeSummary(summary)}\n`);
      setExit(summary.failed > 0 ? 1 : 0);
    });
}

export function describeSummary(s: IngestSummary): string {
  const lines = [
    `Ingested ${s.documents} of ${s.inputs} inputs (${s.inserted} new, ${s.updated} updated, ${s.unchanged} unchanged${s.replaced ? `, ${s.replaced} replaced` : ''}), ${s.failed} failed.`,
    `${(s.bytes / 1024 / 1024).toFixed(2)} MB in ${s.seconds.toFixed(2)} s: ${s.megabytesPerSecond.toFixed(2)} MB/s, ${s.documentsPerSecond.toFixed(0)} documents/s${s.workers > 0 ? ` (${s.workers} extraction ${s.workers === 1 ? 'thread' : 'threads'})` : ''}.`,
  ];
  if (s.skippedUnchanged > 0) lines.push(`${s.skippedUnchanged} inputs were unchanged since they were stored (same bytes, readers and stages): not read again.`);
  if (s.reuse.documents > 0) {
    lines.push(`Text reuse: ${s.reuse.documents} documents checked against the index (${s.reuse.strategy}), ${s.reuse.pairs} related pairs found, in ${s.reuse.seconds.toFixed(2)} s; see \`parley reuse\`.`);
  }
  const skipped = Object.entries(s.skipped);
  if (skipped.length) lines.push(`Skipped by extension: ${skipped.map(([ext, n]) => `${ext} (${n})`).join(', ')}.`);
  const codes = Object.entries(s.messagesByCode);
  if (codes.length) lines.push('Messages by code:', ...codes.map(([code, n]) => `  ${String(n).padStart(6)}  ${code}`));
  if (s.failures.length) lines.push('Failures:', ...s.failures.slice(0, 20).map((f) => `  ${f.path}: ${f.reason} [${f.code}]`));
  if (s.failures.length > 20) lines.push(`  … and ${s.failures.length - 20} more (use --json for all).`);
  return lines.join('\n');
}
