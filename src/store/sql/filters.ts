import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { CheckedFilters } from '../search-query.js';
import type { ValueKey, WithDocumentAlias } from './tables.js';

const eb = expressionBuilder<WithDocumentAlias, 'd'>();

/** The search filters as one condition on `documents as d`; each list is any-of, lists combine with AND. */
export function filterCondition(filters: CheckedFilters): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filters.from !== null) conditions.push(eb('d.published', '>=', filters.from));
  if (filters.to !== null) conditions.push(eb('d.published', '<=', filters.to));
  if (filters.source.length) conditions.push(eb('d.source', 'in', filters.source));
  if (filters.kind.length) conditions.push(eb('d.kind', 'in', filters.kind));
  if (filters.minister.length) conditions.push(hasValue('minister', filters.minister));
  if (filters.portfolio.length) conditions.push(hasValue('portfolio', filters.portfolio));
  for (const ids of [filters.person, filters.org, filters.place]) if (ids.length) conditions.push(mentionsAny(ids));
  return eb.and(conditions);
}

function hasValue(key: ValueKey, values: readonly string[]): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('document_values as v')
      .select('v.doc')
      .whereRef('v.doc', '=', 'd.seq')
      .where('v.key', '=', key)
      .where('v.value', 'in', values),
  );
}

/** Documents with an entity resolved to any of `ids` (through the entity index, so `in` rather than `exists`). */
function mentionsAny(ids: readonly string[]): Expression<SqlBool> {
  return eb('d.seq', 'in', eb.selectFrom('doc_entities as de').select('de.doc').where('de.entity', 'in', ids));
}
