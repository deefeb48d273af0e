// The training set's own entity names, as a `TYPE\tword word …` list. For
// training, each document sees a list built from the other folds only
// (jackknifing): with its own names in, a document would always match its
// list, and the model would learn to trust the list far more than it should
// on new text. At run time the list holds every training name.
import { NAME_TYPES, parseGazetteer, type Gazetteer } from '../../src/extract/entities/tagger/gazetteer.js';
import { normaliseToken } from '../../src/extract/entities/tagger/normalise.js';
import { iobSpans, type LabelledDocument } from './conll.js';

export const NAME_FOLDS = 10;

export function nameLines(docs: readonly LabelledDocument[]): string[] {
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const s of doc) {
      for (const span of iobSpans(s.tags)) {
        if (!(NAME_TYPES as readonly string[]).includes(span.type) || span.end - span.start > 8) continue;
        seen.add(`${span.type}\t${s.words.slice(span.start, span.end).map(normaliseToken).join(' ')}`);
      }
    }
  }
  return [...seen].sort();
}

/** Per document index, the list built without that document's fold (document d is in fold d mod NAME_FOLDS). */
export function jackknifedNames(docs: readonly LabelledDocument[]): (doc: number) => Gazetteer {
  const lists: Gazetteer[] = [];
  for (let f = 0; f < NAME_FOLDS; f++) {
    const others = docs.filter((_, d) => d % NAME_FOLDS !== f);
    lists.push(parseGazetteer(nameLines(others).join('\n'), NAME_TYPES));
  }
  return (doc) => lists[doc % NAME_FOLDS]!;
}
