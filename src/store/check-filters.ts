// Checks of filter values at the store's boundary, shared by every query that
// takes them (search, quotes). `name` is how the message names the value:
// "Filter 'from'" for search, "'from'" for quotes.
import { UsageError } from '../core/index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD`, or null when absent. */
export function checkDate(name: string, value: string | undefined): string | null {
  if (value == null) return null;
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const [y, m, d] = match ? match.slice(1).map(Number) : [];
  const date = match ? new Date(Date.UTC(y as number, (m as number) - 1, d as number)) : null;
  if (!date || date.getUTCFullYear() !== y || date.getUTCMonth() !== (m as number) - 1 || date.getUTCDate() !== d) {
    throw new UsageError(`${name} must be a calendar date written YYYY-MM-DD, e.g. 2024-04-11 (got ${JSON.stringify(value)}).`);
  }
  return value;
}

/** A list of strings, empty when absent. */
export function checkList(name: string, value: readonly string[] | undefined): readonly string[] {
  if (value == null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new UsageError(`${name} must be a list of strings (got ${JSON.stringify(value)}).`);
  }
  return value;
}
