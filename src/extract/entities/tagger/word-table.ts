// A read-only string-keyed table for the hottest lookup of the tagger: every
// token's spelling against the frequent words. Tokens are looked up by their
// range in the text, so a frequent word is never sliced out of it: the hash
// is a short loop over the text's characters, the probe reads two typed
// arrays, and a match is confirmed against the keys' characters packed in
// one array (not strings scattered through the heap).

export class WordTable<T> {
  private readonly hashes: Int32Array;
  /** 1 + index into values and keyAt; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  /** Key k's UTF-16 units are chars[keyAt[k] … keyAt[k+1]). */
  private readonly keyAt: Int32Array;
  private readonly chars: Uint16Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, T>) {
    let size = 16;
    while (size < entries.size * 2) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.keyAt = new Int32Array(entries.size + 1);
    let total = 0;
    for (const key of entries.keys()) total += key.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (const [key, value] of entries) {
      const h = hashWord(key, 0, key.length);
      let i = h & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      for (let c = 0; c < key.length; c++) this.chars[at + c] = key.charCodeAt(c);
      at += key.length;
      this.values.push(value);
      this.keyAt[this.values.length] = at;
      this.hashes[i] = h;
      this.slots[i] = this.values.length;
    }
  }

  get(word: string): T | undefined {
    return this.getRange(word, 0, word.length);
  }

  /** The value of the key equal to text[start, end), as `get(text.slice(start, end))`. */
  getRange(text: string, start: number, end: number): T | undefined {
    const h = hashWord(text, start, end);
    const n = end - start;
    let i = h & this.mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) return undefined;
      if (this.hashes[i] === h) {
        const from = this.keyAt[slot - 1]!;
        if (this.keyAt[slot]! - from === n) {
          let c = 0;
          while (c < n && this.chars[from + c] === text.charCodeAt(start + c)) c++;
          if (c === n) return this.values[slot - 1];
        }
      }
      i = (i + 1) & this.mask;
    }
  }
}

/** FNV-1a over UTF-16 units of text[start, end), with a final shift so the low bits (the slot) depend on every character. */
function hashWord(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h ^ (h >>> 15);
}
