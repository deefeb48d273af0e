import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { emptyMeta, linesOfAList, message, type DocumentMeta, type Kind } from '../core/index.js';
import { classifyLine } from './boilerplate.js';
import { TextBuilder, openSource, finishDocument, hostOf, noDateWarning, removal } from './build.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToText } from './html-to-text.js';
import { markdownComplexity } from './markdown-complexity.js';
import { chromePerson, chromePublished, findPageChrome } from './page-chrome.js';
import { collapseSpaces } from './paragraphs.js';
import type { Reader } from './reader.js';
import { readPlainText } from './text.js';

const NAME = 'markdown';
const ORIGIN = `reader:${NAME}`;

/** One block of plain text and where its Markdown sits in the decoded file. */
interface Block {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Heading depth, or 0 for everything else. */
  readonly depth: number;
  /** For a list item's text: the item's own source line, so "- NZPA" is still seen as a sign-off. */
  readonly item?: string;
  /** A paragraph, whose source lines may be split apart when some are page chrome. */
  readonly paragraph?: true;
}

/**
 * Markdown with optional YAML front matter (Beehive releases and most static
 * sites): the front matter gives the metadata, the body becomes plain text with
 * one paragraph per heading, paragraph or list item and no markup left.
 */
export const markdownReader: Reader = {
  name: NAME,
  extensions: ['md', 'markdown'],
  sniff: (head) => /^(?:\ufeff)?---[ \t]*\r?\n/.test(head),
  read(input) {
    const opened = openSource(input, NAME, 'other', ORIGIN);
    if (!opened.ok) return opened.failed;
    const { source, index, messages } = opened;
    const front = readFrontMatter(source, index, ORIGIN);
    messages.push(...front.messages);
    const fields = front.fields;

    // The parser's cost explodes on some shapes of input (deep nesting, unclosed
    // delimiters): those bodies are kept as plain text instead of parsed.
    const complex = markdownComplexity(front.body);
    if (complex) {
      const at = front.bodyOffset + complex.at;
      messages.push(
        message({
          code: 'document-too-complex',
          reason: `The Markdown is too complex to parse safely (${complex.found}; the limit is ${complex.limit}); its text is kept as plain text, markup included.`,
          origin: ORIGIN,
          place: index.place(at, Math.min(at + 1, source.length)),
          excerpt: source.slice(at, at + 60),
        }),
      );
      return readPlainText(input, front, index, messages, { format: NAME, origin: ORIGIN, kind: (f) => inferKind(f.ministers, f.portfolios, f.url) });
    }

    const blocks = splitChromeLines(collectBlocks(fromMarkdown(front.body).children, front.bodyOffset, source), source);
    // Headings are never page furniture, but they can be page chrome ("## Related stories").
    const furniture = blocks.map((b) => {
      if (b.depth > 0) return null;
      const own = classifyLine(b.text);
      const hit = own ?? (b.item === undefined ? null : classifyLine(b.item));
      return hit ? { hit, excerpt: own ? b.text : (b.item as string) } : null;
    });
    const chrome = findPageChrome(blocks.map((b, i) => ({ text: collapseSpaces(b.text), removed: furniture[i] !== null, ...(b.item === undefined ? {} : { alt: b.item }) })));

    // The first `#` heading is the title when the front matter has none, and
    // a heading that repeats the title is not body text either way.
    let title = fields.title;
    let titleBlock: Block | null = null;
    const heading = blocks.find((b, i) => b.depth > 0 && !chrome.has(i));
    if (heading && heading.depth === 1 && heading === blocks.find((_b, i) => !chrome.has(i))) {
      if (title === null || sameWords(title, heading.text)) {
        title ??= heading.text;
        titleBlock = heading;
      }
    }

    const builder = new TextBuilder();
    let agency: string | null = null;
    blocks.forEach((block, i) => {
      const place = index.place(block.start, block.end);
      const page = chrome.get(i);
      const removed = furniture[i];
      if (block === titleBlock) {
        messages.push(removal('title-heading', 'heading repeated as the title', ORIGIN, builder.cut, place, block.text));
      } else if (page) {
        messages.push(removal(page.code, page.reason, ORIGIN, builder.cut, place, block.text));
      } else if (removed) {
        agency ??= removed.hit.agency ?? null;
        messages.push(removal(removed.hit.code, removed.hit.reason, ORIGIN, builder.cut, place, removed.excerpt));
      } else {
        builder.add(block.text);
      }
    });
    const text = builder.toString();
    // A "Published: …" header dates the page when the front matter does not.
    const published = fields.published ?? chromePublished(chrome);
    if (text === '') messages.push(message({ code: 'empty-document', severity: 'error', reason: 'The document has no body text.', origin: ORIGIN }));
    else if (!published) messages.push(noDateWarning(ORIGIN));

    const meta: DocumentMeta = {
      ...emptyMeta(),
      title,
      published,
      publishedFrom: fields.published ? 'front-matter' : published ? 'text' : null,
      url: fields.url,
      source: fields.source ?? hostOf(fields.url) ?? agency,
      // A header naming the speaker or author ("Speech: Hon Winston Peters") gives the byline when the front matter does not.
      byline: fields.byline ?? chromePerson(chrome),
      kind: fields.kind ?? inferKind(fields.ministers, fields.portfolios, fields.url),
      ministers: fields.ministers,
      portfolios: fields.portfolios,
    };
    return finishDocument(input, NAME, text, meta, messages);
  },
};

/** Ministers or portfolios only appear on government releases, and so does a `/release` path. */
function inferKind(ministers: readonly string[], portfolios: readonly string[], url: string | null): Kind {
  if (ministers.length > 0 || portfolios.length > 0) return 'release';
  if (url && /\/releases?(?:\/|$)/i.test(safePath(url))) return 'release';
  return 'other';
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * The blocks with prose, in document order. Iterative, with an explicit stack:
 * nesting depth is the input's to choose, and a recursive walk of a list
 * nested a few thousand deep overflowed the call stack and ended the whole run.
 */
function collectBlocks(nodes: readonly RootContent[], offset: number, source: string): Block[] {
  const out: Block[] = [];
  /** Sibling lists still to visit, each with the list item text its paragraphs belong to. */
  const stack: { nodes: readonly RootContent[]; next: number; item: string | undefined }[] = [{ nodes, next: 0, item: undefined }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++] as RootContent;
    const item = frame.item;
    const start = offset + (node.position?.start.offset ?? 0);
    const end = offset + (node.position?.end.offset ?? 0);
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const text = inlineText(node, node.type === 'paragraph' && linesOfAList(source.slice(start, end)));
        if (text !== '') {
          out.push({
            text,
            start,
            end,
            depth: node.type === 'heading' ? node.depth : 0,
            ...(item === undefined ? {} : { item }),
            ...(node.type === 'paragraph' && item === undefined ? { paragraph: true as const } : {}),
          });
        }
        break;
      }
      case 'code': {
        const text = node.value.split('\n').map(collapseSpaces).filter(Boolean).join('\n');
        if (text !== '') out.push({ text, start, end, depth: 0 });
        break;
      }
      case 'html':
        // Raw HTML blocks (a <div>, a <table>) still carry prose; keep the words, drop the tags.
        for (const p of htmlToText(node.value).paragraphs) out.push({ text: p.text, start, end, depth: 0 });
        break;
      case 'listItem':
        stack.push({ nodes: node.children, next: 0, item: collapseSpaces(source.slice(start, end)) });
        break;
      case 'list':
      case 'blockquote':
        stack.push({ nodes: node.children, next: 0, item: undefined });
        break;
      default:
        // thematicBreak, definition, and anything without prose: nothing to keep.
        break;
    }
  }
  return out;
}

/** Blocks this near either end of the body may have chrome lines glued into a paragraph. */
const CHROME_ZONE = 8;
/** Lines this near either end of such a paragraph are tested for chrome. */
const CHROME_EDGE_LINES = 8;

/**
 * A page saved as Markdown often has its header lines in one paragraph
 * ("Published: Tue 4 Feb 2025 10:12 AM" over "Press Release: New Zealand
 * Government"), which would read as one line. Near either end of the body, a
 * paragraph whose source lines include page chrome is split at its lines:
 * each chrome line becomes a block of its own and each run of other lines is
 * parsed again as a paragraph. Paragraphs without a chrome line are kept whole.
 */
function splitChromeLines(blocks: readonly Block[], source: string): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    const nearEdge = i < CHROME_ZONE || i >= blocks.length - CHROME_ZONE;
    const raw = nearEdge && block.paragraph ? source.slice(block.start, block.end) : '';
    if (!raw.includes('\n')) {
      out.push(block);
      return;
    }
    const lines: Array<{ start: number; end: number; text: string; chrome: boolean }> = [];
    let from = 0;
    const raws = raw.split('\n');
    raws.forEach((line, k) => {
      const start = block.start + from;
      // Chrome is glued to a paragraph's first or last lines; parsing every line of a long one would cost a parse per line.
      const edge = k < CHROME_EDGE_LINES || k >= raws.length - CHROME_EDGE_LINES;
      const text = edge ? inlineText({ type: 'root', children: fromMarkdown(line).children }) : '';
      lines.push({ start, end: start + line.length, text, chrome: text !== '' && findPageChrome([{ text, removed: false }]).size > 0 });
      from += line.length + 1;
    });
    if (!lines.some((l) => l.chrome)) {
      out.push(block);
      return;
    }
    let run: typeof lines = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const start = (run[0] as (typeof lines)[number]).start;
      const end = (run[run.length - 1] as (typeof lines)[number]).end;
      out.push(...collectBlocks(fromMarkdown(source.slice(start, end)).children, start, source));
      run = [];
    };
    for (const line of lines) {
      if (!line.chrome) {
        run.push(line);
        continue;
      }
      flush();
      out.push({ text: line.text, start: line.start, end: line.end, depth: 0 });
    }
    flush();
  });
  return out;
}

/**
 * Link text without the link, emphasis without its markers, images and
 * inline HTML tags dropped. Iterative, like `collectBlocks`. Soft line
 * breaks become spaces, as Markdown renders them, unless `keepLines`.
 */
function inlineText(node: Nodes, keepLines = false): string {
  const lines: string[] = [''];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        if (keepLines && n.value.includes('\n')) {
          const [first = '', ...rest] = n.value.split('\n');
          lines[lines.length - 1] += first;
          lines.push(...rest);
        } else lines[lines.length - 1] += n.value;
        break;
      case 'break':
        lines.push('');
        break;
      case 'image':
      case 'imageReference':
      case 'html':
        break;
      default:
        // Pushed in reverse so they pop in document order.
        if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
  return lines.map(collapseSpaces).filter(Boolean).join('\n');
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
