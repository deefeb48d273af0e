// Token boundaries for the tagger's hot path: two growable Int32Arrays, no
// string and no object per token. A document's tokens are looked up by
// their range in the text (WordTable.getRange), so a frequent word is never
// sliced out; only the public `tokenize` builds Token objects from these.

export class TokenOffsets {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  length = 0;

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
