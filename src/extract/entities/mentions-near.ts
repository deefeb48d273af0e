// Mentions of the entities stage near a span, by binary search: a scan of
// every mention for each quote or label was quadratic in a long transcript.
import { firstIndex, type Span } from '../../core/index.js';
import type { EntitiesOutput, EntityMention } from './types.js';

interface ByStart {
  readonly mentions: readonly EntityMention[];
  readonly longest: number;
}

const BY_START = new WeakMap<EntitiesOutput, ByStart>();

function byStart(entities: EntitiesOutput): ByStart {
  let index = BY_START.get(entities);
  if (index === undefined) {
    // Stable: mentions that start together keep the stage's order.
    const mentions = entities.mentions.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
    index = { mentions, longest: mentions.reduce((most, m) => Math.max(most, m.end - m.start), 0) };
    BY_START.set(entities, index);
  }
  return index;
}

/** The first mention (by start) that overlaps `span` and passes `test`. */
export function mentionOverlapping(entities: EntitiesOutput, span: Span, test: (m: EntityMention) => boolean): EntityMention | undefined {
  const { mentions, longest } = byStart(entities);
  const from = span.start - longest;
  for (let i = firstIndex(mentions, (m) => m.start < from); i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.end > span.start && test(m)) return m;
  }
  return undefined;
}

/** Mentions starting in [span.start, span.end) that pass `test`, by start. */
export function mentionsStartingIn(entities: EntitiesOutput, span: Span, test: (m: EntityMention) => boolean): EntityMention[] {
  const { mentions } = byStart(entities);
  const out: EntityMention[] = [];
  for (let i = firstIndex(mentions, (m) => m.start < span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    if (test(mentions[i]!)) out.push(mentions[i]!);
  }
  return out;
}
