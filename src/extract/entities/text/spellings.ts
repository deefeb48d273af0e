// One string per distinct spelling in a text, for the tokenizer. A document
// repeats a few hundred words thousands of times; slicing each occurrence
// made a fresh string that the first Map probe then had to hash (every rule
// looks words up by key), and that the garbage collector copied while the
// tokens lived. Here each spelling is sliced, keyed and hashed by V8 once;
// its later occurrences share the strings. Strings are values, so sharing
// changes nothing a caller can see.

/** Spellings seen in one text, each with its lookup key; open addressing over a hash of the characters. */
export class Spellings {
  private hashes: Int32Array;
  /** 1 + index into texts/keys; 0 = empty. */
  private slots: Int32Array;
  private readonly texts: string[] = [];
  private readonly keys: string[] = [];
  private mask: number;

  constructor(
    private readonly text: string,
    /** The key of a spelling, computed once per spelling. */
    private readonly keyOf: (spelling: string) => string,
  ) {
    let size = 16;
    while (size < 4096 && size * 8 < text.length) size <<= 1; // about one distinct word per 8 characters, at first
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
  }

  /** The index of the spelling text[start, end), added on first sight; read it with textAt and keyAt. */
  find(start: number, end: number): number {
    const text = this.text;
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) break;
      if (this.hashes[i] === h && sameChars(this.texts[slot - 1]!, text, start, end)) return slot - 1;
      i = (i + 1) & this.mask;
    }
    const spelling = text.slice(start, end);
    this.texts.push(spelling);
    this.keys.push(this.keyOf(spelling));
    this.hashes[i] = h;
    this.slots[i] = this.texts.length;
    if (this.texts.length * 2 > this.mask) this.grow();
    return this.texts.length - 1;
  }

  textAt(index: number): string {
    return this.texts[index]!;
  }

  keyAt(index: number): string {
    return this.keys[index]!;
  }

  /** Twice the slots, kept at most half full: probes stay short. */
  private grow(): void {
    const hashes = this.hashes;
    const slots = this.slots;
    this.mask = hashes.length * 2 - 1;
    this.hashes = new Int32Array(hashes.length * 2);
    this.slots = new Int32Array(hashes.length * 2);
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = hashes[j]! & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[j]!;
      this.slots[i] = slots[j]!;
    }
  }
}

function sameChars(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
