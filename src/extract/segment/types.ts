import type { TextSpan } from '../../core/index.js';
import type { SegmentLexicon } from './lexicon.js';

/** A sentence and the index of its paragraph in `SegmentOutput.paragraphs`. */
export type Sentence = TextSpan & { readonly paragraph: number };

export interface SegmentOutput {
  /** In document order, trimmed, never empty. */
  readonly paragraphs: readonly TextSpan[];
  /** In document order, trimmed, never empty, each inside its paragraph. */
  readonly sentences: readonly Sentence[];
}

export interface SegmentOptions {
  /** A sentence longer than this many UTF-16 code units gets an `info` message `long-sentence`. */
  readonly longSentenceChars?: number;
  /** Abbreviations, sentence openers and attribution words; English by default. */
  readonly lexicon?: SegmentLexicon;
}
