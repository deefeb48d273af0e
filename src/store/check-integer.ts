import { UsageError } from '../core/index.js';

/** A whole number in [min, max], or a `UsageError` naming the field and the range. */
export function checkInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`'${field}' must be a whole number ${range} (got ${JSON.stringify(value)}).`);
  }
  return value;
}
