/**
 * From overlapping candidates to the expressions a document keeps: the
 * longest wins, a bare month name stays only beside another date
 * ("from March to May"), and two dates joined by "to" or a dash become one
 * range ("Monday to Wednesday", "3 April – 5 May 2024").
 */
import type { Anchor } from './anchor.js';
import type { WindowCandidate } from './rules.js';

/** The longest first; among equals the earlier, then the rule listed first. */
export function longestFirst(candidates: readonly WindowCandidate[]): WindowCandidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  const kept: WindowCandidate[] = [];
  for (const { c } of order) {
    // `kept` is sorted by start: find the first that ends after c starts.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const next = kept[lo];
    if (next && next.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

const LIST_GAP = /^[ \t\u00a0]*(?:,|and|or|to|through|until|till|-|–|—|,[ \t]*and|,[ \t]*or)[ \t\u00a0]*$/u;

/** Weak candidates survive when they sit in a list or range with a date that is not weak. */
export function dropLoneWeak(text: string, kept: readonly WindowCandidate[]): WindowCandidate[] {
  const strong = kept.map((c) => !c.weak);
  const joined = (a: WindowCandidate, b: WindowCandidate): boolean =>
    (a.anchor.kind === 'month' || a.anchor.kind === 'day') && (b.anchor.kind === 'month' || b.anchor.kind === 'day') && LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < kept.length; i++) if (!strong[i] && strong[i - 1] && joined(kept[i - 1]!, kept[i]!)) strong[i] = true;
  for (let i = kept.length - 2; i >= 0; i--) if (!strong[i] && strong[i + 1] && joined(kept[i]!, kept[i + 1]!)) strong[i] = true;
  return kept.filter((_c, i) => strong[i]);
}

const RANGE_GAP = /^[ \t\u00a0]*(?:-|–|—|to|until|till|through|thru)[ \t\u00a0]*$/iu;
const BETWEEN = /(?:^|[^\p{L}])between[ \t\u00a0]+$/iu;

function rangeable(a: Anchor, b: Anchor): boolean {
  if (a.kind === 'day' || a.kind === 'weekday') return b.kind === 'day' || b.kind === 'weekday';
  return (a.kind === 'month' || a.kind === 'year' || a.kind === 'quarter') && a.kind === b.kind;
}

/** "April" before "to May 2024" takes the year; "December" before "to January 2025" the one before. */
function withYearOf(a: Anchor, b: Anchor): Anchor {
  if ((a.kind === 'day' || a.kind === 'month') && a.y === null && (b.kind === 'day' || b.kind === 'month') && b.y !== null) {
    const later = a.m > b.m || (a.m === b.m && a.kind === 'day' && b.kind === 'day' && a.d > b.d);
    return { ...a, y: later ? b.y - 1 : b.y };
  }
  return a;
}

export function mergeRanges(text: string, kept: readonly WindowCandidate[]): WindowCandidate[] {
  const out: WindowCandidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && a.until === null && b.until === null && rangeable(a.anchor, b.anchor)) {
      const gap = text.slice(a.end, b.start);
      const between = /^[ \t\u00a0]+and[ \t\u00a0]+$/u.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start));
      if (RANGE_GAP.test(gap) || between) {
        out.push({ ...a, end: b.end, anchor: withYearOf(a.anchor, b.anchor), until: b.anchor, found: { ...a.found, until: b.anchor } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
