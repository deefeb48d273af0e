import type { StageRecord } from '../../core/index.js';
import type { DocumentRecord } from '../store.js';
import { DEFAULT_STAGES, record, type RecordInit } from './builder.js';

/** One quote as a test states it: its words (found in the text), and who said it. */
export interface QuoteSpec {
  readonly text: string;
  readonly kind?: 'direct' | 'partial' | 'turn';
  readonly cue?: string | null;
  /** The speaker: an entity index with the words naming them, or an office alone. */
  readonly speaker?: { readonly entity: number | null; readonly mention: string; readonly via?: string; readonly office?: { title: string; of: string | null } } | null;
}

/** The `quotes` stage output of `text` as the stage would give it: spans found in the text, in order. */
export function quotesStage(text: string, specs: readonly QuoteSpec[], version = 1): StageRecord {
  let cursor = 0;
  const quotes = specs.map((spec) => {
    const start = text.indexOf(spec.text, cursor);
    if (start < 0) throw new Error(`test builder: quote '${spec.text}' is not in the text`);
    cursor = start + 1;
    const speaker = spec.speaker
      ? (() => {
          const at = spec.speaker.mention === '' ? 0 : text.indexOf(spec.speaker.mention);
          if (at < 0) throw new Error(`test builder: speaker '${spec.speaker.mention}' is not in the text`);
          return {
            entity: spec.speaker.entity,
            mention: { text: spec.speaker.mention, start: at, end: at + spec.speaker.mention.length },
            via: spec.speaker.via ?? 'cue',
            ...(spec.speaker.office ? { office: spec.speaker.office } : {}),
          };
        })()
      : null;
    return { start, end: start + spec.text.length, text: spec.text, kind: spec.kind ?? 'direct', cue: spec.cue === undefined ? 'said' : spec.cue, speaker };
  });
  return { name: 'quotes', version, output: { quotes } };
}

/** A document with a `quotes` stage output (and an `entities` one naming `names`, by index). */
export function quoted(init: RecordInit & { text: string }, specs: readonly QuoteSpec[], names: readonly string[] = []): DocumentRecord {
  const entities: StageRecord = { name: 'entities', version: 1, output: { mentions: [], entities: names.map((name) => ({ type: 'person', name, key: name, roles: [], mentions: [] })), officeMentions: [], country: null } };
  return record({ ...init, stages: [...DEFAULT_STAGES, entities, quotesStage(init.text, specs)] });
}
