import { FU, isCapitalised, UNIGRAM_AT, UNIGRAM_COUNT, unigramFeatures } from './features.js';
import type { Lexicons } from './lexicons.js';
import { normaliseToken } from './normalise.js';
import type { WordTable } from './word-table.js';
import { NLABELS as NLABELS_ } from './labels.js';
import { A_CASE, BOS, CASE_NONE, EOS, NATTR, wordAttributes } from './word-attributes.js';

const NLABELS = NLABELS_;

/** Adds the weights of hashes[from … from+count) into out[at … at+NLABELS). */
export interface RowSummer {
  sum(hashes: Int32Array, from: number, count: number, out: Float64Array, at: number): void;
}

/** What the run-time tagger keeps per distinct word. */
export interface WordEntry {
  readonly attrs: Int32Array;
  readonly folded: string;
  /** The word's id in the gazetteer, 0 if none. */
  readonly gazId: number;
  /** The word's id in the training-set names, 0 if none. */
  readonly nameId: number;
  /**
   * Summed single-word feature weights for the word at offsets -2 … +2:
   * 5 × NLABELS; null until a sentence needs them (see WordCache.vec).
   */
  vec: Float64Array | null;
  /** Can the word start a name: CAND_NONE, CAND_INSIDE (only away from the sentence start) or CAND_ANY. */
  readonly cand: number;
  /** Does the word hold a letter or digit (attrs[A_CASE] !== CASE_NONE)? Kept here: the scan for names reads it for every token. */
  readonly lettered: boolean;
  /** attrs[A_CASE], kept here for the same reason: every token's position reads it. */
  readonly caseCode: number;
}

export const CAND_NONE = 0;
export const CAND_INSIDE = 1;
export const CAND_ANY = 2;

/**
 * Lower-case words this frequent in the cluster text ("the", "we", "however")
 * are no evidence of a name when capitalised at a sentence start.
 */
const COMMON_RANK = 5000;

/** Whether a word could be (part of) a name: only capitalised words are, and "I" never. */
function candidacy(attrs: Int32Array, word: string, folded: string, lex: Lexicons): number {
  if (!isCapitalised(attrs) || word === 'I') return CAND_NONE;
  const rank = lex.clusters.find(folded);
  return rank >= 0 && rank < COMMON_RANK ? CAND_INSIDE : CAND_ANY;
}


/** Scratch for vectors(), which runs to completion and never re-enters. */
const hashes = new Int32Array(FU);

/** `vec` must be zeros (a fresh array, or a fresh view of a pooled one). */
function vectors(attrs: Int32Array, scorer: RowSummer, vec: Float64Array = new Float64Array(5 * NLABELS)): Float64Array {
  for (let o = -2; o <= 2; o++) {
    const at = UNIGRAM_AT[o + 2]!;
    unigramFeatures(attrs, o, hashes, at);
    scorer.sum(hashes, at, UNIGRAM_COUNT[o + 2]!, vec, (o + 2) * NLABELS);
  }
  return vec;
}

/** `attrs`: where to write the word's attributes (NATTR slots). */
export function wordEntry(word: string, lex: Lexicons, scorer: RowSummer | null, attrs: Int32Array = new Int32Array(NATTR)): WordEntry {
  const folded = word.toLowerCase();
  const gazId = lex.gazetteer.wordId(folded);
  wordAttributes(word, lex.clusters, lex.gazetteer, attrs, 0, folded, gazId);
  return { attrs, folded, gazId, nameId: lex.names.wordId(folded), vec: scorer ? vectors(attrs, scorer) : null, cand: candidacy(attrs, word, folded, lex), lettered: attrs[A_CASE] !== CASE_NONE, caseCode: attrs[A_CASE]! };
}

export function sentinels(scorer: RowSummer): { bos: WordEntry; eos: WordEntry } {
  return {
    bos: { attrs: BOS, folded: '', gazId: 0, nameId: 0, vec: vectors(BOS, scorer), cand: CAND_NONE, lettered: false, caseCode: BOS[A_CASE]! },
    eos: { attrs: EOS, folded: '', gazId: 0, nameId: 0, vec: vectors(EOS, scorer), cand: CAND_NONE, lettered: false, caseCode: EOS[A_CASE]! },
  };
}

/** Rare words per pooled chunk. */
const POOL_WORDS = 32;

/**
 * How many other words the cache keeps before it starts afresh (about 1 kB
 * each with their scores): names recur from one document to the next, and
 * working out a new word's entry and scores costs several microseconds.
 */
const RARE_WORDS = 8192;

/**
 * Word entries, over a read-only table of frequent words built at load
 * time: most tokens are found there; the rest are worked out once and kept
 * (up to RARE_WORDS, then the cache is emptied). An entry is a function of
 * the spelling alone, so what the cache holds never changes a result.
 */
export class WordCache {
  private readonly local = new Map<string, WordEntry>();
  // A rare word's attribute and score arrays are views of pooled chunks: a
  // typed array this size is allocated outside the heap, about 0.3 µs
  // (attributes) and 0.6 µs (scores) each, where a view costs 0.03 µs.
  private attrPool = new Int32Array(0);
  private attrUsed = 0;
  private vecPool = new Float64Array(0);
  private vecUsed = 0;
  constructor(
    private readonly lex: Lexicons,
    private readonly scorer: RowSummer,
    private readonly frequent: WordTable<WordEntry>,
  ) {}

  /** The entry of a token as written; curly quotes and dashes are normalised here, once per spelling. */
  get(token: string): WordEntry {
    return this.frequent.get(token) ?? this.rare(token);
  }

  /** The entry of the token text[start, end), as `get(text.slice(start, end))`: a frequent word is not sliced. */
  getRange(text: string, start: number, end: number): WordEntry {
    return this.frequent.getRange(text, start, end) ?? this.rare(text.slice(start, end));
  }

  /** A token that is not a frequent word as written: worked out once per spelling while the cache keeps it. */
  private rare(token: string): WordEntry {
    let e = this.local.get(token);
    if (e === undefined) {
      if (this.local.size >= RARE_WORDS) this.local.clear();
      const word = normaliseToken(token);
      e = (word !== token ? this.frequent.get(word) : undefined) ?? wordEntry(word, this.lex, null, this.attrSlot());
      this.local.set(token, e);
    }
    return e;
  }

  /** The entry's single-word scores, summed on first need: most rare words sit far from any name. */
  vec(e: WordEntry): Float64Array {
    return (e.vec ??= vectors(e.attrs, this.scorer, this.vecSlot()));
  }

  private attrSlot(): Int32Array {
    if (this.attrUsed === this.attrPool.length) {
      this.attrPool = new Int32Array(POOL_WORDS * NATTR);
      this.attrUsed = 0;
    }
    return this.attrPool.subarray(this.attrUsed, (this.attrUsed += NATTR));
  }

  /** Zeros, as vectors() needs: each part of a fresh chunk is handed out once. */
  private vecSlot(): Float64Array {
    if (this.vecUsed === this.vecPool.length) {
      this.vecPool = new Float64Array(POOL_WORDS * 5 * NLABELS);
      this.vecUsed = 0;
    }
    return this.vecPool.subarray(this.vecUsed, (this.vecUsed += 5 * NLABELS));
  }
}
