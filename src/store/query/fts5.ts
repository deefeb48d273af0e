import type { MatchNode, PhraseNode, TermNode } from './ast.js';

/**
 * Compiles a parsed query to an SQLite FTS5 MATCH expression. Every word and
 * phrase becomes an FTS5 string ("…", quotes doubled, control characters
 * blanked), so nothing the user typed is ever read as FTS5 syntax; only the
 * operators, parentheses, `*` and column filters come from here.
 */
export function compileFts5(node: MatchNode): string {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return leaf(node);
    case 'or':
      return node.children.map(group).join(' OR ');
    case 'and': {
      const include = node.include.map(group).join(' AND ');
      if (node.exclude.length === 0) return include;
      // FTS5's NOT is binary: keep the included part, then drop any excluded match.
      const exclude = node.exclude.map(group).join(' OR ');
      return `(${include}) NOT (${exclude})`;
    }
  }
}

function group(node: MatchNode): string {
  return node.type === 'term' || node.type === 'phrase' ? leaf(node) : `(${compileFts5(node)})`;
}

function leaf(node: TermNode | PhraseNode): string {
  const string = `"${node.text.replace(/\p{Cc}/gu, ' ').replaceAll('"', '""')}"`;
  const prefix = node.type === 'term' && node.prefix ? '*' : '';
  return node.field ? `${node.field}:${string}${prefix}` : `${string}${prefix}`;
}
