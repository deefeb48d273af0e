import { documentId, emptyMeta, message, type DocumentMeta, type Message, type StageRecord } from '../../core/index.js';
import type { DocumentRecord } from '../store.js';

export interface RecordInit extends Partial<Omit<DocumentMeta, 'ministers' | 'portfolios'>> {
  readonly id?: string;
  readonly path?: string;
  readonly format?: string;
  readonly text?: string;
  readonly ministers?: readonly string[];
  readonly portfolios?: readonly string[];
  readonly messages?: readonly Message[];
  readonly stages?: readonly StageRecord[];
}

let counter = 0;

/** The stage list most test documents carry: one `segment` run at version 1. */
export const DEFAULT_STAGES: readonly StageRecord[] = [{ name: 'segment', version: 1, output: { sentences: 1 } }];

/**
 * A document ready to store, with every field defaulted: the id follows the
 * real rule (URL, else text), so each default text is unique.
 */
export function record(init: RecordInit = {}): DocumentRecord {
  counter += 1;
  const { id: givenId, path, format, messages, stages, text: givenText, ...meta } = init;
  const text = givenText ?? `Test document number ${counter}.`;
  const base = emptyMeta(init.kind ?? 'release');
  const id = givenId ?? documentId(init.url ?? null, text);
  return {
    document: {
      id,
      path: path ?? `docs/${id}.md`,
      format: format ?? 'markdown',
      bytes: Buffer.byteLength(text),
      text,
      meta: { ...base, ...meta, ministers: meta.ministers ?? [], portfolios: meta.portfolios ?? [], extra: meta.extra ?? {} },
      messages: messages ?? [],
    },
    stages: stages ?? DEFAULT_STAGES,
  };
}

/** The same document with some fields changed (the id stays unless given). */
export function edit(base: DocumentRecord, changes: RecordInit): DocumentRecord {
  const { document } = base;
  return record({
    id: document.id,
    path: document.path,
    format: document.format,
    text: document.text,
    ...document.meta,
    messages: document.messages,
    stages: base.stages,
    ...changes,
  });
}

/** A reader message (origin `reader:markdown`). */
export function readerMessage(code: string): Message {
  return message({ code, reason: `reader says ${code}`, origin: 'reader:markdown', place: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } });
}

/** A message raised by the stage called `stage`. */
export function stageMessage(stage: string, code: string, start: number | null = null, end: number | null = null): Message {
  return message({ code, reason: `${stage} says ${code}`, origin: stage, start, end, severity: 'info' });
}
