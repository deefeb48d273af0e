import { KINDS, LineIndex, message, type Document, type Kind, type Message, type Place } from '../core/index.js';
import { failedDocument } from './build.js';
import { decode } from './decode.js';
import type { FrontMatter, FrontMatterFields } from './front-matter.js';
import { recordLine, type RawInput, type RawRecord, type RecordsReader } from './reader.js';
import { readPlainText } from './text.js';

const NAME = 'jsonl';
const ORIGIN = `reader:${NAME}`;

/** The kind of a record that names none: a scraped archive is mostly news, as plain text is. */
export const JSONL_DEFAULT_KIND: Kind = 'news';

/** Unknown fields kept in `meta.extra` at most, and the longest value kept; past either they are dropped (one info message). */
export const MAX_EXTRA_FIELDS = 32;
export const MAX_EXTRA_CHARS = 2000;

/**
 * Record fields and the keys that may carry them, first present (non-null,
 * non-empty) one wins. Keys match exactly. The aliases are the names
 * scrapers commonly use for the same thing.
 */
const FIELDS = {
  text: ['text', 'body', 'content'],
  title: ['title'],
  published: ['published', 'date'],
  source: ['source'],
  url: ['url', 'link'],
  kind: ['kind'],
  byline: ['byline', 'author'],
  ministers: ['ministers'],
  portfolios: ['portfolios'],
} as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.values(FIELDS).flat());

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;

/**
 * JSONL (`.jsonl`, `.ndjson`): one JSON object per line, one document each,
 * at path `file:line`. The record's text is read exactly as the plain-text
 * reader reads a body (`readPlainText`), with the record's fields standing
 * where front matter would. See README.md for the record format.
 */
export const jsonlReader: RecordsReader = {
  name: NAME,
  extensions: ['jsonl', 'ndjson'],
  fileLimit: false,
  split: splitLines,
  read: readRecord,
};

/**
 * Lines of a byte stream, split on LF (a CR before it is dropped), numbered
 * from 1; blank lines are skipped but counted, and a BOM opening the file is
 * dropped. Only the line being assembled is held: a line past `maxBytes` is
 * let go as it streams past and reported by size.
 */
async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<RawRecord> {
  let line = 1;
  let parts: Uint8Array[] = [];
  let size = 0;
  let first = true;
  const finish = (): RawRecord | null => {
    const held = parts;
    const total = size;
    parts = [];
    size = 0;
    if (total > maxBytes + 1) return { line, tooLarge: total };
    const bytes = concat(held, total);
    const body = bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
    if (isBlank(body)) return null;
    if (body.length > maxBytes) return { line, tooLarge: body.length };
    // A copy of its own (never a view): a view would keep, and post to a worker, the whole chunk it came from.
    return { line, bytes: body.length === bytes.length ? bytes : bytes.slice(0, body.length) };
  };
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let from = 0;
    while (from <= chunk.length) {
      const newline = chunk.indexOf(LF, from);
      const end = newline === -1 ? chunk.length : newline;
      if (end > from) {
        if (size + (end - from) <= maxBytes + 1) parts.push(chunk.subarray(from, end));
        else parts = [];
        size += end - from;
      }
      if (newline === -1) break;
      const record = finish();
      if (record) yield record;
      line += 1;
      from = newline + 1;
    }
  }
  if (size > 0) {
    const record = finish();
    if (record) yield record;
  }
}

/** Always a fresh array: `Buffer#slice` is a view, and a view keeps its whole chunk. */
function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== SPACE && b !== TAB && b !== CR) return false;
  return true;
}

/** What a record's fields come to once checked; `problems` fail the record. */
interface Checked {
  readonly text: string | null;
  readonly fields: FrontMatterFields;
  readonly extra: Record<string, string>;
  readonly dropped: string[];
  readonly problems: string[];
}

/**
 * One line into one document. Any problem with the record itself (not JSON,
 * not an object, no text, a field of the wrong type, a date that is not one)
 * fails it with one error message (`bad-json`, `bad-record`) placed on its
 * line of the file; the other records are untouched.
 */
function readRecord(input: RawInput): Document {
  const line = recordLine(input.path) ?? 1;
  const decoded = decode(input.bytes, ORIGIN);
  const lineMessages = decoded.messages.map((m) => onLine(m, line));
  if (!decoded.ok) return failedDocument(input, NAME, JSONL_DEFAULT_KIND, lineMessages);

  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(detail);
    const column = position ? Number(position[1]) + 1 : null;
    const reason = `Line ${line} is not valid JSON${column === null ? '' : ` (column ${column})`}: ${shorten(detail.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+$/, ''))}; the record is not stored.`;
    return failedDocument(input, NAME, JSONL_DEFAULT_KIND, [...lineMessages, recordError('bad-json', reason, line, column)]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const reason = `Line ${line} is ${describe(value)}, not a JSON object with a "text" field; the record is not stored.`;
    return failedDocument(input, NAME, JSONL_DEFAULT_KIND, [...lineMessages, recordError('bad-record', reason, line, null)]);
  }

  const checked = checkRecord(value as Record<string, unknown>);
  if (checked.problems.length > 0 || checked.text === null) {
    const errors = checked.problems.map((p) => recordError('bad-record', `Line ${line}: ${p}; the record is not stored.`, line, null));
    return failedDocument(input, NAME, checked.fields.kind ?? JSONL_DEFAULT_KIND, [...lineMessages, ...errors]);
  }

  // The text as a file of its own: the same decoding repairs (CRLF, NBSP, C1 punctuation, NUL refused) and the same body treatment.
  const body = decode(new TextEncoder().encode(checked.text), ORIGIN);
  if (!body.ok) return failedDocument(input, NAME, checked.fields.kind ?? JSONL_DEFAULT_KIND, [...lineMessages, ...body.messages.map(inText)]);
  const front: FrontMatter = { present: false, fields: checked.fields, body: body.text, bodyOffset: 0, messages: [] };
  const messages: Message[] = [...body.messages];
  if (checked.dropped.length > 0) {
    messages.push(
      message({
        code: 'record-fields-ignored',
        severity: 'info',
        reason: `Fields not kept (only text, numbers and true/false up to ${MAX_EXTRA_CHARS} characters, ${MAX_EXTRA_FIELDS} fields at most, go to meta.extra): ${checked.dropped.slice(0, 10).join(', ')}${checked.dropped.length > 10 ? ` and ${checked.dropped.length - 10} more` : ''}.`,
        origin: ORIGIN,
      }),
    );
  }
  const doc = readPlainText(input, front, new LineIndex(body.text), messages, { format: NAME, origin: ORIGIN, kind: () => JSONL_DEFAULT_KIND });
  return {
    ...doc,
    meta: { ...doc.meta, publishedFrom: doc.meta.publishedFrom === 'front-matter' ? 'feed' : doc.meta.publishedFrom, extra: checked.extra },
    // Places in the text field are not places in the file (JSON escapes move them): the span in `text` and the excerpt say where.
    messages: [...lineMessages, ...doc.messages.map(inText)],
  };
}

function checkRecord(record: Record<string, unknown>): Checked {
  const problems: string[] = [];
  const pick = (field: keyof typeof FIELDS): { key: string; value: unknown } | null => {
    for (const key of FIELDS[field]) {
      if (!Object.hasOwn(record, key)) continue;
      const value = record[key];
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '' && field !== 'text')) continue;
      return { key, value };
    }
    return null;
  };
  const string = (field: keyof typeof FIELDS): string | null | undefined => {
    const hit = pick(field);
    if (!hit) return null;
    if (typeof hit.value !== 'string') {
      problems.push(`field "${hit.key}" must be a string, not ${describe(hit.value)}`);
      return undefined;
    }
    return hit.value.trim();
  };
  const list = (field: 'ministers' | 'portfolios'): string[] => {
    const hit = pick(field);
    if (!hit) return [];
    if (!Array.isArray(hit.value) || !hit.value.every((v) => typeof v === 'string')) {
      problems.push(`field "${hit.key}" must be an array of strings, not ${describe(hit.value)}`);
      return [];
    }
    return (hit.value as string[]).map((v) => v.trim()).filter((v) => v !== '');
  };

  // undefined: present with the wrong type (already a problem); null: absent.
  const text = string('text');
  if (text === null) problems.unshift('no "text" (or "body", "content") field with the document\'s text');
  else if (text === '') problems.unshift('field "text" is empty');
  const title = string('title') ?? null;
  const publishedRaw = string('published') ?? null;
  const published = publishedRaw === null ? null : calendarDateOf(publishedRaw);
  if (publishedRaw !== null && published === null) {
    problems.push(`field "published" '${shorten(publishedRaw)}' is not a date: give YYYY-MM-DD or an ISO date-time such as 2024-04-11T09:30:00+12:00`);
  }
  const source = string('source') ?? null;
  const url = string('url') ?? null;
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) problems.push(`field "url" '${shorten(url)}' is not an absolute http(s) URL`);
  const kindRaw = string('kind') ?? null;
  const kind = kindRaw === null ? null : ((KINDS as readonly string[]).includes(kindRaw.toLowerCase()) ? (kindRaw.toLowerCase() as Kind) : null);
  if (kindRaw !== null && kind === null) problems.push(`field "kind" '${shorten(kindRaw)}' is not one of ${KINDS.join(', ')}`);
  const byline = string('byline') ?? null;
  const ministers = list('ministers');
  const portfolios = list('portfolios');

  const extra: [string, string][] = [];
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (KNOWN_KEYS.has(key) || value === null) continue;
    const kept = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
    if (kept === null || kept.length > MAX_EXTRA_CHARS || extra.length >= MAX_EXTRA_FIELDS) dropped.push(shorten(key, 40));
    else extra.push([key, kept]);
  }
  return {
    text: problems.length > 0 ? null : (text ?? null),
    fields: { title, published, url, source, byline, ministers, portfolios, kind },
    // fromEntries defines own properties: a "__proto__" key stays a plain key.
    extra: Object.fromEntries(extra),
    dropped,
    problems,
  };
}

/**
 * `2024-04-11`, or an ISO date-time (`2024-04-11T23:30:00-05:00`,
 * `2024-04-11 09:30Z`), → `2024-04-11`: the calendar date as written. The
 * offset is never applied, so no time zone moves the date.
 */
export function calendarDateOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A message about the line itself: placed on that line of the file. */
function recordError(code: string, reason: string, line: number, column: number | null): Message {
  const place: Place = column === null ? { start: { line, column: 1 }, end: { line, column: 1 } } : { start: { line, column }, end: { line, column: column + 1 } };
  return message({ code, severity: 'error', reason, origin: ORIGIN, place });
}

/** The decoder saw the line alone: its line 1 is the record's line of the file. */
function onLine(m: Message, line: number): Message {
  if (!m.place) return m;
  const shift = line - 1;
  return { ...m, place: { start: { ...m.place.start, line: m.place.start.line + shift }, end: { ...m.place.end, line: m.place.end.line + shift } } };
}

function inText(m: Message): Message {
  return m.place === null ? m : { ...m, place: null };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function shorten(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
