import type { StageRecord } from '../../core/index.js';
import type { QuoteKind } from '../quote-types.js';
import { QUOTE_KINDS } from '../quote-types.js';
import type { QuotesTable } from './quote-tables.js';

/** The stage whose output the quote index is written from, and the one its speaker indexes point into. */
export const QUOTES_STAGE = 'quotes';
const ENTITIES_STAGE = 'entities';

export type QuoteInsert = Omit<QuotesTable, 'seq' | 'shingles' | 'keys' | 'grp' | 'doc' | 'published'>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isInt = (value: unknown): value is number => Number.isInteger(value);

/**
 * The rows of a document's `quotes` stage output. Stored outputs may come
 * from other stage versions, so each item is checked and what does not fit
 * (a bad span, text that is not the span's) is left out, never thrown. Two
 * quotes at one start (quoted speech inside a quote, opening at the same
 * character) would share the contract's id `<document>:<start>`: the first,
 * which the stage orders longest first, is kept.
 */
export function quoteRows(stages: readonly StageRecord[], text: string): QuoteInsert[] {
  const output = stages.find((s) => s.name === QUOTES_STAGE)?.output;
  if (!isObject(output) || !Array.isArray(output.quotes)) return [];
  const entities = stages.find((s) => s.name === ENTITIES_STAGE)?.output;
  const entityList = isObject(entities) && Array.isArray(entities.entities) ? (entities.entities as unknown[]) : [];
  const nameOf = (idx: number): string | null => {
    const entity = entityList[idx];
    return isObject(entity) && typeof entity.name === 'string' ? entity.name : null;
  };
  const rows: QuoteInsert[] = [];
  const starts = new Set<number>();
  for (const item of output.quotes as unknown[]) {
    if (!isObject(item) || !isInt(item.start) || !isInt(item.end) || item.start < 0 || item.end <= item.start || item.end > text.length) continue;
    if (starts.has(item.start)) continue;
    const kind = (QUOTE_KINDS as readonly unknown[]).includes(item.kind) ? (item.kind as QuoteKind) : 'direct';
    starts.add(item.start);
    rows.push({
      start: item.start,
      end: item.end,
      text: text.slice(item.start, item.end),
      kind,
      cue: typeof item.cue === 'string' ? item.cue : null,
      ...speakerColumns(item.speaker, nameOf),
    });
  }
  return rows;
}

type SpeakerColumns = Pick<QuoteInsert, 'speaker_idx' | 'speaker_name' | 'speaker_text' | 'speaker_start' | 'speaker_end' | 'via' | 'office_title' | 'office_of'>;

const NO_SPEAKER: SpeakerColumns = {
  speaker_idx: null,
  speaker_name: null,
  speaker_text: null,
  speaker_start: null,
  speaker_end: null,
  via: null,
  office_title: null,
  office_of: null,
};

function speakerColumns(speaker: unknown, nameOf: (idx: number) => string | null): SpeakerColumns {
  if (!isObject(speaker)) return NO_SPEAKER;
  const mention = isObject(speaker.mention) ? speaker.mention : {};
  const office = isObject(speaker.office) && typeof speaker.office.title === 'string' ? speaker.office : null;
  const idx = isInt(speaker.entity) && speaker.entity >= 0 ? speaker.entity : null;
  // A speaker is an entity of the document or an office; anything else is nobody we can name.
  if (idx === null && office === null) return NO_SPEAKER;
  return {
    speaker_idx: idx,
    speaker_name: idx === null ? null : nameOf(idx),
    speaker_text: typeof mention.text === 'string' ? mention.text : '',
    speaker_start: isInt(mention.start) ? mention.start : 0,
    speaker_end: isInt(mention.end) ? mention.end : 0,
    via: typeof speaker.via === 'string' ? speaker.via : 'cue',
    office_title: office ? (office.title as string) : null,
    office_of: office ? (typeof office.of === 'string' ? office.of : '') : null,
  };
}
