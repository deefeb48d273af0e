import type { PersonCluster } from '../coreference/index.js';
import type { Rules } from '../lexicon/index.js';
import type { RoleDraft } from './role-draft.js';
import type { VagueTitle } from './roles.js';
import { holderNames } from './known-holders.js';

/**
 * "Secretary Pompeo met today in Kolonia", "Minister Kuleba": the title says
 * only what kind of office the name holds. In a dated document, a person the
 * office-holders list knows by full name (or, named by surname alone, by that
 * surname on that date) with exactly one listed office of that kind that
 * month holds that office: a Secretary of State, a Minister of Foreign
 * Affairs. The text states the title; the list only says which one.
 */
export function vagueTitleRoles(titles: readonly VagueTitle[], clusters: readonly PersonCluster[], text: string, rules: Rules, published: string | null): RoleDraft[] {
  const month = published?.slice(0, 7) ?? null;
  if (month === null || titles.length === 0 || rules.holderTerms.size === 0) return [];
  const out: RoleDraft[] = [];
  for (const t of titles) {
    const cluster = clusters[t.cluster]!;
    const { full, surnames } = holderNames(cluster, rules);
    const word = t.word.toLowerCase();
    const held = new Map<string, Set<string>>();
    const consider = (title: string, owner: string) => {
      if (!title.toLowerCase().split(' ').includes(word)) return;
      (held.get(title) ?? held.set(title, new Set()).get(title)!).add(owner);
    };
    if (full.length > 0) {
      for (const name of full) for (const [title, owners] of rules.holders.get(name) ?? []) for (const owner of owners) if (heldIn(rules, name, title, owner, month)) consider(title, owner);
    } else if (!cluster.ambiguous) {
      for (const surname of surnames) for (const term of rules.holderTerms.get(surname) ?? []) if (term.from <= month && (term.to === null || month <= term.to)) consider(term.title, term.owner);
    }
    const only = held.size === 1 ? [...held][0]! : null;
    if (!only || only[1].size !== 1) continue;
    const [title, owners] = only;
    const info = rules.officeByTitle.get(title.toLowerCase());
    if (!info) continue;
    out.push({ cluster: t.cluster, start: t.start, end: t.end, text: text.slice(t.start, t.end), title, info, stated: null, known: [...owners][0]!, tense: 'current', source: 'pattern' });
  }
  return out;
}

/** Whether the listed holder of that full name held that office for that owner in that month. */
function heldIn(rules: Rules, name: string, title: string, owner: string, month: string): boolean {
  return (rules.officeTerms.get(`${title}|${owner}`) ?? []).some((term) => term.names.includes(name) && term.from <= month && (term.to === null || month <= term.to));
}
