import type { ReuseTokens } from '../../extract/fingerprints/index.js';

/**
 * A walk over a text's tokens from one token outward, forward (`dir` 1) or
 * backward (-1): step `k` is token `from + dir * k`. Lets the same matching
 * code extend a passage at either end without copying the tokens.
 */
export interface TokenWalk {
  readonly tokens: ReuseTokens;
  readonly from: number;
  readonly dir: 1 | -1;
  /** Steps allowed. */
  readonly steps: number;
}

export function walk(tokens: ReuseTokens, from: number, dir: 1 | -1, steps: number): TokenWalk {
  const room = dir === 1 ? tokens.count - from : from + 1;
  return { tokens, from, dir, steps: Math.max(0, Math.min(steps, room)) };
}

/** Token index of step `k`. */
export function at(w: TokenWalk, k: number): number {
  return w.from + w.dir * k;
}

export function sameToken(x: TokenWalk, i: number, y: TokenWalk, j: number): boolean {
  const a = at(x, i);
  const b = at(y, j);
  return x.tokens.lo[a] === y.tokens.lo[b] && x.tokens.hi[a] === y.tokens.hi[b];
}

/** The first token whose start is at or after `offset`. */
export function tokenAt(tokens: ReuseTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
