import { UsageError } from '../../core/index.js';
import { edgeZone } from './boilerplate.js';
import { rankOptions, shiftOptions, type RankOptions, type ShiftOptions } from './options.js';
import { NONE, PhraseTable } from './phrase-table.js';
import { rankShifts } from './rank.js';
import { markFurniture } from './furniture.js';
import { BREAK, FURNITURE, NEGATED, TokenBuffer, tokenize } from './tokens.js';
import type { ShiftRanking, ShiftSide } from './types.js';
import { STOP, TRIVIAL, Vocabulary } from './vocabulary.js';
import { WordCounts } from './word-counts.js';

/** What `rank` reads: per-phrase counts, indexed by phrase id (some ids are unused and count 0). */
export interface Counts {
  readonly size: number;
  /** Side 0 is a, side 1 is b. */
  count(side: 0 | 1, id: number): number;
  docs(side: 0 | 1, id: number): number;
  /** Occurrences in either side's edge zones (boilerplate.ts). */
  edge(id: number): number;
  readonly documents: readonly [number, number];
  readonly words: readonly [number, number];
  /** The phrase's word ids, in order. */
  wordsOf(id: number): number[];
  text(wordId: number): string;
}

/**
 * Slots for the phrases of this much text: English prose gives about one
 * distinct phrase of 2–4 words per 26 characters (1.8 M over 47 M characters
 * of transcripts), and the table stays under half full. Capped, so a wrong
 * hint costs at most 4 M slots (128 MB) before the table grows as usual.
 */
function initialSlots(characters: number): number {
  const wanted = Math.min(1 << 22, Math.max(1 << 14, Math.ceil((characters / 26) * 2)));
  return 2 ** Math.ceil(Math.log2(wanted));
}

/**
 * Counts phrases of 1 to `maxWords` words, one document at a time, into
 * side a or side b. Memory grows with the number of distinct phrases, not
 * with the text: nothing of a document is kept once it is counted.
 */
export class PhraseCounter {
  private readonly maxWords: number;
  private readonly vocabulary = new Vocabulary();
  private readonly tokens = new TokenBuffer();
  private readonly unigrams = new WordCounts();
  private readonly table: PhraseTable;
  private readonly documents: [number, number] = [0, 0];
  private readonly words: [number, number] = [0, 0];

  constructor(options?: ShiftOptions) {
    const { maxWords, expectedCharacters } = shiftOptions(options);
    this.maxWords = maxWords;
    this.table = new PhraseTable(initialSlots(expectedCharacters));
  }

  /** Counts one document's text into side a or b. */
  add(side: ShiftSide, text: string): void {
    if (side !== 'a' && side !== 'b') throw new UsageError(`Unknown shift side ${JSON.stringify(side)}: use 'a' or 'b'.`);
    if (typeof text !== 'string') throw new UsageError(`A document's text must be a string, not ${text === null ? 'null' : typeof text}: pass the stored text.`);
    const s = side === 'a' ? 0 : 1;
    const doc = this.documents[0] + this.documents[1] + 1;
    this.documents[s]++;
    const tokens = this.tokens;
    tokenize(text, this.vocabulary, tokens);
    const n = tokens.length;
    this.words[s] += n;
    const { table, unigrams } = this;
    unigrams.reserve(this.vocabulary.size);
    // At most one new phrase per length per token.
    table.reserve(n * (this.maxWords - 1));
    const maxWords = this.maxWords;
    const flags = this.vocabulary.flags;
    markFurniture(tokens, flags);
    const { words, starts, ends, marks } = tokens;
    const zone = edgeZone(text.length);
    const tail = text.length - zone;

    // The three words before this one (-1 after a break), their flags and starts.
    let w1 = -1, w2 = -1, w3 = -1;
    let f1 = 0, f2 = 0, f3 = 0;
    let s1 = 0, s2 = 0, s3 = 0;
    for (let t = 0; t < n; t++) {
      const mark = marks[t]!;
      if ((mark & BREAK) !== 0) w1 = w2 = w3 = -1;
      const w = words[t]!;
      const f = (mark & (NEGATED | FURNITURE)) !== 0 ? flags[w]! | STOP | TRIVIAL : flags[w]!;
      const start = starts[t]!;
      const tailEdge = ends[t]! > tail;
      // A phrase neither starts nor ends with a stop word, and is not only numbers and single letters.
      if ((f & STOP) === 0) {
        if ((f & TRIVIAL) === 0) unigrams.hit(w, s, doc, start < zone || tailEdge);
        if (w1 >= 0 && maxWords >= 2) {
          if ((f1 & STOP) === 0 && (f & f1 & TRIVIAL) === 0) table.hit(w1, w, NONE, NONE, s, doc, s1 < zone || tailEdge);
          if (w2 >= 0 && maxWords >= 3) {
            if ((f2 & STOP) === 0 && (f & f1 & f2 & TRIVIAL) === 0) table.hit(w2, w1, w, NONE, s, doc, s2 < zone || tailEdge);
            if (w3 >= 0 && maxWords >= 4 && (f3 & STOP) === 0 && (f & f1 & f2 & f3 & TRIVIAL) === 0) table.hit(w3, w2, w1, w, s, doc, s3 < zone || tailEdge);
          }
        }
      }
      w3 = w2; w2 = w1; w1 = w;
      f3 = f2; f2 = f1; f1 = f;
      s3 = s2; s2 = s1; s1 = start;
    }
  }

  /** The phrases that rose and fell most from a to b, over the documents counted so far. */
  rank(options?: RankOptions): ShiftRanking {
    return rankShifts(this.counts(), rankOptions(options));
  }

  /** The counts so far, for ranking. */
  counts(): Counts {
    const { table, unigrams, vocabulary } = this;
    // Ids below `words` are single words; the rest are slots of the phrase table.
    const words = vocabulary.size;
    return {
      size: words + table.slots,
      count: (side, id) => (id < words ? unigrams.count(side, id) : table.count(side, id - words)),
      docs: (side, id) => (id < words ? unigrams.docs(side, id) : table.docs(side, id - words)),
      edge: (id) => (id < words ? unigrams.edge(id) : table.edge(id - words)),
      documents: [...this.documents],
      words: [...this.words],
      wordsOf: (id) => (id < words ? [id] : table.wordsOf(id - words)),
      text: (wordId) => vocabulary.words[wordId]!,
    };
  }
}
