// The word diff a quote cluster shows (web/src/word-diff.ts), as tables:
// what is marked changed, where words are left out, and that the text is
// always given back whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffWords, wordKey, type DiffPiece } from '../../web/src/word-diff.js';

/** `[same]`, `{changed}`, `<gap words>`: a diff as one readable line. */
function show(pieces: readonly DiffPiece[]): string {
  return pieces.map((p) => (p.kind === 'gap' ? `<${p.words.join(' ')}>` : p.kind === 'changed' ? `{${p.text}}` : `[${p.text}]`)).join('');
}

const text = (pieces: readonly DiffPiece[]) => pieces.map((p) => (p.kind === 'gap' ? '' : p.text)).join('');

describe('word diff', () => {
  const BASE = 'Healthy oceans are the foundation of Pacific prosperity, and New Zealand will stand with its neighbours to protect them.';
  const table: [string, string, string][] = [
    ['identical', BASE, `[${BASE}]`],
    ['only quotes, case and edge punctuation differ', '“healthy oceans are the foundation of Pacific prosperity and New Zealand will stand with its neighbours to protect them”', '[“healthy oceans are the foundation of Pacific prosperity and New Zealand will stand with its neighbours to protect them”]'],
    [
      'one word replaced',
      'Healthy oceans are the foundation of Pacific prosperity, and New Zealand will stand with its neighbours to defend them.',
      '[Healthy oceans are the foundation of Pacific prosperity, and New Zealand will stand with its neighbours to ]<protect>{defend}[ them.]',
    ],
    [
      'a phrase replaced',
      'Healthy oceans are the foundation of our prosperity, and we will stand with our neighbours to protect them.',
      '[Healthy oceans are the foundation of ]<Pacific>{our}[ prosperity, and ]<New Zealand>{we}[ will stand with ]<its>{our}[ neighbours to protect them.]',
    ],
    ['words added at the end', `${BASE} That is our promise.`, `[${BASE} ]{That is our promise.}`],
    ['words left out of the end (edge punctuation does not count)', 'Healthy oceans are the foundation of Pacific prosperity.', '[Healthy oceans are the foundation of Pacific prosperity.]<and New Zealand will stand with its neighbours to protect them.>'],
    ['words left out of the middle', 'Healthy oceans are the foundation of Pacific prosperity, and will stand with its neighbours to protect them.', '[Healthy oceans are the foundation of Pacific prosperity, and ]<New Zealand>[will stand with its neighbours to protect them.]'],
    ['everything different', 'Nothing in common here', '<Healthy oceans are the foundation of Pacific prosperity, and New Zealand will stand with its neighbours to protect them.>{Nothing in common here}'],
    ['an empty telling', '', '<Healthy oceans are the foundation of Pacific prosperity, and New Zealand will stand with its neighbours to protect them.>'],
  ];
  for (const [what, other, expected] of table) {
    test(what, () => {
      const diff = diffWords(BASE, other);
      assert.equal(show(diff.pieces), expected);
      assert.equal(text(diff.pieces), other, 'the pieces give the text back');
    });
  }

  test('counts changed and missing words', () => {
    const diff = diffWords('a b c d', 'a x c d e');
    assert.equal(show(diff.pieces), '[a ]<b>{x}[ c d ]{e}');
    assert.equal(diff.changedWords, 2);
    assert.equal(diff.missingWords, 1);
  });

  test('white space is kept as written, and only joins changed words', () => {
    assert.equal(show(diffWords('one two', 'one\n  new  words two').pieces), '[one\n  ]{new  words}[ two]');
  });

  test('what counts as the same word', () => {
    assert.equal(wordKey('“Healthy'), 'healthy');
    assert.equal(wordKey('world’s'), "world's");
    assert.equal(wordKey('them.'), wordKey('them,'));
    assert.equal(wordKey('—'), '-', 'a lone dash is still a word');
    assert.notEqual(wordKey('protect'), wordKey('defend'));
  });

  test('a very long turn is not aligned cell by cell, and still gives its text back', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const other = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(' ');
    const diff = diffWords(long, other);
    assert.equal(text(diff.pieces), other);
    assert.equal(diff.changedWords, 3000);
  });

  test('property: the pieces always give the other text back, and an identical text has no change', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'New', 'Zealand', '“we', 'said,', ' ', '\n'), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, (base, other) => {
        const diff = diffWords(base, other);
        assert.equal(text(diff.pieces), other);
        const same = diffWords(base, base);
        assert.equal(same.changedWords + same.missingWords, 0);
        for (const [a, b] of diff.pieces.slice(1).map((p, i) => [diff.pieces[i]!, p] as const)) {
          assert.ok(!(a.kind === b.kind && a.kind !== 'gap'), 'neighbouring runs differ in kind');
        }
      }),
    );
  });
});
