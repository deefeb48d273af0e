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

/** `parley entities office` and `GET /api/offices`: an office is a title and whose it is. */
export const officeSchema = z.object({ title: name, of: name }).strict();

/** One mention by its character span in a document: `parley show <doc> --json` lists them under `entities`. */
export const mentionRefSchema = z
  .object({
    document: z.string().trim().min(1, 'must not be empty'),
    start: intFrom(0, Number.MAX_SAFE_INTEGER),
    end: intFrom(1, Number.MAX_SAFE_INTEGER),
  })
  .strict()
  .refine((m) => m.start < m.end, { message: 'needs start before end (a mention is `start-end`, end exclusive)' });

export const splitSchema = z
  .object({
    id: entityId,
    documents: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
    mentions: z.array(mentionRefSchema).max(1000, 'holds more than 1000 mentions: split by --doc instead').optional(),
    name: name.optional(),
  })
  .strict()
  .refine((s) => (s.documents?.length ?? 0) + (s.mentions?.length ?? 0) > 0, {
    message: 'needs at least one --doc <docId> or --mention <docId>:<start>-<end> (`documents` or `mentions` in the API)',
  });

/**
 * `--mention <docId>:<start>-<end>` as the CLI takes it: the document id, a
 * colon, the span. The id may hold colons itself; the last one separates.
 */
export function parseMentionText(text: string): { document: string; start: number; end: number } {
  const match = /^(.+):(\d+)-(\d+)$/.exec(text.trim());
  if (!match) {
    throw new UsageError(
      `--mention '${text}' is not <docId>:<start>-<end>: give the document id and the mention's character span, e.g. --mention 1a2b3c4d5e6f7a8b:120-134 (\`parley show <docId> --json\` lists the spans under "entities").`,
    );
  }
  return { document: match[1]!, start: Number(match[2]), end: Number(match[3]) };
}

/** `parley entities revert <N>`, `POST /api/entities/revert` `{"seq": N}`. */
export const revertSchema = z.object({ seq: intFrom(1, Number.MAX_SAFE_INTEGER) }).strict();

export const renameSchema = z.object({ id: entityId, name }).strict();

/** Validates `raw` against `schema`, or throws `UsageError` naming each field and the problem. */
export function parseParams<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));
  return parsed.data;
}
