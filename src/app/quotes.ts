import { z } from 'zod';
import { KINDS, NotFoundError, UsageError } from '../core/index.js';
import { canonicalOffice } from '../extract/entities/index.js';
import { QUOTE_MAX_LIMIT, type QuoteCluster, type QuotePage, type QuoteQuery, type QuoteRow, type Store } from '../store/index.js';
import { parseParams } from './entity-params.js';
import { intFrom, isoDate, many } from './param-schemas.js';


const text = (what: string) => z.string().trim().min(1, `must not be empty: give ${what}, or leave it out`).max(200, 'is longer than 200 characters');

/** `parley quotes` flags and `GET /api/quotes` parameters (docs/quotes.md). */
export const quoteParamsSchema = z
  .object({
    speaker: text('an entity id (person:winston-peters) or a name').optional(),
    role: text("an office as releases write it ('Foreign Minister')").optional(),
    of: text("whose office it is ('New Zealand')").optional(),
    contains: z.string().max(1000, 'is longer than 1000 characters').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: many(z.string().min(1, 'must not be empty')),
    kind: many(z.enum(KINDS, { error: (issue) => `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(issue.input)})` })),
    cluster: z.string().regex(/^qc-[0-9a-f]{1,32}$/, 'must be a cluster id such as qc-1a2b3c4d5e6f (quote rows carry it under "cluster")').optional(),
    limit: intFrom(1, QUOTE_MAX_LIMIT).optional(),
    offset: intFrom(0, 1_000_000).optional(),
  })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'must not be later than `to`', path: ['from'] })
  .refine((p) => p.of === undefined || p.role !== undefined, { message: "needs `role` too: `of` says whose office, e.g. role='Prime Minister'&of=Australia", path: ['of'] });

export type QuoteParams = z.input<typeof quoteParamsSchema>;

/** Validated parameters as the store takes them; an office title in its canonical form ("Foreign Minister" → "Minister of Foreign Affairs"). */
export function parseQuoteParams(raw: unknown): QuoteQuery {
  const p = parseParams(quoteParamsSchema, raw);
  const role = p.role === undefined ? undefined : canonicalRole(p.role);
  return {
    speaker: p.speaker,
    role,
    of: p.of,
    contains: p.contains?.trim() || null,
    from: p.from,
    to: p.to,
    source: p.source,
    kind: p.kind,
    cluster: p.cluster,
    limit: p.limit,
    offset: p.offset,
  };
}

/** An office as users type it, in its canonical form ("Foreign Minister" → "Minister of Foreign Affairs"); `UsageError` for an unknown one. */
export function canonicalRole(role: string): string {
  const title = canonicalOffice(role);
  if (title === null) {
    throw new UsageError(
      `\`role\` '${role}' is not an office Parley knows: give a title as releases write it ('Prime Minister', 'Foreign Minister', 'Secretary of State'), or see a person's offices with \`parley entities show <id>\`.`,
    );
  }
  return title;
}

/** Quotes with resolved speakers, newest first (`GET /api/quotes`, `parley quotes`). */
export function listQuotes(store: Store, raw: unknown): Promise<QuotePage> {
  return store.quotes(parseQuoteParams(raw));
}

/** One cluster, members oldest first with their lag (`GET /api/quotes/clusters/:id`, `parley quotes --cluster`). */
export async function quoteClusterView(store: Store, id: string): Promise<QuoteCluster> {
  const cluster = /^qc-[0-9a-f]{1,32}$/.test(id) ? await store.quoteCluster(id) : null;
  if (!cluster) {
    throw new NotFoundError(`No quote cluster '${id}': cluster ids (qc-…) are on quote rows under "cluster"; list quotes with \`parley quotes\` or GET /api/quotes.`);
  }
  return cluster;
}

/** A document's quotes in text order (`GET /api/documents/:id`). */
export async function documentQuotes(store: Store, id: string): Promise<QuoteRow[]> {
  const quotes = await store.documentQuotes(id);
  if (!quotes) throw new NotFoundError(`No document with id '${id}': search for it first, or check the id.`);
  return quotes;
}
