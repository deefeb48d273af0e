import { UsageError, KINDS, type Kind } from '../../core/index.js';

/** A period of `parley shifts`: both ends inclusive. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One end of a period: a year or a month stands for its first day at the start and its last at the end. */
function end(value: string, side: 'start' | 'end', flag: string): string {
  const v = value.trim();
  let day: string | null = null;
  if (YEAR.test(v)) day = side === 'start' ? `${v}-01-01` : `${v}-12-31`;
  else if (MONTH.test(v)) {
    const [y, m] = v.split('-').map(Number) as [number, number];
    day = side === 'start' ? `${v}-01` : new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  } else if (DAY.test(v)) day = v;
  const check = day === null ? null : new Date(`${day}T00:00:00Z`);
  if (day === null || !check || Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== day) {
    throw new UsageError(`${flag} has ${JSON.stringify(value)}, which is not a year, month or date: write a period as 1996..2000, 2001-09..2002-03 or 2001-09-11..2001-12-31.`);
  }
  return day;
}

/** `1996..2000`, `2001-09-11..2001-12-31`, `2003` (one year), or a mix of years, months and dates. */
export function parsePeriod(text: string, flag: string): Period {
  const [start, finish, extra] = text.split('..');
  if (extra !== undefined || start === undefined || start.trim() === '' || (finish !== undefined && finish.trim() === '')) {
    throw new UsageError(`${flag} has ${JSON.stringify(text)}: write a period as FROM..TO with both ends, e.g. 1996..2000 or 2001-09-11..2001-12-31.`);
  }
  const period = { from: end(start, 'start', flag), to: end(finish ?? start, 'end', flag) };
  if (period.from > period.to) throw new UsageError(`${flag} starts after it ends (${text}): swap the ends, e.g. ${finish}..${start}.`);
  return period;
}

/** A group of `parley shifts --group/--vs`: documents of one kind or one source. */
export type Group = { readonly kind: Kind; readonly label: string } | { readonly source: string; readonly label: string };

export function parseGroup(text: string, flag: string): Group {
  const at = text.indexOf(':');
  const field = at === -1 ? '' : text.slice(0, at).trim();
  const value = at === -1 ? '' : text.slice(at + 1).trim();
  if (field === 'kind') {
    if (!(KINDS as readonly string[]).includes(value)) throw new UsageError(`${flag} has unknown kind '${value}': use kind:${KINDS.join(', kind:')}.`);
    return { kind: value as Kind, label: `kind:${value}` };
  }
  if (field === 'source' && value !== '') return { source: value, label: `source:${value}` };
  throw new UsageError(`${flag} has ${JSON.stringify(text)}: write a group as kind:K (e.g. kind:release) or source:S (e.g. source:RNZ).`);
}
