import { z } from 'zod';

// Building blocks of the parameter schemas at the boundaries (CLI flags, query strings).

/** A filter given once or many times (`source=a&source=b`, or a repeated CLI flag). */
export const many = <T extends z.ZodType<string>>(item: T) =>
  // Wrapped before checking rather than a union of one and many: a union reports only "Invalid input", losing the item's own message.
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item)).optional();

/** A whole number in [min, max], given as a number or as the text of one. */
export const intFrom = (min: number, max: number) => z.coerce.number().int('must be a whole number').min(min).max(max);
