import { reuseTokens, type ReuseTokens } from '../../extract/fingerprints/index.js';
import type { AlignedPassage } from './types.js';

/** Words a side may skip to get back in step (a rewritten "Mr Peters says" at a passage's edge). */
const RESYNC_SKIP = 3;
/** Words that must match after a skip for it to count. */
const RESYNC_RUN = 3;

/**
 * Moves a passage's ends outward word by word while the texts agree. The
 * outermost seeds sit up to a window of words inside the real passage, so
 * without this its first and last sentence would be cut short.
 */
export function extendPassage(aText: string, bText: string, passage: AlignedPassage, reach: number): AlignedPassage {
  const { a, b } = passage;
  const aBefore = reversed(reuseTokens(aText, Math.max(0, a.start - reach), a.start));
  const bBefore = reversed(reuseTokens(bText, Math.max(0, b.start - reach), b.start));
  const back = matchRun(aText, aBefore, bText, bBefore);
  const aAfter = reuseTokens(aText, a.end, Math.min(aText.length, a.end + reach));
  const bAfter = reuseTokens(bText, b.end, Math.min(bText.length, b.end + reach));
  const forward = matchRun(aText, aAfter, bText, bAfter);
  return {
    a: { start: back ? aBefore.starts[back.i]! : a.start, end: forward ? aAfter.ends[forward.i]! : a.end },
    b: { start: back ? bBefore.starts[back.j]! : b.start, end: forward ? bAfter.ends[forward.j]! : b.end },
  };
}

/**
 * Walks two token lists in step from their first tokens and returns the last
 * pair of positions that matched, skipping a few words on either side when
 * that gets the lists back in step. Null when the first words differ and no
 * skip helps.
 */
function matchRun(xText: string, x: ReuseTokens, yText: string, y: ReuseTokens): { i: number; j: number } | null {
  let i = 0;
  let j = 0;
  let last: { i: number; j: number } | null = null;
  while (i < x.count && j < y.count) {
    if (same(x, i, y, j)) {
      last = { i, j };
      i++;
      j++;
      continue;
    }
    const skip = resync(x, i, y, j);
    // A skip never crosses a paragraph break: the next paragraph is a new lead or comment, not an edit.
    if (!skip || (last && (crossesParagraph(xText, x, last.i, i + skip.di) || crossesParagraph(yText, y, last.j, j + skip.dj)))) break;
    i += skip.di;
    j += skip.dj;
  }
  return last;
}

/** Whether a paragraph break lies between tokens `k` and `m` (in either order; `tokens` may run backwards). */
function crossesParagraph(text: string, tokens: ReuseTokens, k: number, m: number): boolean {
  const from = Math.min(tokens.ends[k]!, tokens.ends[m]!);
  const to = Math.max(tokens.starts[k]!, tokens.starts[m]!);
  return text.slice(from, to).includes('\n\n');
}

function resync(x: ReuseTokens, i: number, y: ReuseTokens, j: number): { di: number; dj: number } | null {
  for (let total = 1; total <= 2 * RESYNC_SKIP; total++) {
    for (let di = Math.max(0, total - RESYNC_SKIP); di <= Math.min(total, RESYNC_SKIP); di++) {
      const dj = total - di;
      if (runMatches(x, i + di, y, j + dj)) return { di, dj };
    }
  }
  return null;
}

function runMatches(x: ReuseTokens, i: number, y: ReuseTokens, j: number): boolean {
  if (i + RESYNC_RUN > x.count || j + RESYNC_RUN > y.count) return false;
  for (let k = 0; k < RESYNC_RUN; k++) if (!same(x, i + k, y, j + k)) return false;
  return true;
}

function same(x: ReuseTokens, i: number, y: ReuseTokens, j: number): boolean {
  return x.lo[i] === y.lo[j] && x.hi[i] === y.hi[j];
}

/** The tokens last to first, so that walking backwards from a passage start is the same walk as forwards. */
function reversed(tokens: ReuseTokens): ReuseTokens {
  const { count } = tokens;
  const flip = <T extends Int32Array | Uint32Array>(array: T): T => {
    const out = array.slice(0, count) as T;
    out.reverse();
    return out;
  };
  return { count, lo: flip(tokens.lo), hi: flip(tokens.hi), starts: flip(tokens.starts), ends: flip(tokens.ends) };
}
