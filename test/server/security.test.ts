// The server is safe to share: what a hostile probe found, each as a test.
// HTTP behaviour in-process (app.request, no socket); start-up failures and
// shutdown through a spawned `parley serve`, bound to 127.0.0.1 only.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { defaultPipeline } from '../../src/app/index.js';
import { emptyMeta, message, type Document } from '../../src/core/index.js';
import { linkReuse } from '../../src/link/index.js';
import { join as paragraphs, OTHER, RELEASE } from '../../src/link/reuse/test/texts.js';
import { createServerApp, type ServerOptions } from '../../src/server/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { entityDocs, entityStore } from '../support/entity-store.js';
import { tempDir } from '../support/temp.js';

const TOKEN = 'test-token-0123456789abcdef';
const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'parley.js');

type Body = { error?: { code: string; message: string } } & Record<string, any>;

async function call(app: Hono, path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: Body }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: Body = {};
  try {
    body = JSON.parse(text) as Body;
  } catch {
    // Static files answer HTML or JS.
  }
  return { status: res.status, headers: res.headers, body };
}

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body: JSON.stringify(body) };
}

describe('server security (in-process)', () => {
  let store: Store;
  const app = (options: Partial<ServerOptions> = {}) => createServerApp({ store, version: 'test', ...options });
  before(async () => {
    store = await entityStore();
  });
  after(() => store.close());

  describe('Host', () => {
    it('refuses a foreign Host with 403, naming the host and the flag', async () => {
      for (const host of ['evil.example', 'evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io']) {
        const { status, body } = await call(app(), '/api/stats', { headers: { host } });
        assert.equal(status, 403, host);
        assert.equal(body.error?.code, 'forbidden');
        assert.ok(body.error?.message.includes(`'${host}'`), body.error?.message);
        assert.match(body.error?.message ?? '', /--allowed-host/);
      }
      assert.equal((await call(app(), 'http://rebound.example/api/stats')).status, 403, 'the URL host, when no Host header is given');
      assert.equal((await call(app(), '/', { headers: { host: 'evil.example' } })).status, 403, 'the UI too');
    });

    it('accepts loopback names on the bound port, the bound host, and allowed names', async () => {
      const bound = app({ bound: { host: '127.0.0.1', port: () => 3000 } });
      for (const host of ['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST:3000', '[::1]:3000']) assert.equal((await call(bound, '/api/stats', { headers: { host } })).status, 200, host);
      for (const host of ['127.0.0.1:3001', 'localhost', '']) assert.equal((await call(bound, '/api/stats', { headers: { host } })).status, 403, `'${host}'`);

      const lan = app({ bound: { host: '192.168.7.7', port: () => 8080 } });
      assert.equal((await call(lan, '/api/stats', { headers: { host: '192.168.7.7:8080' } })).status, 200);
      assert.equal((await call(lan, '/api/stats', { headers: { host: '192.168.7.8:8080' } })).status, 403);

      const any = app({ bound: { host: '0.0.0.0', port: () => 8080 }, allowedHosts: ['parley.example.org', 'pinned.example:9000'] });
      assert.equal((await call(any, '/api/stats', { headers: { host: '0.0.0.0:8080' } })).status, 403, 'the wildcard is no name');
      assert.equal((await call(any, '/api/stats', { headers: { host: 'parley.example.org' } })).status, 200, 'an allowed name, any port');
      assert.equal((await call(any, '/api/stats', { headers: { host: 'parley.example.org:443' } })).status, 200);
      assert.equal((await call(any, '/api/stats', { headers: { host: 'pinned.example:9000' } })).status, 200);
      assert.equal((await call(any, '/api/stats', { headers: { host: 'pinned.example:9001' } })).status, 403, 'a pinned port');
    });

    it('accepts any loopback port in-process, where there is no socket', async () => {
      assert.equal((await call(app(), '/api/stats')).status, 200);
      assert.equal((await call(app(), '/api/stats', { headers: { host: '127.0.0.1:9999' } })).status, 200);
    });
  });

  describe('headers', () => {
    const expectHeaders = (headers: Headers, what: string) => {
      const csp = headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
        assert.ok(csp.includes(directive), `${what}: CSP has ${directive}`);
      }
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, what);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
      assert.equal(headers.get('x-frame-options'), 'DENY', what);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', what);
      assert.equal(headers.get('cross-origin-opener-policy'), 'same-origin', what);
    };

    it('are on API, static, error, refusal and not-found responses', async () => {
      const cases: [string, RequestInit, number][] = [
        ['/api/stats', {}, 200],
        ['/', {}, 200],
        ['/static/style.css', {}, 200],
        ['/api/search?q=%22unclosed', {}, 400],
        ['/api/entities/person:nobody', {}, 404],
        ['/no/such/route', {}, 404],
        ['/api/stats', { headers: { host: 'evil.example' } }, 403],
        ['/api/entities/merge', { method: 'POST' }, 403],
      ];
      for (const [path, init, status] of cases) {
        const res = await call(app(), path, init);
        assert.equal(res.status, status, path);
        expectHeaders(res.headers, `${init.method ?? 'GET'} ${path} (${status})`);
      }
    });
  });

  describe('writes', () => {
    it('are refused without a configured token, saying to start with --token', async () => {
      const { status, body } = await call(app(), '/api/entities/rename', post({ id: 'person:winston-peters', name: 'W. R. Peters' }));
      assert.equal(status, 403);
      assert.match(body.error?.message ?? '', /--token/);
    });

    it('need the Bearer token when one is configured', async () => {
      const guarded = app({ token: TOKEN });
      const rename = { id: 'org:nato', name: 'NATO' };
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, TOKEN]) {
        const init = post(rename);
        const headers = { ...(init.headers as Record<string, string>) };
        if (authorization === undefined) delete headers.authorization;
        else headers.authorization = authorization;
        const { status, headers: answer, body } = await call(guarded, '/api/entities/rename', { ...init, headers });
        assert.equal(status, 401, String(authorization));
        assert.equal(body.error?.code, 'unauthorized');
        assert.equal(answer.get('www-authenticate'), 'Bearer');
      }
      assert.equal((await call(guarded, '/api/entities/rename', post(rename))).status, 200);
    });

    it('check Origin: same-origin or none passes, any other is 403', async () => {
      const guarded = app({ token: TOKEN, bound: { host: '127.0.0.1', port: () => 3000 } });
      const rename = { id: 'org:nato', name: 'NATO' };
      const at = { host: '127.0.0.1:3000' };
      assert.equal((await call(guarded, '/api/entities/rename', post(rename, at))).status, 200, 'no Origin (a script)');
      assert.equal((await call(guarded, '/api/entities/rename', post(rename, { ...at, origin: 'http://127.0.0.1:3000' }))).status, 200);
      for (const origin of ['http://evil.example', 'http://127.0.0.1:3001', 'http://localhost:3000', 'null', 'file://', 'not a url']) {
        const { status, body } = await call(guarded, '/api/entities/rename', post(rename, { ...at, origin }));
        assert.equal(status, 403, origin);
        assert.match(body.error?.message ?? '', /Origin/);
      }
      // Reads are not writes: a cross-origin GET is the browser's business (it cannot read the answer).
      assert.equal((await call(guarded, '/api/stats', { headers: { ...at, origin: 'http://evil.example' } })).status, 200);
    });
  });
});

describe('entity corrections over HTTP, with a token', () => {
  const tmp = tempDir();
  let store: Store;
  let app: Hono;
  before(async () => {
    store = await entityStore(join(tmp.dir, 'corrections.db'));
    app = createServerApp({ store, version: 'test', token: TOKEN });
  });
  after(async () => {
    await store.close();
    tmp.cleanup();
  });

  it('merge, rename and split as the CLI does, and they are stored', async () => {
    const merged = await call(app, '/api/entities/merge', post({ into: 'place:washington', from: 'place:suva' }));
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.deepEqual(merged.body.correction, { kind: 'merge', into: 'place:washington', from: 'place:suva' });
    assert.equal(merged.body.entity.id, 'place:washington');
    assert.equal(merged.body.entity.documents, 2);
    assert.equal((await call(app, '/api/entities/place:suva')).status, 404);

    const renamed = await call(app, '/api/entities/rename', post({ id: 'person:antony-blinken', name: 'Tony Blinken' }));
    assert.equal(renamed.status, 200);
    assert.equal((await call(app, '/api/entities/person:antony-blinken')).body.name, 'Tony Blinken');

    const doc = entityDocs.brussels.document.id;
    const split = await call(app, '/api/entities/split', post({ id: 'org:nato', documents: [doc] }));
    assert.equal(split.status, 200, JSON.stringify(split.body));
    assert.equal(split.body.correction.newId, 'org:nato~2');
    assert.equal(split.body.entity.documents, 1);
    assert.deepEqual((await store.entityCorrections()).map((c) => c.kind), ['merge', 'rename', 'split']);
  });

  it('validates bodies, naming the field, and answers unknown entities with 404', async () => {
    const missing = await call(app, '/api/entities/merge', post({ into: 'place:washington' }));
    assert.equal(missing.status, 400);
    assert.match(missing.body.error?.message ?? '', /from/);
    const extra = await call(app, '/api/entities/rename', post({ id: 'org:nato', name: 'NATO', colour: 'blue' }));
    assert.equal(extra.status, 400);
    assert.match(extra.body.error?.message ?? '', /colour/);
    const badId = await call(app, '/api/entities/rename', post({ id: 'nato', name: 'NATO' }));
    assert.equal(badId.status, 400);
    assert.match(badId.body.error?.message ?? '', /id/);
    const unknown = await call(app, '/api/entities/rename', post({ id: 'person:nobody', name: 'Nobody' }));
    assert.equal(unknown.status, 404);
    const form = await call(app, '/api/entities/rename', { ...post({}), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: 'id=org:nato' });
    assert.equal(form.status, 400, 'a form post is not JSON');
    assert.match(form.body.error?.message ?? '', /application\/json/);
    const broken = await call(app, '/api/entities/rename', { ...post({}), body: '{"id": ' });
    assert.equal(broken.status, 400);
    assert.match(broken.body.error?.message ?? '', /not valid JSON/);
    const huge = await call(app, '/api/entities/rename', post({ id: 'org:nato', name: 'x'.repeat(70_000) }));
    assert.equal(huge.status, 400);
  });

  it('undo takes back the last correction and replays the rest', async () => {
    const undo = () => call(app, '/api/entities/undo', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    {
      const split = await undo();
      assert.equal(split.status, 200, JSON.stringify(split.body));
      assert.equal(split.body.undone.kind, 'split');
      assert.equal((await call(app, '/api/entities/org:nato')).body.documents, 2, "the split's documents are NATO's again");

      const rename = await undo();
      assert.equal(rename.body.undone.kind, 'rename');
      assert.equal((await call(app, '/api/entities/person:antony-blinken')).body.name, 'Antony Blinken', 'the automatic name is back');

      const merge = await undo();
      assert.equal(merge.body.undone.kind, 'merge');
      assert.equal((await call(app, '/api/entities/place:suva')).status, 200, 'the merged entity is back');
      assert.equal((await call(app, '/api/entities/place:washington')).body.documents, 1);

      const none = await undo();
      assert.equal(none.status, 400);
      assert.match(none.body.error?.message ?? '', /no correction to undo/);
    }
  });
});

describe('paths in the API', () => {
  const root = '/srv/parley-ingest';
  const docAt = (id: string, path: string, text: string, meta: Partial<Document['meta']>, messages: Document['messages'] = []): Document => ({
    id,
    path,
    format: 'text',
    bytes: text.length,
    text,
    meta: { ...emptyMeta(), ...meta },
    messages,
  });
  const release = docAt('release', `${root}/releases/nato.txt`, paragraphs(RELEASE), { title: 'NATO', kind: 'release', published: '2024-04-04' }, [
    message({ code: 'invalid-utf8', reason: `${root}/releases/nato.txt: decoded as Windows-1252`, origin: 'reader:text' }),
  ]);
  const story = docAt('story', '/home/alice/private/story.txt', paragraphs([OTHER[0]!, ...RELEASE.slice(0, 4), OTHER[1]!]), { kind: 'news', published: '2024-04-06' });
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    const pipeline = defaultPipeline();
    await store.putDocuments([release, story].map((d) => pipeline.run(d)));
    await linkReuse(store);
  });
  after(() => store.close());

  it('are relative to the root, or a bare file name outside it; never absolute', async () => {
    const app = createServerApp({ store, pathRoot: root });
    const inside = await call(app, '/api/documents/release');
    assert.equal(inside.body.path, 'releases/nato.txt');
    assert.equal(inside.body.messages[0].reason, 'releases/nato.txt: decoded as Windows-1252');
    assert.equal((await call(app, '/api/documents/story')).body.path, 'story.txt');
    const reuse = await call(app, '/api/reuse?minShare=0');
    assert.equal(reuse.body.total, 1);
    assert.deepEqual([reuse.body.pairs[0].source.path, reuse.body.pairs[0].target.path], ['releases/nato.txt', 'story.txt']);
    for (const path of ['/api/documents/release', '/api/documents/story', '/api/reuse?minShare=0', '/api/documents/story/reuse?minShare=0', '/api/reuse/release/story']) {
      const text = await (await app.request(path)).text();
      assert.doesNotMatch(text, /\/srv\/|\/home\//, path);
    }
  });

  it('are shown as ingested with showPaths (--show-paths)', async () => {
    const app = createServerApp({ store, pathRoot: root, showPaths: true });
    assert.equal((await call(app, '/api/documents/story')).body.path, '/home/alice/private/story.txt');
    assert.equal((await call(app, '/api/documents/release')).body.messages[0].reason, `${root}/releases/nato.txt: decoded as Windows-1252`);
  });
});

/** `bin/parley.js` runs dist/: rebuild it when a source is newer (npm test builds first, so this is for targeted runs). */
function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(join(ROOT, 'dist/cli/commands/serve.js')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : e.name.endsWith('.ts') ? statSync(join(dir, e.name)).mtimeMs : 0)));
  if (built >= Math.max(newest(join(ROOT, 'src/server')), newest(join(ROOT, 'src/cli')), newest(join(ROOT, 'src/core')))) return;
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  // Emits even when a file someone is editing has a type error; the tests below say what broke.
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore', timeout: 300_000 });
}

interface Served {
  readonly child: ChildProcess;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function serve(args: readonly string[], env: NodeJS.ProcessEnv = {}): Served {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, env: { ...process.env, PARLEY_TOKEN: '', PARLEY_ALLOWED_HOSTS: '', ...env } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit, stdout: () => out, stderr: () => err };
}

async function waitFor(what: string, probe: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('parley serve as a process (127.0.0.1 only)', { timeout: 400_000 }, () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'serve.db');
  const running: ChildProcess[] = [];
  let busy: Server;
  let busyPort = 0;
  before(async () => {
    ensureBuilt();
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  after(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await new Promise((resolve) => busy.close(resolve));
    tmp.cleanup();
  });

  it('a busy port is one line and exit code 6, no stack trace', async () => {
    const served = serve(['--db', db, '--port', String(busyPort), '--read-workers', '0']);
    running.push(served.child);
    const { code } = await served.exit;
    assert.equal(code, 6, served.stderr());
    assert.equal(served.stderr(), `parley: port ${busyPort} on 127.0.0.1 is in use: stop the other server or pick another with --port.\n`);
  });

  it('binding beyond loopback without a token is refused with exit code 2, naming the fix', async () => {
    const served = serve(['--db', db, '--host', '0.0.0.0', '--port', '0']);
    running.push(served.child);
    const { code } = await served.exit;
    assert.equal(code, 2);
    assert.match(served.stderr(), /^parley: --host 0\.0\.0\.0 .* needs a token: give --token <secret> \(or PARLEY_TOKEN\), or bind 127\.0\.0\.1\.\n$/);
    const short = serve(['--db', db, '--port', '0', '--token', 'short']);
    running.push(short.child);
    assert.equal((await short.exit).code, 2);
    assert.match(short.stderr(), /at least 16 characters/);
  });

  it('an unreadable database is one line and exit code 4', async () => {
    const served = serve(['--db', join(ROOT, 'package.json'), '--port', '0']);
    running.push(served.child);
    const { code } = await served.exit;
    assert.equal(code, 4, served.stderr());
    assert.equal(served.stderr().trim().split('\n').length, 1, served.stderr());
    assert.doesNotMatch(served.stderr(), /\n\s+at /);
  });

  it('SIGTERM stops it even with a client holding a connection open', async () => {
    const served = serve(['--db', db, '--port', '0'], { PARLEY_TOKEN: TOKEN });
    running.push(served.child);
    await waitFor('the server to listen', () => /127\.0\.0\.1:\d+/.test(served.stdout()));
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(served.stdout())?.[1]);
    // One idle keep-alive connection and one stuck half-way through its request headers.
    const idle = await fetch(`http://127.0.0.1:${port}/api/stats`, { headers: { connection: 'keep-alive' } });
    assert.equal(idle.status, 200);
    const stuck = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => stuck.once('connect', () => resolve()));
    stuck.write('POST /api/entities/undo HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const stuckClosed = new Promise<void>((resolve) => stuck.once('close', () => resolve()));
    stuck.on('error', () => undefined);

    served.child.kill('SIGTERM');
    const { code, signal } = await served.exit;
    assert.equal(signal, null, served.stderr());
    assert.equal(code, 0, served.stderr());
    await stuckClosed;
  });
});
