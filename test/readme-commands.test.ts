import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../src/cli/index.js';
import { captureIo } from './support/cli-io.js';
import { tempDir } from './support/temp.js';

/**
 * Every `npx parley …` example in the README runs here, in order, against a
 * store built from a slice of the demo corpus. Home-folder paths and `<id>`
 * placeholders are filled in; `serve` runs as a real process on 127.0.0.1
 * and is stopped once it says it is serving. An example may exit 0, or 3
 * when it names an entity the demo slice does not hold; a usage error (2) or
 * a crash means the README is wrong.
 */
function readmeCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line.startsWith('npx parley ') && !line.includes('['));
}

/** Shell words: single and double quotes group, and are removed. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? (m[3] as string));
  return out;
}

describe('README command examples', () => {
  const tmp = tempDir('parley-readme-');
  const releases = join(tmp.dir, 'releases');
  const story = join(tmp.dir, 'story.txt');
  const archive = join(tmp.dir, 'archive.jsonl');
  const env = { PARLEY_DB: join(tmp.dir, 'readme.db') };
  let id = '';

  before(async () => {
    mkdirSync(releases);
    for (const folder of ['beehive', 'au-pm-transcripts']) {
      const dir = join('demo', 'corpus', folder);
      for (const name of readdirSync(dir).sort().slice(0, 12)) copyFileSync(join(dir, name), join(releases, name));
    }
    copyFileSync(join('demo', 'corpus', 'au-pm-transcripts', readdirSync(join('demo', 'corpus', 'au-pm-transcripts')).sort()[20] as string), story);
    writeFileSync(
      archive,
      [
        { text: 'Foreign Minister Winston Peters met Secretary of State Antony Blinken in Washington.', title: 'Peters meets Blinken', published: '2024-04-11T23:30:00-05:00', source: 'RNZ', url: 'https://www.rnz.co.nz/news/world/1' },
        { body: 'New Zealand and Fiji agreed to deepen cooperation on policing.', kind: 'release' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
  });
  after(() => tmp.cleanup());

  const fill = (argv: string[]) =>
    argv.map((word) =>
      word
        .replace(/^~\/releases$/, releases)
        .replace(/^~\/news\/story\.txt$|^story\.txt$/, story)
        .replace(/^~\/archive\.jsonl$/, archive)
        .replace(/^<(id|docId|releaseId)>$/, id),
    );

  const commands = readmeCommands();
  it('finds the examples', () => assert.ok(commands.length >= 20, `${commands.length} examples`));

  for (const command of commands) {
    it(command, async () => {
      const argv = fill(words(command).slice(2));
      if (argv[0] === 'serve') return serveOnce(argv, env);
      // A split needs a document that names the entity: the entity's own first document.
      const doc = argv.indexOf('--doc');
      if (argv[1] === 'split' && doc !== -1) argv[doc + 1] = await firstDocumentOf(argv[2] as string, env);
      const io = captureIo({ env });
      const code = await runCli(argv, io);
      assert.ok(code === 0 || code === 3, `exit ${code}: ${io.err().slice(0, 500)}`);
      assert.doesNotMatch(io.err(), /unexpected error|\n\s+at /);
      if (argv[0] === 'ingest' && !id) {
        const listed = captureIo({ env });
        await runCli(['search', 'Zealand', '--json'], listed);
        id = (JSON.parse(listed.out()) as { results: { id: string }[] }).results[0]?.id ?? '';
        assert.ok(id, 'ingest stored something to show');
      }
    });
  }
});

async function firstDocumentOf(entity: string, env: Record<string, string>): Promise<string> {
  const io = captureIo({ env });
  if ((await runCli(['entities', 'show', entity, '--json'], io)) !== 0) return 'no-such-document';
  return (JSON.parse(io.out()) as { documentsList: { id: string }[] }).documentsList[0]?.id ?? 'no-such-document';
}

/** Starts `parley serve` with the example's flags on a free port, waits for it to serve, and stops it. */
function serveOnce(argv: string[], env: Record<string, string>): Promise<void> {
  const args = argv.map((word, i) => (argv[i - 1] === '--port' ? '0' : word));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/parley.js', ...args, '--host', '127.0.0.1'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/is serving/.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (/is serving/.test(out) && code === 0 ? resolve() : reject(new Error(`serve exited ${code}: ${err.slice(0, 500)}`))));
  });
}
