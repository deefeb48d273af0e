import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, before, describe, it } from 'node:test';
import { phraseTrends, searchDocuments } from '../../src/app/index.js';
import type { Kind } from '../../src/core/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { record } from '../../src/store/test/builder.js';

// Issue 16's correctness bar: every bucket's count is the number of documents
// `parley search` finds for the same phrase, filters and the bucket's dates.

const WORDS = ['traditional', 'partners', 'independent', 'foreign', 'policy', 'pacific', 'security', 'trade', 'alliance', 'terror'];
const SOURCES = ['RNZ', 'Beehive', 'Stuff', null];
const KINDS: Kind[] = ['release', 'news', 'speech'];

/** A small corpus from a fixed seed: dates over three years, some undated, every source and kind. */
function corpus(seed: number) {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  return Array.from({ length: 160 }, (_, i) => {
    const undated = i % 23 === 0;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 1100) * 86_400_000).toISOString().slice(0, 10);
    const text = Array.from({ length: 8 + Math.floor(rand() * 30) }, () => pick(WORDS)).join(' ') + `. Document ${i}.`;
    return record({ text, published: undated ? null : day, source: pick(SOURCES), kind: pick(KINDS), title: i % 5 === 0 ? `${pick(WORDS)} note` : null });
  });
}

const phrase = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `"${a} ${b}"`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `"${a} ${b}" OR ${b}`),
  fc.constantFrom(...WORDS).map((w) => `${w.slice(0, 3)}*`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a} -${b}`),
);

describe('trend buckets against search', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await store.putDocuments(corpus(7));
  });
  after(() => store.close());

  it('every bucket counts exactly the documents a search over its dates finds, for any phrase, grain and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        phrase,
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
        fc.option(fc.constantFrom('release', 'news', 'speech'), { nil: undefined }),
        fc.option(fc.constantFrom('RNZ', 'Beehive', 'Stuff'), { nil: undefined }),
        fc.option(fc.constantFrom('2022-03-15', '2023-01-01'), { nil: undefined }),
        fc.option(fc.constantFrom('split-source', 'split-kind'), { nil: undefined }),
        async (q, by, kind, source, from, split) => {
          const filters = { ...(kind ? { kind: [kind] } : {}), ...(source ? { source: [source] } : {}), ...(from ? { from } : {}) };
          const trend = await phraseTrends(store, { phrase: q, by: by === 'day' ? 'week' : by, ...filters, ...(split ? { split: split.slice(6) } : {}) });
          for (const series of trend.series) {
            // Spot-check a spread of buckets: every one for coarse grains, every seventh for weeks.
            const step = series.points.length > 40 ? 7 : 1;
            for (let i = 0; i < series.points.length; i += step) {
              const p = series.points[i]!;
              const narrowed = {
                ...filters,
                from: from && from > p.from ? from : p.from,
                to: p.to,
                ...(series.source !== null ? { source: [series.source] } : {}),
                ...(series.kind !== null ? { kind: [series.kind] } : {}),
              };
              const found = await searchDocuments(store, { q, ...narrowed, limit: '1' });
              const all = await searchDocuments(store, { ...narrowed, limit: '1' });
              assert.equal(p.matches, found.total, `${q} in ${p.bucket} (${JSON.stringify(narrowed)})`);
              assert.equal(p.total, all.total, `documents in ${p.bucket}`);
            }
          }
        },
      ),
      { numRuns: 40, seed: 16 },
    );
  });

  it('runs from the first to the last dated document in scope, with empty buckets as zeros', async () => {
    const trend = await phraseTrends(store, { phrase: 'terror', by: 'month' });
    const points = trend.series[0]!.points;
    const dated = (await searchDocuments(store, { sort: 'date', limit: '200' })).results.map((r) => r.published).filter((d): d is string => d !== null).sort();
    assert.equal(points[0]!.bucket, dated[0]!.slice(0, 7));
    assert.equal(points.at(-1)!.bucket, dated.at(-1)!.slice(0, 7));
    for (let i = 1; i < points.length; i++) assert.equal(points[i]!.from > points[i - 1]!.to, true, 'buckets in order without gaps');
    assert.equal(points.reduce((sum, p) => sum + p.total, 0), dated.length, 'every dated document in exactly one bucket');
  });

  it('share is matches over total, per-million counts occurrences per million words', async () => {
    const share = await phraseTrends(store, { phrase: 'trade', by: 'year' });
    for (const p of share.series[0]!.points) assert.equal(p.value, p.total === 0 ? 0 : Math.round((p.matches / p.total) * 1e6) / 1e6);
    const perMillion = await phraseTrends(store, { phrase: 'trade', by: 'year', measure: 'per-million' });
    const docs = corpus(7).filter((r) => r.document.meta.published?.startsWith('2023'));
    const words = docs.reduce((sum, r) => sum + (r.document.text.match(/\p{L}+|\p{N}+/gu)?.length ?? 0) + (r.document.meta.title?.split(' ').length ?? 0), 0);
    const occurrences = docs.reduce((sum, r) => sum + (r.document.text.match(/\btrade\b/g)?.length ?? 0) + (r.document.meta.title?.match(/\btrade\b/g)?.length ?? 0), 0);
    const y2023 = perMillion.series[0]!.points.find((p) => p.bucket === '2023')!;
    assert.deepEqual([y2023.matches, y2023.total], [occurrences, words]);
    assert.equal(y2023.value, Math.round((occurrences / words) * 1e6 * 1e6) / 1e6);
  });

  it('smoothing averages the trailing buckets and leaves the counts raw', async () => {
    const raw = await phraseTrends(store, { phrase: 'policy', by: 'quarter' });
    const smooth = await phraseTrends(store, { phrase: 'policy', by: 'quarter', smooth: '3' });
    const r = raw.series[0]!.points;
    const s = smooth.series[0]!.points;
    assert.deepEqual(s.map((p) => p.matches), r.map((p) => p.matches));
    const expected = (r[2]!.value + r[3]!.value + r[4]!.value) / 3;
    assert.ok(Math.abs(s[4]!.value - expected) < 1e-5);
  });

  it('an empty scope has no series, and bad input names the value and the fix', async () => {
    const none = await phraseTrends(store, { phrase: 'trade', source: 'Nobody' });
    assert.deepEqual(none, { by: 'month', measure: 'share', from: null, to: null, series: [] });
    await assert.rejects(phraseTrends(store, { phrase: '"trade' }), /Unclosed quote at position 0/);
    await assert.rejects(phraseTrends(store, { phrase: 'trade', by: 'fortnight' }), /by.*must be one of day, week, month, quarter, year \(got "fortnight"\)/);
    await assert.rejects(phraseTrends(store, {}), /phrase/);
    await assert.rejects(phraseTrends(store, { phrase: Array.from({ length: 11 }, () => 'trade') }), /at most 10/);
  });
});
