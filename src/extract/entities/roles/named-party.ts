import type { Rules } from '../lexicon/index.js';
import type { PersonCluster } from '../coreference/index.js';
import { isPartyPost } from '../offices/index.js';
import { skipHonorificsBack } from '../names/index.js';
import { CLITIC, WORD, type Tok } from '../text/index.js';
import type { RoleDraft } from './role-draft.js';

/** The party whose name ends just before token `end` ("National", "New Zealand First"), canonical, or null. */
function partyEnding(tokens: readonly Tok[], end: number, rules: Rules): string | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== WORD || !last.cap) return null;
  const short = rules.partyShortNames.get(last.text);
  if (short !== undefined) return short;
  const named = rules.gazetteer.matchEnding(tokens, end);
  return named && named.value.kind === 'org' && rules.parties.has(named.value.name) ? named.value.name : null;
}

/**
 * "He took aim at National's Todd McClay, the MP for Rotorua": a party's
 * possessive right before a name states the person's party. It owns the
 * party posts the document gives the person and leaves unowned, which a
 * party's release would otherwise give to the publisher (New Zealand
 * First's release attacking a National MP). Two parties for one person
 * state nothing.
 */
export function withNamedParties(drafts: readonly RoleDraft[], clusters: readonly PersonCluster[], tokens: readonly Tok[], rules: Rules): RoleDraft[] {
  const parties = new Map<number, string | null>();
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      if (!m.candidate) continue;
      const at = skipHonorificsBack(tokens, m.start, rules);
      if (tokens[at - 1]?.kind !== CLITIC || tokens[at - 1]!.sentence !== tokens[m.start]!.sentence) continue;
      const party = partyEnding(tokens, at - 1, rules);
      if (party !== null) parties.set(index, parties.has(index) && parties.get(index) !== party ? null : party);
    }
  });
  if (parties.size === 0) return [...drafts];
  return drafts.map((d) => {
    const party = parties.get(d.cluster);
    return party && d.stated === null && !d.ours && d.host === undefined && isPartyPost(d.title, d.info) ? { ...d, stated: party } : d;
  });
}
