// Transcript turns: the text after a speaker's label, up to the next label.
import type { Span } from '../../core/index.js';
import { canonicalOffice, type EntitiesOutput, type SpeakerLabelSpan } from '../entities/index.js';
import { mentionOverlapping } from '../entities/index.js';
import type { Quote, QuoteSpeaker } from './types.js';

export interface Turn extends Span {
  readonly label: SpeakerLabelSpan;
}

/** The turns of a transcript, in order: from after each label's colon to the next label, trimmed. */
export function turnsOf(text: string, labels: readonly SpeakerLabelSpan[]): Turn[] {
  const turns: Turn[] = [];
  labels.forEach((label, i) => {
    const limit = i + 1 < labels.length ? labels[i + 1]!.start : text.length;
    let start = label.end + /^\s*[:：]?\s*/.exec(text.slice(label.end, limit))![0].length;
    let end = limit;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) turns.push({ start, end, label });
  });
  return turns;
}

/**
 * Who speaks a turn: the person the label is a mention of ("CLARK", "PRIME
 * MINISTER" resolved by the entities stage), or null for a label naming no
 * one ("JOURNALIST", "QUESTION").
 */
export function turnSpeaker(entities: EntitiesOutput, label: SpeakerLabelSpan): QuoteSpeaker | null {
  const mention = { start: label.start, end: label.end, text: label.text };
  // The entities stage makes a label a person's mention when it can ("CLARK" → Helen Clark, "PRIME MINISTER" → the transcript's author).
  const person = mentionOverlapping(entities, label, (m) => m.type === 'person');
  if (person) return { entity: person.entity, mention, via: 'label' };
  if (label.kind !== 'office') return null;
  const title = canonicalOffice(label.text);
  if (!title) return null;
  const of = entities.country?.name ?? null;
  // "PRIME MINISTER:" with no author in the metadata: the document's one holder of the office, else the office alone.
  const holders = currentHolders(entities, title).flatMap(({ entity, owners }) => (owners.some((o) => o === of || o === null || of === null) ? [entity] : []));
  if (holders.length === 1) return { entity: holders[0]!, mention, via: 'label', office: { title, of } };
  return { entity: null, mention, via: 'label', office: { title, of } };
}

export function turnQuote(text: string, turn: Turn, speaker: QuoteSpeaker | null): Quote {
  return { start: turn.start, end: turn.end, text: text.slice(turn.start, turn.end), kind: 'turn', cue: null, speaker };
}

const HOLDERS = new WeakMap<EntitiesOutput, Map<string, { entity: number; owners: (string | null)[] }[]>>();

/** The people holding `title` now in the document, each with the owners their roles give; built once per document, since a transcript has a label per turn. */
function currentHolders(entities: EntitiesOutput, title: string): readonly { entity: number; owners: readonly (string | null)[] }[] {
  let byTitle = HOLDERS.get(entities);
  if (byTitle === undefined) {
    byTitle = new Map();
    entities.entities.forEach((e, entity) => {
      if (e.type !== 'person') return;
      const owners = new Map<string, (string | null)[]>();
      for (const r of e.roles) if (r.tense === 'current') owners.set(r.title, [...(owners.get(r.title) ?? []), r.of]);
      for (const [t, of] of owners) byTitle!.set(t, [...(byTitle!.get(t) ?? []), { entity, owners: of }]);
    });
    HOLDERS.set(entities, byTitle);
  }
  return byTitle.get(title) ?? [];
}
