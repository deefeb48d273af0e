import type { OfficeTerm } from './entity-types.js';

/** One piece of credited evidence for an office, in date order. */
export interface OfficeEvidence {
  readonly person: string;
  readonly name: string;
  readonly published: string;
  readonly document: string;
}

/**
 * An office's holders over time from its dated evidence, in date order: a
 * term is a run of evidence naming one person, and where the corpus shows a
 * successor it lasts `until` the successor's first evidence. A run of one
 * document between two runs of the same person is a stray (a misattributed
 * title, a "Prime Minister" who was a former one) and is folded into them,
 * so one mistake does not cut a term in three. Shared by every adapter: the
 * SQL only selects the evidence.
 */
export function officeTerms(evidence: readonly OfficeEvidence[]): OfficeTerm[] {
  type Run = { person: string; name: string; first: string; last: string; documents: Set<string> };
  const runs: Run[] = [];
  for (const e of evidence) {
    const last = runs[runs.length - 1];
    if (last && last.person === e.person) {
      last.last = e.published;
      last.documents.add(e.document);
    } else runs.push({ person: e.person, name: e.name, first: e.published, last: e.published, documents: new Set([e.document]) });
  }
  for (let i = 1; i + 1 < runs.length; i++) {
    const [before, stray, after] = [runs[i - 1]!, runs[i]!, runs[i + 1]!];
    if (stray.documents.size !== 1 || before.person !== after.person) continue;
    for (const doc of [...stray.documents, ...after.documents]) before.documents.add(doc);
    before.last = after.last;
    runs.splice(i, 2);
    i -= 1;
  }
  return runs.map((run, i) => ({
    id: run.person,
    name: run.name,
    firstAttested: run.first,
    lastAttested: run.last,
    documents: run.documents.size,
    until: runs[i + 1]?.first ?? null,
  }));
}
