import { emptyMeta, type Document, type DocumentMeta, type Stage, type StageResult } from '../../../core/index.js';
import { segmentStage } from '../../segment/index.js';
import { createEntitiesStage } from '../index.js';
import { DEFAULT_LEXICON } from '../lexicon/index.js';
import type { EntitiesOutput, RoleEvidence } from '../types.js';
import { lexiconTagger } from './lexicon-tagger.js';

/** A document holding `text`, as a reader would hand it to the pipeline. */
export function documentOf(text: string, meta: Partial<DocumentMeta> = {}): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: { ...emptyMeta('news'), ...meta }, messages: [] };
}

/**
 * The stage the tables run: rules, gazetteers and the deterministic test
 * tagger, so results never move with a retrained model; and no
 * office-holders list, so a table of rules about owners tests the rules, not
 * which real people the list knows (owner-evidence.test.ts tests the list).
 */
export const testStage = createEntitiesStage({ tagger: lexiconTagger(), lexicon: { ...DEFAULT_LEXICON, officeHolders: [] } });

/** The test stage with the office-holders list, as `parley` runs. */
export const holdersStage = createEntitiesStage({ tagger: lexiconTagger() });

export function runStage(stage: Stage<EntitiesOutput>, doc: Document): StageResult<EntitiesOutput> {
  const segment = segmentStage.run(doc, { outputs: new Map() }).output;
  return stage.run(doc, { outputs: new Map([['segment', segment]]) });
}

export function entities(text: string, meta: Partial<DocumentMeta> = {}, stage: Stage<EntitiesOutput> = testStage): EntitiesOutput {
  return runStage(stage, documentOf(text, meta)).output;
}

/** People as `name: role of country` lines: what the tables compare. */
export function people(out: EntitiesOutput): string[] {
  return out.entities.filter((e) => e.type === 'person').map((e) => [e.name, ...e.roles.map(roleText)].join(' | '));
}

export function roleText(r: RoleEvidence): string {
  return `${r.tense === 'current' ? '' : `${r.tense} `}${r.title}${r.of ? ` of ${r.of}` : ''}`;
}

/** Every person mention's text with its entity's name: "Mr Peters → Winston Peters". */
export function personMentions(out: EntitiesOutput): string[] {
  return out.mentions.filter((m) => m.type === 'person').map((m) => `${m.text} → ${out.entities[m.entity]!.name}`);
}
