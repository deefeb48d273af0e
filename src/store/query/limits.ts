import { QuerySyntaxError } from '../../core/index.js';
import type { Token } from './lexer.js';

/**
 * Each word, phrase and prefix is a pass over the full-text index, and the
 * engine merges their posting lists: 150 common words ORed took 25 s over
 * 7,500 transcripts. Real queries use a handful; these limits refuse the rest
 * before the engine sees them, with a message that says why and what to do.
 * The per-query time budget (read-pool/) stops whatever still gets through.
 */
export const QUERY_LIMITS = Object.freeze({
  /** Words and phrases in one query. */
  terms: 32,
  /** Words inside one phrase. */
  phraseWords: 16,
  /** `prefix*` terms in one query. */
  prefixes: 6,
  /** Letters or digits a prefix needs: the index keeps prefixes of 2–4 characters, and `a*` matches nearly every document. */
  prefixChars: 2,
});

const SEARCHABLE_CHAR = /[\p{L}\p{N}]/gu;

function searchableLength(text: string): number {
  return text.match(SEARCHABLE_CHAR)?.length ?? 0;
}

/** Throws `QuerySyntaxError` at the first token past a limit. */
export function checkLimits(query: string, tokens: readonly Token[]): void {
  let terms = 0;
  let prefixes = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' && token.kind !== 'phrase') continue;
    terms += 1;
    if (terms > QUERY_LIMITS.terms) {
      fail(
        query,
        token.position,
        `Too many words and phrases: the term at position ${token.position} is number ${terms}, and a query may have at most ${QUERY_LIMITS.terms}, because each one is a pass over the index. Keep the words that matter, or run several searches`,
      );
    }
    if (token.kind === 'phrase') {
      const words = token.text.split(/[\s\p{Z}]+/u).filter((word) => searchableLength(word) > 0).length;
      if (words > QUERY_LIMITS.phraseWords) {
        fail(
          query,
          token.position,
          `The phrase at position ${token.position} has ${words} words; a phrase may have at most ${QUERY_LIMITS.phraseWords}. Quote its most distinctive ${QUERY_LIMITS.phraseWords} words instead`,
        );
      }
      continue;
    }
    // A bare `*` holds nothing searchable: the parser drops it.
    if (!token.prefix || searchableLength(token.text) === 0) continue;
    if (searchableLength(token.text) < QUERY_LIMITS.prefixChars) {
      fail(
        query,
        token.position,
        `The prefix '${token.text}*' at position ${token.position} is too short: it would match nearly every document. Give a prefix at least ${QUERY_LIMITS.prefixChars} letters long (e.g. '${token.text || 'a'}b*'), or drop the *`,
      );
    }
    prefixes += 1;
    if (prefixes > QUERY_LIMITS.prefixes) {
      fail(
        query,
        token.position,
        `Too many prefixes: the one at position ${token.position} is number ${prefixes}, and a query may have at most ${QUERY_LIMITS.prefixes}, because each expands to every word it starts. Spell some words out, or run several searches`,
      );
    }
  }
}

function fail(query: string, position: number, message: string): never {
  throw new QuerySyntaxError(message, query, position);
}
