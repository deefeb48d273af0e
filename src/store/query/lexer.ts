import { QuerySyntaxError } from '../../core/index.js';
import { FIELDS, type Field } from './ast.js';

export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly prefix: boolean; readonly position: number }
  | { readonly kind: 'phrase'; readonly text: string; readonly position: number }
  | { readonly kind: 'field'; readonly field: Field; readonly position: number }
  | { readonly kind: 'and' | 'or' | 'lparen' | 'rparen' | 'end'; readonly position: number }
  /** `NOT` or a leading `-`; `spelling` keeps the user's form for messages. */
  | { readonly kind: 'not'; readonly spelling: 'NOT' | '-'; readonly position: number };

// Control characters count as spaces: a NUL would end an FTS5 string early.
const SEPARATOR = /[\s\p{Z}\p{Cc}]/u;
const CONTROL = /\p{Cc}/gu;
const FIELD_PREFIX = /^([A-Za-z]+):/;

/** After a `-`: a word (but not another `-`), a phrase or a group makes it an exclusion; anything else leaves it a word. */
function startsOperand(char: string | undefined): boolean {
  return char === '"' || char === '(' || (char !== '-' && !isBoundary(char));
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || char === '"' || char === '(' || char === ')' || SEPARATOR.test(char);
}

/** Splits a query into tokens; throws `QuerySyntaxError` for an unclosed quote, an empty phrase or an unknown field. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] as string;
    if (SEPARATOR.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'lparen' : 'rparen', position: i });
      i += 1;
    } else if (char === '"') {
      i = readPhrase(query, i, tokens);
    } else if (char === '-' && startsOperand(query[i + 1])) {
      tokens.push({ kind: 'not', spelling: '-', position: i });
      i += 1;
    } else {
      i = readWord(query, i, tokens);
    }
  }
  tokens.push({ kind: 'end', position: query.length });
  return tokens;
}

function readPhrase(query: string, start: number, tokens: Token[]): number {
  const close = query.indexOf('"', start + 1);
  if (close === -1) {
    throw new QuerySyntaxError(`Unclosed quote at position ${start}: add a closing " or remove the opening one`, query, start);
  }
  const text = query.slice(start + 1, close).replace(CONTROL, ' ').trim();
  if (text === '') {
    throw new QuerySyntaxError(`Empty phrase at position ${start}: put words between the quotes or remove them`, query, start);
  }
  tokens.push({ kind: 'phrase', text, position: start });
  return close + 1;
}

function readWord(query: string, start: number, tokens: Token[]): number {
  let end = start;
  while (!isBoundary(query[end])) end += 1;
  const word = query.slice(start, end);
  if (word === 'AND' || word === 'OR') {
    tokens.push({ kind: word === 'AND' ? 'and' : 'or', position: start });
    return end;
  }
  if (word === 'NOT') {
    tokens.push({ kind: 'not', spelling: 'NOT', position: start });
    return end;
  }
  const field = FIELD_PREFIX.exec(word);
  if (field) {
    const name = (field[1] as string).toLowerCase();
    const rest = word.slice(field[0].length);
    const valueFollows = rest !== '' || query[end] === '"';
    const known = (FIELDS as readonly string[]).includes(name);
    // `http://…` is an address, not a field.
    if (valueFollows && !rest.startsWith('//')) {
      if (!known) {
        throw new QuerySyntaxError(
          `Unknown field '${field[1]}' at position ${start}: use ${FIELDS.map((f) => `${f}:`).join(' or ')}, or put the words in quotes ("${word}") to search for them`,
          query,
          start,
        );
      }
      tokens.push({ kind: 'field', field: name as Field, position: start });
      if (rest !== '') pushWord(rest, start + field[0].length, tokens);
      return end;
    }
    if (known && rest === '') {
      throw new QuerySyntaxError(
        `Field ${name}: at position ${start} has no value: write the word or "phrase" right after the colon, e.g. ${name}:peters`,
        query,
        start,
      );
    }
  }
  pushWord(word, start, tokens);
  return end;
}

function pushWord(word: string, position: number, tokens: Token[]): void {
  const text = word.replace(/\*+$/, '');
  tokens.push({ kind: 'word', text, prefix: text.length < word.length, position });
}
