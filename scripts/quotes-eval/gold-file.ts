// The hand-written gold format shared by our fixtures (one JSON beside each
// document) and the sample corpus (scripts/quotes-eval/sample-gold.json, one
// entry per file).
import { locate } from './locate.js';
import type { GoldKind, GoldQuote } from './types.js';
import type { Span } from './words.js';

export interface GoldEntry {
  /** The quoted words exactly as written, without the outer marks; a multi-paragraph quote from its first word to its last, paragraphs separated by a blank line. */
  readonly text: string;
  /** `direct` or `turn` in `quotes`; `partial` is implied in `partials`. */
  readonly kind?: GoldKind;
  /** Canonical full name; null when truly unattributed or an unnamed journalist. */
  readonly speaker: string | null;
  /** Other names the same speaker may be printed as (an organisation's long and short forms). */
  readonly speakerAlt?: readonly string[];
  /** Which occurrence of `text` (0-based) when it appears more than once. */
  readonly nth?: number;
  /** Why this is gold, for the reader of the file. */
  readonly note?: string;
}

export interface GoldFile {
  /** A short style tag: nz-release, au-transcript, uk-news … (per-style rows in --verbose). */
  readonly style: string;
  readonly quotes: readonly GoldEntry[];
  /** Expected partial quotes (a few quoted words inside reported speech): scored apart, see README. */
  readonly partials?: readonly GoldEntry[];
  /** Quoted words that are NOT quotes (scare quotes, titles, nicknames, programmes): predicted quotes there are counted as trap hits. */
  readonly traps?: readonly { readonly text: string; readonly nth?: number; readonly note?: string }[];
}

export interface LoadedGold {
  readonly gold: GoldQuote[];
  readonly traps: Span[];
  /** Gold that could not be located: a broken gold file, reported and never silently dropped. */
  readonly errors: string[];
}

export function loadGold(text: string, file: GoldFile): LoadedGold {
  const gold: GoldQuote[] = [];
  const traps: Span[] = [];
  const errors: string[] = [];
  const entries = [...file.quotes.map((q) => ({ ...q, kind: q.kind ?? 'direct' })), ...(file.partials ?? []).map((q) => ({ ...q, kind: 'partial' as const }))];
  for (const q of entries) {
    const at = locate(text, q.text, q.nth ?? 0);
    if (!at.ok) {
      errors.push(at.reason);
      continue;
    }
    if (at.occurrences > 1 && q.nth === undefined) errors.push(`ambiguous (${at.occurrences} occurrences, give "nth"): "${q.text.slice(0, 60)}"`);
    const speaker = q.speaker === null ? null : { type: 'name' as const, name: q.speaker, ...(q.speakerAlt ? { alt: q.speakerAlt } : {}) };
    gold.push({ ...at.span, kind: q.kind, speaker, text: q.text });
  }
  for (const t of file.traps ?? []) {
    const at = locate(text, t.text, t.nth ?? 0);
    if (at.ok) traps.push(at.span);
    else errors.push(`trap ${at.reason}`);
  }
  gold.sort((a, b) => a.start - b.start);
  return { gold, traps, errors };
}
