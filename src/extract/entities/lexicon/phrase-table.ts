import { tokenizeText, type Tok } from '../text/index.js';

// Multi-word lookups (gazetteers, offices, honorifics) over the rules' tokens.
// Each phrase is tokenised the way the text is, then keyed by its first
// token, so a lookup costs one Map probe per word and nothing for the words
// no phrase starts with.

const ANY = 0;
/** The text's word starts with a capital: "Capitol Hill" never matches "capitol hill". */
const CAP = 1;
/** Letter for letter: acronyms ("US" is not "us"). */
const EXACT = 2;

interface Entry<T> {
  readonly keys: readonly string[];
  readonly texts: readonly string[];
  readonly modes: readonly number[];
  readonly value: T;
}

export interface PhraseMatch<T> {
  /** Token index just past the match. */
  readonly end: number;
  readonly value: T;
}

/** How a phrase's own casing constrains the text it matches. */
export type CaseRule = 'as-written' | 'ignore-case';

function modeOf(word: string, rule: CaseRule): number {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return ANY;
  if (rule === 'ignore-case') return ANY;
  if (letters.length >= 2 && letters === letters.toUpperCase()) return EXACT;
  if (word.includes('.') && letters === letters.toUpperCase()) return EXACT;
  return letters[0] === letters[0]!.toUpperCase() && letters[0] !== letters[0]!.toLowerCase() ? CAP : ANY;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Last key of each phrase → the longest phrase ending with it, in tokens: matchEnding looks back no further. */
  private readonly reachByLast = new Map<string, number>();
  /** Longest phrase, in tokens. */
  longest = 0;

  /** Adds a phrase; the first value added for a given spelling wins. */
  add(phrase: string, value: T, rule: CaseRule = 'as-written'): void {
    const toks = tokenizeText(phrase);
    if (toks.length === 0) return;
    const keys = toks.map((t) => t.key);
    const texts = toks.map((t) => t.text);
    const modes = texts.map((t) => modeOf(t, rule));
    const first = keys[0]!;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    if (list.some((e) => e.texts.join(' ') === texts.join(' ') && e.modes.join() === modes.join())) return;
    list.push({ keys, texts, modes, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.longest = Math.max(this.longest, keys.length);
    const last = keys[keys.length - 1]!;
    this.reachByLast.set(last, Math.max(this.reachByLast.get(last) ?? 0, keys.length));
  }

  /** Whether any phrase starts with this token key. */
  starts(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** Every key a phrase ends with. */
  lastKeys(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirst.values()) for (const e of list) out.add(e.keys[e.keys.length - 1]!);
    return out;
  }

  /** Every key a phrase starts with. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token `i`, or null. */
  match(tokens: readonly Tok[], i: number): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[i]!.key);
    if (!list) return null;
    for (const e of list) {
      const n = e.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        if (t.key !== e.keys[k]) ok = false;
        else if (e.modes[k] === CAP) ok = t.cap;
        else if (e.modes[k] === EXACT) ok = t.text === e.texts[k];
      }
      if (ok) return { end: i + n, value: e.value };
    }
    return null;
  }

  /** The longest phrase ending just before token `end` (exclusive), or null. */
  matchEnding(tokens: readonly Tok[], end: number): { start: number; value: T } | null {
    // A phrase ending at `end` ends with that token's key: one probe rules out
    // most places, where trying every start up to `longest` back costs a probe each.
    const reach = end > 0 ? this.reachByLast.get(tokens[end - 1]!.key) : undefined;
    if (reach === undefined) return null;
    for (let start = Math.max(0, end - reach); start < end; start++) {
      const m = this.match(tokens, start);
      if (m && m.end === end) return { start, value: m.value };
    }
    return null;
  }
}
