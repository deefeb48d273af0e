import { Hono } from 'hono';
import { documentReuse, reusePairOf, getDocumentView, getEntityView, listEntities, listReuse, searchDocuments, searchFacets, toReuseContract } from '../app/index.js';
import type { ReusePage } from '../store/index.js';
import type { Store } from '../store/index.js';
import { errorResponse } from './error-response.js';
import { openApiDocument } from './openapi.js';
import { readStaticFile } from './static-files.js';

export interface ServerOptions {
  readonly store: Store;
  readonly version?: string;
  /** Where unexpected errors go; defaults to nowhere so library code never prints. */
  readonly log?: (message: string, error: unknown) => void;
}

/** Hono's multi-value query (`?source=a&source=b`) → plain object, single values unwrapped. */
function queryObject(queries: Record<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(queries).map(([key, values]) => [key, values.length === 1 ? (values[0] as string) : values]));
}

/** The HTTP app: thin routes over the app layer, testable in-process with `app.request()`. */
export function createServerApp(options: ServerOptions): Hono {
  const { store } = options;
  const app = new Hono();

  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) options.log?.('request failed', error);
    return c.json(body, status as 400);
  });
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404));

  app.get('/api/search', async (c) => c.json(await searchDocuments(store, queryObject(c.req.queries()))));
  app.get('/api/facets', async (c) => c.json(await searchFacets(store, queryObject(c.req.queries()))));
  app.get('/api/documents/:id', async (c) => c.json(await getDocumentView(store, c.req.param('id'))));
  // Read-only, like everything here: corrections (merge, split, rename) are CLI-only for now.
  app.get('/api/entities', async (c) => c.json(await listEntities(store, queryObject(c.req.queries()))));
  app.get('/api/entities/:id', async (c) => c.json(await getEntityView(store, c.req.param('id'), queryObject(c.req.queries()))));
  // Pairs in the reuse contract's shape (DESIGN.md), a page at a time.
  const reusePage = (page: ReusePage) => ({ total: page.total, pairs: page.pairs.map(toReuseContract) });
  app.get('/api/reuse', async (c) => c.json(reusePage(await listReuse(store, queryObject(c.req.queries())))));
  app.get('/api/reuse/:a/:b', async (c) => c.json(toReuseContract(await reusePairOf(store, c.req.param('a'), c.req.param('b')))));
  app.get('/api/documents/:id/reuse', async (c) => c.json(reusePage(await documentReuse(store, c.req.param('id'), queryObject(c.req.queries())))));
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
