import { EVENT_LEVELS, type EventLevelName } from '../../store/index.js';
import levels from './model/levels.json' with { type: 'json' };

const table = levels as unknown as { rules: [EventLevelName, string[]][] };
/** In the data file's order: the first match wins (see its comment for why the order matters). */
const RULES: readonly (readonly [EventLevelName, RegExp])[] = table.rules.flatMap(([level, patterns]) => patterns.map((p) => [level, new RegExp(p, 'i')] as const));

/** The level of an office title: leader, minister, official, or other for anything else. */
export function levelOf(title: string): EventLevelName {
  for (const [level, pattern] of RULES) if (pattern.test(title)) return level;
  return 'other';
}

/** The higher of levels (leader first); `fallback` when there are none. */
export function highestLevel(levels: readonly EventLevelName[], fallback: EventLevelName): EventLevelName {
  if (levels.length === 0) return fallback;
  return levels.reduce((a, b) => (EVENT_LEVELS.indexOf(a) <= EVENT_LEVELS.indexOf(b) ? a : b));
}
