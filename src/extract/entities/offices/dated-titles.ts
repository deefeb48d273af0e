import type { Rules } from '../lexicon/index.js';
import type { RolePhrase } from './role-phrases.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

/**
 * "in 2022 Prime Minister Jacinda Ardern attended", in a 2024 release: the
 * title is dated by the year before it, which is before the document's, so
 * the role is former at the document's date (office-holder history must not
 * make Ardern the Prime Minister of 2024). Only "in"/"during" + a year
 * (optionally a month before it, a comma after it) right before the title;
 * "since 2017 Foreign Minister …" says nothing about now and is left alone.
 * Without a publication year nothing changes.
 */
export function datedTitles(phrases: readonly RolePhrase[], tokens: readonly Tok[], published: string | null, rules: Rules): RolePhrase[] {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return phrases as RolePhrase[];
  return phrases.map((p) => {
    if (p.tense !== 'current') return p;
    const dated = yearBefore(tokens, p.start, rules);
    return dated !== null && dated < year ? { ...p, tense: 'former' } : p;
  });
}

function yearBefore(tokens: readonly Tok[], start: number, rules: Rules): number | null {
  let k = start - 1;
  if (tokens[k]?.kind === PUNCT && tokens[k]!.text === ',') k--;
  const t = tokens[k];
  if (!t || t.kind !== WORD || !/^(?:19|20)\d\d$/.test(t.text) || t.sentence !== tokens[start]?.sentence) return null;
  k--;
  if (tokens[k]?.kind === WORD && rules.calendar.has(tokens[k]!.text)) k--;
  const prep = tokens[k];
  return prep && prep.kind === WORD && (prep.key === 'in' || prep.key === 'during') ? Number(t.text) : null;
}
