import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WordTable } from '../word-table.js';

const word = fc.array(fc.constantFrom('a', 'b', 'A', 'é', '\u2019', '-', '.', '1'), { maxLength: 6 }).map((cs) => cs.join(''));

test('WordTable answers like the Map it was built from, present and absent words alike', () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 60 }), (keys, probes) => {
      const map = new Map(keys.map((k, i) => [k, i]));
      const table = new WordTable(map);
      // Sliced copies: token strings are fresh, never the stored ones.
      for (const w of [...keys, ...probes]) assert.equal(table.get(` ${w}`.slice(1)), map.get(w));
    }),
    { numRuns: 300 },
  );
});

test('WordTable.getRange answers for a range of a longer text as get does for the slice', () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.array(fc.tuple(word, word, word), { maxLength: 60 }), (keys, probes) => {
      const map = new Map(keys.map((k, i) => [k, i]));
      const table = new WordTable(map);
      for (const [before, w, after] of [...keys.map((k) => ['x', k, 'y'] as const), ...probes]) {
        const text = before + w + after;
        assert.equal(table.getRange(text, before.length, before.length + w.length), map.get(w));
      }
    }),
    { numRuns: 300 },
  );
});
