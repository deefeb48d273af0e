/**
 * Newsroom-style edits of a real text, for benchmarks at scale: the copy is
 * related to its original as a reprint is, and unrelated to everything else.
 */
export class Mutator {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  random(): number {
    this.state = (Math.imul(this.state ^ (this.state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    this.state ^= this.state >>> 13;
    return (this.state >>> 0) / 2 ** 32;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** A reprint: trimmed, an attribution or two rewritten, a sentence dropped, quotes restyled, paragraphs joined, a lead added. */
  reprint(text: string, lead: string): string {
    let paragraphs = text.split(/\n\n+/);
    const keep = Math.max(2, Math.ceil(paragraphs.length * (0.5 + this.random() * 0.5)));
    paragraphs = paragraphs.slice(0, keep);
    if (paragraphs.length > 3 && this.random() < 0.5) {
      const i = 1 + Math.floor(this.random() * (paragraphs.length - 2));
      paragraphs[i] = paragraphs[i]!.replace(/^[^.!?]+[.!?]\s*/, '');
    }
    let out = [lead, ...paragraphs].join(this.random() < 0.3 ? ' ' : '\n\n');
    out = out.replace(/\b(?:the )?Prime Minister (said|says)\b/g, 'he said');
    if (this.random() < 0.5) out = out.replace(/"([^"\n]*)"/g, '“$1”');
    return out;
  }
}
