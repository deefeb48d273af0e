import { z } from 'zod';
import { KINDS, UsageError } from '../core/index.js';
import { intFrom, isoDate, many } from './param-schemas.js';
import type { SearchQuery } from '../store/index.js';


const EXAMPLE_ID = { person: 'person:winston-peters', org: 'org:nato', place: 'place:wellington' } as const;

/** An entity id of one type (`person=person:winston-peters`), as `GET /api/entities` lists them. */
const entityIdOf = (type: keyof typeof EXAMPLE_ID) =>
  z.string().regex(new RegExp(`^${type}:\\S+$`), `must be a ${type} id such as ${EXAMPLE_ID[type]} (see parley entities)`);

/**
 * The search parameters as they arrive at a boundary (CLI flags or an HTTP
 * query string), validated once here so both interfaces say the same thing
 * about the same mistake.
 */
export const searchParamsSchema = z
  .object({
    q: z.string().max(1000, 'is longer than 1000 characters').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: many(z.string().min(1)),
    kind: many(z.enum(KINDS, { error: () => `must be one of ${KINDS.join(', ')}` })),
    minister: many(z.string().min(1)),
    portfolio: many(z.string().min(1)),
    person: many(entityIdOf('person')),
    org: many(entityIdOf('org')),
    place: many(entityIdOf('place')),
    sort: z.enum(['relevance', 'date']).optional(),
    limit: intFrom(1, 200).optional(),
    offset: intFrom(0, 1_000_000).optional(),
  })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'must not be later than `to`', path: ['from'] });

export type SearchParams = z.input<typeof searchParamsSchema>;

export function parseSearchParams(raw: unknown): SearchQuery {
  const parsed = searchParamsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));
  const p = parsed.data;
  return {
    q: p.q?.trim() || null,
    filters: {
      from: p.from,
      to: p.to,
      source: p.source,
      kind: p.kind,
      minister: p.minister,
      portfolio: p.portfolio,
      person: p.person,
      org: p.org,
      place: p.place,
    },
    limit: p.limit ?? 20,
    offset: p.offset ?? 0,
    sort: p.sort,
  };
}

/** "`from` must be a calendar date written YYYY-MM-DD (got '11/04/2024')". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      // `kind.1` is the second `kind` given; the user wrote `kind` twice, not `kind.1`.
      const path = issue.path.filter((part) => typeof part !== 'number');
      const field = path.length ? `\`${path.join('.')}\`` : 'input';
      if (issue.code === 'unrecognized_keys') return `Unknown parameter ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove it.`;
      const got = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
      return `${field} ${issue.message}${got}.`;
    })
    .join(' ');
}
