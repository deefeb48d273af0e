import type { Place } from './position.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A content problem found while reading or processing a document. Content
 * problems are never thrown: they travel with the document, vfile-style.
 *
 * - `start`/`end` are offsets into the document's `text` (null when the
 *   problem has no place there, e.g. a missing publication date). For content
 *   removed from `text` (boilerplate), start === end marks where it was cut.
 * - `place` is where the problem sits in the source file, 1-based.
 * - `severity: 'error'` means the document could not be read and is not stored.
 */
export interface Message {
  readonly code: string;
  readonly severity: Severity;
  readonly reason: string;
  readonly start: number | null;
  readonly end: number | null;
  /** The reader or stage that raised it, e.g. `reader:text` or `segment`. */
  readonly origin: string;
  readonly place: Place | null;
  /** The offending source text, shortened, when it helps (e.g. removed boilerplate). */
  readonly excerpt: string | null;
}

export interface MessageInit {
  code: string;
  reason: string;
  origin: string;
  severity?: Severity;
  start?: number | null;
  end?: number | null;
  place?: Place | null;
  excerpt?: string | null;
}

export function message(init: MessageInit): Message {
  return {
    code: init.code,
    severity: init.severity ?? 'warning',
    reason: init.reason,
    start: init.start ?? null,
    end: init.end ?? null,
    origin: init.origin,
    place: init.place ?? null,
    excerpt: init.excerpt == null ? null : shorten(init.excerpt, 120),
  };
}

function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** `file:line:col-line:col: reason [origin:code]`, as vfile-message prints. */
export function formatMessage(path: string, m: Message): string {
  const where = m.place
    ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}`
    : '1:1';
  return `${path}:${where}: ${m.severity}: ${m.reason} [${m.origin}:${m.code}]`;
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}
