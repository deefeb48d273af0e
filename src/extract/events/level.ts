// The level of an engagement, from the offices of the people in it. "All
// NZ–US meetings at ministerial level" is then a filter, not a reading. One
// table (model/levels.json) and one rule serve the stage and the linking
// across documents (src/link/events), which re-reads roles by date.
import type { Office } from '../entities/index.js';
import levels from './model/levels.json' with { type: 'json' };
import type { EventLevel } from './types.js';

const table = levels as unknown as { rules: [EventLevel, string[]][] };
/** In the data file's order: the first match wins (see its comment for why the order matters). */
const RULES: readonly (readonly [EventLevel, RegExp])[] = table.rules.flatMap(([level, patterns]) => patterns.map((p) => [level, new RegExp(p, 'i')] as const));

/** Highest first. */
const ORDER: readonly EventLevel[] = ['leader', 'minister', 'official', 'other'];

/** The level of an office title: leader, minister, official, or other for anything else. */
export function levelOfOffice(title: string): EventLevel {
  for (const [level, pattern] of RULES) if (pattern.test(title)) return level;
  return 'other';
}

/** The highest of levels (leader first); `fallback` when there are none. */
export function highestLevel(found: readonly EventLevel[], fallback: EventLevel): EventLevel {
  if (found.length === 0) return fallback;
  return found.reduce((a, b) => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b));
}

/** An engagement's level: the highest among its participants' known offices, or `other` when none is known. */
export function levelOf(offices: readonly (Office | null | undefined)[]): EventLevel {
  return highestLevel(offices.filter((o): o is Office => !!o).map((o) => levelOfOffice(o.title)), 'other');
}
