/**
 * The token count of one FTS5 row, summed over its columns, from the
 * `<table>_docsize.sz` blob: one SQLite varint per column (the layout the
 * FTS5 documentation gives for the docsize table). It is what the engine
 * itself counted, so a per-million rate divides occurrences and words the
 * search index agrees on, and nothing is tokenised again at query time.
 */
export function docsizeTokens(blob: Uint8Array | null): number {
  if (blob === null) return 0;
  let total = 0;
  let i = 0;
  while (i < blob.length) {
    let value = 0;
    // Big-endian groups of 7 bits, high bit set on all but the last; a ninth byte carries 8 bits.
    for (let n = 0; n < 9 && i < blob.length; n++) {
      const byte = blob[i++] as number;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    total += value;
  }
  return total;
}

/** Matches `highlight()` wrapped in `open`: each is one occurrence (FTS5 merges only instances that touch). */
export function countMarks(highlighted: string | null, open: string): number {
  if (highlighted === null) return 0;
  let count = 0;
  for (let at = highlighted.indexOf(open); at !== -1; at = highlighted.indexOf(open, at + 1)) count++;
  return count;
}
