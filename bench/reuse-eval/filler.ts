// New prose for a story (lead, commentary, added sentences, heavy rewrites): taken from
// real documents that share no text with anything else in the set, and each piece used
// once, so new text never relates two stories.
import type { Slice } from './pool.js';
import { sentences } from './text.js';

const wordCount = (s: string) => s.split(/\s+/).length;

export class Filler {
  private paras: string[] = [];
  private spare: string[] = [];

  constructor(private readonly refill: () => Slice) {}

  /** A paragraph of at most a few sentences. */
  paragraph(): string {
    const para = this.nextParagraph();
    const s = sentences(para);
    return s.length > 3 ? s.slice(0, 3).join(' ') : para;
  }

  /** A sentence of minWords..maxWords words (the closest fit within the next few if none fits). */
  sentence(minWords: number, maxWords: number): string {
    for (let tries = 0; tries < 40; tries++) {
      if (this.spare.length === 0) this.spare = sentences(this.nextParagraph());
      const s = this.spare.shift() as string;
      const n = wordCount(s);
      if (n >= minWords && n <= maxWords && /^[A-Z"“']/.test(s)) return s;
    }
    // Nothing fitted: cut a sentence down to size rather than fail.
    if (this.spare.length === 0) this.spare = sentences(this.nextParagraph());
    const words = (this.spare.shift() as string).split(/\s+/).slice(0, maxWords);
    return `${words.join(' ').replace(/[.,;:!?]+$/, '')}.`;
  }

  private nextParagraph(): string {
    while (this.paras.length === 0) this.paras = [...this.refill().paragraphs];
    return this.paras.shift() as string;
  }
}
