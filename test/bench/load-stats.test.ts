// The pure parts of the load bench (bench/load): percentiles, outcome counts,
// the seeded request mix and the hostile cases. Nothing here is timed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { revise } from '../../bench/load/database.js';
import { hostileRequests } from '../../bench/load/hostile.js';
import { createMix, MIX_WEIGHTS, REQUEST_KINDS, searchQuery, type IdPools, type RequestKind } from '../../bench/load/mix.js';
import { seededRng } from '../../bench/load/rng.js';
import { formatOutcomes, percentile, Recorder, summarize } from '../../bench/load/stats.js';
import { parseQuery } from '../../src/store/index.js';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  const table: [values: number[], p: number, expected: number][] = [
    [[], 50, 0],
    [[7], 0, 7],
    [[7], 50, 7],
    [[7], 100, 7],
    [oneToHundred, 0, 1],
    [oneToHundred, 50, 50],
    [oneToHundred, 95, 95],
    [oneToHundred, 99, 99],
    [oneToHundred, 100, 100],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 51, 3],
    [[10, 20, 30], 99, 30],
  ];
  for (const [values, p, expected] of table) {
    test(`p${p} of ${values.length} values is ${expected}`, () => assert.equal(percentile(values, p), expected));
  }

  test('p outside 0-100 is misuse', () => {
    assert.throws(() => percentile([1], 101), RangeError);
    assert.throws(() => percentile([1], Number.NaN), RangeError);
  });
});

describe('summarize', () => {
  test('sorts numerically, not as strings', () => {
    const s = summarize([100, 9, 20, 3]);
    assert.deepEqual({ ...s }, { count: 4, p50: 9, p95: 100, p99: 100, max: 100, mean: 33 });
  });

  test('no values', () => assert.deepEqual({ ...summarize([]) }, { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 }));
});

describe('Recorder and formatOutcomes', () => {
  test('counts outcomes per label and errors as anything but 2xx', () => {
    const r = new Recorder();
    r.add('search', 200, 5);
    r.add('search', 503, 7);
    r.add('facets', 'timeout', 30_000);
    r.add('facets', 204, 1);
    assert.deepEqual(r.labels(), ['search', 'facets']);
    assert.equal(r.count(), 4);
    assert.equal(r.errors(), 2);
    assert.equal(r.errors('search'), 1);
    assert.deepEqual(r.latencies('search'), [5, 7]);
    assert.equal(formatOutcomes(r.outcomes()), '200×1, 204×1, 503×1, timeout×1');
    assert.equal(formatOutcomes(r.outcomes('search'), (o) => o !== 200), '503×1');
    assert.equal(formatOutcomes(new Map()), '0');
  });
});

const pools: IdPools = {
  documents: ['doc-a', 'doc-b', 'doc-c'],
  entities: [
    { id: 'person:john-howard', type: 'person', name: 'John Howard' },
    { id: 'place:china', type: 'place', name: 'China' },
  ],
  reusePairs: [['doc-a', 'doc-b']],
};

const take = (seed: number, n: number, from: IdPools = pools) => {
  const mix = createMix(seed, from);
  return Array.from({ length: n }, () => mix.next());
};

describe('createMix', () => {
  test('the same seed gives the same requests; another seed does not', () => {
    assert.deepEqual(take(12, 500), take(12, 500));
    assert.notDeepEqual(take(12, 500), take(13, 500));
  });

  test('every kind appears, in roughly its weight', () => {
    const n = 20_000;
    const counts = new Map<RequestKind, number>();
    for (const request of take(3, n)) counts.set(request.kind, (counts.get(request.kind) ?? 0) + 1);
    const total = REQUEST_KINDS.reduce((sum, kind) => sum + MIX_WEIGHTS[kind], 0);
    for (const kind of REQUEST_KINDS) {
      const share = (counts.get(kind) ?? 0) / n;
      assert.ok(Math.abs(share - MIX_WEIGHTS[kind] / total) < 0.02, `${kind}: ${share}`);
    }
  });

  test('without known ids, only searches and lists', () => {
    const kinds = new Set(take(5, 2000, { documents: [], entities: [], reusePairs: [] }).map((r) => r.kind));
    assert.ok(!kinds.has('document') && !kinds.has('entity'), [...kinds].join());
  });

  test('paths use the known ids and stay under /api/', () => {
    for (const request of take(7, 2000)) {
      assert.match(request.path, /^\/api\//);
      if (request.kind === 'document') assert.match(request.path, /^\/api\/documents\/doc-[abc]$/);
      if (request.kind === 'entity') assert.match(request.path, /^\/api\/entities\/(person%3Ajohn-howard|place%3Achina)$/);
    }
  });

  test('every normal query is one the server accepts', () => {
    const rng = seededRng(99);
    for (let i = 0; i < 5000; i += 1) {
      const q = searchQuery(rng);
      assert.doesNotThrow(() => parseQuery(q), q);
    }
  });
});

describe('hostileRequests', () => {
  test('named once each, all under /api/', () => {
    const cases = hostileRequests();
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
    for (const c of cases) assert.match(c.path, /^\/api\//);
  });
});

describe('revise', () => {
  test('puts a paragraph inside an AU PM transcript body', () => {
    const xml = '<transcript><content><![CDATA[<p>Text.</p>]]></content></transcript>';
    assert.equal(revise(xml, 't.xml', 'r1'), '<transcript><content><![CDATA[<p>Load bench revision r1: this paragraph makes the text differ from the stored one.</p>\n<p>Text.</p>]]></content></transcript>');
  });

  test('leaves an empty transcript empty', () => {
    const xml = '<transcript><content><![CDATA[ ]]></content></transcript>';
    assert.equal(revise(xml, 't.xml', 'r1'), xml);
  });

  test('appends a paragraph to other text', () => {
    assert.equal(revise('# Title\n\nBody.\n', 'a.md', 'r2'), '# Title\n\nBody.\n\nLoad bench revision r2: this paragraph makes the text differ from the stored one.\n');
  });
});
