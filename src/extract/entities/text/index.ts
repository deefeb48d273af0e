// Text as the rules read it: tokens and sentences (tokens.ts), one string per
// spelling for the tokens (spellings.ts), relative clauses (clauses.ts), line
// breaks between a title and a name (lines.ts), list numbers the tagger reads
// with their item (list-numbers.ts), words as lists spell them and dates that
// open with a month (word-case.ts). Imports no sibling folder.
export { relativeClauses, sentenceStart } from './clauses.js';
export { lineBreakBetween, opensLine, titleReachesName } from './lines.js';
export { listNumbersForward } from './list-numbers.js';
export { CLITIC, firstTokenAfter, isComma, joinTokens, markSentences, PUNCT, type Tok, tokenizeText, WORD } from './tokens.js';
export { opensDate, titleCased } from './word-case.js';
