// Dates of engagements as TIMEX3 values (`2024-04-11`, `2024-W15`, `2024-04`,
// `2024-Q2`, `2024`), read as the days they cover: shared by merging (are two
// reports within 3 days?) and the store (what `from`/`to` compare).

const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** The first and last day a value covers; null for a value that is not one of the TIMEX3 forms above. */
export function periodOf(value: string | null): { first: string; last: string } | null {
  if (value === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { first: value, last: value };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { first: `${value}-01`, last: iso(utc(Number(m[1]), Number(m[2]) + 1, 1) - DAY_MS) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return { first: iso(utc(Number(m[1]), q * 3 - 2, 1)), last: iso(utc(Number(m[1]), q * 3 + 1, 1) - DAY_MS) };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = utc(Number(m[1]), 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS;
    return { first: iso(monday), last: iso(monday + 6 * DAY_MS) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { first: `${value}-01-01`, last: `${value}-12-31` };
  return null;
}

/** Days between two periods: 0 when they overlap; null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const p = periodOf(a);
  const q = periodOf(b);
  if (p === null || q === null) return null;
  const gap = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  if (p.last < q.first) return gap(p.last, q.first);
  if (q.last < p.first) return gap(q.last, p.first);
  return 0;
}

/** A network node's and a merge key's name for a participant: the canonical id, or the office's label for an office no one is known to hold. */
export function participantKey(p: { readonly id: string | null; readonly name: string }): string {
  return p.id ?? `office:${p.name}`;
}
