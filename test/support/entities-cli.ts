import { join } from 'node:path';
import { after, before } from 'node:test';
import { runCli } from '../../src/cli/index.js';
import { captureIo } from './cli-io.js';
import { entityStore } from './entity-store.js';
import { tempDir } from './temp.js';

/**
 * A store of the entity fixtures in a temporary file for one suite (written
 * before it, removed after), and `parley entities …` run against it.
 */
export function entitiesCli(file: string): {
  readonly db: string;
  readonly cli: (...args: string[]) => Promise<{ code: number; out: string; err: string }>;
} {
  const tmp = tempDir();
  const db = join(tmp.dir, file);
  before(async () => {
    await (await entityStore(db)).close();
  });
  after(() => tmp.cleanup());
  const cli = async (...args: string[]) => {
    const io = captureIo();
    const code = await runCli(['entities', ...args, '--db', db], io);
    return { code, out: io.out(), err: io.err() };
  };
  return { db, cli };
}
