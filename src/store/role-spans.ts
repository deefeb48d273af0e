import type { Office, RoleSpan } from './entity-types.js';

/** One role of an entity in one document, as the listing reads it. */
export interface RoleInDocument extends Office {
  readonly doc: number;
  readonly published: string | null;
}

/**
 * An entity's roles as spans over time: one per office, with the first and
 * last document dates and the number of documents. A role whose country the
 * text left unknown ("the Prime Minister" in a transcript without a URL)
 * joins the same title's one known country ("Prime Minister of Australia"):
 * otherwise the history lists one office twice. With two known countries for
 * a title it stays apart, since either could be meant. Oldest first.
 */
export function roleSpans(roles: readonly RoleInDocument[]): RoleSpan[] {
  const owners = new Map<string, Set<string>>();
  for (const r of roles) if (r.of !== null) (owners.get(r.title) ?? owners.set(r.title, new Set()).get(r.title)!).add(r.of);
  const spans = new Map<string, { title: string; of: string | null; from: string | null; to: string | null; docs: Set<number> }>();
  for (const r of roles) {
    const known = owners.get(r.title);
    const of = r.of ?? (known?.size === 1 ? [...known][0]! : null);
    const key = `${r.title}\u0000${of ?? ''}`;
    let span = spans.get(key);
    if (span === undefined) spans.set(key, (span = { title: r.title, of, from: r.published, to: r.published, docs: new Set() }));
    span.docs.add(r.doc);
    if (r.published !== null) {
      if (span.from === null || r.published < span.from) span.from = r.published;
      if (span.to === null || r.published > span.to) span.to = r.published;
    }
  }
  return [...spans.values()]
    .map((s) => ({ title: s.title, of: s.of, from: s.from, to: s.to, documents: s.docs.size }))
    .sort((a, b) => compareNullsFirst(a.from, b.from) || a.title.localeCompare(b.title) || (a.of ?? '').localeCompare(b.of ?? ''));
}

function compareNullsFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
