import type { PersonCluster } from '../coreference/index.js';
import type { Rules } from '../lexicon/index.js';
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
 * Only for a dated document, an office with an owner, one listed holder that
 * month, and one person of the document with that holder's full name (or,
 * named only by surname, that surname); never for a person the text already
 * gives a current office, whose stated role comes first.
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
    if (of === null) continue;
    const terms = (rules.officeTerms.get(`${title}|${of}`) ?? []).filter((term) => term.from <= month && (term.to === null || month <= term.to));
    if (terms.length !== 1) continue;
    const [term] = terms;
    const named = clusters.flatMap((c, index) => {
      const { full, surnames } = names[index]!;
      const match = full.length > 0 ? full.some((n) => term!.names.includes(n)) : !c.ambiguous && surnames.some((n) => term!.surnames.includes(n));
      return match ? [index] : [];
    });
    if (named.length !== 1 || holding.has(named[0]!)) continue;
    out.push({ cluster: named[0]!, start: t.start, end: t.end, text: t.text, title, info: t.info, stated: t.ownerStated ? of : null, known: of, tense: 'current', source: 'pattern' });
  }
  return out;
}
