import type { Span } from '../../core/index.js';
import type { SegmentLexicon } from './lexicon.js';

/** A sentence and the index of its paragraph in `SegmentOutput.paragraphs`. */
export type Sentence = Span & { readonly paragraph: number };

/**
 * Offsets only: the text of a span is `doc.text.slice(start, end)`. Segments
 * cover the whole archive several times over, so carrying their text would
 * nearly triple what the store keeps for every document.
 */
export interface SegmentOutput {
  /** In document order, trimmed, never empty. */
  readonly paragraphs: readonly Span[];
  /** In document order, trimmed, never empty, each inside its paragraph. */
  readonly sentences: readonly Sentence[];
}

export interface SegmentOptions {
  /** A sentence longer than this many UTF-16 code units gets an `info` message `long-sentence`. */
  readonly longSentenceChars?: number;
  /** Abbreviations, sentence openers and attribution words; English by default. */
  readonly lexicon?: SegmentLexicon;
}
