import { Command, CommanderError } from 'commander';
import { ParleyError } from '../core/index.js';
import { defaultIo, VERSION, type CliIo } from './context.js';
import { registerEntities } from './commands/entities.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerReindex } from './commands/reindex.js';
import { registerQuotes } from './commands/quotes.js';
import { registerEvents } from './commands/events.js';
import { registerReuse } from './commands/reuse.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerTrends } from './commands/trends.js';
import { registerShifts } from './commands/shifts.js';

/**
 * Exit codes: 0 success; 1 some documents failed (the rest were processed);
 * 2 misuse or configuration; 3 not found; 4 store unavailable; 5 a query
 * ran past its time budget; 6 the server could not start (port in use);
 * 70 a bug (an error no class describes).
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('parley')
    .version(VERSION)
    .description('Parley: foreign-affairs releases and news as a searchable, sourced record')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run parley --help for usage)');
  registerIngest(program, io, setExit);
  registerExtract(program, io, setExit);
  registerSearch(program, io);
  registerShow(program, io);
  registerServe(program, io);
  registerReindex(program, io);
  registerEntities(program, io);
  registerReuse(program, io);
  registerQuotes(program, io);
  registerEvents(program, io);
  registerTrends(program, io);
  registerShifts(program, io);
  for (const command of program.commands) command.exitOverride();

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else is misuse.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ParleyError) {
      io.stderr.write(`parley: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}

export type { CliIo };
