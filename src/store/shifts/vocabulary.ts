import stopWords from './model/stop-words.json' with { type: 'json' };

/** Every stop word, whatever its group in the model file (the groups are there for the reader). */
export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(stopWords).flat());

/** Bits of `Vocabulary.flags`. */
export const STOP = 1;
/**
 * No content of its own: only digits, one character, or a stop word. A phrase
 * made of nothing else ("2005", "e", "1 5", "15 of 20") is never shown.
 */
export const TRIVIAL = 2;
/** Only digits ("1996", "05"). Also TRIVIAL. */
export const NUMBER = 4;

/**
 * The most distinct words kept; later new words share one stop-word id. Ids
 * must fit 24 bits (phrase-table.ts), and a vocabulary this large is OCR
 * noise, so the bound costs nothing real and keeps memory bounded.
 */
export const MAX_WORDS = (1 << 24) - 2;
/** The id every word beyond MAX_WORDS gets: a stop word, so it is never part of a phrase's ends. */
export const OVERFLOW = 0;

/** FNV-1a over folded UTF-16 code units; `tokens.ts` computes the same while scanning. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

const DIGITS = /^\p{N}+$/u;

/**
 * Folded words and their integer ids, in a hash table keyed by the words'
 * code units: a word already seen is found straight from the document text,
 * with no string made for it. Counting works on ids only.
 */
export class Vocabulary {
  readonly words: string[] = [];
  flags = new Uint8Array(1024);
  private hashes = new Int32Array(1024);
  /** The words' code units end to end, and where each word starts (`starts[id + 1]` is where it ends): compared without touching strings. */
  private pool = new Uint16Array(1 << 16);
  private starts = new Int32Array(1025);
  /** id + 1 per slot, 0 for empty; at most half full. */
  private slots = new Int32Array(4096);
  private mask = 4095;

  constructor() {
    this.id('');
    this.flags[OVERFLOW] = STOP | TRIVIAL;
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of a folded word given as a string. */
  id(word: string): number {
    let hash = HASH_SEED;
    for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
    let slot = mix(hash) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.insert(word, hash, slot);
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === word) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * The id of the ASCII word text[start, end) lower-cased, whose folded
   * hash the caller computed while scanning it.
   */
  idOfAscii(text: string, start: number, end: number, hash: number): number {
    let slot = mix(hash) & this.mask;
    const length = end - start;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.insert(text.slice(start, end).toLowerCase(), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        let at = this.starts[id]!;
        if (this.starts[id + 1]! - at === length) {
          const pool = this.pool;
          let k = start;
          while (k < end) {
            const c = text.charCodeAt(k);
            if (pool[at] !== (c >= 65 && c <= 90 ? c | 0x20 : c)) break;
            k++;
            at++;
          }
          if (k === end) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    if (id > MAX_WORDS) return OVERFLOW;
    // A long slice of a document would keep the whole document alive.
    const own = word.length > 12 ? Array.from(word).join('') : word;
    this.words.push(own);
    if (id === this.flags.length) {
      const flags = new Uint8Array(id * 2);
      flags.set(this.flags);
      this.flags = flags;
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const starts = new Int32Array(id * 2 + 1);
      starts.set(this.starts);
      this.starts = starts;
    }
    const from = this.starts[id]!;
    if (from + own.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, from + own.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < own.length; k++) this.pool[from + k] = own.charCodeAt(k);
    this.starts[id + 1] = from + own.length;
    const number = DIGITS.test(own);
    this.flags[id] = (STOP_WORDS.has(own) ? STOP | TRIVIAL : 0) | (number ? NUMBER | TRIVIAL : 0) | (Array.from(own).length === 1 ? TRIVIAL : 0);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = mix(this.hashes[id]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV's low bits are weak: mix before masking. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
