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

/** One-character words (digits) letting the same rules run: one test, which stops at the first, not a hit at every digit. */
interface CharTest {
  readonly re: RegExp;
  readonly rules: number;
}

function rulesOfWords(needs: readonly Needs[], anyCase: boolean): Map<string, number> {
  const key = (w: string) => (anyCase ? w.toLowerCase() : w);
  const words = new Set(needs.flatMap((n) => (n.anyCase === anyCase ? n.words.map(key) : [])));
  // Every shorter word found where a word is found starts it ("0s" holds "0"): it lets their rules run as well.
  return new Map([...words].map((w) => [w, needs.reduce((bits, n, i) => (n.anyCase === anyCase && n.words.some((x) => w.startsWith(key(x))) ? bits | (1 << i) : bits), 0)]));
}

function wordSearch(rulesOf: ReadonlyMap<string, number>, anyCase: boolean): WordSearch | null {
  // Longest first: at a position the search returns the longest word there, which starts every other found there.
  const words = [...rulesOf.keys()].filter((w) => anyCase || w.length > 1).sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return { re: new RegExp(words.map(escape).join('|'), anyCase ? 'giu' : 'g'), anyCase, rulesOf };
}

function charTests(rulesOf: ReadonlyMap<string, number>): CharTest[] {
  const byRules = new Map<number, string[]>();
  for (const [w, rules] of rulesOf) if (w.length === 1) byRules.set(rules, [...(byRules.get(rules) ?? []), w]);
  return [...byRules].map(([rules, chars]) => ({ re: new RegExp(`[${chars.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`), rules }));
}

/**
 * `needs[i]` is rule i's: the returned function gives a window's rules that
 * may match (bit i set), the others certainly not. At most 31 rules.
 */
export function neededWords(needs: readonly Needs[]): (text: string) => number {
  if (needs.length > 31) throw new Error(`neededWords takes at most 31 rules (got ${needs.length}).`);
  const exact = rulesOfWords(needs, false);
  const searches = [wordSearch(exact, false), wordSearch(rulesOfWords(needs, true), true)].filter((s) => s !== null);
  const chars = charTests(exact);
  // A word found in any case that no key names (a long s 'ſ' folds to 's' under the `iu` flags): every rule that ignores case.
  const allAnyCase = needs.reduce((bits, n, i) => (n.anyCase ? bits | (1 << i) : bits), 0);
  return (text) => {
    let bits = 0;
    for (const { re, rules } of chars) if (re.test(text)) bits |= rules;
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
