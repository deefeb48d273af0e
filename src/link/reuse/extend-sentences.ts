import { SENTENCE_BREAK, type DenseText } from './dense.js';
import { at, tokenAt, walk, type TokenWalk } from './token-walk.js';
import type { AlignedPassage } from './types.js';

/** Share of words two neighbouring sentences must have in common to count as the same sentence reworded. */
const SAME_WORDS = 0.6;
/** Words of a sentence, at most; longer runs are not sentences to compare. */
const MAX_SENTENCE_WORDS = 80;
/** Sentences taken in per end, at most. */
const MAX_STEPS = 3;

/**
 * Extends a passage over neighbouring sentences that hold mostly the same
 * words in both texts: a sentence reworded or reordered within itself by an
 * editor is still reused text, though no five words of it survive in a row.
 */
export function extendBySentences(a: DenseText, b: DenseText, passage: AlignedPassage): AlignedPassage {
  let { a: spanA, b: spanB } = passage;
  for (const dir of [1, -1] as const) {
    for (let step = 0; step < MAX_STEPS; step++) {
      // The first word outside the passage on this side, in each text.
      const fromA = dir === 1 ? tokenAt(a.tokens, spanA.end) : tokenAt(a.tokens, spanA.start) - 1;
      const fromB = dir === 1 ? tokenAt(b.tokens, spanB.end) : tokenAt(b.tokens, spanB.start) - 1;
      const x = nextSentence(a, fromA, dir);
      const y = nextSentence(b, fromB, dir);
      if (x === 0 || y === 0) break;
      const wx = walk(a.tokens, fromA, dir, x);
      const wy = walk(b.tokens, fromB, dir, y);
      if (!sameWords(wx, wy)) break;
      const lastA = at(wx, x - 1);
      const lastB = at(wy, y - 1);
      spanA = dir === 1 ? { start: spanA.start, end: a.tokens.ends[lastA]! } : { start: a.tokens.starts[lastA]!, end: spanA.end };
      spanB = dir === 1 ? { start: spanB.start, end: b.tokens.ends[lastB]! } : { start: b.tokens.starts[lastB]!, end: spanB.end };
    }
  }
  return { a: spanA, b: spanB };
}

/** Words from token `from` (walking `dir`) up to the next sentence break; 0 when there is none within reach. */
function nextSentence(d: DenseText, from: number, dir: 1 | -1): number {
  const w = walk(d.tokens, from, dir, MAX_SENTENCE_WORDS + 1);
  for (let k = 0; k < w.steps; k++) {
    const here = at(w, k);
    // Walking forward a sentence ends after this word; walking backward, it began after the word before.
    const ends = dir === 1 ? d.breaks[here]! & SENTENCE_BREAK : here === 0 || d.breaks[here - 1]! & SENTENCE_BREAK;
    if (ends) return k + 1 <= MAX_SENTENCE_WORDS ? k + 1 : 0;
  }
  return 0;
}

function sameWords(x: TokenWalk, y: TokenWalk): boolean {
  if (x.steps < 4 || y.steps < 4) return false;
  const wordsOf = (w: TokenWalk) => Int32Array.from({ length: w.steps }, (_, k) => w.tokens.lo[at(w, k)]!).sort();
  const p = wordsOf(x);
  const q = wordsOf(y);
  let shared = 0;
  for (let i = 0, j = 0; i < p.length && j < q.length; ) {
    if (p[i] === q[j]) {
      shared++;
      i++;
      j++;
    } else if (p[i]! < q[j]!) i++;
    else j++;
  }
  return shared >= SAME_WORDS * Math.max(p.length, q.length);
}
