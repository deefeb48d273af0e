// Hands out real documents (as slices of whole paragraphs) so that no two documents in a
// test set share text by accident: real corpora contain re-issued transcripts and stock
// passages, which would be reuse the gold does not know about. A slice is only accepted
// when none of its word 8-grams occurs in any slice handed out before.
import type { Random } from './random.js';
import { paragraphs, sentences, words } from './text.js';
import type { SourceDocument } from './types.js';

export interface Slice {
  doc: SourceDocument;
  paragraphs: string[];
}

const GUARD_N = 8;
/** Paragraphs longer than this are cut into groups of sentences, so slices stay near their target size. */
const MAX_PARAGRAPH = 1500;

/** A 53-bit hash of an n-gram: two 32-bit FNV-1a variants, so a million n-grams practically never collide. */
function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822507);
  }
  return (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
}

function guardHashes(text: string): number[] {
  const w = words(text);
  const out: number[] = [];
  for (let i = 0; i + GUARD_N <= w.length; i++) out.push(hash53(w.slice(i, i + GUARD_N).join(' ')));
  return out;
}

function splitLong(paragraph: string): string[] {
  if (paragraph.length <= MAX_PARAGRAPH) return [paragraph];
  const out: string[] = [];
  let current = '';
  for (const s of sentences(paragraph)) {
    if (current && current.length + s.length > MAX_PARAGRAPH * 0.6) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${s}` : s;
  }
  if (current) out.push(current);
  return out;
}

/** Stop words and common words are not evidence of a shared topic. */
const contentWord = (w: string) => w.length >= 5 && /^[a-z]+$/.test(w);

export class DocumentPool {
  private readonly order: number[];
  private readonly used = new Set<number>();
  private readonly seen = new Set<number>();
  private readonly paras: string[][];
  private readonly vocab: Set<string>[];
  private readonly df = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly docs: readonly SourceDocument[], private readonly random: Random) {
    this.order = random.shuffle(docs.map((_, i) => i));
    this.paras = docs.map((d) => paragraphs(d.text).flatMap(splitLong));
    this.vocab = docs.map((d) => new Set(words(d.text).filter(contentWord)));
    this.vocab.forEach((v, i) => {
      for (const w of v) {
        this.df.set(w, (this.df.get(w) ?? 0) + 1);
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
  }

  /** The next unused document, sliced to [minChars, maxChars] of whole paragraphs, sharing no 8-gram with earlier slices. */
  take(minChars: number, maxChars: number): Slice | null {
    for (const i of this.order) {
      if (this.used.has(i)) continue;
      const slice = this.tryTake(i, minChars, maxChars, null, 0);
      if (slice) return slice;
    }
    return null;
  }

  /**
   * A document on the same topic as `text` that shares none of its text: the unused
   * document sharing most of its rare content words (at least `minShared`).
   */
  takeDistractor(text: string, minChars: number, maxChars: number, minShared = 3): Slice | null {
    // Rare but not singular: words in two documents are mostly OCR slips ("Governmeat").
    const maxDf = Math.max(4, Math.floor(this.docs.length * 0.03));
    const rare = [...new Set(words(text).filter(contentWord))]
      .filter((w) => (this.df.get(w) ?? 0) >= 3 && (this.df.get(w) ?? 0) <= maxDf)
      .sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, 40);
    const score = new Map<number, number>();
    for (const w of rare) for (const i of this.postings.get(w) ?? []) if (!this.used.has(i)) score.set(i, (score.get(i) ?? 0) + 1);
    const ranked = [...score].filter(([, s]) => s >= minShared).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 30);
    const topic = new Set(rare);
    for (const [i] of ranked) {
      const slice = this.tryTake(i, minChars, maxChars, topic, minShared);
      if (slice && slice.paragraphs.length > 0) return slice;
    }
    return null;
  }

  private tryTake(i: number, minChars: number, maxChars: number, topic: Set<string> | null, minShared: number): Slice | null {
    const paras = this.paras[i] as string[];
    const total = paras.reduce((n, p) => n + p.length + 2, 0);
    if (total < Math.min(minChars, 1500)) return null;
    const target = this.random.int(minChars, maxChars);
    // Start where the topic words are (distractors), else anywhere that leaves room.
    let start = topic ? Math.max(0, paras.findIndex((p) => words(p).some((w) => topic.has(w)))) : this.random.int(0, paras.length - 1);
    let end = start;
    let size = 0;
    while (end < paras.length && size < target) size += (paras[end++] as string).length + 2;
    while (start > 0 && size < minChars) size += (paras[--start] as string).length + 2;
    const chosen = paras.slice(start, end);
    if (topic && new Set(words(chosen.join(' ')).filter((w) => topic.has(w))).size < minShared) return null;
    const hashes = guardHashes(chosen.join('\n\n'));
    // Either way the document is spent: one that overlaps the set now always will.
    this.used.add(i);
    if (hashes.some((h) => this.seen.has(h))) return null;
    for (const h of hashes) this.seen.add(h);
    return { doc: this.docs[i] as SourceDocument, paragraphs: chosen };
  }
}
