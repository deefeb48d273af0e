import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { emptyMeta, message, type DocumentMeta, type Kind } from '../core/index.js';
import { classifyLine } from './boilerplate.js';
import { TextBuilder, openSource, finishDocument, hostOf, noDateWarning, removal } from './build.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToText } from './html-to-text.js';
import { collapseSpaces } from './paragraphs.js';
import type { Reader } from './reader.js';

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

    const blocks: Block[] = [];
    collectBlocks(fromMarkdown(front.body).children, front.bodyOffset, source, blocks);

    // The first `#` heading is the title when the front matter has none, and
    // a heading that repeats the title is not body text either way.
    let title = fields.title;
    let titleBlock: Block | null = null;
    const heading = blocks.find((b) => b.depth > 0);
    if (heading && heading.depth === 1 && heading === blocks[0]) {
      if (title === null || sameWords(title, heading.text)) {
        title ??= heading.text;
        titleBlock = heading;
      }
    }

    const builder = new TextBuilder();
    let agency: string | null = null;
    for (const block of blocks) {
      const place = index.place(block.start, block.end);
      if (block === titleBlock) {
        messages.push(removal('title-heading', 'heading repeated as the title', ORIGIN, builder.cut, place, block.text));
        continue;
      }
      if (block.depth > 0) {
        builder.add(block.text);
        continue;
      }
      const own = classifyLine(block.text);
      const hit = own ?? (block.item === undefined ? null : classifyLine(block.item));
      if (!hit) {
        builder.add(block.text);
        continue;
      }
      agency ??= hit.agency ?? null;
      messages.push(removal(hit.code, hit.reason, ORIGIN, builder.cut, place, own ? block.text : (block.item as string)));
    }
    const text = builder.toString();
    if (text === '') messages.push(message({ code: 'empty-document', severity: 'error', reason: 'The document has no body text.', origin: ORIGIN }));
    else if (!fields.published) messages.push(noDateWarning(ORIGIN));

    const meta: DocumentMeta = {
      ...emptyMeta(),
      title,
      published: fields.published,
      publishedFrom: fields.published ? 'front-matter' : null,
      url: fields.url,
      source: fields.source ?? hostOf(fields.url) ?? agency,
      byline: fields.byline,
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

function collectBlocks(nodes: readonly RootContent[], offset: number, source: string, out: Block[], item?: string): void {
  for (const node of nodes) {
    const start = offset + (node.position?.start.offset ?? 0);
    const end = offset + (node.position?.end.offset ?? 0);
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const text = inlineText(node);
        if (text !== '') out.push({ text, start, end, depth: node.type === 'heading' ? node.depth : 0, ...(item === undefined ? {} : { item }) });
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
        collectBlocks(node.children, offset, source, out, collapseSpaces(source.slice(start, end)));
        break;
      case 'list':
      case 'blockquote':
        collectBlocks(node.children, offset, source, out);
        break;
      default:
        // thematicBreak, definition, and anything without prose: nothing to keep.
        break;
    }
  }
}

/** Link text without the link, emphasis without its markers, images and inline HTML tags dropped. */
function inlineText(node: Nodes): string {
  const lines: string[] = [''];
  const walk = (n: Nodes): void => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        lines[lines.length - 1] += n.value;
        return;
      case 'break':
        lines.push('');
        return;
      case 'image':
      case 'imageReference':
      case 'html':
        return;
      default:
        if ('children' in n) for (const child of n.children) walk(child);
    }
  };
  walk(node);
  return lines.map(collapseSpaces).filter(Boolean).join('\n');
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
