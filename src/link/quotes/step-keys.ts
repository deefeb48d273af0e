import type { QuoteKeys } from './shingles.js';

/**
 * The keys of a clustering step's quotes, numbered: each distinct key an
 * index into `keys` (ascending), each quote its keys' indexes, and each key
 * the quotes holding it in step order (`holders`, from `start[j]`). Typed
 * arrays in place of a map from hash to list: a step of 30,000 transcript
 * turns has 700,000 key occurrences, and a list for each cost more than
 * checking every candidate pair they give.
 */
export class StepKeys {
  /** Every key of the step once, ascending. */
  readonly keys: Float64Array;
  /** For each quote of the step, the indexes of its keys. */
  readonly ofQuote: readonly Int32Array[];
  /** For each key index j, `holders[start[j] … start[j + 1])` are the quotes holding it, ascending. */
  readonly start: Int32Array;
  readonly holders: Int32Array;
  /**
   * Where each range of hash values starts in `keys`: hashes are uniform over
   * 53 bits, so `indexOf` reads a key or two of its range, not 20 levels of
   * a binary search, for each of the step's key occurrences.
   */
  private readonly directory: Int32Array;
  private readonly scale: number;

  constructor(quotes: readonly QuoteKeys[]) {
    let total = 0;
    for (const q of quotes) total += q.keys.length;
    const all = new Float64Array(total);
    let at = 0;
    for (const q of quotes) for (const h of q.keys) all[at++] = h;
    all.sort();
    let m = 0;
    for (let i = 0; i < total; i++) if (m === 0 || all[i] !== all[m - 1]) all[m++] = all[i]!;
    this.keys = all.slice(0, m);
    let ranges = 1;
    while (ranges < m) ranges *= 2;
    this.scale = ranges / 2 ** 53;
    this.directory = new Int32Array(ranges + 1);
    for (let r = 0, i = 0; r <= ranges; r++) {
      while (i < m && this.rangeOf(this.keys[i]!) < r) i++;
      this.directory[r] = i;
    }
    this.ofQuote = quotes.map((q) => Int32Array.from(q.keys, (h) => this.indexOf(h)));
    const start = new Int32Array(m + 1);
    for (const list of this.ofQuote) for (const j of list) start[j + 1]! += 1;
    for (let j = 0; j < m; j++) start[j + 1]! += start[j]!;
    const next = start.slice(0, m);
    const holders = new Int32Array(total);
    this.ofQuote.forEach((list, q) => {
      for (const j of list) holders[next[j]!++] = q;
    });
    this.start = start;
    this.holders = holders;
  }

  /** The index of a key of the step. */
  indexOf(hash: number): number {
    const { keys } = this;
    const r = this.rangeOf(hash);
    let lo = this.directory[r]!;
    let hi = this.directory[r + 1]! - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A hash's range (monotonic in the hash: a product by a positive constant, rounded down). */
  private rangeOf(hash: number): number {
    return Math.floor(hash * this.scale);
  }
}
