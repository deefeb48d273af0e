// Mentions of the entities stage near a span, by binary search: a scan of
// every mention for each quote or label was quadratic in a long transcript.
import { SpansByStart, type Span } from '../../core/index.js';
import type { EntitiesOutput, EntityMention } from './types.js';

const BY_START = new WeakMap<EntitiesOutput, SpansByStart<EntityMention>>();

/** The document's non-empty mentions by start, indexed once per entities output. */
function byStart(entities: EntitiesOutput): SpansByStart<EntityMention> {
  let index = BY_START.get(entities);
  if (index === undefined) {
    index = new SpansByStart(entities.mentions.filter((m) => m.end > m.start));
    BY_START.set(entities, index);
  }
  return index;
}

/** The first mention (by start) that overlaps `span` and passes `test`. */
export function mentionOverlapping(entities: EntitiesOutput, span: Span, test: (m: EntityMention) => boolean): EntityMention | undefined {
  return byStart(entities).first(span, test);
}

/** Mentions starting in [span.start, span.end) that pass `test`, by start. */
export function mentionsStartingIn(entities: EntitiesOutput, span: Span, test: (m: EntityMention) => boolean): EntityMention[] {
  return byStart(entities).startingIn(span, test);
}
