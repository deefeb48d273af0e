import { emptyMeta, type Document, type DocumentMeta, type Message } from '../../../core/index.js';
import { createEntitiesStage, type EntitiesOutput } from '../../entities/index.js';
import { lexiconTagger } from '../../entities/test/lexicon-tagger.js';
import { segmentStage } from '../../segment/index.js';
import { quotesStage } from '../index.js';
import type { QuotesOutput } from '../types.js';

export function documentOf(text: string, meta: Partial<DocumentMeta> = {}): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: { ...emptyMeta('news'), ...meta }, messages: [] };
}

/** The entities stage on rules, gazetteers and the deterministic test tagger, so quote tables never move with a retrained model. */
const entitiesStage = createEntitiesStage({ tagger: lexiconTagger() });

export interface Run {
  readonly doc: Document;
  readonly entities: EntitiesOutput;
  readonly output: QuotesOutput;
  readonly messages: readonly Message[];
}

export function runDocument(doc: Document): Run {
  const segment = segmentStage.run(doc, { outputs: new Map() }).output;
  const entities = entitiesStage.run(doc, { outputs: new Map([['segment', segment]]) }).output;
  const { output, messages } = quotesStage.run(doc, { outputs: new Map<string, unknown>([['segment', segment], ['entities', entities]]) });
  return { doc, entities, output, messages };
}

export function run(text: string, meta: Partial<DocumentMeta> = {}): Run {
  return runDocument(documentOf(text, meta));
}

/** Each quote as one readable line: `kind “text” ← Speaker [mention, via] (cue)`. */
export function lines(r: Run): string[] {
  return r.output.quotes.map((q) => {
    const s = q.speaker;
    const who = !s ? 'nobody' : `${s.entity !== null ? r.entities.entities[s.entity]!.name : s.office ? `${s.office.title}${s.office.of ? `, ${s.office.of}` : ''}` : '?'} [${s.mention.text}, ${s.via}]`;
    return `${q.kind} “${q.text}” ← ${who}${q.cue ? ` (${q.cue})` : ''}`;
  });
}
