import type { Command } from 'commander';
import { extractPaths } from '../../app/index.js';
import { readStdin, type CliIo } from '../context.js';
import { oneOf, parsePositiveInt } from '../options.js';

/** `parley extract`: the DESIGN.md contract. Records are printed after the run, because entity ids are linked across all its documents. */
export function registerExtract(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('Run the whole pipeline without a store and print one JSON object per document (DESIGN.md contract)')
    .argument('[paths...]', 'files or folders; - for standard input', ['-'])
    .option('--format <format>', 'json (an array) or jsonl (one object per line)', oneOf('--format', ['json', 'jsonl'] as const), 'json')
    .option('--text', 'include the normalised text')
    .option('--max-bytes <n>', 'refuse single files larger than this many bytes', parsePositiveInt('--max-bytes'))
    .action(async (paths: string[], opts: { format: 'json' | 'jsonl'; text?: boolean; maxBytes?: number }) => {
      let failed = false;
      let first = true;
      if (opts.format === 'json') io.stdout.write('[');
      for await (const record of extractPaths(paths, { includeText: Boolean(opts.text), maxBytes: opts.maxBytes, readStdin: readStdin(io.stdin) })) {
        if (record.messages.some((m) => m.severity === 'error')) {
          failed = true;
          for (const m of record.messages.filter((x) => x.severity === 'error')) io.stderr.write(`${record.path}: ${m.reason} [${m.origin}:${m.code}]\n`);
        }
        const json = JSON.stringify(record);
        if (opts.format === 'jsonl') io.stdout.write(`${json}\n`);
        else io.stdout.write(`${first ? '\n' : ',\n'}${json}`);
        first = false;
      }
      if (opts.format === 'json') io.stdout.write(first ? ']\n' : '\n]\n');
      setExit(failed ? 1 : 0);
    });
}
