import { emptyMeta, type Document, type Span, type StageResult, type TextSpan } from '../../../core/index.js';
import { segmentStage } from '../index.js';

/** The stage output with each span's text filled in, so tests and goldens read as prose. */
export interface SegmentWithText {
  readonly paragraphs: readonly TextSpan[];
  readonly sentences: readonly (TextSpan & { readonly paragraph: number })[];
}

const withText = <T extends Span>(text: string, span: T): T & TextSpan => ({ text: text.slice(span.start, span.end), ...span });

/** A document holding only `text`, as a reader would hand it to the pipeline. */
export function documentOf(text: string): Document {
  return { id: 'test', path: 'test.txt', format: 'text', bytes: text.length, text, meta: emptyMeta('news'), messages: [] };
}

export function segment(text: string): StageResult<SegmentWithText> {
  const { output, messages } = segmentStage.run(documentOf(text), { outputs: new Map() });
  return {
    output: { paragraphs: output.paragraphs.map((p) => withText(text, p)), sentences: output.sentences.map((s) => withText(text, s)) },
    messages,
  };
}

export function sentenceTexts(text: string): string[] {
  return segment(text).output.sentences.map((s) => s.text);
}
