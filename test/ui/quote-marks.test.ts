// Quotes in a document's text are drawn in layers (web/src/highlight.ts:
// markLayers, layer, nest): a quote within a quote nests, a crossing one is
// cut at the other's edge, and entity mentions are cut inside both. Checked
// with strings for elements, so every character's place is visible.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../../web/src/api-types.js';
import { layer, markLayers, nest, usableMarks } from '../../web/src/highlight.js';

const TEXT = 'He said "we told them \'never again\' and meant it" at Wellington.';
const at = (words: string, from = 0): Span & { text: string } => {
  const start = TEXT.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
};

/** Quotes as «…», mentions as […]: the drawn text with its marks. */
function draw(quotes: readonly (Span & { text: string })[], mentions: readonly (Span & { text: string })[], text = TEXT): string {
  const layers = markLayers(text, quotes).map((marks) => layer<Span, string>(marks, (_mark, _piece, children) => `«${children.join('')}»`));
  const entities = usableMarks(text, mentions);
  const mentionLayer = layer<Span, string>(entities, (_m, piece) => `[${text.slice(piece.start, piece.end)}]`);
  return nest(text, { start: 0, end: text.length }, [...layers, mentionLayer], (piece) => [text.slice(piece.start, piece.end)]).join('');
}

describe('quote layers', () => {
  const outer = at("we told them 'never again' and meant it");
  const inner = at('never again');

  test('a quote within a quote nests', () => {
    assert.deepEqual(markLayers(TEXT, [inner, outer]), [[outer], [inner]], 'the outer one is the outer layer, whatever the order given');
    assert.equal(draw([outer, inner], []), 'He said "«we told them \'«never again»\' and meant it»" at Wellington.');
  });

  test('entity mentions are cut inside quotes, and a mention across a quote edge is drawn in both pieces', () => {
    assert.equal(draw([outer], [at('them'), at('Wellington')]), 'He said "«we told [them] \'never again\' and meant it»" at [Wellington].');
    const across = { start: TEXT.indexOf('meant it" at'), end: TEXT.indexOf('meant it" at') + 'meant it" at'.length, text: 'meant it" at' };
    assert.equal(draw([outer], [across]), 'He said "«we told them \'never again\' and [meant it]»[" at] Wellington.');
  });

  test('crossing quotes are both drawn, the later one cut at the earlier one’s end', () => {
    const a = at("told them 'never");
    const b = at("them 'never again' and");
    assert.equal(draw([a, b], []), 'He said "we «told «them \'never»»« again\' and» meant it" at Wellington.');
  });

  test('quotes whose offsets disagree with their text, or fall outside it, are left out', () => {
    assert.deepEqual(markLayers(TEXT, [{ start: 0, end: 2, text: 'Xe' }, { start: 60, end: 99 }, { start: 5, end: 5 }]), []);
  });

  test('property: drawing through any layers keeps every character once, in order', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(TEXT.length), fc.nat(TEXT.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(spans, spans, (quotes, mentions) => {
        const strip = (s: string) => s.replace(/[«»[\]]/g, '');
        const withText = (list: Span[]) => list.map((s) => ({ ...s, text: TEXT.slice(s.start, s.end) }));
        assert.equal(strip(draw(withText(quotes), withText(mentions))), TEXT);
        for (const marks of markLayers(TEXT, quotes)) {
          for (let i = 1; i < marks.length; i++) assert.ok(marks[i - 1]!.end <= marks[i]!.start, 'a layer holds no overlap');
        }
      }),
    );
  });
});
