/**
 * A cheap, linear look at a Markdown body before the Markdown parser sees it.
 *
 * mdast-util-from-markdown is correct but not built for hostile input: its
 * cost grows faster than the input for deep list and blockquote nesting, for
 * many list items in one list tree, for emphasis and link delimiters that
 * never close, and for setext headings in a large document, and its memory is
 * about 100 bytes per input byte even on ordinary Markdown. Measured on
 * Node 20 (2 shared cores; see bench/markdown-cost.ts):
 *
 * | input                                              | time   | peak memory |
 * |----------------------------------------------------|--------|-------------|
 * | 1 MB of an ordinary release, repeated              | 2.1 s  | 102 MB      |
 * | `- ` × 5,000 on one line (list nested 5,000 deep)  | 6.0 s  | 97 MB       |
 * | list nested 1,000 deep by indentation (1 MB)       | 30 s   | 360 MB      |
 * | `- - … x` lines 16 deep, 40 KB                     | 15.8 s | 196 MB      |
 * | `> ` × 8 before every line, 1 MB                   | 11 s   | 1.1 GB      |
 * | `*a` × 30,000 in one paragraph (60 KB)             | 41 s   | 100 MB      |
 * | `*a` × 200 per paragraph, 1 MB (500,000 `*`)       | 14 s   | 1.37 GB     |
 * | `[a](` × 30,000 in one paragraph (120 KB)          | 13.5 s | 108 MB      |
 * | `[` × 500 per paragraph, 1 MB                      | 8.1 s  | 1.2 GB      |
 * | `a` / `---` (setext heading) × 10,000 (60 KB)      | 37 s   | 300 MB      |
 * | 2,000 setext headings in 1 MB of prose             | 7.6 s  | 83 MB       |
 *
 * Backtick runs, HTML nesting and very long lines of words stay linear and
 * cheap (2.7 MB of backtick runs: 0.7 s; 5 MB on one line: 0.9 s).
 *
 * The limits below keep the worst document that passes to about a second
 * and well under 200 MB, and are far above anything a release needs (a release has a few dozen list
 * items and emphasis markers at most). Of the 870 Markdown files on the build
 * machine (READMEs, docs, changelogs) 858 pass; the 12 that do not are
 * changelogs of 120–960 KB with thousands of list items or setext headings. A body over a limit is
 * not lost: the reader keeps its words as plain text and says why.
 */
export interface MarkdownLimits {
  /** Characters of body handed to the parser at all. */
  readonly maxChars: number;
  /** Blockquote and list containers open on one line (`> > - 1. x` is 4). */
  readonly maxDepth: number;
  /** Container markers (`>`, list bullets and numbers) summed over all lines. */
  readonly maxContainerMarkers: number;
  /** List item markers in the whole body, and those nested inside another container (where the cost grows fastest). */
  readonly maxListItems: number;
  readonly maxNestedListItems: number;
  /** Emphasis delimiters (`*`, `_`) in one paragraph, and in the whole body. */
  readonly maxDelimitersPerParagraph: number;
  readonly maxDelimiters: number;
  /** Link and image brackets (`[`) in one paragraph, and in the whole body. */
  readonly maxBracketsPerParagraph: number;
  readonly maxBrackets: number;
  /** Setext heading underlines (`===` or `---` under a line of text). */
  readonly maxSetextUnderlines: number;
}

export const MARKDOWN_LIMITS: MarkdownLimits = Object.freeze({
  maxChars: 1_000_000,
  maxDepth: 16,
  maxContainerMarkers: 20_000,
  maxListItems: 10_000,
  maxNestedListItems: 2_000,
  maxDelimitersPerParagraph: 1_000,
  maxDelimiters: 10_000,
  maxBracketsPerParagraph: 1_000,
  maxBrackets: 10_000,
  maxSetextUnderlines: 200,
});

/** Why a body is too complex to parse: where it starts (an offset into the body), what was found, and the limit. */
export interface MarkdownComplexity {
  readonly rule: keyof MarkdownLimits;
  /** Offset in the body where the problem starts: the line or character that went over the limit. */
  readonly at: number;
  readonly found: string;
  readonly limit: string;
}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * Scans `body` once and returns the first structural limit it goes over (then the size limit), or null when
 * the parser may have it. Works line by line on char codes without building
 * substrings, so it costs a few milliseconds per megabyte. Code inside
 * top-level fences is skipped: the parser treats it as opaque text too.
 */
export function markdownComplexity(body: string, limits: MarkdownLimits = MARKDOWN_LIMITS): MarkdownComplexity | null {
  const over = (rule: keyof MarkdownLimits, at: number, found: string, limit: string): MarkdownComplexity => ({ rule, at, found, limit });
  let containerMarkers = 0;
  let listItems = 0;
  let nestedListItems = 0;
  let delimiters = 0;
  let brackets = 0;
  let setext = 0;
  let paragraphDelimiters = 0;
  let paragraphBrackets = 0;
  /** Whether the previous line held paragraph text, so a `---` under it is a setext underline. */
  let previousText = false;
  let fence: { char: number; length: number } | null = null;

  for (let lineStart = 0; lineStart <= body.length; ) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const next = lineEnd + 1;

    if (fence !== null) {
      if (closesFence(body, lineStart, lineEnd, fence)) fence = null;
      lineStart = next;
      continue;
    }

    // Container prefix: `>` and list markers, each possibly after indentation.
    let i = lineStart;
    let depth = 0;
    for (;;) {
      const indent = i;
      while (i < lineEnd && (body.charCodeAt(i) === SPACE || body.charCodeAt(i) === TAB)) i++;
      const c = body.charCodeAt(i);
      const marker = c === 0x3e ? 1 : listMarkerLength(body, i, lineEnd);
      if (marker === 0) break;
      // Nested list items are nested by indentation as much as by markers: "      - x" sits about 3 lists deep.
      if (depth === 0 && c !== 0x3e) depth += (i - indent) >> 1;
      depth++;
      containerMarkers++;
      if (c !== 0x3e) {
        listItems++;
        if (listItems > limits.maxListItems) return over('maxListItems', i, `more than ${limits.maxListItems.toLocaleString('en')} list items`, `${limits.maxListItems.toLocaleString('en')} list items`);
        if (depth > 1 && ++nestedListItems > limits.maxNestedListItems) {
          return over('maxNestedListItems', i, `more than ${limits.maxNestedListItems.toLocaleString('en')} nested list items`, `${limits.maxNestedListItems.toLocaleString('en')} nested list items`);
        }
      }
      if (depth > limits.maxDepth) {
        return over('maxDepth', lineStart, `lists or blockquotes nested more than ${limits.maxDepth} deep on one line`, `${limits.maxDepth} levels`);
      }
      if (containerMarkers > limits.maxContainerMarkers) {
        return over('maxContainerMarkers', i, `more than ${limits.maxContainerMarkers.toLocaleString('en')} list and blockquote markers`, `${limits.maxContainerMarkers.toLocaleString('en')} markers`);
      }
      i += marker;
    }

    let content = i;
    while (content < lineEnd && (body.charCodeAt(content) === SPACE || body.charCodeAt(content) === TAB)) content++;
    // A list item or an ATX heading starts a block of its own, as a blank line does.
    if (i > lineStart && body.charCodeAt(i - 1) !== 0x3e && depth > 0) {
      paragraphDelimiters = 0;
      paragraphBrackets = 0;
    }
    if (body.charCodeAt(content) === 0x23) {
      paragraphDelimiters = 0;
      paragraphBrackets = 0;
    }
    if (content === lineEnd) {
      // A blank line (inside its containers) ends the paragraph.
      paragraphDelimiters = 0;
      paragraphBrackets = 0;
      previousText = false;
      lineStart = next;
      continue;
    }
    const openFence = depth === 0 && content - lineStart <= 3 ? fenceAt(body, content, lineEnd) : null;
    if (openFence) {
      fence = openFence;
      previousText = false;
      lineStart = next;
      continue;
    }
    const rule = ruleLine(body, content, lineEnd);
    if (rule !== 0) {
      if (previousText && (rule === 0x3d || rule === 0x2d)) {
        setext++;
        if (setext > limits.maxSetextUnderlines) {
          return over('maxSetextUnderlines', lineStart, `more than ${limits.maxSetextUnderlines} setext heading underlines`, `${limits.maxSetextUnderlines} setext headings`);
        }
      }
      // A rule (`***`, `___`, `---`) is a line of its own, not emphasis: its markers are not counted.
      previousText = false;
      lineStart = next;
      continue;
    }

    for (let k = content; k < lineEnd; k++) {
      const c = body.charCodeAt(k);
      if (c === 0x5c) {
        k++; // a backslash escapes the next character
      } else if (c === 0x2a || c === 0x5f) {
        delimiters++;
        paragraphDelimiters++;
        if (paragraphDelimiters > limits.maxDelimitersPerParagraph) {
          return over('maxDelimitersPerParagraph', k, `more than ${limits.maxDelimitersPerParagraph.toLocaleString('en')} emphasis markers (* or _) in one paragraph`, `${limits.maxDelimitersPerParagraph.toLocaleString('en')} per paragraph`);
        }
        if (delimiters > limits.maxDelimiters) {
          return over('maxDelimiters', k, `more than ${limits.maxDelimiters.toLocaleString('en')} emphasis markers (* or _)`, `${limits.maxDelimiters.toLocaleString('en')} in a document`);
        }
      } else if (c === 0x5b) {
        brackets++;
        paragraphBrackets++;
        if (paragraphBrackets > limits.maxBracketsPerParagraph) {
          return over('maxBracketsPerParagraph', k, `more than ${limits.maxBracketsPerParagraph.toLocaleString('en')} link brackets ([) in one paragraph`, `${limits.maxBracketsPerParagraph.toLocaleString('en')} per paragraph`);
        }
        if (brackets > limits.maxBrackets) {
          return over('maxBrackets', k, `more than ${limits.maxBrackets.toLocaleString('en')} link brackets ([)`, `${limits.maxBrackets.toLocaleString('en')} in a document`);
        }
      }
    }
    previousText = true;
    lineStart = next;
  }
  // Checked last, so a deeply nested list in a big file is reported as what it is.
  if (body.length > limits.maxChars) {
    return over('maxChars', limits.maxChars, `a Markdown body of ${body.length.toLocaleString('en')} characters`, `${limits.maxChars.toLocaleString('en')} characters`);
  }
  return null;
}

/** Length of a list marker at `i` (`-`, `*`, `+`, or up to 9 digits and `.`/`)`) followed by a space, tab or the line end; 0 when none. */
function listMarkerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let k = i;
  if (c === 0x2d || c === 0x2a || c === 0x2b) k = i + 1;
  else {
    while (k < end && k - i < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
    if (k === i) return 0;
    const d = text.charCodeAt(k);
    if (d !== 0x2e && d !== 0x29) return 0;
    k++;
  }
  if (k < end && text.charCodeAt(k) !== SPACE && text.charCodeAt(k) !== TAB) return 0;
  // "- - -" and "* * *" are thematic breaks, not three nested items; still counted as markers, which only errs high.
  return k - i;
}

/** A thematic break (three or more `-`, `*` or `_`, spaces allowed) or a setext underline (`=` or `-` only): the character, or 0. */
function ruleLine(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x2d && c !== 0x2a && c !== 0x5f && c !== 0x3d) return 0;
  let count = 0;
  for (let k = start; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d === c) count++;
    else if (d !== SPACE && d !== TAB && d !== 0x0d) return 0;
  }
  return count >= 3 || c === 0x3d || c === 0x2d ? c : 0;
}

/** An opening code fence (three or more backticks or tildes) at `start`. */
function fenceAt(text: string, start: number, end: number): { char: number; length: number } | null {
  const c = text.charCodeAt(start);
  if (c !== 0x60 && c !== 0x7e) return null;
  let k = start;
  while (k < end && text.charCodeAt(k) === c) k++;
  if (k - start < 3) return null;
  // A backtick fence's info string cannot contain a backtick.
  if (c === 0x60 && text.indexOf('`', k) !== -1 && text.indexOf('`', k) < end) return null;
  return { char: c, length: k - start };
}

function closesFence(text: string, start: number, end: number, fence: { char: number; length: number }): boolean {
  let k = start;
  while (k < end && k - start < 4 && text.charCodeAt(k) === SPACE) k++;
  if (k - start > 3) return false;
  const from = k;
  while (k < end && text.charCodeAt(k) === fence.char) k++;
  if (k - from < fence.length) return false;
  while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB || text.charCodeAt(k) === 0x0d)) k++;
  return k === end;
}
