import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allReusePairs, openStore } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';
import { tempDir } from '../support/temp.js';

// A crashed ingest (kill -9 at any moment) followed by a rerun must end exactly
// where one clean run ends: every write is a transaction, every queue is
// stored, and the rerun resumes what the crash left queued.
const BIN = join(process.cwd(), 'bin', 'parley.js');
const FILES = 40;
/** When each run is killed, as a share of a clean run's time: in start-up, mid-extraction, mid-linking and late. */
const KILL_AT = [0.1, 0.3, 0.5, 0.7];

function ingest(db: string, dir: string): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db], { encoding: 'utf8', timeout: 120_000 });
}

function killedIngest(db: string, dir: string, afterMs: number): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? code);
    });
  });
}

/** Everything a user can read back, in a form that does not depend on internal keys. */
async function snapshot(path: string): Promise<unknown> {
  const store: Store = await openStore(path);
  try {
    const ids = (await store.search({ limit: 200 })).results.map((hit) => hit.id).sort();
    const documents = [];
    for (const id of ids) {
      const stored = await store.getDocument(id);
      documents.push({ document: stored?.document, stages: stored?.stages, hash: stored?.contentHash, entities: await store.documentEntities(id) });
    }
    const entities = [];
    for (let offset = 0; ; offset += 200) {
      const page = await store.listEntities({ limit: 200, offset });
      entities.push(...page.results);
      if (page.results.length < 200) break;
    }
    const pairs = (await allReusePairs(store, {})).map((pair) => JSON.stringify(pair)).sort();
    return {
      documents,
      entities,
      pairs,
      pendingLinks: (await store.pendingLinks(10)).documents.length,
      pendingReuse: (await store.reusePending(10)).length,
    };
  } finally {
    await store.close();
  }
}

describe('kill -9 during ingest, then a rerun', () => {
  const tmp = tempDir('parley-kill-');
  const corpus = join(tmp.dir, 'corpus');
  let clean: unknown;
  let cleanMs = 0;

  before(async () => {
    spawnSync('mkdir', ['-p', corpus]);
    const sources = ['demo/corpus/beehive', 'demo/corpus/au-pm-transcripts'];
    const files = sources.flatMap((dir) => readdirSync(dir).sort().slice(0, FILES / 2).map((name) => join(dir, name)));
    for (const file of files) copyFileSync(file, join(corpus, file.replaceAll('/', '_')));
    const started = performance.now();
    const result = ingest(join(tmp.dir, 'clean.db'), corpus);
    cleanMs = performance.now() - started;
    assert.equal(result.status, 0, String(result.stderr));
    clean = await snapshot(join(tmp.dir, 'clean.db'));
  });
  after(() => tmp.cleanup());

  for (const share of KILL_AT) {
    it(`ends identical to a clean run when killed ${share * 100}% of the way in`, async (t) => {
      const db = join(tmp.dir, `killed-${share}.db`);
      // Test files run side by side, so a run may go faster than the clean one did and finish first:
      // that proves nothing, so it is said; the early kill points always land.
      const ended = await killedIngest(db, corpus, Math.round(cleanMs * share));
      if (share < 0.5) assert.equal(ended, 'SIGKILL');
      else if (ended !== 'SIGKILL') t.diagnostic(`the run finished before the kill at ${share * 100}%`);
      const rerun = ingest(db, corpus);
      assert.equal(rerun.status, 0, String(rerun.stderr));
      assert.deepEqual(await snapshot(db), clean);
    });
  }
});
