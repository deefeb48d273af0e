import { z } from 'zod';

// Building blocks of the parameter schemas at the boundaries (CLI flags, query strings).

/** A filter given once or many times (`source=a&source=b`, or a repeated CLI flag). */
export const many = <T extends z.ZodType<string>>(item: T) =>
  // Wrapped before checking rather than a union of one and many: a union reports only "Invalid input", losing the item's own message.
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item)).optional();

/** A whole number in [min, max], given as a number or as the text of one. */
export const intFrom = (min: number, max: number) => z.coerce.number().int('must be a whole number').min(min).max(max);

/** A real calendar date written `YYYY-MM-DD` (2024-02-30 is refused, naming the value). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar date written YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    // A refinement's issue carries no input for describeIssues to name: the message names it.
  }, { error: (issue) => `is not a real calendar date, e.g. 2024-04-11 (got ${JSON.stringify(issue.input)})` });
