// Canonical names for entity ids, learned from whatever the API has already
// said (facet labels, entity pages, document mentions), so a filter chip reads
// "Person: Winston Peters" rather than "person:winston-peters". Only ids no
// response has named yet are looked up, once each.
import type { Api } from './api.js';

const names = new Map<string, string>();
const pending = new Map<string, Promise<void>>();

export function rememberName(id: string | null | undefined, name: string | null | undefined): void {
  if (id && name) names.set(id, name);
}

export function nameOf(id: string): string | undefined {
  return names.get(id);
}

/** Until its name is known, an id reads as its slug: `person:winston-peters` → `winston-peters`. */
export function displayName(id: string): string {
  return names.get(id) ?? id.replace(/^[a-z]+:/, '');
}

/** Looks up the ids not yet named; resolves when all have answered (an unknown id stays unnamed). */
export async function resolveNames(api: Api, ids: readonly string[]): Promise<void> {
  const lookups = ids
    .filter((id) => !names.has(id))
    .map((id) => {
      let lookup = pending.get(id);
      if (!lookup) {
        // Only the name is wanted: one document, no co-mentions.
        lookup = api.entity(id, new URLSearchParams({ limit: '1', coMentioned: '0' })).then(
          (entity) => rememberName(id, entity.name),
          () => undefined, // a stale link to a merged or removed entity keeps showing its id
        );
        pending.set(id, lookup);
      }
      return lookup;
    });
  await Promise.all(lookups);
}
