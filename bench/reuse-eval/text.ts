// Paragraphs, sentences and normalised words: the units the generator edits and the tests compare.

/** Paragraphs are separated by a blank line, as the repo's readers produce them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Titles that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'prof', 'gen', 'hon', 'sen', 'rev', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'ltd']);

/** Sentences of one paragraph: split after . ! ? (and closing quotes) before a capital, digit or quote. */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    const lastWord = /([A-Za-z]+)$/.exec(before)?.[1]?.toLowerCase();
    if (lastWord && (ABBREVIATIONS.has(lastWord) || lastWord.length === 1)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

/** Lower-case words with apostrophes and quote marks removed, so quote style never matters. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Word n-grams as strings. */
export function shingles(text: string, n = 5): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Share of `target`'s n-grams that also occur in `source` (0 when the target has none). */
export function shingleContainment(target: string, source: string, n = 5): number {
  const t = shingles(target, n);
  if (t.size === 0) return 0;
  const s = shingles(source, n);
  let hit = 0;
  for (const g of t) if (s.has(g)) hit += 1;
  return hit / t.size;
}
