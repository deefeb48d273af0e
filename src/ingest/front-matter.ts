import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { KINDS, message, type Kind, type LineIndex, type Message } from '../core/index.js';
import { parseCalendarDate } from './calendar-date.js';

/** What a front matter block says about its document; every field null or empty when absent or invalid. */
export interface FrontMatterFields {
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  readonly kind: Kind | null;
}

export interface FrontMatter {
  /** Whether the text opened with a `---` … `---` block (even a broken one). */
  readonly present: boolean;
  readonly fields: FrontMatterFields;
  /** Everything after the closing fence; the block itself never reaches a document's text. */
  readonly body: string;
  /** Offset of `body` in the decoded file, for mapping body positions back to file places. */
  readonly bodyOffset: number;
  readonly messages: readonly Message[];
}

const NO_FIELDS: FrontMatterFields = Object.freeze({
  title: null,
  published: null,
  url: null,
  source: null,
  byline: null,
  ministers: [],
  portfolios: [],
  kind: null,
});

/**
 * Field → the keys that may carry it, first valid one wins. Keys are matched
 * case-insensitively with `_` read as `-`, so `pubDate`, `pub_date` and
 * `Source-URL` all count.
 */
const ALIASES = {
  title: ['title'],
  published: ['date', 'published', 'pubdate', 'pub-date'],
  url: ['url', 'source-url', 'link'],
  source: ['source'],
  byline: ['byline', 'author'],
  ministers: ['ministers'],
  portfolios: ['portfolios'],
  kind: ['kind', 'type'],
} as const satisfies Record<keyof FrontMatterFields, readonly string[]>;

// Under the YAML core schema an unquoted `1984` is a number; a title is still text.
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const textList = z.union([text.transform((v) => [v]), z.array(text)]).transform((list) => list.filter((v) => v !== ''));
const SCHEMAS = {
  title: text,
  published: text,
  url: text,
  source: text,
  byline: textList.transform((list) => list.join(', ')),
  ministers: textList,
  portfolios: textList,
  kind: text,
} as const;

/** Spellings of `kind`/`type` seen in the wild, folded onto Parley's kinds. */
const KIND_SYNONYMS: Readonly<Record<string, Kind>> = Object.freeze({
  'press release': 'release',
  'media release': 'release',
  statement: 'release',
  article: 'news',
  story: 'news',
  address: 'speech',
});

/**
 * Front matter is a handful of fields; a block this long is a mistake or an
 * attack, and the YAML parser's memory is many times its input.
 */
const MAX_FRONT_MATTER = 64 * 1024;

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a leading `---` YAML block from the body and validates it. Never
 * throws: broken YAML and bad fields become warnings and the body is still read.
 * `lines` indexes the whole decoded file, so places are file coordinates.
 */
export function readFrontMatter(source: string, lines: LineIndex, origin: string): FrontMatter {
  const open = OPEN.exec(source);
  // Without a closing fence the `---` is a Markdown rule, not front matter.
  const close = open ? CLOSE.exec(source.slice(open[0].length)) : null;
  if (!open || !close) return { present: false, fields: NO_FIELDS, body: source, bodyOffset: 0, messages: [] };

  const yamlStart = open[0].length;
  const yamlEnd = yamlStart + close.index;
  let bodyOffset = yamlEnd + close[0].length;
  if (source[bodyOffset] === '\n') bodyOffset++;
  const body = source.slice(bodyOffset);
  const messages: Message[] = [];
  const at = (start: number, end: number) => lines.place(yamlStart + start, yamlStart + end);

  if (yamlEnd - yamlStart > MAX_FRONT_MATTER) {
    messages.push(
      message({
        code: 'front-matter-too-large',
        reason: `The front matter is ${(yamlEnd - yamlStart).toLocaleString('en')} characters, over the ${MAX_FRONT_MATTER.toLocaleString('en')} a front matter block may have; its fields are ignored.`,
        origin,
        place: at(0, yamlEnd - yamlStart),
      }),
    );
    return { present: true, fields: NO_FIELDS, body, bodyOffset, messages };
  }
  // Aliases are never expanded: each field's value is read with `toJSON()` and no document
  // context, which leaves an alias as `{ source }` (then refused as a field), so an
  // anchors-and-aliases bomb costs what its text costs.
  const doc = parseDocument(source.slice(yamlStart, yamlEnd), { schema: 'core', prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    messages.push(
      message({
        code: 'front-matter-invalid',
        reason: `The front matter is not valid YAML (${firstLine(error.message)}); its fields are ignored.`,
        origin,
        place: at(error.pos[0], Math.max(error.pos[0], error.pos[1])),
      }),
    );
    return { present: true, fields: NO_FIELDS, body, bodyOffset, messages };
  }
  if (doc.contents === null) return { present: true, fields: NO_FIELDS, body, bodyOffset, messages };
  if (!isMap(doc.contents)) {
    const range = doc.contents.range ?? [0, 0];
    messages.push(
      message({ code: 'front-matter-invalid', reason: 'The front matter must be a mapping of keys to values; it is ignored.', origin, place: at(range[0], range[1]) }),
    );
    return { present: true, fields: NO_FIELDS, body, bodyOffset, messages };
  }

  const entries = new Map<string, { key: string; value: unknown; node: YamlNode | null }>();
  for (const pair of doc.contents.items) {
    const rawKey = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof rawKey !== 'string') continue;
    const key = rawKey.toLowerCase().replace(/_/g, '-');
    const node = (pair.value as YamlNode | null) ?? null;
    if (!entries.has(key)) entries.set(key, { key: rawKey, value: node === null ? null : node.toJSON(), node });
  }

  const fields: Record<string, unknown> = { ...NO_FIELDS };
  for (const field of Object.keys(ALIASES) as (keyof FrontMatterFields)[]) {
    for (const alias of ALIASES[field]) {
      const entry = entries.get(alias);
      if (!entry || entry.value === null || entry.value === '') continue;
      const range = entry.node?.range ?? [0, 0];
      const place = at(range[0], range[1]);
      const parsed = SCHEMAS[field].safeParse(entry.value);
      if (!parsed.success) {
        messages.push(
          message({
            code: 'front-matter-field-invalid',
            reason: `Front matter field '${entry.key}' should be ${field === 'ministers' || field === 'portfolios' ? 'text or a list of text' : 'text'}, not ${describe(entry.value)}; it is ignored.`,
            origin,
            place,
            excerpt: JSON.stringify(entry.value),
          }),
        );
        continue;
      }
      const value = checkField(field, parsed.data, entry.key, place, origin, messages);
      if (value === undefined) continue;
      fields[field] = value;
      break;
    }
  }
  return { present: true, fields: fields as unknown as FrontMatterFields, body, bodyOffset, messages };
}

/** Field-specific meaning on top of the shape zod checked; undefined means "try the next alias". */
function checkField(
  field: keyof FrontMatterFields,
  value: string | string[],
  key: string,
  place: ReturnType<LineIndex['place']>,
  origin: string,
  messages: Message[],
): unknown {
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (value === '') return undefined;
  switch (field) {
    case 'published': {
      const date = parseCalendarDate(value);
      if (date === null) {
        messages.push(
          message({ code: 'invalid-date', reason: `Front matter ${key} '${value}' is not a calendar date; published is left unknown.`, origin, place, excerpt: value }),
        );
        return undefined;
      }
      return date;
    }
    case 'url':
      if (!/^https?:\/\/[^\s/]+/i.test(value)) {
        messages.push(
          message({
            code: 'front-matter-field-invalid',
            reason: `Front matter field '${key}' is not an absolute http(s) URL ('${value}'); it is ignored.`,
            origin,
            place,
            excerpt: value,
          }),
        );
        return undefined;
      }
      return value;
    case 'kind': {
      // `type: post` and the like are site-generator layout hints, not a document kind: ignore quietly.
      const lower = value.toLowerCase();
      return (KINDS as readonly string[]).includes(lower) ? lower : KIND_SYNONYMS[lower];
    }
    default:
      return value;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return typeof value;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).trim();
}
