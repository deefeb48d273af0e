import { CREDIT_WINDOW_YEARS, type Office } from '../store/index.js';

/** Role evidence with its person resolved, as the credit rule reads it. */
export interface CreditEvidence extends Office {
  /** The person's canonical id. */
  readonly person: string;
  readonly published: string | null;
  readonly ofInferred: boolean;
  readonly oneHolder: boolean;
}

const key = (...parts: string[]) => parts.join('\u0000');

/** `date` moved by `years` calendar years, as the store's SQL does it: '2003-07-22' → '2002-07-22'. */
const shiftYears = (date: string, years: number) => String(10000 + Number(date.slice(0, 4)) + years).slice(1) + date.slice(4);

/**
 * The evidence the corpus credits: the store's rule (`sql/role-credit.ts`)
 * in memory, for resolution over one batch without a store. An inferred
 * owner of a one-holder office yields, unless its person is stated somewhere
 * to hold that office of that country, when the person is stated to hold the
 * title for another country, or when another person stated to hold the
 * office has evidence for it within `CREDIT_WINDOW_YEARS` before its date and
 * within as many after.
 */
export function creditedEvidence<T extends CreditEvidence>(evidence: readonly T[]): T[] {
  const one = evidence.filter((e): e is T & { of: string } => e.oneHolder && e.of !== null);
  // People stated to hold an office, and the countries each is stated to hold a title for.
  const confirmed = new Set<string>();
  const countries = new Map<string, Set<string>>();
  for (const e of one) {
    if (e.ofInferred) continue;
    confirmed.add(key(e.title, e.of, e.person));
    const title = key(e.title, e.person);
    (countries.get(title) ?? countries.set(title, new Set()).get(title)!).add(e.of);
  }
  // Every dated piece of evidence of confirmed holders, per office.
  const dates = new Map<string, { person: string; date: string }[]>();
  for (const e of one) {
    if (e.published === null || !confirmed.has(key(e.title, e.of, e.person))) continue;
    const office = key(e.title, e.of);
    (dates.get(office) ?? dates.set(office, []).get(office)!).push({ person: e.person, date: e.published });
  }
  const credited = (e: T): boolean => {
    if (!e.ofInferred || !e.oneHolder || e.of === null) return true;
    if (confirmed.has(key(e.title, e.of, e.person))) return true;
    if ((countries.get(key(e.title, e.person))?.size ?? 0) > 0) return false;
    const at = e.published;
    if (at === null) return true;
    const near = (dates.get(key(e.title, e.of)) ?? []).filter((d) => d.person !== e.person);
    const from = shiftYears(at, -CREDIT_WINDOW_YEARS);
    const to = shiftYears(at, CREDIT_WINDOW_YEARS);
    const before = new Set(near.filter((d) => from <= d.date && d.date <= at).map((d) => d.person));
    return !near.some((d) => before.has(d.person) && at <= d.date && d.date <= to);
  };
  return evidence.filter(credited);
}
