// Gold quotes from PolNeAR attributions, in the article's own offsets.
//
// - direct: a Content whose text is wholly inside quotation marks: after
//   joining fragments separated only by whitespace (a quote over several
//   paragraphs) and trimming, it opens with a mark and closes with one, with
//   nothing but punctuation outside. A quote split by its attribution
//   ("“A,” he said. “B.”") is two fragments, so two gold quotes: the same two
//   quotes a reader (and the stage) sees.
// - turn: a Content introduced by an all-capitals speaker label and the Cue ":"
//   ("PENCE: Well, look, …"), as in the TV transcripts some articles carry.
// - partial: each stretch in quotation marks inside a Content that is neither
//   (`said Trump's statement was “true.”`). Noisy (titles of shows, of papers
//   in marks are Contents' words too); reported, never in the headline.
import type { Attribution } from './polnear-ann.js';
import type { GoldKind } from './types.js';
import type { Span } from './words.js';

const OPEN = '“"‘\'';
const CLOSE = '”"’\'';
/** Punctuation that may sit outside the closing mark, or before the opening one. */
const OUTSIDE = /[\s.,;:!?…—–-]/;
const PRONOUNS = new Set('he she they i we it him her them his their its you'.split(' '));
const LABEL = /^[A-Z][A-Z.'’ -]*[A-Z.]$/;

export interface RawGold extends Span {
  readonly kind: GoldKind;
  /** Source fragments in article offsets, or null when the attribution has none. */
  readonly source: { readonly spans: readonly Span[]; readonly text: string; readonly antecedent: string | null } | null;
}

/** Fragments in text order, joined where only whitespace separates them. */
export function mergeFragments(text: string, frags: readonly Span[]): Span[] {
  const sorted = [...frags].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, f.start))) out[out.length - 1] = { start: last.start, end: Math.max(last.end, f.end) };
    else out.push({ ...f });
  }
  return out;
}

/**
 * The words inside the outer marks of a span wholly in quotation marks, or
 * null when it is not. One span may hold two quotes with words between them
 * (`“A,” he said, “B.”` annotated as one fragment): then each stretch in marks.
 */
export function insideMarks(text: string, span: Span): Span[] | null {
  let s = span.start;
  let e = span.end;
  while (s < e && OUTSIDE.test(text[s]!)) s++;
  while (e > s && OUTSIDE.test(text[e - 1]!)) e--;
  // The annotator may have left the marks out of the span: look one step outside.
  if (s < e && !OPEN.includes(text[s]!) && s > 0 && OPEN.includes(text[s - 1]!)) s--;
  if (s < e && !CLOSE.includes(text[e - 1]!) && e < text.length && CLOSE.includes(text[e]!)) e++;
  if (e - s < 2 || !OPEN.includes(text[s]!) || !CLOSE.includes(text[e - 1]!)) return null;
  // A single mark pair must match in kind: ‘…’ or '…' (an apostrophe ending a word is not a closing mark then).
  if ('‘\''.includes(text[s]!) !== '’\''.includes(text[e - 1]!)) return null;
  // Marks opening a continued paragraph are not a split.
  const inner = text.slice(s + 1, e - 1).replace(/\n\s*["“]/g, '\n');
  const split = text[s] === '“' ? /”[^“”]*\p{L}[^“”]*“/u.test(inner) : text[s] === '"' && inner.includes('"');
  return split ? quotedStretches(text, { start: s, end: e }) : [{ start: s + 1, end: e - 1 }];
}

/** Stretches in quotation marks inside a span (the partial quotes of an indirect Content). */
export function quotedStretches(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /“([^”]+)”|"([^"]+)"/g;
  const piece = text.slice(span.start, span.end);
  for (const m of piece.matchAll(re)) out.push({ start: span.start + m.index + 1, end: span.start + m.index + m[0].length - 1 });
  return out;
}

const named = (t: string) => t.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()) && !/^(The|A|An)$/.test(w));

export function goldFromAttributions(text: string, attributions: readonly Attribution[]): RawGold[] {
  // Sources in text order, for a pronoun's antecedent: the nearest earlier Source naming someone.
  const sources = attributions
    .flatMap((a) => (a.source ? [a.source] : []))
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  // "he"/"she" name a person: skip Sources that open with an article ("a Donald Trump tweet", "the union").
  const antecedent = (at: number, pronoun: string): string | null => {
    const person = pronoun === 'he' || pronoun === 'she' || pronoun === 'i';
    let best: string | null = null;
    for (const s of sources) if (s.spans[0]!.start < at && named(s.text) && !(person && /^(a|an|the)\s/i.test(s.text))) best = s.text;
    return best;
  };
  const out: RawGold[] = [];
  const seen = new Set<string>();
  const push = (g: RawGold) => {
    const k = `${g.kind}:${g.start}:${g.end}`;
    if (!seen.has(k) && g.end > g.start) {
      seen.add(k);
      out.push(g);
    }
  };
  for (const a of attributions) {
    const src = a.source;
    const source = src
      ? { spans: src.spans, text: src.text, antecedent: PRONOUNS.has(src.text.trim().toLowerCase()) ? antecedent(src.spans[0]!.start, src.text.trim().toLowerCase()) : null }
      : null;
    const isTurn = a.cue?.text.trim() === ':' && src !== null && LABEL.test(src.text.trim());
    for (const piece of mergeFragments(text, a.content)) {
      if (isTurn) {
        push({ ...trimmed(text, piece), kind: 'turn', source });
        continue;
      }
      const inner = insideMarks(text, piece);
      if (inner) for (const q of inner) push({ ...q, kind: 'direct', source });
      else for (const q of quotedStretches(text, piece)) push({ ...q, kind: 'partial', source });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function trimmed(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /[\s"“]/.test(text[a]!)) a++;
  while (b > a && /[\s"”]/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}
