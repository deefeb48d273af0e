/** How often one name is used for an entity. */
export interface NameUse {
  readonly name: string;
  readonly rows: number;
  /** Some of its uses resolved to the entity on their own, not through a merge. */
  readonly own: boolean;
  /** Some of its uses are full names (people), or any use (orgs and places). */
  readonly full: boolean;
}

/**
 * The canonical name among an entity's names: its own before merged-in ones,
 * full names before short ones, then the most used, the longest, and the
 * first in code-point order. The store applies the same order in SQL
 * (`sql/entity-maintenance.ts`), so a stored entity and `parley extract` name
 * it alike.
 */
export function canonicalName(uses: readonly NameUse[]): string | null {
  let best: NameUse | null = null;
  for (const use of uses) if (best === null || better(use, best)) best = use;
  return best?.name ?? null;
}

function better(a: NameUse, b: NameUse): boolean {
  if (a.own !== b.own) return a.own;
  if (a.full !== b.full) return a.full;
  if (a.rows !== b.rows) return a.rows > b.rows;
  const la = [...a.name].length;
  const lb = [...b.name].length;
  if (la !== lb) return la > lb;
  return a.name < b.name;
}
