/**
 * A literal prefilter for the rules: which of them can match in a window,
 * from one search for the words each needs. Most rules open with a
 * lookbehind (`(?<![\p{L}\d])`), which V8 tries at every position of the
 * text, so running all of them over every paragraph was most of the stage.
 */

/** What one rule needs: a word its every match holds (one of these), in any case when the rule ignores case. */
export interface Needs {
  readonly words: readonly string[];
  readonly anyCase: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One search for a set of words, and the rules (a bit each) a word found lets run. */
interface WordSearch {
  readonly re: RegExp;
  readonly anyCase: boolean;
  readonly rulesOf: ReadonlyMap<string, number>;
}

function wordSearch(needs: readonly Needs[], anyCase: boolean): WordSearch | null {
  const key = (w: string) => (anyCase ? w.toLowerCase() : w);
  // Longest first: at a position the search returns the longest word there, and every shorter word
  // found there too starts it ("0s" holds "0"), so it lets their rules run as well.
  const words = [...new Set(needs.flatMap((n) => (n.anyCase === anyCase ? n.words.map(key) : [])))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  const rulesOf = new Map(words.map((w) => [w, needs.reduce((bits, n, i) => (n.anyCase === anyCase && n.words.some((x) => w.startsWith(key(x))) ? bits | (1 << i) : bits), 0)]));
  return { re: new RegExp(words.map(escape).join('|'), anyCase ? 'giu' : 'g'), anyCase, rulesOf };
}

/**
 * `needs[i]` is rule i's: the returned function gives a window's rules that
 * may match (bit i set), the others certainly not. At most 31 rules.
 */
export function neededWords(needs: readonly Needs[]): (text: string) => number {
  if (needs.length > 31) throw new Error(`neededWords takes at most 31 rules (got ${needs.length}).`);
  const searches = [wordSearch(needs, false), wordSearch(needs, true)].filter((s) => s !== null);
  // A word found in any case that no key names (a long s 'ſ' folds to 's' under the `iu` flags): every rule that ignores case.
  const allAnyCase = needs.reduce((bits, n, i) => (n.anyCase ? bits | (1 << i) : bits), 0);
  return (text) => {
    let bits = 0;
    for (const { re, anyCase, rulesOf } of searches) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        bits |= rulesOf.get(anyCase ? m[0].toLowerCase() : m[0]) ?? allAnyCase;
        // On by one character, not past the word: another word may start inside it.
        re.lastIndex = m.index + 1;
      }
    }
    return bits;
  };
}
