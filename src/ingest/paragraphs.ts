/**
 * Small shared rules about lines and paragraphs, used by every reader so
 * "is this a sentence?" means the same thing everywhere.
 */

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const FINAL = new Set(['.', '!', '?', '…', ':', ';']);

/** Ends like a sentence: `.`, `!`, `?`, `…`, `:`, `;` possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  // A loop rather than a regex: it runs on every line of every document.
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i--;
  return i >= 0 && FINAL.has(line[i] as string);
}

/** Starts the way a wrapped continuation does: a lower-case letter. */
export function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

/** Any whitespace but a single inner space: most lines have none, and skip the rewrite. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** Tabs, newlines and runs of spaces become one space; the line is trimmed. */
export function collapseSpaces(line: string): string {
  return UNTIDY.test(line) ? line.replace(/\s+/g, ' ').trim() : line;
}

export function wordCount(line: string): number {
  // A loop, not split(): this runs on every paragraph of every document.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether three quarters of the line's words or more open with a capital or a digit ("Sean McCormack, Spokesman"). */
function inTitleCase(line: string): boolean {
  let words = 0;
  let capital = 0;
  for (const m of line.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    words++;
    if (/^[\p{Lu}\p{N}]/u.test(m[0])) capital++;
  }
  return words > 0 && capital * 4 >= words * 3;
}

/**
 * Whether a run of lines is prose hard-wrapped at a fixed width: most lines
 * stop mid-sentence *and* run nearly the full width. A short headline over a
 * long first sentence stops mid-sentence too, but is not full width.
 */
export function looksHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  let wrapped = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (!endsSentence(line) && line.length >= 0.6 * width) wrapped++;
  }
  if (wrapped / (lines.length - 1) <= 0.5) return false;
  // "Daily Press Briefing / Sean McCormack, Spokesman / Washington, DC": lines in title case are a header, an
  // address or a list, each line its own; wrapped prose has words in lower case on most lines. Counted only
  // here, where the lines would otherwise be joined.
  let titled = 0;
  for (const line of lines) if (inTitleCase(line)) titled++;
  return titled * 2 < lines.length;
}

/**
 * Groups consecutive lines into paragraphs, as `[first, last]` index pairs
 * (inclusive): all lines join when the block is hard-wrapped; otherwise a line
 * joins the previous one only where that stops mid-sentence and this one
 * starts in lower case (a stray wrap in one-paragraph-per-line text).
 */
export function paragraphRanges(lines: readonly string[]): Array<[number, number]> {
  if (lines.length === 0) return [];
  const wrapped = looksHardWrapped(lines);
  const ranges: Array<[number, number]> = [[0, 0]];
  for (let i = 1; i < lines.length; i++) {
    const last = ranges[ranges.length - 1] as [number, number];
    if (wrapped || (!endsSentence(lines[i - 1] as string) && startsLowercase(lines[i] as string))) last[1] = i;
    else ranges.push([i, i]);
  }
  return ranges;
}
