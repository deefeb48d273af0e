import type { TextSpan } from '../../core/index.js';

/** How precise a value is: `2024-04-11` day, `2024-W15` week, `2024-04` month, `2024-Q2` quarter, `2024` year. */
export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A TIMEX3 value (ISO 8601) with its grain. */
export interface TimeValue {
  readonly value: string;
  readonly grain: TimeGrain;
}

/**
 * One temporal expression (a TIMEX3 DATE): "today", "02 February 2026",
 * "next week", "3–5 April". `text === doc.text.slice(start, end)`.
 */
export interface TimeExpression extends TextSpan {
  /**
   * TIMEX3 value against the publication date: `2024-04-11`, `2024-W15`,
   * `2024-04`, `2024-Q2`, `2024`; null when it cannot be resolved (a relative
   * expression in a document with no publication date).
   */
  readonly value: string | null;
  readonly grain: TimeGrain | null;
  /**
   * For a range ("3–5 April", "from Monday to Wednesday"): its last value;
   * `value` is then the first. Null for a single date. (The DESIGN.md
   * contract's `end` is already the end offset, so the range end is `until`.)
   */
  readonly until: TimeValue | null;
  /** True when the value depends on the publication date ("Friday", "next week", "in March"). */
  readonly relative: boolean;
  /** Which way a relative expression was read: from the tense of its clause. Null for absolute dates. */
  readonly direction: 'past' | 'future' | 'same' | null;
}

/** A publication date the text states ("WELLINGTON, 2 February 2026 –", "today (Monday 2 February 2026)"). */
export interface StatedPublication extends TextSpan {
  /** `YYYY-MM-DD`. */
  readonly value: string;
}

export interface TimesOutput {
  /** In document order, never overlapping. */
  readonly times: readonly TimeExpression[];
}
