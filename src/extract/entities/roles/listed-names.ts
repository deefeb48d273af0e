import type { PersonCluster } from '../coreference/index.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

/** Where each named person's mentions start: token index → the cluster and the mention's end. */
export type ClusterStarts = ReadonlyMap<number, { readonly cluster: number; readonly end: number }>;

export function clusterStarts(clusters: readonly PersonCluster[]): ClusterStarts {
  const out = new Map<number, { cluster: number; end: number }>();
  clusters.forEach((c, index) => {
    for (const m of c.mentions) if (m.candidate) out.set(m.start, { cluster: index, end: m.end });
  });
  return out;
}

/**
 * The people a list names, from the first one (ending at `end`): then each
 * name after a comma, up to the one after "and", in one sentence ("Helen
 * Clark, Jim Bolger and John Key").
 */
export function namesListed(first: number, end: number, tokens: readonly Tok[], starts: ClusterStarts): number[] {
  const out = [first];
  const sentence = tokens[end - 1]!.sentence;
  for (let e = end; ; ) {
    const sep = tokens[e];
    const and = sep?.kind === WORD && sep.key === 'and';
    if (!sep || !(and || (sep.kind === PUNCT && sep.text === ',')) || sep.sentence !== sentence) break;
    const next = starts.get(e + 1);
    if (!next) break;
    out.push(next.cluster);
    e = next.end;
    if (and) break;
  }
  return out;
}
