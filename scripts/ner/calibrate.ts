// Picks the softmax temperature that makes span scores honest on dev: the
// Brier score of "this predicted span is right" against its score.
import { createRuntime, tagWords, type Scorer } from '../../src/extract/entities/tagger/engine.js';
import { bilouSpans } from '../../src/extract/entities/tagger/labels.js';
import type { Lexicons } from '../../src/extract/entities/tagger/lexicons.js';
import type { TrainDocument } from '../../src/extract/entities/tagger/train.js';

export function calibrate(dev: readonly TrainDocument[], lex: Lexicons, scorer: Scorer): number {
  let best = 1;
  let bestLoss = Infinity;
  for (const temperature of [1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64]) {
    const s: Scorer = { add: scorer.add, sum: scorer.sum, trans: scorer.trans, temperature };
    const rt = createRuntime(s, lex);
    let loss = 0;
    let count = 0;
    for (const doc of dev) {
      const tagged = tagWords(doc.map((x) => x.words), rt, true);
      doc.forEach((sent, k) => {
        const gold = new Set(bilouSpans(sent.labels).map((g) => `${g.type}:${g.start}:${g.end}`));
        const t = tagged[k]!;
        for (const span of bilouSpans(t.labels)) {
          let score = 1;
          for (let i = span.start; i < span.end; i++) score = Math.min(score, t.confidence![i]!);
          const right = gold.has(`${span.type}:${span.start}:${span.end}`) ? 1 : 0;
          loss += (score - right) ** 2;
          count++;
        }
      });
    }
    if (loss / count < bestLoss) {
      bestLoss = loss / count;
      best = temperature;
    }
  }
  return best;
}
