import type { PersonCluster } from '../coreference/index.js';
import type { OfficeTerm, Rules } from '../lexicon/index.js';
import type { OfficeMention } from '../types.js';
import type { RoleDraft } from './role-draft.js';
import { holderNames } from './known-holders.js';

/** An office mention with what the roles step needs of its phrase. */
export interface TitleNamingNoOne extends OfficeMention {
  readonly info: RoleDraft['info'];
  /** Whether the owner is stated in the text ("Australia's Foreign Minister"), not inferred. */
  readonly ownerStated: boolean;
}

/**
 * "The Foreign Minister has been closely involved" in an Australian
 * transcript of February 2011 that names Kevin Rudd elsewhere: the
 * office-holders list says who held that office that month, and that person
 * is in the document, so the title names them. The text states the office,
 * the list and the date say whose it is; nothing is guessed.
 *
 * Only for a dated document and one person of the document who is a listed
 * holder of the office that month (by full name or, named only by surname,
 * that surname), for one owner: the owner the text gives, or, when it gives
 * none ("The Foreign Secretary, who …" in a London story), the one the list
 * holds that person's term for. Never for a person the text already gives a
 * current office, whose stated role comes first.
 */
export function namedHolderRoles(titles: readonly TitleNamingNoOne[], clusters: readonly PersonCluster[], drafts: readonly RoleDraft[], rules: Rules, published: string | null): RoleDraft[] {
  const month = published?.slice(0, 7) ?? null;
  if (month === null || rules.officeTerms.size === 0) return [];
  const holding = new Set<number>();
  for (const d of drafts) if (d.tense === 'current') holding.add(d.cluster);
  const names = clusters.map((c) => holderNames(c, rules));
  const out: RoleDraft[] = [];
  for (const t of titles) {
    const { title, of } = t.office;
    // With no owner, every owner the list holds the office for: the holder the document names settles whose it is.
    const owners = of !== null ? [of] : (rules.officeOwners.get(title) ?? []);
    const found = new Map<number, Set<string>>();
    for (const owner of owners) {
      // A month two holders share (a handover) is settled by which of them the document names.
      for (const term of rules.officeTerms.get(`${title}|${owner}`) ?? []) {
        if (term.from > month || (term.to !== null && month > term.to)) continue;
        for (const index of holdersNamed(term, clusters, names)) (found.get(index) ?? found.set(index, new Set()).get(index)!).add(owner);
      }
    }
    if (found.size !== 1) continue;
    const [cluster, owned] = [...found][0]!;
    if (owned.size !== 1 || holding.has(cluster)) continue;
    const owner = [...owned][0]!;
    out.push({ cluster, start: t.start, end: t.end, text: t.text, title, info: t.info, stated: t.ownerStated ? of : null, known: owner, tense: 'current', source: 'pattern' });
  }
  return out;
}

/** The people of the document the listed term's holder is: by a full name, or (named only by surname, unambiguously) that surname. */
function holdersNamed(term: OfficeTerm, clusters: readonly PersonCluster[], names: readonly ReturnType<typeof holderNames>[]): number[] {
  return clusters.flatMap((c, index) => {
    const { full, surnames } = names[index]!;
    const match = full.length > 0 ? full.some((n) => term.names.includes(n)) : !c.ambiguous && surnames.some((n) => term.surnames.includes(n));
    return match ? [index] : [];
  });
}
