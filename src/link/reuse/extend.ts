import { PARAGRAPH_BREAK, type DenseText } from './dense.js';
import { at, sameToken, tokenAt, walk, type TokenWalk } from './token-walk.js';
import type { AlignedPassage } from './types.js';

/** Words a side may skip to get back in step (a rewritten "Mr Peters says" at a passage's edge). */
const RESYNC_SKIP = 3;
/** Words that must match after a skip for it to count. */
const RESYNC_RUN = 3;
/** Characters per word, roughly: turns the reach in characters into steps. */
const CHARS_PER_WORD = 5;

/**
 * Moves a passage's ends outward word by word while the texts agree. The
 * outermost seeds of a chain can sit inside the real passage (an edited
 * first or last word breaks every n-gram over it), so without this a
 * passage's first and last sentence would be cut short.
 */
export function extendPassage(a: DenseText, b: DenseText, passage: AlignedPassage, reach: number): AlignedPassage {
  const steps = Math.ceil(reach / CHARS_PER_WORD);
  const aStart = tokenAt(a.tokens, passage.a.start);
  const bStart = tokenAt(b.tokens, passage.b.start);
  const aEnd = tokenAt(a.tokens, passage.a.end);
  const bEnd = tokenAt(b.tokens, passage.b.end);
  const backA = walk(a.tokens, aStart - 1, -1, steps);
  const backB = walk(b.tokens, bStart - 1, -1, steps);
  const foreA = walk(a.tokens, aEnd, 1, steps);
  const foreB = walk(b.tokens, bEnd, 1, steps);
  const back = matchRun(backA, backB, a.breaks, b.breaks);
  const fore = matchRun(foreA, foreB, a.breaks, b.breaks);
  return {
    a: { start: back ? a.tokens.starts[at(backA, back.i)]! : passage.a.start, end: fore ? a.tokens.ends[at(foreA, fore.i)]! : passage.a.end },
    b: { start: back ? b.tokens.starts[at(backB, back.j)]! : passage.b.start, end: fore ? b.tokens.ends[at(foreB, fore.j)]! : passage.b.end },
  };
}

/**
 * Walks both texts in step and returns the last pair of steps that matched,
 * skipping a few words on either side when that gets them back in step (but
 * never across a paragraph break: the next paragraph is a new lead or a
 * comment, not an edit). Null when nothing matched.
 */
function matchRun(x: TokenWalk, y: TokenWalk, xBreaks: Uint8Array, yBreaks: Uint8Array): { i: number; j: number } | null {
  let i = 0;
  let j = 0;
  let last: { i: number; j: number } | null = null;
  while (i < x.steps && j < y.steps) {
    if (sameToken(x, i, y, j)) {
      last = { i, j };
      i++;
      j++;
      continue;
    }
    const skip = resync(x, i, y, j);
    if (!skip) break;
    if (last && (paragraphBetween(x, xBreaks, last.i, i + skip.di) || paragraphBetween(y, yBreaks, last.j, j + skip.dj))) break;
    i += skip.di;
    j += skip.dj;
  }
  return last;
}

/** Whether a blank line separates the tokens of steps `k` < `m`. */
function paragraphBetween(w: TokenWalk, breaks: Uint8Array, k: number, m: number): boolean {
  const from = Math.min(at(w, k), at(w, m));
  const to = Math.max(at(w, k), at(w, m));
  for (let t = from; t < to; t++) if (breaks[t]! & PARAGRAPH_BREAK) return true;
  return false;
}

function resync(x: TokenWalk, i: number, y: TokenWalk, j: number): { di: number; dj: number } | null {
  for (let total = 1; total <= 2 * RESYNC_SKIP; total++) {
    for (let di = Math.max(0, total - RESYNC_SKIP); di <= Math.min(total, RESYNC_SKIP); di++) {
      const dj = total - di;
      if (runMatches(x, i + di, y, j + dj)) return { di, dj };
    }
  }
  return null;
}

function runMatches(x: TokenWalk, i: number, y: TokenWalk, j: number): boolean {
  if (i + RESYNC_RUN > x.steps || j + RESYNC_RUN > y.steps) return false;
  for (let k = 0; k < RESYNC_RUN; k++) if (!sameToken(x, i + k, y, j + k)) return false;
  return true;
}
