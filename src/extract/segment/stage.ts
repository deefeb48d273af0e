import { ConfigError, linesOfAList, message, type Message, type Span, type Stage } from '../../core/index.js';
import { compileLexicon, DEFAULT_LEXICON } from './lexicon.js';
import { pushTrimmed, splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import type { SegmentOptions, SegmentOutput, Sentence } from './types.js';

export const SEGMENT_DEFAULTS = Object.freeze({
  longSentenceChars: 5000,
  lexicon: DEFAULT_LEXICON,
} satisfies Required<SegmentOptions>);

/**
 * The first stage: paragraphs (split at blank lines) and sentences (never
 * across a paragraph). Configure once, then run per document; `run` is pure.
 */
export function createSegmentStage(options: SegmentOptions = {}): Stage<SegmentOutput> {
  const longSentenceChars = options.longSentenceChars ?? SEGMENT_DEFAULTS.longSentenceChars;
  if (!Number.isInteger(longSentenceChars) || longSentenceChars < 1) {
    throw new ConfigError(`Invalid segment option longSentenceChars: ${String(longSentenceChars)}: use a whole number of characters, 1 or more.`);
  }
  const rules = compileLexicon(options.lexicon ?? SEGMENT_DEFAULTS.lexicon);
  const stage: Stage<SegmentOutput> = {
    name: 'segment',
    version: 2,
    requires: Object.freeze([]),
    run(doc) {
      const { text } = doc;
      const paragraphs = splitParagraphs(text);
      const sentences: Sentence[] = [];
      const messages: Message[] = [];
      const spans: Span[] = [];
      for (let index = 0; index < paragraphs.length; index++) {
        const paragraph = paragraphs[index]!;
        spans.length = 0;
        for (const line of listLines(text, paragraph)) splitSentences(text, line.start, line.end, rules, spans);
        for (const { start, end } of spans) {
          sentences.push({ start, end, paragraph: index });
          if (end - start > longSentenceChars) messages.push(longSentence(start, end));
        }
      }
      return {
        output: { paragraphs, sentences },
        messages,
      };
    },
  };
  return Object.freeze(stage);
}

/** A paragraph's lines when they are a list's entries (`linesOfAList`): each ends its sentences; else the paragraph whole. */
function listLines(text: string, paragraph: Span): Span[] {
  const raw = text.slice(paragraph.start, paragraph.end);
  if (!linesOfAList(raw)) return [paragraph];
  const out: Span[] = [];
  let from = paragraph.start;
  for (const line of raw.split('\n')) {
    pushTrimmed(text, from, from + line.length, out);
    from += line.length + 1;
  }
  return out;
}

function longSentence(start: number, end: number): Message {
  return message({
    code: 'long-sentence',
    severity: 'info',
    origin: 'segment',
    reason: `No sentence break found in ${end - start} characters; later stages treat this run as one sentence`,
    start,
    end,
  });
}

export const segmentStage: Stage<SegmentOutput> = createSegmentStage();
