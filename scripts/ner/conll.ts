// Readers for the labelled data in shared/data/ner: CoNLL-2003/CoNLL++
// ("word POS chunk tag", -DOCSTART- between documents) and WikiANN ("en:word\ttag",
// no documents). Only the word and the tag are read: Parley has raw text at run
// time, so the gold POS and chunk columns are never features.
import { readFileSync } from 'node:fs';

export interface LabelledSentence {
  readonly words: readonly string[];
  /** IOB2 tags: B-PER, I-PER, O … */
  readonly tags: readonly string[];
}

/** Sentences grouped into documents (WikiANN: one sentence per document). */
export type LabelledDocument = readonly LabelledSentence[];

export function readConll(path: string): LabelledDocument[] {
  const docs: LabelledSentence[][] = [];
  let doc: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.push({ words, tags: toIob2(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

export function readWikiann(path: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (words.length > 0) docs.push([{ words, tags: toIob2(tags) }]);
      words = [];
      tags = [];
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const word = line.slice(0, tab).replace(/^en:/, '');
    words.push(word);
    tags.push(line.slice(tab + 1).trim());
  }
  if (words.length > 0) docs.push([{ words, tags: toIob2(tags) }]);
  return docs;
}

/** IOB1 or IOB2 in, IOB2 out: an I- tag that does not continue an entity of its type begins one. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prev = 'O';
  for (const tag of tags) {
    let t = tag;
    if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) t = `B-${t.slice(2)}`;
    out.push(t);
    prev = t;
  }
  return out;
}

export interface GoldSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Entity spans (token indices, end exclusive) of IOB2 tags. */
export function iobSpans(tags: readonly string[]): GoldSpan[] {
  const out: GoldSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const continues = tag.startsWith('I-') && tag.slice(2) === type;
    if (start >= 0 && !continues) {
      out.push({ type, start, end: i });
      start = -1;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && start < 0)) {
      start = i;
      type = tag.slice(2);
    }
  }
  return out;
}
