import { z } from 'zod';
import { KINDS, NotFoundError, UsageError } from '../core/index.js';
import { REUSE_MAX_LIMIT, type ReusePage, type ReusePair, type ReuseQuery, type Store } from '../store/index.js';
import { intFrom, many } from './param-schemas.js';
import { describeIssues } from './search-params.js';

/** Reuse listing parameters as they arrive from CLI flags or a query string. */
export const reuseParamsSchema = z
  .object({
    minShare: z.coerce.number('must be a fraction such as 0.2').min(0, 'must be 0 or more').max(1, 'must be at most 1').optional(),
    source: many(z.string().min(1)),
    kind: many(z.enum(KINDS)),
    limit: intFrom(1, REUSE_MAX_LIMIT).optional(),
    offset: intFrom(0, Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export type ReuseParams = z.input<typeof reuseParamsSchema>;

export function parseReuseParams(raw: unknown): ReuseQuery {
  const parsed = reuseParamsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));
  return parsed.data;
}

/** Related pairs, larger share first (`GET /api/reuse`, `parley reuse`). */
export function listReuse(store: Store, raw: unknown): Promise<ReusePage> {
  return store.listReuse(parseReuseParams(raw));
}

/** The pairs one document belongs to: what reprinted it, and what it reprinted. */
export async function documentReuse(store: Store, id: string, raw: unknown = {}): Promise<ReusePage> {
  const query = parseReuseParams(raw);
  const page = await store.listReuse({ ...query, document: id });
  // A document with pairs exists; only an empty answer needs telling "none" from "no such document".
  if (page.total === 0) await requireDocument(store, id);
  return page;
}

/** The pair of two documents, in either order, whatever its share; `NotFoundError` when they are not related. */
export async function reusePairOf(store: Store, a: string, b: string): Promise<ReusePair> {
  const page = await store.listReuse({ document: a, other: b, minShare: 0, limit: 1 });
  const pair = page.pairs[0];
  if (pair) return pair;
  for (const id of [a, b]) await requireDocument(store, id);
  throw new NotFoundError(`Documents '${a}' and '${b}' share no reused passage: list a document's pairs with GET /api/documents/${a}/reuse.`);
}

/** Every pair over the threshold (of one document, when given), page by page: the reuse contract prints them all. */
export async function allReusePairs(store: Store, raw: unknown, document?: string): Promise<ReusePair[]> {
  const query = parseReuseParams(raw);
  if (document !== undefined) await requireDocument(store, document);
  const pairs: ReusePair[] = [];
  for (let offset = 0; ; offset += REUSE_MAX_LIMIT) {
    const page = await store.listReuse({ ...query, document, limit: REUSE_MAX_LIMIT, offset });
    pairs.push(...page.pairs);
    if (page.pairs.length < REUSE_MAX_LIMIT) return pairs;
  }
}

async function requireDocument(store: Store, id: string): Promise<void> {
  if (!(await store.getDocument(id))) throw new NotFoundError(`No document with id '${id}': search for it first, or check the id.`);
}

/**
 * One pair in the reuse contract of DESIGN.md: exactly its fields, in its
 * order, then the additions (title, date, outlet and kind of each side).
 */
export function toReuseContract(pair: ReusePair) {
  const side = (d: ReusePair['source']) => ({ id: d.id, path: d.path, title: d.title, published: d.published, source: d.source, kind: d.kind });
  return {
    source: side(pair.source),
    target: side(pair.target),
    sourceShare: pair.sourceShare,
    targetShare: pair.targetShare,
    lagDays: pair.lagDays,
    passages: pair.passages.map((p) => ({ source: { start: p.source.start, end: p.source.end }, target: { start: p.target.start, end: p.target.end } })),
  };
}

export type ReuseContractPair = ReturnType<typeof toReuseContract>;
