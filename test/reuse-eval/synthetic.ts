// Small synthetic source documents for the generator tests: made-up words, so no two
// documents share a run of words, and topics, so same-topic distractors exist.
import { mulberry32 } from '../../bench/reuse-eval/random.js';
import type { SourceDocument } from '../../bench/reuse-eval/types.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'va', 'sul', 'pe', 'dor', 'ni', 'quo', 'ba', 'ter', 'gu', 'fa', 'zel'];

export function syntheticSources(count: number, seed = 7): SourceDocument[] {
  const random = mulberry32(seed);
  const word = (syllables: number) => Array.from({ length: syllables }, () => random.pick(SYLLABLES)).join('');
  const common = Array.from({ length: 3000 }, () => word(random.int(2, 4)));
  const topics = Array.from({ length: 40 }, () => Array.from({ length: 300 }, () => word(4)));
  const docs: SourceDocument[] = [];
  for (let d = 0; d < count; d++) {
    const topic = topics[d % topics.length] as string[];
    const paragraphs: string[] = [];
    let size = 0;
    while (size < random.int(2500, 7000)) {
      const sentences: string[] = [];
      for (let s = random.int(2, 5); s > 0; s--) {
        const w = Array.from({ length: random.int(8, 22) }, () => (random.chance(0.15) ? random.pick(topic) : random.pick(common)));
        let sentence = `${w.join(' ')}.`;
        sentence = sentence[0]?.toUpperCase() + sentence.slice(1);
        // Real attribution patterns, as news copy has them.
        if (random.chance(0.05)) sentence = `Mr Peters says ${sentence}`;
        else if (random.chance(0.05)) sentence = `"${sentence.slice(0, -1)}," said Mr Smith.`;
        sentences.push(sentence);
      }
      const p = sentences.join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    docs.push({ id: `syn-${d}`, text: paragraphs.join('\n\n'), published: d % 3 === 0 ? null : `2005-0${1 + (d % 9)}-1${d % 10}` });
  }
  return docs;
}
