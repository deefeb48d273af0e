import { isComma, type Tok } from './tokens.js';

/**
 * Marks the tokens of each relative clause set off by commas in
 * [first, at): from the comma before "who" or "which" to the comma that
 * closes it ("Peters, who travelled with Luxon, held talks …"). Returns
 * one flag per token of the range; a clause still open at `at` is not marked.
 */
export function relativeClauses(tokens: readonly Tok[], first: number, at: number, rules: { readonly relativePronouns: ReadonlySet<string> }): Uint8Array {
  const marked = new Uint8Array(Math.max(0, at - first));
  for (let j = first; j + 1 < at; j++) {
    if (!isComma(tokens[j]) || !rules.relativePronouns.has(tokens[j + 1]!.key)) continue;
    let close = j + 2;
    while (close < at && !isComma(tokens[close])) close++;
    if (close < at) marked.fill(1, j - first, close - first + 1);
  }
  return marked;
}

/** The index of the first token of the sentence holding token `at`. */
export function sentenceStart(tokens: readonly Tok[], at: number): number {
  const sentence = tokens[at]!.sentence;
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  return first;
}
