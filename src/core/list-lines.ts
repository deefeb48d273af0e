/**
 * Whether a block's lines are a list written without list markers, one entry
 * a line: three lines or more, two thirds of them a label and a colon or a
 * dash ("Nicola Willis: Finance, Social Investment", "Hon Casey Costello –
 * Minister of Customs"). Readers keep such line breaks (Markdown would join
 * the lines into one run of words), and the segmenter ends a sentence at each:
 * a name on one line is no part of the entry above it. Hard-wrapped prose
 * has few such lines, and keeps its breaks as spaces within sentences.
 */
export function linesOfAList(raw: string): boolean {
  // Most blocks are one line: nothing to split.
  if (!raw.includes('\n')) return false;
  let lines = 0;
  let labelled = 0;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    if (line.length > MAX_LINE) return false;
    lines++;
    if (LABELLED_LINE.test(line)) labelled++;
  }
  return lines >= 3 && labelled * 3 >= lines * 2;
}

/** Longer lines are prose, not a list's entries. */
const MAX_LINE = 300;

/** A label of two to sixty characters, then ": " or a spaced dash. */
const LABELLED_LINE = /^\s*[^\s:–—][^:–—]{1,60}(?::\s|\s[–—-]\s)/u;
