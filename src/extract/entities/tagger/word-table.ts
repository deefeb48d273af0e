// A read-only string-keyed table for the hottest lookup of the tagger: every
// token's spelling against the frequent words. Token strings are fresh
// slices, so a Map hashes each one and then walks its bucket chain through
// the heap; here the hash is a short loop over the characters and the probe
// reads two typed arrays, touching a stored word only to confirm a match.

export class WordTable<T> {
  private readonly hashes: Int32Array;
  /** 1 + index into keys/values; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, T>) {
    let size = 16;
    while (size < entries.size * 2) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [key, value] of entries) {
      const h = hashWord(key);
      let i = h & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.keys.push(key);
      this.values.push(value);
      this.hashes[i] = h;
      this.slots[i] = this.keys.length;
    }
  }

  get(word: string): T | undefined {
    const h = hashWord(word);
    let i = h & this.mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) return undefined;
      if (this.hashes[i] === h && this.keys[slot - 1] === word) return this.values[slot - 1];
      i = (i + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 units, with a final shift so the low bits (the slot) depend on every character. */
function hashWord(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h ^ (h >>> 15);
}
