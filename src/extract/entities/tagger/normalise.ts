// One spelling per symbol for features and lookups, so raw text with curly
// quotes and dashes meets the straight ASCII of the training data.

const MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', "''": '"', '``': '"',
  '\u2013': '-', '\u2012': '-', '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u2014': '--', '\u2015': '--',
  '\u2026': '...',
};

const NEEDS = /[\u2018\u2019\u201a\u201b\u2032`\u201c-\u201f\u00ab\u00bb\u2010-\u2015\u2212\u2026]|''/;

/** The token's spelling for features: ASCII quotes and dashes; letters and digits untouched. */
export function normaliseToken(text: string): string {
  if (!NEEDS.test(text)) return text;
  const whole = MAP[text];
  if (whole !== undefined) return whole;
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'").replace(/[\u2010-\u2013\u2212]/g, '-');
}

/** The key words are clustered and matched under: digits folded to 0 ("1996-08-22" → "0000-00-00"). */
export function clusterKey(word: string): string {
  return /[0-9]/.test(word) ? word.replace(/[0-9]/g, '0') : word;
}
