/**
 * Case- and accent-folding for name search: "Māori" and "MAORI" both fold to
 * "maori". Done here rather than in SQL because databases disagree on it
 * (SQLite has no accent folding at all).
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
