import { Parser } from 'htmlparser2';
import { windows1252 } from './decode.js';
import { collapseSpaces } from './paragraphs.js';

export interface HtmlParagraph {
  /** The lines of the paragraph joined with `\n`; each line has collapsed spaces. */
  readonly text: string;
  /** Lines split at `<br>`, never empty. */
  readonly lines: readonly string[];
  /** Offsets into the HTML string: from the first to the end of the last text in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** Whether the paragraph's text began with a space or tab, a hint that it continues the previous one. */
  readonly leadingSpace: boolean;
}

/** Elements that start and end a paragraph; everything else is inline. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html', 'title',
]);
/** Elements whose text is never prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object']);

/**
 * HTML → paragraphs of plain text: block elements separate paragraphs,
 * `<br>` separates lines (two in a row separate paragraphs), entities are
 * decoded and whitespace collapsed. Offsets are kept so callers can map a
 * paragraph back to its place in the source.
 */
export function htmlToText(html: string): { paragraphs: HtmlParagraph[] } {
  const paragraphs: HtmlParagraph[] = [];
  let lines: string[] = [''];
  /** Whether the current line, and the paragraph so far, hold anything but whitespace. */
  let lineHasText = false;
  let start = -1;
  let end = -1;
  let leadingSpace = false;
  let skip = 0;

  const flush = (): void => {
    if (start >= 0) {
      const kept = lines.map(collapseSpaces).filter((l) => l !== '');
      if (kept.length > 0) paragraphs.push({ text: kept.join('\n'), lines: kept, start, end, leadingSpace });
    }
    lines = [''];
    lineHasText = false;
    start = -1;
    end = -1;
    leadingSpace = false;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        else if (name === 'br') {
          // A blank line (two <br>) is a paragraph break; one <br> a line break.
          if (!lineHasText && start >= 0) flush();
          else {
            lines.push('');
            lineHasText = false;
          }
        } else if (BLOCK.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK.has(name)) flush();
        else if (name === 'td' || name === 'th') lines[lines.length - 1] += ' ';
      },
      ontext(data) {
        if (skip > 0) return;
        if (start < 0) {
          if (data.trim() === '') {
            if (/^[ \t]/.test(data)) leadingSpace = true;
            return;
          }
          start = parser.startIndex;
          if (/^[ \t]/.test(data)) leadingSpace = true;
        }
        end = Math.min(html.length, parser.endIndex + 1);
        lines[lines.length - 1] += data;
        if (!lineHasText && /\S/.test(data)) lineHasText = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { paragraphs };
}

const STRAY_ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(quot|amp|apos|lt|gt|nbsp));/gi;
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Entities left in text *after* HTML decoding: the source encoded them twice
 * (`&amp;#146;`). Numeric references 128–159 are read as Windows-1252, as
 * browsers do. Returns how many were replaced.
 */
export function decodeStrayEntities(text: string): { text: string; count: number } {
  if (!text.includes('&')) return { text, count: 0 };
  let count = 0;
  const out = text.replace(STRAY_ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    let replacement: string | null = null;
    if (name) replacement = NAMED[name.toLowerCase()] ?? null;
    else {
      const cp = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      if (cp >= 0x80 && cp <= 0x9f) replacement = windows1252(cp);
      else if (cp === 9) replacement = ' ';
      else if (cp >= 0x20 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) replacement = String.fromCodePoint(cp);
    }
    if (replacement === null) return whole;
    count++;
    return replacement;
  });
  return { text: out, count };
}
