import { z } from 'zod';

// Building blocks of the parameter schemas at the boundaries (CLI flags, query strings).

/** A filter given once or many times (`source=a&source=b`, or a repeated CLI flag). */
export const many = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional();

/** A whole number in [min, max], given as a number or as the text of one. */
export const intFrom = (min: number, max: number) => z.coerce.number().int('must be a whole number').min(min).max(max);
