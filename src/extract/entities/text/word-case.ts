import type { Tok } from './tokens.js';

/** A word as a list spells it ("NOVEMBER", "ANTONY" → "November", "Antony"): word lists hold names in title case. */
export function titleCased(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Whether token `k` is a month or weekday (`calendar`, in any case) with a
 * day number after it: "NOVEMBER 27, 2023" under a State Department header
 * is a date, never a name, and ends the title before it.
 */
export function opensDate(tokens: readonly Tok[], k: number, calendar: ReadonlySet<string>): boolean {
  const t = tokens[k];
  return t !== undefined && calendar.has(titleCased(t.text)) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '');
}
