import { PUNCT, WORD, type Tok } from './tokens.js';

// Releases put titles and names on lines of their own: headings, list items,
// signature blocks. Whether a title reaches a name across a line is decided
// here, for the candidates a title vouches for and for the roles alike.

export const lineBreakBetween = (text: string, from: number, to: number): boolean => text.slice(from, to).includes('\n');

/** Whether token `i` opens its line, a list bullet before it allowed ("- Pam Dunn as Ambassador to Japan"). */
export function opensLine(tokens: readonly Tok[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  return !prev || lineBreakBetween(text, prev.end, tokens[i]!.start) || (prev.kind === PUNCT && /^[-–•*]$/.test(prev.text) && (i < 2 || lineBreakBetween(text, tokens[i - 2]!.end, prev.start)));
}

/**
 * Whether the title `p` reaches the name [start, end) as far as lines go:
 * on one line always; across a line break only when the name is alone on
 * its line (post-nominals aside), or the title is and no blank line
 * follows it (headings: "ADDRESS BY THE PRIME MINISTER / THE HON JOHN
 * HOWARD MP"), never from the end of a list item to the next ("… as High
 * Commissioner to Australia / Pam Dunn as …").
 */
export function titleReachesName(p: { readonly start: number; readonly end: number }, start: number, end: number, tokens: readonly Tok[], text: string, rules: { readonly postNominals: ReadonlySet<string> }): boolean {
  const gap = text.slice(tokens[p.end - 1]!.end, tokens[start]!.start);
  if (!gap.includes('\n')) return true;
  let k = end;
  while (tokens[k]?.kind === WORD && rules.postNominals.has(tokens[k]!.text)) k++;
  const nameAlone = !tokens[k] || lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start);
  if (nameAlone) return true;
  // A title alone on its line reaches the next line's name, not a paragraph's first word past a blank line (a
  // signature block's "Green Party Foreign Affairs Spokesperson", then the headline "Powell case is no case for war").
  const before = tokens[p.start - 1];
  return (!before || lineBreakBetween(text, before.end, tokens[p.start]!.start)) && !/\n\s*\n/.test(gap);
}
