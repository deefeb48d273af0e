/**
 * Counts of single words, indexed straight by word id: no hashing, and the
 * records of the few thousand common words stay in cache. Half of all
 * occurrences counted are single words.
 */
const STRIDE = 8;
const COUNT_A = 0;
const DOCS_A = 2;
/** The last document (numbered from 1) the word was counted in, so each document counts once. */
const LAST_DOC = 4;
const EDGE = 5;

export class WordCounts {
  private records = new Uint32Array(1024 * STRIDE);

  /** Word ids run from 0 to this. */
  get size(): number {
    return this.records.length / STRIDE;
  }

  /** Makes room for word ids below `words`. */
  reserve(words: number): void {
    if (words <= this.size) return;
    let size = this.size;
    while (size < words) size *= 2;
    const records = new Uint32Array(size * STRIDE);
    records.set(this.records);
    this.records = records;
  }

  hit(word: number, side: number, doc: number, atEdge: boolean): void {
    const at = word * STRIDE;
    const records = this.records;
    records[at + COUNT_A + side]!++;
    if (records[at + LAST_DOC] !== doc) {
      records[at + LAST_DOC] = doc;
      records[at + DOCS_A + side]!++;
    }
    if (atEdge) records[at + EDGE]!++;
  }

  count(side: number, id: number): number {
    return this.records[id * STRIDE + COUNT_A + side]!;
  }

  docs(side: number, id: number): number {
    return this.records[id * STRIDE + DOCS_A + side]!;
  }

  edge(id: number): number {
    return this.records[id * STRIDE + EDGE]!;
  }
}
