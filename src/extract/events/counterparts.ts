// "bilateral meetings with his Foreign Minister counterparts from Belgium,
// the Netherlands, South Korea …": one counterpart per country, known by
// office and country until the corpus names the holder.
import type { Span, TextSpan } from '../../core/index.js';
import { mentionsStartingIn, type EntitiesOutput, type Office } from '../entities/index.js';
import type { EventParticipant } from './types.js';

const COUNTERPARTS = /\b(?:(?:his|her|their|its)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}?)counterparts?\s+(?:from|of|in)\s+/gu;

/** Bare title words as written before "counterparts", to the canonical titles the offices gazetteer uses. */
const TITLE_WORDS: Readonly<Record<string, string>> = {
  'foreign minister': 'Minister of Foreign Affairs',
  'foreign ministers': 'Minister of Foreign Affairs',
  'defence minister': 'Minister of Defence',
  'defense minister': 'Minister of Defence',
  'trade minister': 'Minister of Trade',
  'prime minister': 'Prime Minister',
  'finance minister': 'Minister of Finance',
};

export interface CounterpartList {
  /** The whole list, to keep its places from being read as the engagement's place. */
  readonly span: Span;
  /** The canonical title the words before "counterparts" give ("Foreign Minister" → Minister of Foreign Affairs), or null. */
  readonly title: string | null;
  /** The places and organisations listed, in order. */
  readonly members: readonly { readonly entity: number; readonly type: 'place' | 'org'; readonly name: string; readonly mention: TextSpan }[];
}

/** The list of counterparts' countries after `from` (up to `to`), read once; `counterpartsOf` titles them. */
export function counterpartList(text: string, entities: EntitiesOutput, from: number, to: number): CounterpartList | null {
  // Searched in the sentence's own text: a search of the whole document from each trigger is
  // quadratic in a long document with many triggers and no list.
  COUNTERPARTS.lastIndex = 0;
  const m = COUNTERPARTS.exec(text.slice(from, to));
  if (!m) return null;
  const listStart = from + m.index + m[0].length;
  const written = (m[1] ?? '').trim().toLowerCase();
  // The list runs over places and organisations joined by commas and "and", to the first other word.
  const members: { entity: number; type: 'place' | 'org'; name: string; mention: TextSpan }[] = [];
  let at = listStart;
  for (const x of mentionsStartingIn(entities, { start: listStart, end: to }, (m) => (m.type === 'place' || m.type === 'org') && m.end <= to)) {
    if (!/^(?:\s*(?:,|and|&)?\s*(?:the\s+)?)*$/iu.test(text.slice(at, x.start))) break;
    members.push({ entity: x.entity, type: x.type as 'place' | 'org', name: entities.entities[x.entity]?.name ?? x.text, mention: { start: x.start, end: x.end, text: x.text } });
    at = x.end;
  }
  if (members.length === 0) return null;
  return { span: { start: from + m.index, end: at }, title: TITLE_WORDS[written] ?? null, members };
}

/**
 * Each place of the list as the office `title` of that place, where `title`
 * is the words before "counterparts" or else the actor's own office; an
 * organisation as itself. Empty when no title is known.
 */
export function counterpartsOf(list: CounterpartList, actorOffice: Office | null): EventParticipant[] {
  const title = list.title ?? actorOffice?.title ?? null;
  if (title === null) return [];
  return list.members.map((x) => (x.type === 'place' ? { entity: null, mention: x.mention, office: { title, of: x.name } } : { entity: x.entity, mention: x.mention }));
}
