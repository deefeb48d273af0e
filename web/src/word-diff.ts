// A word-level diff of one telling of a quote against another (the cluster's
// earliest): which words of `other` the earliest does not have, and where
// words of the earliest were left out. Pure, for Node tests; written here
// rather than taken from a library because the UI loads nothing from outside
// and the need is small: quotes are short, so a plain longest-common-
// subsequence table is enough.

/**
 * A run of `other`'s text, `changed` when the earliest does not have those
 * words there; or a `gap` where words of the earliest are left out (no text
 * of `other`, so joining the runs' text gives `other` back).
 */
export type DiffPiece =
  | { readonly kind: 'same' | 'changed'; readonly text: string }
  | { readonly kind: 'gap'; readonly words: readonly string[] };

export interface WordDiff {
  readonly pieces: readonly DiffPiece[];
  /** Words of `other` marked changed. */
  readonly changedWords: number;
  /** Words of the earliest that `other` leaves out. */
  readonly missingWords: number;
}

/** Beyond this many table cells the middle is marked changed wholesale rather than aligned (a transcript turn of thousands of words). */
const MAX_CELLS = 4_000_000;

interface Token {
  readonly text: string;
  /** null for white space. */
  readonly key: string | null;
}

/** Words and the white space between them, so the pieces give the text back exactly. */
function tokens(text: string): Token[] {
  return (text.match(/\s+|\S+/g) ?? []).map((part) => ({ text: part, key: /^\s/.test(part) ? null : wordKey(part) }));
}

/**
 * What makes two words the same: case, typographic quotes and dashes, and
 * punctuation at a word's edges do not count, so `“Healthy` matches
 * `"healthy` and `them,` matches `them.`; a different word does.
 */
export function wordKey(word: string): string {
  const folded = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');
  const core = folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return core === '' ? folded : core;
}

/** `other` against `base`, word by word. */
export function diffWords(base: string, other: string): WordDiff {
  const a = tokens(base).filter((t) => t.key !== null);
  const all = tokens(other);
  const b = all.filter((t) => t.key !== null);
  const matchedB = new Array<boolean>(b.length).fill(false);
  /** For each word of `b` (and one past the end), the words of `a` missing just before it. */
  const missing: string[][] = Array.from({ length: b.length + 1 }, () => []);

  // Equal ends are matched directly; only the middle needs the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head]!.key === b[head]!.key) matchedB[head++] = true;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]!.key === b[b.length - 1 - tail]!.key) {
    matchedB[b.length - 1 - tail] = true;
    tail++;
  }
  const aMid = a.slice(head, a.length - tail);
  const bMid = b.slice(head, b.length - tail);
  if (aMid.length * bMid.length > MAX_CELLS) {
    if (aMid.length > 0) missing[head]!.push(...aMid.map((t) => t.text));
  } else {
    alignMiddle(aMid, bMid, head, matchedB, missing);
  }

  const pieces: DiffPiece[] = [];
  let word = 0;
  let changedWords = 0;
  const push = (text: string, kind: 'same' | 'changed') => {
    const last = pieces[pieces.length - 1];
    // Runs of one kind join, so a changed phrase is one mark.
    if (last && last.kind === kind) pieces[pieces.length - 1] = { kind, text: last.text + text };
    else pieces.push({ kind, text });
  };
  const gap = (at: number) => {
    const words = missing[at] ?? [];
    if (words.length > 0) pieces.push({ kind: 'gap', words });
  };
  for (const token of all) {
    if (token.key === null) {
      // White space is changed only between two changed words with nothing left out between them.
      const before = pieces[pieces.length - 1]?.kind === 'changed';
      const after = word < b.length && !matchedB[word] && (missing[word]?.length ?? 0) === 0;
      push(token.text, before && after ? 'changed' : 'same');
      continue;
    }
    gap(word);
    if (!matchedB[word]) changedWords++;
    push(token.text, matchedB[word] ? 'same' : 'changed');
    word++;
  }
  gap(b.length);
  return { pieces, changedWords, missingWords: missing.reduce((n, words) => n + words.length, 0) };
}

/** The longest common subsequence of the middles, marking `b`'s matched words and `a`'s missing ones. */
function alignMiddle(a: readonly Token[], b: readonly Token[], offset: number, matchedB: boolean[], missing: string[][]): void {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i]!.key === b[j]!.key ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.key === b[j]!.key) {
      matchedB[offset + j] = true;
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) {
      missing[offset + j]!.push(a[i]!.text);
      i++;
    } else {
      j++;
    }
  }
  for (; i < a.length; i++) missing[offset + b.length]!.push(a[i]!.text);
}
