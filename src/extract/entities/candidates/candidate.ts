import type { GazValue } from '../lexicon/index.js';
import { stripPossessive } from '../names/index.js';
import type { Tok } from '../text/index.js';
import type { EntityMention, EntityType } from '../types.js';

/** Where a candidate mention's evidence comes from; decides ties and how a person's name is read. */
export type Anchor = 'honorific' | 'title' | 'gazetteer' | 'model' | 'given-name';

/** A possible mention, in token indexes [start, end), before overlaps are resolved. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly via: EntityMention['via'];
  readonly confidence: number;
  readonly anchor: Anchor;
  /** Persons: first token of the name itself, after honorifics. */
  readonly nameStart: number;
  /** Set when a gazetteer names it: canonical name and kind. */
  readonly gaz: GazValue | null;
}

/** On a tie in length, the stronger evidence wins. */
export const PRIORITY: Readonly<Record<Anchor, number>> = {
  honorific: 5,
  title: 5,
  gazetteer: 4,
  model: 3,
  'given-name': 2,
};

/** An organisation's or place's name as its mention spells it: the gazetteer's, else the words without "the" or a possessive. */
export function candidateName(c: Candidate, tokens: readonly Tok[], text: string): string {
  return c.gaz?.name ?? stripPossessive(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end).replace(/^the\s+/i, '').replace(/\s+/g, ' '));
}
