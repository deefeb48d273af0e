import { denseText, type DenseText } from './dense.js';

/**
 * Prepared texts by document, least recently used dropped first, bounded by
 * their total length: a document is in many pairs, and preparing it costs
 * more than aligning a pair.
 */
export class DenseCache {
  private readonly entries = new Map<number, DenseText>();
  private chars = 0;

  constructor(private readonly maxChars = 200_000_000) {}

  get(doc: number, text: string): DenseText {
    let entry = this.entries.get(doc);
    if (entry) {
      this.entries.delete(doc);
    } else {
      entry = denseText(text);
      this.chars += text.length;
      while (this.chars > this.maxChars && this.entries.size > 0) {
        const [oldest, dropped] = this.entries.entries().next().value as [number, DenseText];
        this.entries.delete(oldest);
        this.chars -= dropped.text.length;
      }
    }
    this.entries.set(doc, entry);
    return entry;
  }
}
