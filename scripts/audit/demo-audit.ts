import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractRecord } from '../../src/app/index.js';

/**
 * The demo-corpus audit of issue 13: figures a reader checks within minutes
 * of opening the record. Counted over `parley extract` records (the same
 * resolution rules the store applies; `test/link/in-batch.test.ts` holds
 * them equal).
 */
export interface DemoAudit {
  /** Distinct person ids, and those with at least one role. */
  readonly people: number;
  readonly peopleWithRole: number;
  /** Person mentions that show a role, and those whose owner is null. */
  readonly roleMentions: number;
  readonly ownerNull: number;
  /** A person shown as holding one title for two different owners. */
  readonly contradictions: readonly { readonly person: string; readonly title: string; readonly owners: readonly string[] }[];
  /** For each name variant the issue lists, the person ids its mentions got. */
  readonly variants: readonly { readonly surface: string; readonly ids: readonly string[] }[];
  /** Lone given names (listed given names standing alone) among the 200 people with most mentions. */
  readonly loneGivenNamesInTop200: readonly string[];
}

/** Surfaces the issue names, each with the person they must be. */
export const EXPECTED_MERGES: readonly { readonly person: string; readonly surfaces: readonly string[] }[] = [
  { person: 'person:helen-clark', surfaces: ['CLARK', 'Helen Clark'] },
  { person: 'person:jenny-shipley', surfaces: ['Shipley', 'Mrs Shipley', 'Jenny Shipley'] },
  { person: 'person:jim-bolger', surfaces: ['BOLGER', 'Mr Bolger', 'Jim Bolger'] },
  // "George Bush" in 1996-97 is the elder: the variant rule keeps those apart by date.
  { person: 'person:george-w-bush', surfaces: ['Bush', 'George Bush', 'George W. Bush'] },
];

const GIVEN = new Set(
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'extract', 'entities', 'model', 'given-names.json'), 'utf8')) as { names: string[] }).names.map((n) =>
    n.toLowerCase(),
  ),
);

export function auditDemo(records: readonly ExtractRecord[]): DemoAudit {
  const mentions = new Map<string, number>();
  const names = new Map<string, string>();
  const withRole = new Set<string>();
  const owners = new Map<string, Set<string>>();
  const surfaceIds = new Map<string, Map<string, number>>();
  let roleMentions = 0;
  let ownerNull = 0;
  const surfaces = new Set(EXPECTED_MERGES.flatMap((m) => m.surfaces));
  for (const record of records) {
    for (const e of record.entities) {
      if (e.type !== 'person') continue;
      mentions.set(e.id, (mentions.get(e.id) ?? 0) + 1);
      names.set(e.id, e.name);
      // A mention is the name; the honorific before it ("Mrs Shipley") is read back from the text, when the records carry it.
      const honorific = record.text?.slice(Math.max(0, e.start - 6), e.start).match(/\b(Mr|Mrs|Ms|Dr)\.?\s+$/)?.[1];
      const surface = honorific ? `${honorific} ${e.text}` : e.text;
      if (surfaces.has(surface)) {
        const ids = surfaceIds.get(surface) ?? new Map<string, number>();
        ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
        surfaceIds.set(surface, ids);
      }
      if (e.role === null) continue;
      withRole.add(e.id);
      roleMentions += 1;
      if (e.roleOf === null) ownerNull += 1;
      else {
        const key = `${e.id}\u0000${e.role}`;
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(e.roleOf);
      }
    }
  }
  const top = [...mentions].sort((a, b) => b[1] - a[1]).slice(0, 200);
  return {
    people: mentions.size,
    peopleWithRole: withRole.size,
    roleMentions,
    ownerNull,
    contradictions: [...owners]
      .filter(([, set]) => distinctOwners([...set]) > 1)
      .map(([key, set]) => {
        const [person, title] = key.split('\u0000') as [string, string];
        return { person, title, owners: [...set].sort() };
      }),
    variants: [...surfaces].map((surface) => ({
      surface,
      ids: [...(surfaceIds.get(surface) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ×${n}`),
    })),
    loneGivenNamesInTop200: top.map(([id]) => names.get(id) ?? id).filter((name) => !/\s/.test(name) && GIVEN.has(name.toLowerCase())),
  };
}

/**
 * Owners that differ only as an acronym and its long form ("SEC", "U.S.
 * Securities and Exchange Commission") are one owner written two ways, not
 * evidence that disagrees; anything else counts apart.
 */
function distinctOwners(owners: readonly string[]): number {
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
  const acronym = (short: string, long: string) => /^\p{Lu}{2,}$/u.test(short) && short !== long && initials(long).endsWith(short);
  return owners.filter((o) => !owners.some((other) => acronym(o, other))).length;
}
