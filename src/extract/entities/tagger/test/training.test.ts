import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseClusters } from '../clusters.js';
import { createRuntime, tagWords } from '../engine.js';
import { NAME_TYPES, parseGazetteer } from '../gazetteer.js';
import { F, FB, FEATURE_KINDS, localFeatures, UNIGRAM_AT } from '../features.js';
import { bilouFromIob, NLABELS } from '../labels.js';
import { compile } from '../model.js';
import { deserialise, serialise } from '../model-io.js';
import { train, type TrainDocument } from '../train.js';
import { AttributeCache } from '../word-attributes.js';

// A tiny corpus of our own writing, IOB2 after each word.
const CORPUS = `
Winston/B-PER Peters/I-PER met/O Antony/B-PER Blinken/I-PER in/O Washington/B-LOC ./O
Peters/B-PER said/O New/B-LOC Zealand/I-LOC and/O the/O United/B-LOC States/I-LOC agreed/O ./O
The/O European/B-ORG Union/I-ORG welcomed/O the/O talks/O in/O Brussels/B-LOC ./O
Penny/B-PER Wong/I-PER flew/O to/O Jakarta/B-LOC for/O ASEAN/B-ORG meetings/O ./O
Wong/B-PER thanked/O Indonesian/B-MISC officials/O ./O
|
However/O ,/O the/O United/B-ORG Nations/I-ORG said/O Fiji/B-LOC had/O not/O replied/O ./O
Reuters/B-ORG reported/O that/O Mark/B-PER Brown/I-PER resigned/O in/O March/O ./O
`;

function corpus(): TrainDocument[] {
  return CORPUS.trim().split('|').map((doc) =>
    doc.trim().split('\n').map((line) => {
      const pairs = line.trim().split(' ').map((p) => p.split('/') as [string, string]);
      return { words: pairs.map((p) => p[0]), labels: bilouFromIob(pairs.map((p) => p[1])) };
    }),
  );
}

const lex = {
  clusters: parseClusters('Peters\t0110\nWong\t0110\nWashington\t1100\nJakarta\t1101\nsaid\t0011\n'),
  gazetteer: parseGazetteer('LOC\tNew Zealand\nORG\tUnited Nations\nPER\tPenny Wong\n'),
  names: parseGazetteer('PER\tWinston Peters\nLOC\tJakarta\n', NAME_TYPES),
};
const options = { epochs: 4, seed: 7, minCount: 1, documentPass: true };

test('training twice with the same seed gives identical weights', () => {
  const a = train(corpus(), lex, options);
  const b = train(corpus(), lex, options);
  assert.deepEqual(a.keys, b.keys);
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.trans, b.trans);
  const c = train(corpus(), lex, { ...options, seed: 8 });
  assert.notDeepEqual(c.weights, a.weights, 'another seed shuffles differently');
});

test('a compiled model saved and loaded scores identically', () => {
  const model = compile(train(corpus(), lex, options), { prune: 0, temperature: 2 });
  const loaded = deserialise(serialise(model), 2);
  assert.deepEqual(loaded.keys, model.keys);
  assert.deepEqual(loaded.weights, model.weights);
  assert.deepEqual(loaded.scales, model.scales);
  const sentences = corpus().flat().map((s) => s.words);
  const a = tagWords(sentences, createRuntime(model, lex), true);
  const b = tagWords(sentences, createRuntime(loaded, lex), true);
  assert.deepEqual(b, a);
});

test('the tiny model learns its own training data', () => {
  const docs = corpus();
  const model = compile(train(docs, lex, { ...options, epochs: 10 }), { prune: 0, temperature: 1 });
  for (const doc of docs) {
    const tagged = tagWords(doc.map((s) => s.words), createRuntime(model, lex), false);
    doc.forEach((s, k) => assert.deepEqual(tagged[k]!.labels, s.labels, s.words.join(' ')));
  }
});

test('the feature kinds cover every local slot but the bias, each once', () => {
  const bias = UNIGRAM_AT[2];
  const slots = Object.values(FEATURE_KINDS).flat().sort((a, b) => a - b);
  assert.deepEqual(slots, Array.from({ length: FB }, (_, k) => k).filter((k) => k !== bias));
});

test('a model trained without a kind of feature gives those features no weight', () => {
  const docs = corpus();
  const dropped = FEATURE_KINDS.clusters;
  // The hashes the corpus puts in the dropped slots, and in the others.
  const cache = new AttributeCache(lex.clusters, lex.gazetteer);
  const inDropped = new Set<number>();
  const inKept = new Set<number>();
  for (const s of docs.flat()) {
    const n = s.words.length;
    const folded = s.words.map((w) => cache.fold(w));
    const list = (g: typeof lex.names) => ({ list: g, ids: Int32Array.from(folded, (f) => g.wordId(f)), codes: new Uint16Array(n) });
    const feats = new Int32Array(n * F);
    localFeatures(s.words.map((w) => cache.get(w)), list(lex.gazetteer), list(lex.names), new Uint8Array(n), feats);
    for (let i = 0; i < n; i++) for (let j = 0; j < FB; j++) {
      const h = feats[i * F + j]!;
      if (h !== 0) (dropped.includes(j) ? inDropped : inKept).add(h);
    }
  }
  const only = [...inDropped].filter((h) => !inKept.has(h));
  assert.ok(only.length > 10, 'the corpus has cluster features');
  const weights = train(docs, lex, { ...options, dropSlots: dropped });
  const full = train(docs, lex, options);
  const weightOf = (w: typeof weights, h: number) => {
    const r = w.keys.indexOf(h);
    return r < 0 ? 0 : Math.max(...Array.from(w.weights.subarray(r * NLABELS, (r + 1) * NLABELS), Math.abs));
  };
  assert.ok(only.every((h) => weightOf(weights, h) === 0));
  assert.ok(only.some((h) => weightOf(full, h) > 0), 'the full model weights them');
});
