import type { Span } from '../../core/index.js';
import { isClosingBracket, isClosingQuote, isDigit, isSpace, isStop } from './chars.js';
import { attributionFollows, canOpenSentence, startsWithOpenerWord } from './follows.js';
import type { SegmentRules, StopKind } from './lexicon.js';
import { fullStopKind } from './stop-kind.js';

/**
 * Splits the paragraph `text[start, end)` (already trimmed) into sentence
 * spans and appends them to `out`. Every candidate end is a run of stops and
 * closing quotes or brackets followed by whitespace; the run and the word after
 * it decide whether a sentence ends there. Non-whitespace is never dropped: the
 * sentences cover the paragraph up to the spaces between them.
 */
export function splitSentences(text: string, start: number, end: number, rules: SegmentRules, out: Span[]): void {
  let from = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isStop(c)) {
      i++;
      continue;
    }
    const run = readRun(text, i, end);
    // "3.5", "v2.0", "U.S.-NZ", "e.g.,": a stop inside a token ends nothing.
    if (run.end >= end || !isSpace(text.charCodeAt(run.end))) {
      i = run.end;
      continue;
    }
    let next = run.end + 1;
    while (isSpace(text.charCodeAt(next))) next++; // stops at `end`: the paragraph is trimmed
    const kind = run.strong ? 'strong' : run.ellipsis ? 'weak' : fullStopKind(text, i, from, rules);
    if (endsSentence(text, kind, run.quoted, next, end, rules)) {
      out.push({ start: from, end: run.end });
      from = next;
    }
    i = next;
  }
  if (from < end) out.push({ start: from, end });
}

interface Run {
  /** Just past the stops and closing marks. */
  readonly end: number;
  /** Contains `?` or `!`. */
  readonly strong: boolean;
  /** Contains `…` or two or more full stops. */
  readonly ellipsis: boolean;
  /** Contains a closing quote: an attribution may follow. */
  readonly quoted: boolean;
}

function readRun(text: string, at: number, end: number): Run {
  let strong = false;
  let dots = 0;
  let ellipsis = false;
  let quoted = false;
  let k = at;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) dots++;
    else if (c === 0x21 || c === 0x3f) strong = true;
    else if (c === 0x2026) ellipsis = true;
    else if (isClosingQuote(c)) quoted = true;
    else if (!isClosingBracket(c)) break;
  }
  return { end: k, strong, ellipsis: ellipsis || dots > 1, quoted };
}

function endsSentence(text: string, kind: StopKind, quoted: boolean, next: number, end: number, rules: SegmentRules): boolean {
  switch (kind) {
    case 'never':
      return false;
    case 'before-number':
      if (isDigit(text.charCodeAt(next))) return false;
      break;
    case 'weak':
      if (!startsWithOpenerWord(text, next, end, rules)) return false;
      break;
    case 'strong':
      break;
  }
  if (!canOpenSentence(text, next, end)) return false;
  // “… today.” Mr Peters says. : the attribution closes the quote's sentence.
  return !(quoted && attributionFollows(text, next, end, rules));
}
