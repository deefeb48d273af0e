import type { RolePhrase } from './role-phrases.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/**
 * Titles joined to the one before a name: "Deputy Prime Minister and Foreign
 * Minister Winston Peters", "Minister of Defence, Minister for Space and
 * Minister for the GCSB Judith Collins". One "and" (with commas before it in a
 * list) joins titles of one person. With a determiner in front ("the Prime
 * Minister and Foreign Minister Winston Peters") the first title is someone
 * else, so nothing is joined unless a comma sets the name off ("the Deputy
 * Prime Minister and Foreign Minister, Winston Peters,"). A country stated
 * before the first title owns every title that states none ("New Zealand
 * Deputy Prime Minister and Foreign Minister"); a party or another
 * organisation owns only its own.
 *
 * Returns the phrases of the whole list, nearest the name last, with owners
 * shared; just `last` when nothing is joined.
 */
export function coordinatedTitles(last: RolePhrase, byEnd: ReadonlyMap<number, RolePhrase>, tokens: readonly Tok[], commaBeforeName: boolean, isCountry: (name: string) => boolean): RolePhrase[] {
  const chain = [last];
  let sawAnd = false;
  for (;;) {
    const k = chain[0]!.start - 1;
    const sep = tokens[k];
    if (!sep || sep.sentence !== tokens[chain[0]!.start]!.sentence) break;
    const and = (sep.kind === WORD && sep.key === 'and') || (sep.kind === PUNCT && sep.text === '&');
    if (and ? sawAnd : !(sawAnd && sep.kind === PUNCT && sep.text === ',')) break;
    const q = byEnd.get(k);
    if (!q || q.office.info.flags.has('vague')) break;
    sawAnd ||= and;
    chain.unshift(q);
  }
  if (chain.length === 1 || !sawAnd) return [last];
  const before = tokens[chain[0]!.start - 1];
  if (!commaBeforeName && before?.kind === WORD && DETERMINERS.has(before.key)) return [last];
  // Only a country is shared: "Alliance leader and Deputy Prime Minister Jim Anderton" holds the second office for no party.
  const owner = chain.find((p) => p.of !== null)?.of ?? null;
  return owner === null || !isCountry(owner) ? chain : chain.map((p) => (p.of === null && !p.office.info.flags.has('org') ? { ...p, of: owner } : p));
}
