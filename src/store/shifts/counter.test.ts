import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { PhraseCounter } from './counter.js';
import { STOP_WORDS } from './vocabulary.js';

const WORDS = ['war', 'on', 'terror', 'the', 'of', 'climate', 'change', 'Global', 'a', 'um', 'tax', 'i'];
const GLUE = [' ', ' ', ' ', '. ', ', ', '\n', ' "'];

/**
 * The rules, written the slow and obvious way for texts of plain words: split
 * at breaks, then every run of 1–4 words whose ends are not stop words and
 * which is not all single letters and stop words.
 */
function naive(docs: readonly (readonly ['a' | 'b', string])[], maxWords: number): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  docs.forEach(([side, text]) => {
    const s = side === 'a' ? 0 : 1;
    const seen = new Set<string>();
    for (const segment of text.toLowerCase().split(/[.,"\n]/)) {
      const words = segment.split(' ').filter((w) => w !== '');
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
          const phrase = words.slice(i, i + n);
          if (STOP_WORDS.has(phrase[0]!) || STOP_WORDS.has(phrase[n - 1]!) || phrase.every((w) => w.length === 1 || STOP_WORDS.has(w))) continue;
          const key = phrase.join(' ');
          const entry = counts.get(key) ?? [0, 0, 0, 0];
          entry[s]!++;
          if (!seen.has(key)) entry[2 + s]!++;
          seen.add(key);
          counts.set(key, entry);
        }
      }
    }
  });
  return counts;
}

function counted(counter: PhraseCounter): Map<string, number[]> {
  const counts = counter.counts();
  const out = new Map<string, number[]>();
  for (let id = 0; id < counts.size; id++) {
    const entry = [counts.count(0, id), counts.count(1, id), counts.docs(0, id), counts.docs(1, id)];
    if (entry[0]! + entry[1]! > 0) out.set(counts.wordsOf(id).map(counts.text).join(' '), entry);
  }
  return out;
}

const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

it('counts what a naive reference counter counts, on random texts', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom<'a' | 'b'>('a', 'b'), text), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (docs, maxWords) => {
      const counter = new PhraseCounter({ maxWords });
      for (const [side, t] of docs) counter.add(side, t);
      assert.deepEqual(counted(counter), naive(docs, maxWords));
    }),
    { numRuns: 100 },
  );
});

it('survives the phrase table growing mid-run', () => {
  const counter = new PhraseCounter();
  const docs: ['a' | 'b', string][] = [];
  for (let d = 0; d < 40; d++) {
    const words = Array.from({ length: 3000 }, (_, k) => `w${(d * 7919 + k * 104729) % 5003}x`);
    docs.push([d % 2 === 0 ? 'a' : 'b', words.join(' ')]);
  }
  for (const [side, t] of docs) counter.add(side, t);
  assert.deepEqual(counted(counter), naive(docs, 4));
});
