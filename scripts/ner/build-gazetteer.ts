// Name lists by type from WikiANN (all splits: it is not the evaluation data):
// each PER/ORG/LOC span becomes a `TYPE\tword word …` line. Spans without a
// capital letter, or longer than 8 words, are dropped as noise.
import { normaliseToken } from '../../src/extract/entities/tagger/normalise.js';
import { iobSpans } from './conll.js';
import { wikiannSplit } from './data.js';

export function gazetteerLines(shared: string): string[] {
  const seen = new Map<string, number>();
  for (const split of ['train', 'dev', 'test'] as const) {
    for (const doc of wikiannSplit(shared, split)) {
      for (const s of doc) {
        for (const span of iobSpans(s.tags)) {
          if (!['PER', 'ORG', 'LOC'].includes(span.type) || span.end - span.start > 8) continue;
          const words = s.words.slice(span.start, span.end).map(normaliseToken);
          if (!words.some((w) => /\p{Lu}/u.test(w))) continue;
          const key = `${span.type}\t${words.join(' ')}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return [...seen.keys()].sort();
}
