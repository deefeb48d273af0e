import { QuerySyntaxError } from '../../core/index.js';
import { isSearchable, type AndNode, type MatchNode, type QueryNode } from './ast.js';
import { tokenize, type Token } from './lexer.js';
import { checkLimits } from './limits.js';

/** Longer input is refused rather than handed to the engine: nobody types it, and it only costs. */
export const MAX_QUERY_LENGTH = 2000;
/** FTS5's expression parser overflows at about 20 levels; each level here may add two there. */
export const MAX_DEPTH = 8;

/** A conjunction while it is being read: a parenthesised one may still merge into its parent. */
interface Conjunction {
  readonly include: MatchNode[];
  readonly exclude: MatchNode[];
  /** Where it starts, for "only excludes" messages. */
  readonly position: number;
}

type Group = { readonly kind: 'conjunction'; readonly value: Conjunction } | { readonly kind: 'node'; readonly value: MatchNode };

/**
 * Parses Parley's query syntax (see README.md) into an AST. Precedence, high
 * to low: NOT / `-`, AND (explicit or implied by a space), OR. Throws
 * `QuerySyntaxError` naming the problem, its position and the fix.
 */
export function parseQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QuerySyntaxError(
      `Query is too long (${query.length} characters): shorten it to at most ${MAX_QUERY_LENGTH}`,
      query,
      MAX_QUERY_LENGTH,
    );
  }
  const tokens = tokenize(query);
  checkLimits(query, tokens);
  return new Parser(query, tokens).parse();
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly query: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): QueryNode {
    const group = this.parseOr();
    const next = this.peek();
    if (next.kind === 'rparen') {
      this.fail(`Unmatched ) at position ${next.position}: remove it or add an opening ( before it`, next.position);
    }
    return group === null ? { type: 'empty' } : this.finish(group);
  }

  private parseOr(): Group | null {
    const branches: MatchNode[] = [];
    let first: Group | null = this.parseAnd();
    let sawOr = false;
    while (this.peek().kind === 'or') {
      const or = this.next();
      if (!sawOr && first === null && this.consumedNothingBefore(or)) {
        this.fail(`OR at position ${or.position} has nothing before it: add a term before OR or remove it`, or.position);
      }
      this.expectOperand(or, 'OR', 'a term after OR');
      if (!sawOr && first !== null) branches.push(this.finish(first));
      sawOr = true;
      first = null;
      const branch = this.parseAnd();
      if (branch !== null) branches.push(this.finish(branch));
    }
    if (!sawOr) return first;
    // `(a OR b) OR c` is one OR with three alternatives.
    const [a, b, ...rest] = branches.flatMap((node) => (node.type === 'or' ? node.children : [node]));
    if (a === undefined) return null;
    if (b === undefined) return { kind: 'node', value: a };
    return { kind: 'node', value: { type: 'or', children: [a, b, ...rest] } };
  }

  private parseAnd(): Group | null {
    const start = this.peek().position;
    const conjunction: Conjunction = { include: [], exclude: [], position: start };
    let operands = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'end' || token.kind === 'rparen' || token.kind === 'or') break;
      if (token.kind === 'and') {
        this.next();
        if (operands === 0) this.fail(`AND at position ${token.position} has nothing before it: add a term before AND or remove it`, token.position);
        this.expectOperand(token, 'AND', 'a term after AND');
        continue;
      }
      operands += 1;
      if (token.kind === 'not') {
        this.next();
        const label = token.spelling === 'NOT' ? 'NOT' : '-';
        this.expectOperand(token, label, token.spelling === 'NOT' ? 'the term to exclude after NOT' : 'the term to exclude right after -');
        const excluded = this.parsePrimary();
        if (excluded !== null) conjunction.exclude.push(this.finish(excluded));
        continue;
      }
      const group = this.parsePrimary();
      if (group === null) continue;
      if (group.kind === 'conjunction') {
        conjunction.include.push(...group.value.include);
        conjunction.exclude.push(...group.value.exclude);
      } else if (group.value.type === 'and') {
        conjunction.include.push(...group.value.include);
        conjunction.exclude.push(...group.value.exclude);
      } else {
        conjunction.include.push(group.value);
      }
    }
    if (conjunction.include.length === 0 && conjunction.exclude.length === 0) return null;
    return { kind: 'conjunction', value: conjunction };
  }

  /** A word, phrase, field filter or parenthesised group; null when it holds nothing searchable. */
  private parsePrimary(): Group | null {
    const token = this.next();
    switch (token.kind) {
      case 'word':
        return isSearchable(token.text) ? { kind: 'node', value: { type: 'term', text: token.text, prefix: token.prefix, field: null } } : null;
      case 'phrase':
        return isSearchable(token.text) ? { kind: 'node', value: { type: 'phrase', text: token.text, field: null } } : null;
      case 'field': {
        // The lexer only emits a field when a word or phrase follows it directly.
        const value = this.next();
        if (value.kind === 'word' && isSearchable(value.text)) {
          return { kind: 'node', value: { type: 'term', text: value.text, prefix: value.prefix, field: token.field } };
        }
        if (value.kind === 'phrase' && isSearchable(value.text)) {
          return { kind: 'node', value: { type: 'phrase', text: value.text, field: token.field } };
        }
        return null;
      }
      case 'lparen':
        return this.parseGroup(token.position);
      default:
        // expectOperand() has already rejected every other token here.
        return this.fail(`Unexpected ${describe(token)} at position ${token.position}: remove it`, token.position);
    }
  }

  private parseGroup(open: number): Group | null {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) {
      this.fail(`Too many nested parentheses at position ${open}: use at most ${MAX_DEPTH} levels`, open);
    }
    if (this.peek().kind === 'rparen') {
      this.fail(`Empty parentheses at position ${open}: put terms between them or remove them`, open);
    }
    const inner = this.parseOr();
    const close = this.next();
    if (close.kind !== 'rparen') {
      this.fail(`Unclosed parenthesis at position ${open}: add a closing ) or remove the opening one`, open);
    }
    this.depth -= 1;
    return inner;
  }

  /** Turns a finished group into a node, refusing conjunctions that only exclude. */
  private finish(group: Group): MatchNode {
    if (group.kind === 'node') return group.value;
    const { include, exclude, position } = group.value;
    const [first, ...rest] = include;
    if (first === undefined) {
      this.fail(
        `The query only excludes terms (at position ${position}): add at least one term to search for, e.g. peters -nato`,
        position,
      );
    }
    if (rest.length === 0 && exclude.length === 0) return first;
    const node: AndNode = { type: 'and', include: [first, ...rest], exclude };
    return node;
  }

  /** After an operator, the next token must be able to start an operand. */
  private expectOperand(operator: Token, label: string, fix: string): void {
    const next = this.peek();
    const negated = next.kind === 'not' && operator.kind === 'not';
    if (next.kind === 'end' || next.kind === 'rparen' || next.kind === 'or' || next.kind === 'and' || negated) {
      this.fail(`${label} at position ${operator.position} has nothing after it: add ${fix} or remove the ${label}`, operator.position);
    }
  }

  private consumedNothingBefore(token: Token): boolean {
    const previous = this.tokens[this.tokens.indexOf(token) - 1];
    return previous === undefined || previous.kind === 'lparen';
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private fail(message: string, position: number): never {
    throw new QuerySyntaxError(message, this.query, position);
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'and':
      return 'AND';
    case 'or':
      return 'OR';
    case 'not':
      return token.spelling;
    case 'rparen':
      return ')';
    default:
      return token.kind;
  }
}
