// Pairing quotation marks into quoted stretches, paragraph by paragraph.
import { message, type Message, type Span } from '../../../core/index.js';
import { facing, glyphFacing, isMarkAt, styleOf, type Style } from './glyphs.js';

/** A stretch of text between quotation marks, before anyone asks whether it is speech. */
export interface MarkedQuote extends Span {
  /** Where the opening mark is; null when there was none (recovered from a paragraph's start). */
  readonly openMark: number | null;
  /** Where the closing mark is (its last character, for a two-character mark); null when the quote never closed (recovered to its paragraph's end). */
  readonly closeMark: number | null;
  /** 0 for an outer quote, 1 for a quote inside one. */
  readonly depth: 0 | 1;
  /** Paragraph indexes of the first and the last part. */
  readonly paragraph: number;
  readonly lastParagraph: number;
  /** The parts of a quote over several paragraphs, continuation marks left out. */
  readonly parts?: readonly Span[];
}

export interface PairedMarks {
  readonly quotes: readonly MarkedQuote[];
  readonly messages: readonly Message[];
}

interface Open {
  readonly style: Style;
  readonly openMark: number | null;
  readonly contentStart: number;
  readonly paragraph: number;
  /** Earlier paragraphs' parts of a continued quote. */
  readonly parts: readonly Span[];
}

const ORIGIN = 'quotes';
const FILLER = '\uE000';
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The content of a stretch: trimmed, and without the comma that ends a quote cut by its attribution ("…ceasefire,” Mr Peters says). */
function content(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s && text[e - 1] === ',') e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s && HAS_WORD.test(text.slice(s, e)) ? { start: s, end: e } : null;
}

/**
 * Pairs the marks of each paragraph (`paragraphs` in order, trimmed). Double
 * marks pair with double and single with single; inside an open quote, marks of
 * the other style make one level of nested quotes. A single mark opens an outer
 * quote only when a closing single mark follows in the paragraph, so
 * apostrophes ("the ’90s", "ministers’ meeting") are not quotes.
 *
 * A quote open at a paragraph's end continues into the next paragraph when
 * that one opens with a mark of the same style (the press-release layout) or
 * closes one before it opens any; otherwise it is kept to the paragraph's end
 * with an `unclosed-quote` warning. A closing mark with no opening one gets
 * `unopened-quote`; when it is the paragraph's first mark, the paragraph up to
 * it is kept as the quote.
 */
export function pairMarks(source: string, paragraphs: readonly Span[]): PairedMarks {
  // Typewriter double marks (''…'', ``…'') are one straight double mark each: the first character stands for the
  // mark and the second becomes a filler no rule reads as a space or a mark. Offsets are unchanged.
  const text = source.replace(/''|``/g, '"' + FILLER);
  const width = (i: number) => (text[i + 1] === FILLER ? 2 : 1);
  const quotes: MarkedQuote[] = [];
  const messages: Message[] = [];
  const emit = (open: Open, end: number, closeMark: number | null, lastParagraph: number, depth: 0 | 1): void => {
    const last = content(text, open.contentStart, end);
    const parts = [...open.parts, ...(last ? [last] : [])];
    if (parts.length === 0) return;
    const first = parts[0]!;
    const final = parts[parts.length - 1]!;
    quotes.push({
      start: first.start,
      end: final.end,
      openMark: open.openMark,
      closeMark,
      depth,
      paragraph: open.paragraph,
      lastParagraph,
      ...(parts.length > 1 ? { parts } : {}),
    });
  };
  const unclosed = (open: Open, end: number, paragraph: number): void => {
    const at = open.openMark ?? open.contentStart;
    messages.push(message({ code: 'unclosed-quote', origin: ORIGIN, start: at, end: at + 1, reason: 'A quotation mark opens a quote that never closes; the quote is kept to the end of its paragraph', excerpt: text.slice(at, Math.min(end, at + 80)) }));
    emit(open, end, null, paragraph, 0);
  };

  let carry: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    const marks: number[] = [];
    for (let i = ps; i < pe; i++) if (isMarkAt(text, i) && facing(text, i, ps, pe) !== 'apostrophe') marks.push(i);
    const faces = (i: number) => facing(text, i, ps, pe);
    const closes = (i: number): boolean => {
      const f = faces(i);
      return f === 'close' || (f === 'unknown' && glyphFacing(text[i]!) !== 'open') || /^\s*$/.test(text.slice(i + 1, pe));
    };
    const opens = (i: number): boolean => {
      const f = faces(i);
      return f === 'open' || (f === 'unknown' && glyphFacing(text[i]!) !== 'close');
    };
    /** A single mark opens only with a closing single mark to come in the paragraph. */
    const closerFollows = (k: number, style: Style): boolean => marks.slice(k + 1).some((j) => styleOf(text[j]!) === style && faces(j) === 'close');

    let outer: Open | null = null;
    let inner: Open | null = null;
    let k = 0;
    const carried = carry as Open | null;
    if (carried) {
      const firstOfStyle = marks.find((i) => styleOf(text[i]!) === carried.style);
      if (marks[0] === ps && styleOf(text[ps]!) === carried.style && faces(ps) !== 'close') {
        outer = { ...carried, contentStart: ps + width(ps) };
        k = 1;
      } else if (firstOfStyle !== undefined && faces(firstOfStyle) === 'close') {
        outer = { ...carried, contentStart: ps };
      } else unclosed(carried, carried.contentStart, p - 1);
      carry = null;
    }
    for (; k < marks.length; k++) {
      const i = marks[k]!;
      const style = styleOf(text[i]!)!;
      if (!outer) {
        if (opens(i)) {
          if (style === 'single' && !closerFollows(k, 'single')) continue;
          outer = { style, openMark: i, contentStart: i + width(i), paragraph: p, parts: [] };
        } else if (faces(i) === 'close') {
          messages.push(message({ code: 'unopened-quote', origin: ORIGIN, start: i, end: i + 1, reason: 'A closing quotation mark with no opening one', excerpt: text.slice(Math.max(ps, i - 60), i + 1) }));
          if (k === 0 && style === 'double') emit({ style, openMark: null, contentStart: ps, paragraph: p, parts: [] }, i, i, p, 0);
        }
        continue;
      }
      if (inner && style === inner.style && closes(i)) {
        emit(inner, i, i + width(i) - 1, p, 1);
        inner = null;
        continue;
      }
      if (style === outer.style) {
        if (faces(i) === 'open') {
          // “We discussed the so-called “blue economy” and …,” — a quote nested in marks of its own style, when two closers follow.
          const closers = marks.slice(k + 1).filter((j) => styleOf(text[j]!) === style && faces(j) === 'close').length;
          if (!inner && closers >= 2) {
            inner = { style, openMark: i, contentStart: i + width(i), paragraph: p, parts: [] };
            continue;
          }
          // A new quote opens before the last one closed: keep the last one to here.
          unclosed(outer, i, p);
          outer = { style, openMark: i, contentStart: i + width(i), paragraph: p, parts: [] };
          inner = null;
        } else if (closes(i)) {
          // "the ministers’ meeting" inside a single-marked quote: a possessive, when a later mark can close instead.
          if (style === 'single' && text[i - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3)) && closerFollows(k, 'single')) continue;
          emit(outer, i, i + width(i) - 1, p, 0);
          outer = null;
          inner = null;
        }
        continue;
      }
      if (!inner && opens(i) && (style === 'double' || closerFollows(k, 'single'))) inner = { style, openMark: i, contentStart: i + width(i), paragraph: p, parts: [] };
    }
    if (outer) {
      if (p + 1 < paragraphs.length) {
        const part = content(text, outer.contentStart, pe);
        // contentStart moves to the end: the parts so far hold everything this paragraph gave.
        carry = { ...outer, contentStart: pe, parts: part ? [...outer.parts, part] : outer.parts };
      } else unclosed(outer, pe, p);
    }
  }
  return { quotes: quotes.sort((a, b) => a.start - b.start || b.end - a.end), messages };
}
