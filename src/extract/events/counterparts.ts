// "bilateral meetings with his Foreign Minister counterparts from Belgium,
// the Netherlands, South Korea …": one counterpart per country, known by
// office and country until the corpus names the holder.
import type { Span } from '../../core/index.js';
import type { EntitiesOutput, Office } from '../entities/index.js';
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
  readonly counterparts: readonly EventParticipant[];
}

/**
 * The counterparts a list names after `from` (up to `to`): each place in it
 * becomes the office `title` of that place, where `title` is the words before
 * "counterparts" or else the actor's own office.
 */
export function counterpartList(text: string, entities: EntitiesOutput, from: number, to: number, actorOffice: Office | null): CounterpartList | null {
  COUNTERPARTS.lastIndex = from;
  const m = COUNTERPARTS.exec(text);
  if (!m || m.index >= to) return null;
  const listStart = m.index + m[0].length;
  const written = (m[1] ?? '').trim().toLowerCase();
  const title = TITLE_WORDS[written] ?? actorOffice?.title ?? null;
  if (title === null) return null;
  // The list runs over places and organisations joined by commas and "and", to the first other word.
  const mentions = entities.mentions.filter((x) => x.start >= listStart && x.end <= to && (x.type === 'place' || x.type === 'org')).sort((a, b) => a.start - b.start);
  const counterparts: EventParticipant[] = [];
  let at = listStart;
  for (const x of mentions) {
    if (!/^(?:\s*(?:,|and|&)?\s*(?:the\s+)?)*$/iu.test(text.slice(at, x.start))) break;
    const name = entities.entities[x.entity]?.name ?? x.text;
    const mention = { start: x.start, end: x.end, text: x.text };
    counterparts.push(x.type === 'place' ? { entity: null, mention, office: { title, of: name } } : { entity: x.entity, mention });
    at = x.end;
  }
  if (counterparts.length === 0) return null;
  return { span: { start: m.index, end: at }, counterparts };
}
