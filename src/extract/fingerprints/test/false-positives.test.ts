import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprintText } from '../index.js';

/**
 * Pairs of texts that must share no fingerprint: the same words in another
 * order, a stock phrase shorter than an n-gram, and near-misses a looser
 * normalisation would merge.
 */
const DISTINCT: ReadonlyArray<readonly [string, string, string]> = [
  ['same words, other order', 'the minister met her counterpart in Brussels on Monday', 'on Monday in Brussels her counterpart met the minister'],
  ['a four-word stock phrase in different sentences', 'Mr Peters says the rules-based order matters to small states', 'Ms Ardern argued the rules-based order is under strain today'],
  ['a changed number', 'New Zealand will contribute 12 million dollars to the fund', 'New Zealand will contribute 13 million dollars to the fund'],
  ['a hyphen is a word break, not nothing', 'the Indo-Pacific region is vital to us all', 'the IndoPacific region is vital to us all'],
];

for (const [name, a, b] of DISTINCT) {
  test(`no shared fingerprint: ${name}`, () => {
    const left = new Set(fingerprintText(a).hashes);
    const shared = [...fingerprintText(b).hashes].filter((h) => left.has(h));
    assert.deepEqual(shared, []);
  });
}
