// Display formats. Dates are calendar dates as the source states them, so
// they are formatted from their digits and never through Date and a time zone.
import type { EntityType, Kind } from './api-types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const numbers = new Intl.NumberFormat('en');

/** `2024-04-11` → `11 Apr 2024`; anything else is shown as given. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

export function formatCount(n: number): string {
  return numbers.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const KIND_LABELS: Readonly<Record<Kind, string>> = { release: 'Release', news: 'News', speech: 'Speech', other: 'Other' };

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, readonly [string, string]>> = {
  person: ['Person', 'People'],
  org: ['Organisation', 'Organisations'],
  place: ['Place', 'Places'],
};

/** `Person` / `People`; an unknown type is shown as given. */
export function entityTypeLabel(type: string, many = false): string {
  const labels = (ENTITY_TYPE_LABELS as Readonly<Record<string, readonly [string, string]>>)[type];
  return labels ? labels[many ? 1 : 0] : type;
}

/** `4 Apr 2024 – 2 Jun 2025`, one date when both ends agree, `Unknown` when neither is known. */
export function formatDateRange(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `from ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return 'Unknown';
}
