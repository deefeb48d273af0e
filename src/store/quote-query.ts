import { KINDS, UsageError, type Kind } from '../core/index.js';
import { checkDate, checkList } from './check-filters.js';
import { checkInteger } from './check-integer.js';
import { ENTITY_TYPES } from './entity-types.js';
import { fold } from './fold.js';
import { parseQuery, type MatchNode, type QueryNode } from './query/index.js';
import type { QuoteQuery } from './quote-types.js';

export const QUOTE_LIMIT = 50;
export const QUOTE_MAX_LIMIT = 500;
const MAX_NAME = 200;
const ENTITY_ID = new RegExp(`^(${ENTITY_TYPES.join('|')}):\\S+$`);

/** A speaker asked for by id, or by name (folded, LIKE wildcards escaped, as entity listings match). */
export type SpeakerFilter = { readonly id: string } | { readonly pattern: string; readonly name: string };

export interface CheckedQuoteQuery {
  readonly speaker: SpeakerFilter | null;
  readonly role: { readonly title: string; readonly of: string | null } | null;
  readonly contains: MatchNode | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
  readonly cluster: string | null;
  readonly limit: number;
  readonly offset: number;
}

/** Validates a quote listing once for every adapter: `QuerySyntaxError` for `contains`, `UsageError` naming the field and the fix for the rest. */
export function checkQuotes(query: QuoteQuery): CheckedQuoteQuery {
  const from = checkDate("'from'", query.from);
  const to = checkDate("'to'", query.to);
  if (from !== null && to !== null && from > to) throw new UsageError(`'from' (${from}) is later than 'to' (${to}): swap them or widen the range.`);
  const kind = checkList("'kind'", query.kind);
  for (const k of kind) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`Unknown kind '${k}': use ${KINDS.join(', ')}.`);
  const of = checkText('of', query.of);
  const title = checkText('role', query.role);
  if (of !== null && title === null) throw new UsageError(`'of' (${JSON.stringify(of)}) needs 'role': give the office too, e.g. role=Prime Minister&of=${of}.`);
  const cluster = checkText('cluster', query.cluster);
  if (cluster !== null && !/^qc-[0-9a-f]+$/.test(cluster)) throw new UsageError(`'cluster' must be a cluster id such as qc-1a2b3c4d5e6f (got ${JSON.stringify(cluster)}).`);
  return {
    speaker: checkSpeaker(query.speaker),
    role: title === null ? null : { title, of },
    contains: checkContains(query.contains),
    from,
    to,
    source: checkList("'source'", query.source),
    kind: kind as readonly Kind[],
    cluster,
    limit: checkInteger('limit', query.limit ?? QUOTE_LIMIT, 1, QUOTE_MAX_LIMIT),
    offset: checkInteger('offset', query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

function checkSpeaker(value: string | undefined): SpeakerFilter | null {
  const text = checkText('speaker', value);
  if (text === null) return null;
  if (ENTITY_ID.test(text)) return { id: text };
  const folded = fold(text);
  return { name: text, pattern: `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}

function checkContains(value: string | null | undefined): MatchNode | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw new UsageError(`'contains' must be text in the search syntax (got ${JSON.stringify(value)}).`);
  const node = parseQuery(value);
  if (node.type === 'empty') return null;
  if (usesTitle(node)) throw new UsageError(`'contains' limits a word to 'title:', but quotes have no title: drop 'title:' (quote text is searched as a whole).`);
  return node;
}

function usesTitle(node: QueryNode): boolean {
  switch (node.type) {
    case 'empty':
      return false;
    case 'term':
    case 'phrase':
      return node.field === 'title';
    case 'or':
      return node.children.some(usesTitle);
    case 'and':
      return [...node.include, ...node.exclude].some(usesTitle);
  }
}

/** Trimmed non-empty text of at most 200 characters, or null when absent or blank. */
function checkText(field: string, value: unknown): string | null {
  if (value == null) return null;
  if (typeof value !== 'string' || value.length > MAX_NAME) {
    throw new UsageError(`'${field}' must be text of at most ${MAX_NAME} characters (got ${JSON.stringify(value).slice(0, 60)}).`);
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}


