import { z } from 'zod';
import { UsageError } from '../core/index.js';
import { ENTITY_TYPES } from '../store/index.js';
import { describeIssues } from './search-params.js';

const intFrom = (min: number, max: number) => z.coerce.number().int('must be a whole number').min(min).max(max);

/** `person:winston-peters`: a type, a colon, a slug. */
export const entityId = z
  .string()
  .regex(new RegExp(`^(${ENTITY_TYPES.join('|')}):\\S+$`), `must be an entity id such as person:winston-peters (${ENTITY_TYPES.join(', ')})`);

const name = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters');

/** `parley entities` flags and `GET /api/entities` parameters. */
export const entityListSchema = z
  .object({
    // zod leaves the rejected value out of enum issues; the message names it.
    type: z.enum(ENTITY_TYPES, { error: (issue) => `must be ${ENTITY_TYPES.join(', ')} (got ${JSON.stringify(issue.input)})` }).optional(),
    search: z.string().max(200, 'is longer than 200 characters').optional(),
    limit: intFrom(1, 200).optional(),
    offset: intFrom(0, 1_000_000).optional(),
  })
  .strict();

/** `GET /api/entities/:id` parameters: paging of its documents, and how many co-mentioned entities. */
export const entityDetailSchema = z
  .object({
    limit: intFrom(1, 1000).optional(),
    offset: intFrom(0, 1_000_000).optional(),
    coMentioned: intFrom(0, 200).optional(),
  })
  .strict();

export const mergeSchema = z.object({ into: entityId, from: entityId }).strict();

export const splitSchema = z
  .object({
    id: entityId,
    documents: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one --doc'),
    name: name.optional(),
  })
  .strict();

export const renameSchema = z.object({ id: entityId, name }).strict();

/** Validates `raw` against `schema`, or throws `UsageError` naming each field and the problem. */
export function parseParams<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));
  return parsed.data;
}
