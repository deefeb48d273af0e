// Levels come from the events stage's table and rule, so a report and its
// merged engagement are judged alike.
import { highestLevel as highest, levelOfOffice } from '../../extract/events/index.js';
import type { EventLevelName } from '../../store/index.js';

/** The level of an office title: leader, minister, official, or other for anything else. */
export const levelOf = (title: string): EventLevelName => levelOfOffice(title);

/** The higher of levels (leader first); `fallback` when there are none. */
export const highestLevel = (levels: readonly EventLevelName[], fallback: EventLevelName): EventLevelName => highest(levels, fallback);
