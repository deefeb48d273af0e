import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  documentReuse,
  documentTimesAndEvents,
  engagementView,
  eventNetwork,
  listEvents,
  getDocumentView,
  listQuotes,
  quoteClusterView,
  getEntityView,
  languageShifts,
  officeHistoryView,
  phraseTrends,
  listEntities,
  listReuse,
  mergeEntities,
  renameEntity,
  reusePairOf,
  searchDocuments,
  searchFacets,
  splitEntity,
  toReuseContract,
  undoCorrection,
  revertCorrection,
  type DocumentView,
  type ReuseContractPair,
} from '../app/index.js';
import { UsageError } from '../core/index.js';
import type { Engagement, QuoteRow, ReusePage, Store } from '../store/index.js';
import { checkOrigin, checkToken, HostPolicy, refusedHost } from './access.js';
import { errorResponse } from './error-response.js';
import { openApiDocument } from './openapi.js';
import { pathView, type PathView } from './paths.js';
import { securityHeaders } from './security-headers.js';
import { readStaticFile } from './static-files.js';

export interface ServerOptions {
  readonly store: Store;
  readonly version?: string;
  /** Where unexpected errors go; defaults to nowhere so library code never prints. */
  readonly log?: (message: string, error: unknown) => void;
  /**
   * The address the server listens on, which the Host check holds requests
   * to. `port` is asked per request: with `--port 0` it is known only once
   * listening, and in-process (`app.request`) it is undefined, so any port
   * passes. Default: 127.0.0.1.
   */
  readonly bound?: { readonly host: string; readonly port: () => number | undefined };
  /** More names the Host header may carry (`parley.example.org`, `name:port`). */
  readonly allowedHosts?: readonly string[];
  /** Writes (entity corrections) need `Authorization: Bearer <token>`; without one the API is read-only. */
  readonly token?: string | undefined;
  /** Document paths are shown relative to this directory (default: the working directory), never absolute… */
  readonly pathRoot?: string;
  /** …unless this is set (`--show-paths`). */
  readonly showPaths?: boolean;
}

/** Bodies are a few ids and a name; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 64 * 1024;

/** Hono's multi-value query (`?source=a&source=b`) → plain object, single values unwrapped. */
function queryObject(queries: Record<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(queries).map(([key, values]) => [key, values.length === 1 ? (values[0] as string) : values]));
}

/** The HTTP app: thin routes over the app layer, testable in-process with `app.request()`. */
export function createServerApp(options: ServerOptions): Hono {
  const { store } = options;
  const paths = pathView({ root: options.pathRoot ?? process.cwd(), show: options.showPaths ?? false });
  const hosts = new HostPolicy(options.bound ?? { host: '127.0.0.1', port: () => undefined }, options.allowedHosts);
  const app = new Hono();

  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) options.log?.('request failed', error);
    if (status === 401) c.header('www-authenticate', 'Bearer');
    return c.json({ error: { ...body.error, message: paths.text(body.error.message) } }, status as 400);
  });
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404));

  // First, so every answer carries them, refusals and errors included.
  app.use(securityHeaders());
  app.use(async (c, next) => {
    // node-server builds the URL from the Host header; in-process requests may carry only the URL.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!hosts.allows(host)) throw refusedHost(c.req.header('host'));
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      checkOrigin(c.req.header('origin'), host);
      checkToken(c.req.header('authorization'), options.token);
    }
    await next();
  });

  app.get('/api/search', async (c) => c.json(await searchDocuments(store, queryObject(c.req.queries()))));
  app.get('/api/facets', async (c) => c.json(await searchFacets(store, queryObject(c.req.queries()))));
  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    const [view, quotes, dated] = await Promise.all([getDocumentView(store, id), store.documentQuotes(id).then((quotes) => quotes ?? []), documentTimesAndEvents(store, id)]);
    return c.json({ ...showDocument(view, paths), quotes: quotes.map((q) => showQuote(q, paths)), times: dated.times, events: dated.events });
  });
  app.get('/api/entities', async (c) => c.json(await listEntities(store, queryObject(c.req.queries()))));
  app.get('/api/entities/:id', async (c) => c.json(await getEntityView(store, c.req.param('id'), queryObject(c.req.queries()))));
  app.get('/api/offices', async (c) => c.json(await officeHistoryView(store, queryObject(c.req.queries()))));
  // Corrections, as `parley entities merge|split|rename|undo|revert` make them; the middleware has checked Origin and token.
  const writes = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new UsageError(`The body is over ${MAX_BODY_BYTES} bytes: send only the fields the route takes.`);
    },
  });
  app.post('/api/entities/merge', writes, async (c) => c.json(await mergeEntities(store, await jsonBody(c))));
  app.post('/api/entities/split', writes, async (c) => c.json(await splitEntity(store, await jsonBody(c))));
  app.post('/api/entities/rename', writes, async (c) => c.json(await renameEntity(store, await jsonBody(c))));
  app.post('/api/entities/undo', writes, async (c) => c.json(await undoCorrection(store)));
  app.post('/api/entities/revert', writes, async (c) => c.json(await revertCorrection(store, await jsonBody(c))));
  // Pairs in the reuse contract's shape (DESIGN.md), a page at a time.
  const pair = (p: ReuseContractPair) => showPair(p, paths);
  const reusePage = (page: ReusePage) => ({ total: page.total, pairs: page.pairs.map((p) => pair(toReuseContract(p))) });
  app.get('/api/reuse', async (c) => c.json(reusePage(await listReuse(store, queryObject(c.req.queries())))));
  app.get('/api/reuse/:a/:b', async (c) => c.json(pair(toReuseContract(await reusePairOf(store, c.req.param('a'), c.req.param('b'))))));
  app.get('/api/documents/:id/reuse', async (c) => c.json(reusePage(await documentReuse(store, c.req.param('id'), queryObject(c.req.queries())))));
  app.get('/api/quotes', async (c) => {
    const page = await listQuotes(store, queryObject(c.req.queries()));
    return c.json({ total: page.total, results: page.results.map((q) => showQuote(q, paths)) });
  });
  app.get('/api/quotes/clusters/:id', async (c) => {
    const cluster = await quoteClusterView(store, c.req.param('id'));
    return c.json({ ...cluster, members: cluster.members.map((m) => showQuote(m, paths)) });
  });
  app.get('/api/events', async (c) => {
    const page = await listEvents(store, queryObject(c.req.queries()));
    return c.json({ total: page.total, results: page.results.map((e) => showEngagement(e, paths)) });
  });
  app.get('/api/events/:id', async (c) => c.json(showEngagement(await engagementView(store, c.req.param('id')), paths)));
  app.get('/api/network', async (c) => c.json(await eventNetwork(store, queryObject(c.req.queries()))));
  app.get('/api/trends', async (c) => c.json(await phraseTrends(store, queryObject(c.req.queries()))));
  app.get('/api/shifts', async (c) => c.json(await languageShifts(store, queryObject(c.req.queries()))));
  app.get('/api/stats', async (c) => {
    const stats = await store.stats();
    return c.json({ documents: stats.documents, bytes: stats.bytes });
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(options.version ?? '0.0.0')));

  const page = async (name: string) => {
    const file = await readStaticFile(name);
    return file ? new Response(new Uint8Array(file.body), { headers: { 'content-type': file.type } }) : null;
  };
  app.get('/', async (c) => (await page('index.html')) ?? c.text('The web UI is not built: run `npm run build`.', 500));
  app.get('/static/:file{.+}', async (c) => (await page(c.req.param('file'))) ?? c.notFound());
  return app;
}

/** A write's JSON body, or a `UsageError` that says what was wrong with it. An empty body is `{}`. */
async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
  if (text.trim() === '') return {};
  if (!/^application\/json\b/i.test(type)) throw new UsageError(`The body is sent as '${type || 'no content type'}': send JSON with Content-Type: application/json.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`The body is not valid JSON (${(error as Error).message}): send an object such as {"id": "person:winston-peters", "name": "Winston Peters"}.`);
  }
}

/** Where a document came from, as the API may show it (see `paths.ts`). */
function showDocument(view: DocumentView, paths: PathView): DocumentView {
  return {
    ...view,
    path: paths.path(view.path),
    messages: view.messages.map((m) => ({ ...m, reason: paths.text(m.reason, [view.path]) })),
  };
}

function showQuote<Q extends QuoteRow>(quote: Q, paths: PathView): Q {
  return { ...quote, document: { ...quote.document, path: paths.path(quote.document.path) } };
}

function showEngagement(engagement: Engagement, paths: PathView): Engagement {
  return { ...engagement, sources: engagement.sources.map((s) => ({ ...s, document: { ...s.document, path: paths.path(s.document.path) } })) };
}

function showPair(pair: ReuseContractPair, paths: PathView): ReuseContractPair {
  return { ...pair, source: { ...pair.source, path: paths.path(pair.source.path) }, target: { ...pair.target, path: paths.path(pair.target.path) } };
}
