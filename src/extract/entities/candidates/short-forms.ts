import { candidateName, type Candidate } from './candidate.js';
import type { GazValue, Rules } from '../lexicon/index.js';
import { CLITIC, WORD, type Tok } from '../text/index.js';

/**
 * "the Forum" after "Pacific Islands Forum": a lone head word of organisation
 * names, after "the", means the one organisation of the document named in
 * full with it. Two such organisations ("Pacific Islands Forum", "World
 * Economic Forum") leave it alone. Bare uses found by no other rule become
 * mentions too, unless a capitalised word follows ("the Forum Leaders").
 */
export function linkShortForms(accepted: readonly Candidate[], tokens: readonly Tok[], text: string, rules: Rules, inOffice: Uint8Array): Candidate[] {
  const full = new Map<string, Map<string, GazValue>>();
  for (const c of accepted) {
    const head = tokens[c.end - 1]!;
    if (c.type !== 'org' || c.end - c.start < 2 || !rules.orgHeads.has(head.text)) continue;
    const name = candidateName(c, tokens, text);
    const names = full.get(head.text) ?? full.set(head.text, new Map()).get(head.text)!;
    if (!names.has(name)) names.set(name, c.gaz ?? { type: 'org', name, kind: 'org', country: null });
  }
  if (full.size === 0) return accepted as Candidate[];
  const at = new Int32Array(tokens.length).fill(-1);
  accepted.forEach((c, i) => at.fill(i, c.start, c.end));
  const out = [...accepted];
  const added: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const names = t.kind === WORD && t.cap ? full.get(t.text) : undefined;
    if (!names || names.size !== 1 || inOffice[k] || tokens[k - 1]!.key !== 'the') continue;
    const next = tokens[k + 1];
    if (next && next.kind === WORD && next.cap && next.sentence === t.sentence) continue;
    const [value] = names.values() as IterableIterator<GazValue>;
    const i = at[k]!;
    if (i === -1) added.push({ start: k, end: k + 1, type: 'org', via: 'rule', confidence: 0.8, anchor: 'gazetteer', nameStart: k, gaz: value! });
    else if (accepted[i]!.start === k && accepted[i]!.end === k + 1 && accepted[i]!.type === 'org') out[i] = { ...accepted[i]!, gaz: value! };
    if (next?.kind === CLITIC) k++;
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}
