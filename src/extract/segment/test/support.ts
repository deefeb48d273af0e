import { emptyMeta, type Document, type StageResult } from '../../../core/index.js';
import { segmentStage } from '../index.js';
import type { SegmentOutput } from '../index.js';

/** A document holding only `text`, as a reader would hand it to the pipeline. */
export function documentOf(text: string): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: emptyMeta('news'), messages: [] };
}

export function segment(text: string): StageResult<SegmentOutput> {
  return segmentStage.run(documentOf(text), { outputs: new Map() });
}

export function sentenceTexts(text: string): string[] {
  return segment(text).output.sentences.map((s) => s.text);
}
