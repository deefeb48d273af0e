import type { NerType } from './types.js';

// BILOU labels: O, then Begin/Inside/Last/Unit for each type. BILOU rather
// than BIO lets the model learn single-word and boundary words separately
// (Ratinov & Roth 2009), and the hard transition constraints keep spans whole.

export const TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const NLABELS = 1 + 4 * TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export function label(type: number, part: 0 | 1 | 2 | 3): number {
  return 1 + type * 4 + part;
}

/** 0-based type of a label, or -1 for O. */
export function typeOf(labelId: number): number {
  return labelId === O ? -1 : (labelId - 1) >> 2;
}

function partOf(labelId: number): number {
  return (labelId - 1) & 3;
}

/** allowed[from * NLABELS + to]; row NLABELS is the sentence start, column NLABELS the end. */
export const ALLOWED: Uint8Array = (() => {
  const n = NLABELS + 1;
  const out = new Uint8Array(n * n);
  const opens = (to: number) => to === O || partOf(to) === B || partOf(to) === U;
  const closes = (from: number) => from === O || partOf(from) === L || partOf(from) === U;
  for (let from = 0; from <= NLABELS; from++) {
    for (let to = 0; to <= NLABELS; to++) {
      let ok: boolean;
      if (from === NLABELS) ok = to < NLABELS && opens(to);
      else if (to === NLABELS) ok = closes(from);
      else if (closes(from)) ok = opens(to);
      else ok = typeOf(to) === typeOf(from) && (partOf(to) === I || partOf(to) === L);
      out[from * n + to] = ok ? 1 : 0;
    }
  }
  return out;
})();

export interface LabelSpan {
  readonly type: number;
  /** Token indices, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** IOB2 tags ("B-PER", "I-PER", "O") to BILOU label ids. Unknown types become O. */
export function bilouFromIob(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (const span of iobTagSpans(tags)) {
    if (span.end - span.start === 1) out[span.start] = label(span.type, U);
    else {
      out[span.start] = label(span.type, B);
      for (let i = span.start + 1; i < span.end - 1; i++) out[i] = label(span.type, I);
      out[span.end - 1] = label(span.type, L);
    }
  }
  return out;
}

function iobTagSpans(tags: readonly string[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const t = tag.length > 2 ? TYPES.indexOf(tag.slice(2) as NerType) : -1;
    const continues = tag.startsWith('I-') && t === type;
    if (start >= 0 && !continues) {
      out.push({ type, start, end: i });
      start = -1;
    }
    if (t >= 0 && (tag.startsWith('B-') || (tag.startsWith('I-') && start < 0))) {
      start = i;
      type = t;
    }
  }
  return out;
}

/** Spans of a valid BILOU sequence; a broken one is read leniently (B without L ends at the break). */
export function bilouSpans(labels: ArrayLike<number>, n = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < n; i++) {
    const lab = labels[i]!;
    const t = typeOf(lab);
    const part = lab === O ? -1 : partOf(lab);
    if (start >= 0 && (t !== type || part === B || part === U)) {
      out.push({ type, start, end: i });
      start = -1;
    }
    if (t < 0) continue;
    if (part === U) out.push({ type: t, start: i, end: i + 1 });
    else if (part === L) {
      out.push({ type: t, start: start >= 0 ? start : i, end: i + 1 });
      start = -1;
    } else if (start < 0) {
      start = i;
      type = t;
    }
  }
  if (start >= 0) out.push({ type, start, end: n });
  return out;
}
