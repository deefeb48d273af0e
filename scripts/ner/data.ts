// Labelled data as the trainer wants it: normalised words and BILOU labels.
import { bilouFromIob } from '../../src/extract/entities/tagger/labels.js';
import { normaliseToken } from '../../src/extract/entities/tagger/normalise.js';
import type { TrainDocument } from '../../src/extract/entities/tagger/train.js';
import { readConll, readWikiann, type LabelledDocument } from './conll.js';

export function toTrain(docs: readonly LabelledDocument[]): TrainDocument[] {
  return docs.map((doc) => doc.map((s) => ({ words: s.words.map(normaliseToken), labels: bilouFromIob(s.tags) })));
}

export function conllSplit(shared: string, split: 'train' | 'dev' | 'test'): LabelledDocument[] {
  return readConll(`${shared}/data/ner/conllpp/conllpp_${split}.txt`);
}

export function wikiannSplit(shared: string, split: 'train' | 'dev' | 'test'): LabelledDocument[] {
  return readWikiann(`${shared}/data/ner/wikiann-en/${split}`);
}
