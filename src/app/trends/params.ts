import { z } from 'zod';
import { KINDS } from '../../core/index.js';
import { SHIFT_MAX_LIMIT } from '../../store/index.js';
import { intFrom, isoDate, many } from '../param-schemas.js';
import { GRAINS } from './buckets.js';
import { MEASURES, SPLITS } from './series.js';

/** Phrases one trend compares: the page draws up to 6; scripts may ask for a few more. */
export const MAX_PHRASES = 10;

const text = (what: string) => z.string().trim().min(1, `must not be empty: give ${what}, or leave it out`).max(200, 'is longer than 200 characters');
const kind = z.enum(KINDS, { error: (issue) => `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(issue.input)})` });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})` });

/** `parley trends` flags and `GET /api/trends` parameters (docs/trends.md). */
export const trendParamsSchema = z
  .object({
    phrase: z.preprocess(
      (value) => (value === undefined || Array.isArray(value) ? value : [value]),
      z
        .array(z.string().trim().min(1, 'must not be empty: give a word or "a phrase"').max(1000, 'is longer than 1000 characters'))
        .min(1, 'is missing: give at least one phrase, e.g. "traditional partners"')
        .max(MAX_PHRASES, `has more than ${MAX_PHRASES} phrases: compare at most ${MAX_PHRASES} at a time`),
    ),
    by: oneOf(GRAINS).optional(),
    measure: oneOf(MEASURES).optional(),
    split: oneOf(SPLITS).optional(),
    smooth: intFrom(1, 60).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: many(z.string().min(1, 'must not be empty')),
    kind: many(kind),
    speaker: text('an entity id (person:winston-peters) or a name').optional(),
    role: text("an office as releases write it ('Foreign Minister')").optional(),
    of: text("whose office it is ('New Zealand')").optional(),
  })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'must not be later than `to`', path: ['from'] })
  .refine((p) => p.of === undefined || p.role !== undefined, { message: "needs `role` too: `of` says whose office, e.g. role='Prime Minister'&of=Australia", path: ['of'] });

export type TrendParams = z.input<typeof trendParamsSchema>;

/** `parley shifts` flags and `GET /api/shifts` parameters: two periods (`from`, `to`) or two groups (`group`, `vs`). */
export const shiftParamsSchema = z
  .object({
    from: z.string().trim().min(1).max(40, 'is longer than 40 characters').optional(),
    to: z.string().trim().min(1).max(40, 'is longer than 40 characters').optional(),
    group: z.string().trim().min(1).max(200, 'is longer than 200 characters').optional(),
    vs: z.string().trim().min(1).max(200, 'is longer than 200 characters').optional(),
    source: many(z.string().min(1, 'must not be empty')),
    kind: many(kind),
    minDocs: intFrom(1, 1_000_000).optional(),
    limit: intFrom(1, SHIFT_MAX_LIMIT).optional(),
  })
  .strict()
  .refine((p) => (p.from === undefined) === (p.to === undefined), { message: 'needs both periods: --from 1996..2000 --to 2005..2009 (from=…&to=…)', path: ['from'] })
  .refine((p) => (p.group === undefined) === (p.vs === undefined), { message: 'needs both groups: --group kind:release --vs kind:news (group=…&vs=…)', path: ['group'] })
  .refine((p) => (p.from === undefined) !== (p.group === undefined), {
    message: 'give either two periods (from and to) or two groups (group and vs), not both and not neither',
    path: ['from'],
  });

export type ShiftParams = z.input<typeof shiftParamsSchema>;
