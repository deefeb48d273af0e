import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { granularity, linkingCurve, linkingScores, macroPrecision, macroRecall, panScores, plagdet, type PredictedLink } from '../../bench/reuse-eval/metrics.js';
import type { Alignment } from '../../bench/reuse-eval/types.js';

/** An alignment between documents x (source) and y (target). */
const al = (s0: number, s1: number, t0: number, t1: number, sourceId = 'x', targetId = 'y'): Alignment => ({
  sourceId,
  targetId,
  source: { start: s0, end: s1 },
  target: { start: t0, end: t1 },
});
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('PAN character-level measures', () => {
  const kase = al(0, 100, 0, 100);

  it('scores empty against empty as perfect and one empty side as zero', () => {
    assert.deepEqual([macroRecall([], []), macroPrecision([], []), granularity([], []).granularity], [1, 1, 1]);
    assert.deepEqual([macroRecall([kase], []), macroPrecision([kase], [])], [0, 0]);
    assert.deepEqual([macroRecall([], [kase]), macroPrecision([], [kase])], [0, 0]);
  });

  it('scores an exact detection 1 everywhere', () => {
    assert.deepEqual(panScores([kase], [kase]), { precision: 1, recall: 1, granularity: 1, plagdet: 1, cases: 1, detections: 1, detectedCases: 1 });
  });

  it('counts source and target characters: a detection twice as long in the source', () => {
    // Case 200 chars, all covered; detection 300 chars, 200 of them in the case.
    const s = panScores([kase], [al(0, 200, 0, 100)]);
    close(s.recall, 1);
    close(s.precision, 2 / 3);
    close(s.plagdet, 0.8);
  });

  it('gives half credit to a detection shifted by half', () => {
    const s = panScores([kase], [al(50, 150, 50, 150)]);
    close(s.recall, 0.5);
    close(s.precision, 0.5);
  });

  it('unions overlapping detections and counts them in granularity', () => {
    const s = panScores([kase], [al(0, 60, 0, 60), al(40, 100, 40, 100)]);
    close(s.recall, 1);
    close(s.precision, 1);
    close(s.granularity, 2);
    close(s.plagdet, 1 / Math.log2(3));
  });

  it('needs overlap in both documents and the same document pair', () => {
    assert.equal(macroRecall([kase], [al(500, 600, 0, 100)]), 0);
    assert.equal(macroRecall([kase], [al(0, 100, 0, 100, 'x', 'z')]), 0);
    const s = panScores([kase], [al(500, 600, 0, 100)]);
    assert.deepEqual([s.precision, s.granularity, s.plagdet, s.detectedCases], [0, 1, 0, 0]);
  });

  it('accepts a detection that names the document pair the other way round', () => {
    close(macroRecall([kase], [al(0, 50, 0, 100, 'y', 'x')]), 0.75); // 100 source + 50 target of 200
  });

  it('macro-averages over cases and over detections', () => {
    const other = al(0, 100, 0, 100, 'p', 'q');
    close(macroRecall([kase, other], [al(50, 150, 50, 150)]), 0.25);
    // One detection spanning two cases of the same pair: 400 of its 500 chars are in cases.
    const cases = [al(0, 100, 0, 100), al(200, 300, 100, 200)];
    const wide = al(0, 300, 0, 200);
    close(macroPrecision(cases, [wide]), 0.8);
    close(macroRecall(cases, [wide]), 1);
    close(granularity(cases, [wide]).granularity, 1);
    // Granularity averages over detected cases only: 2 detections for one case, 1 for the other.
    const g = granularity([...cases, other], [al(0, 50, 0, 50), al(50, 100, 50, 100), al(250, 260, 150, 160)]);
    assert.deepEqual(g, { granularity: 1.5, detectedCases: 2 });
  });

  it('plagdet is zero without precision and recall and penalises granularity', () => {
    assert.equal(plagdet(0, 0, 1), 0);
    close(plagdet(0.5, 1, 1), 2 / 3);
    close(plagdet(1, 1, 3), 0.5);
  });
});

describe('document linking', () => {
  const gold = [
    { sourceId: 'a', targetId: 'b' },
    { sourceId: 'a', targetId: 'c' },
    { sourceId: 'b', targetId: 'c' },
  ];
  const link = (sourceId: string, targetId: string, sourceShare: number, targetShare: number): PredictedLink => ({ sourceId, targetId, sourceShare, targetShare });
  const predicted = [link('b', 'a', 0.5, 0.1), link('a', 'c', 0.05, 0.2), link('a', 'd', 0.9, 0.9), link('a', 'a', 1, 1)];

  it('scores unordered pairs above the threshold by the larger share', () => {
    assert.deepEqual(linkingScores(predicted, gold, 0.15), {
      threshold: 0.15, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, truePositives: 2, falsePositives: 1, falseNegatives: 1,
    });
    const high = linkingScores(predicted, gold, 0.3);
    assert.deepEqual([high.precision, high.recall, high.truePositives], [0.5, 1 / 3, 1]);
  });

  it('takes another share function and handles empty predictions', () => {
    const min = linkingScores(predicted, gold, 0.15, (p) => Math.min(p.sourceShare, p.targetShare));
    assert.deepEqual([min.precision, min.recall, min.f1], [0, 0, 0]);
    const none = linkingScores([], gold, 0.5);
    assert.deepEqual([none.precision, none.recall, none.falseNegatives], [1, 0, 3]);
    assert.deepEqual(linkingCurve(predicted, gold, [0, 0.95]).map((s) => s.truePositives), [2, 0]);
  });
});
