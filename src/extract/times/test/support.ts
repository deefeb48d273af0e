import { emptyMeta, type Document, type DocumentMeta, type Message } from '../../../core/index.js';
import { segmentStage } from '../../segment/index.js';
import { createTimesStage, type TimesOptions } from '../index.js';
import type { TimesOutput } from '../types.js';

export function documentOf(text: string, meta: Partial<DocumentMeta> = {}): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: { ...emptyMeta('news'), ...meta }, messages: [] };
}

export function runDocument(doc: Document, options: TimesOptions = {}): { output: TimesOutput; messages: readonly Message[] } {
  const segment = segmentStage.run(doc, { outputs: new Map() }).output;
  return createTimesStage(options).run(doc, { outputs: new Map([['segment', segment]]) });
}

/** Each expression as `text=value` (`text=value..until` for a range). */
export function valuesOf(text: string, published: string | null, meta: Partial<DocumentMeta> = {}): string[] {
  return runDocument(documentOf(text, { published, ...meta })).output.times.map((t) => `${t.text}=${t.value}${t.until ? `..${t.until.value}` : ''}`);
}
