// Quoted words that are not speech: scare quotes, titles, names.

/** Words right before a quote that make it a name or a term, not speech ("the so-called “reform”"). */
const NAMING = /(?:so-called|so called|dubbed|named|nicknamed|known as|titled|entitled|branded|labelled|labeled|termed|called|call it|calls it|referred to as|billed as|code-?named|the word|the words|the term|the phrase|the slogan|the motto|the hashtag|the headline|the book|the film|the report|the song)\s*$/i;

export function afterNamingWords(textBefore: string): boolean {
  return NAMING.test(textBefore.slice(-40));
}

const SMALL = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at', 'by', 'with', 'from', '&']);

/** Every word capitalised, as a title, a programme or a nickname is ("Pacific Reset", "Operation Southern Cross"), and short. */
export function looksLikeTitle(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => SMALL.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}
