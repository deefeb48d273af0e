import { emptyMeta, message, type Document, type DocumentMeta, type Kind, type LineIndex, type Message } from '../core/index.js';
import { bylineName, classifyLine, isHeadlineShaped } from './boilerplate.js';
import { TextBuilder, openSource, finishDocument, hostOf, noDateWarning, removal } from './build.js';
import { parseCalendarDate } from './calendar-date.js';
import { readFrontMatter, type FrontMatter, type FrontMatterFields } from './front-matter.js';
import { chromePerson, chromePublished, findPageChrome } from './page-chrome.js';
import { collapseSpaces, paragraphRanges, wordCount } from './paragraphs.js';
import type { RawInput, Reader } from './reader.js';

const NAME = 'text';
const ORIGIN = `reader:${NAME}`;

/** One source line: where it sits in the decoded file and what it says once spaces are collapsed. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Why the line leaves the text, or null while it is content. */
  removed: { code: string; reason: string } | null;
}

/** Boilerplate after which a lone short line is the page's headline repeated, not content. */
const TAIL_MARKERS = new Set(['boilerplate-signoff', 'boilerplate-ends', 'boilerplate-staff-credits']);

/**
 * Plain-text news: one paragraph per line or per blank-line block (hard-wrapped
 * blocks are joined). Page furniture is removed and reported; a headline on the
 * first line, or repeated after the agency sign-off, becomes the title.
 */
export const textReader: Reader = {
  name: NAME,
  extensions: ['txt', 'text'],
  sniff: () => true,
  read(input) {
    const opened = openSource(input, NAME, 'news', ORIGIN);
    if (!opened.ok) return opened.failed;
    const { source, index, messages } = opened;
    // A .txt file can carry front matter (Beehive exports do); it never belongs in the text.
    const front = readFrontMatter(source, index, ORIGIN);
    messages.push(...front.messages);
    return readPlainText(input, front, index, messages, { format: NAME, origin: ORIGIN, kind: () => 'news' });
  },
};

export interface PlainTextOptions {
  /** The document's `format`: the reader whose file this is. */
  readonly format: string;
  /** Origin of the messages raised here, e.g. `reader:text`. */
  readonly origin: string;
  /** The kind when the front matter names none. */
  readonly kind: (fields: FrontMatterFields) => Kind;
}

/**
 * The text reader's treatment of a body whose front matter is already read:
 * lines and blank-line blocks become paragraphs, page furniture is removed and
 * reported. Other readers fall back to it for a body they cannot parse safely
 * (Markdown too deeply nested for the Markdown parser), so the words are kept.
 * `messages` is taken over and extended.
 */
export function readPlainText(input: RawInput, front: FrontMatter, index: LineIndex, messages: Message[], options: PlainTextOptions): Document {
  const { origin } = options;
  const lines = splitLines(front.body, front.bodyOffset);

  let agency: string | null = null;
  for (const line of lines) {
    const hit = line.text === '' ? null : classifyLine(line.text);
    if (!hit) continue;
    line.removed = hit;
    agency ??= hit.agency ?? null;
  }

  // Page chrome of a saved web page (site headers, speech headers, embargo notices, share links, footers).
  const chrome = findPageChrome(lines.map((l) => ({ text: l.text, removed: l.removed !== null })));
  for (const [i, hit] of chrome) (lines[i] as Line).removed = hit;

  const content = lines.filter((l) => l.text !== '' && l.removed === null);
  let title = front.fields.title;
  let byline = front.fields.byline;

  // A byline first, so "By Jane Smith" is never mistaken for a headline.
  for (const line of content.slice(0, 3)) {
    const name = bylineName(line.text);
    if (name) {
      line.removed = { code: 'byline', reason: 'byline (now meta.byline)' };
      byline ??= name;
      break;
    }
  }
  // A header naming the speaker or author ("Speech: Hon Winston Peters") gives the byline when nothing else does.
  byline ??= chromePerson(chrome);
  const kept = content.filter((l) => l.removed === null);
  const first = kept[0];
  if (first && kept.length > 1 && isHeadlineShaped(first.text) && standsAlone(lines, first)) {
    first.removed = { code: 'leading-headline', reason: 'headline (now the title)' };
    title ??= first.text;
  }
  const last = kept[kept.length - 1];
  if (last && last !== first && !last.removed && isHeadlineShaped(last.text) && followsTailMarker(lines, last)) {
    last.removed = { code: 'trailing-headline', reason: title === null ? 'headline repeated after the sign-off (now the title)' : 'headline repeated after the sign-off' };
    title ??= last.text;
  }

  const builder = new TextBuilder();
  let block: Line[] = [];
  const flush = (): void => {
    const texts = block.map((l) => l.text);
    for (const [from, to] of paragraphRanges(texts)) builder.add(texts.slice(from, to + 1).join(' '));
    block = [];
  };
  for (const line of lines) {
    if (line.text === '') {
      flush();
    } else if (line.removed) {
      flush();
      messages.push(removal(line.removed.code, line.removed.reason, origin, builder.cut, index.place(line.start, line.end), line.text));
    } else {
      block.push(line);
    }
  }
  flush();
  const text = builder.toString();

  let published = front.fields.published;
  let publishedFrom: DocumentMeta['publishedFrom'] = published ? 'front-matter' : null;
  if (!published) {
    published = chromePublished(chrome) ?? dateLine(content);
    if (published) publishedFrom = 'text';
  }
  if (text === '') messages.push(removalOnlyError(origin));
  else if (!published) messages.push(noDateWarning(origin));

  const meta: DocumentMeta = {
    ...emptyMeta('news'),
    title,
    published,
    publishedFrom,
    url: front.fields.url,
    source: front.fields.source ?? hostOf(front.fields.url) ?? agency,
    byline,
    kind: front.fields.kind ?? options.kind(front.fields),
    ministers: front.fields.ministers,
    portfolios: front.fields.portfolios,
  };
  return finishDocument(input, options.format, text, meta, messages);
}

function splitLines(body: string, offset: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    lines.push({ start: offset + start, end: offset + end, text: collapseSpaces(body.slice(start, end)), removed: null });
    start = end + 1;
  }
  return lines;
}

/** Whether `line` is a paragraph of its own, not the first line of a hard-wrapped one. */
function standsAlone(lines: readonly Line[], line: Line): boolean {
  const block: string[] = [];
  for (let i = lines.indexOf(line); i < lines.length; i++) {
    const next = lines[i] as Line;
    if (next.text === '' || next.removed) break;
    block.push(next.text);
  }
  const [range] = paragraphRanges(block);
  return range !== undefined && range[1] === 0;
}

/** Whether only blank lines and sign-off/end markers stand between `line` and the content before it. */
function followsTailMarker(lines: readonly Line[], line: Line): boolean {
  let marker = false;
  for (let i = lines.indexOf(line) - 1; i >= 0; i--) {
    const previous = lines[i] as Line;
    if (previous.text === '') continue;
    if (!previous.removed) return marker;
    if (TAIL_MARKERS.has(previous.removed.code)) marker = true;
  }
  return false;
}

/** Lines of a header block read for its date: a State Department page stacks title, kind, speaker, office, venue and date. */
const HEADER_LINES = 10;
/** A header line is short; the first longer line starts the body. */
const HEADER_LINE_WORDS = 10;

/**
 * A line that is only a date ("11 April 2024", "Thursday, 16 May 2024, 1:18
 * pm"), among the first five or last three lines with text, or in the block
 * of short lines that opens the text, dates the story (a Scoop page puts it
 * under the headline, after its header lines; a remarks page after the
 * speaker, office and venue).
 */
function dateLine(content: readonly Line[]): string | null {
  const kept = content.filter((l) => !l.removed && l.text !== '');
  let header = 0;
  while (header < kept.length && header < HEADER_LINES && wordCount(kept[header]!.text) <= HEADER_LINE_WORDS) header++;
  const candidates = [...kept.slice(0, Math.max(5, header)), ...kept.slice(-3)];
  for (const line of candidates) {
    // "Sunday, 11 August 2019, 9:15 am | Press Release: New Zealand First Party": Scoop's date comes before a pipe.
    const first = line.text.split(' | ', 1)[0]!;
    if (wordCount(first) > 6) continue;
    const date = parseCalendarDate(first);
    if (date) return date;
  }
  return null;
}

function removalOnlyError(origin: string): Message {
  return message({ code: 'empty-document', severity: 'error', reason: 'No body text is left once front matter and boilerplate are removed.', origin });
}
