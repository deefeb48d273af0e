/** 1-based line and column, as editors and vfile report them. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

export interface Place {
  readonly start: Point;
  readonly end: Point;
}

/**
 * Maps UTF-16 offsets to line/column points. Built once per text, then each
 * lookup is a binary search over line starts.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  place(start: number, end: number): Place {
    return { start: this.point(start), end: this.point(end) };
  }
}
