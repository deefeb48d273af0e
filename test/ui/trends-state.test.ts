// The trends page's state, where a point leads, the CSV and the chart's
// arithmetic (scales, ticks, paths, the denominator strip) are pure, so they
// are checked here under Node; trends-page.test.ts covers the drawn page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TrendsResponse } from '../../web/src/api-types.js';
import { parseRoute, quotesHash, searchHash, trendsHash } from '../../web/src/router.js';
import { parseQuoteList } from '../../web/src/quote-state.js';
import { parseSearch } from '../../web/src/search-state.js';
import { allBuckets, axisLabel, bucketTotals, chartSummary, layoutChart, linearScale, niceStep, niceTicks } from '../../web/src/trends-chart.js';
import {
  EMPTY_TRENDS,
  MAX_PHRASES,
  bucketLabel,
  exportName,
  formatValue,
  pointTarget,
  pointWords,
  quotePhrase,
  seriesLabel,
  trendsApiParams,
  trendsCsv,
  type TrendsState,
} from '../../web/src/trends-state.js';

const FULL: TrendsState = {
  phrases: ['"traditional partners" OR "traditional allies"', 'climate'],
  by: 'quarter',
  measure: 'per-million',
  split: 'source',
  smooth: 3,
  from: '2019-01-01',
  to: '2024-12-31',
  source: 'Capital Courier',
  kind: 'news',
  speaker: 'person:winston-peters',
  role: 'Foreign Minister',
  of: 'New Zealand',
};

const point = (bucket: string, from: string, to: string, matches: number, total: number, value = total === 0 ? 0 : matches / total) => ({ bucket, from, to, matches, total, value });

const RESPONSE: TrendsResponse = {
  by: 'year',
  measure: 'share',
  from: '2019-01-01',
  to: '2021-12-31',
  series: [
    { phrase: 'partners', source: 'A', kind: null, points: [point('2019', '2019-01-01', '2019-12-31', 2, 4), point('2020', '2020-01-01', '2020-12-31', 1, 2), point('2021', '2021-01-01', '2021-12-31', 0, 1)] },
    { phrase: 'partners', source: 'B, "the" outlet', kind: null, points: [point('2019', '2019-01-01', '2019-12-31', 1, 1), point('2020', '2020-01-01', '2020-12-31', 0, 0), point('2021', '2021-01-01', '2021-12-31', 0, 3)] },
    { phrase: 'climate', source: 'A', kind: null, points: [point('2019', '2019-01-01', '2019-12-31', 0, 4), point('2021', '2021-01-01', '2021-12-31', 1, 1)] },
  ],
};

describe('trends routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/trends', { view: 'trends', trends: EMPTY_TRENDS }],
    ['#/trends?phrase=a&phrase=b&by=year', { view: 'trends', trends: { ...EMPTY_TRENDS, phrases: ['a', 'b'], by: 'year' } }],
    // Unknown values fall back to the defaults rather than reaching the API.
    ['#/trends?phrase=a&by=decade&measure=ratio&split=speaker&smooth=0&from=2024-13&to=soon', { view: 'trends', trends: { ...EMPTY_TRENDS, phrases: ['a'] } }],
    ['#/trends?phrase=%20a%20&phrase=a&phrase=&smooth=99', { view: 'trends', trends: { ...EMPTY_TRENDS, phrases: ['a'] } }],
    ['#/trends?phrase=1&phrase=2&phrase=3&phrase=4&phrase=5&phrase=6&phrase=7', { view: 'trends', trends: { ...EMPTY_TRENDS, phrases: ['1', '2', '3', '4', '5', '6'] } }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('every control survives the round trip through the hash', () => {
    assert.deepEqual(parseRoute(trendsHash(FULL)), { view: 'trends', trends: FULL });
    assert.equal(trendsHash(EMPTY_TRENDS), '#/trends', 'the defaults have one address');
    assert.equal(trendsHash({ ...EMPTY_TRENDS, phrases: ['x'] }), '#/trends?phrase=x', 'defaults are left out of the address');
    assert.equal(MAX_PHRASES, 6);
  });

  test('the API gets the same names, with the bucket and measure always said', () => {
    assert.equal(
      trendsApiParams(FULL).toString(),
      'phrase=%22traditional+partners%22+OR+%22traditional+allies%22&phrase=climate&by=quarter&measure=per-million&split=source&smooth=3&from=2019-01-01&to=2024-12-31&source=Capital+Courier&kind=news&speaker=person%3Awinston-peters&role=Foreign+Minister&of=New+Zealand',
    );
    assert.equal(trendsApiParams({ ...EMPTY_TRENDS, phrases: ['x'] }).toString(), 'phrase=x&by=month&measure=share');
  });
});

describe('where a point leads', () => {
  const bucket = { from: '2024-04-01', to: '2024-04-30' };
  test('to the search for the phrase over the bucket, in the chart’s scope', () => {
    const state = { ...EMPTY_TRENDS, phrases: ['"climate resilience"'], kind: 'release' };
    const target = pointTarget(state, { phrase: '"climate resilience"', source: null, kind: null }, bucket);
    assert.equal(target.view, 'search');
    if (target.view !== 'search') return;
    assert.deepEqual(parseSearch(new URLSearchParams(searchHash(target.search).split('?')[1])), { ...target.search });
    assert.equal(searchHash(target.search), '#/search?q=%22climate+resilience%22&kind=release&from=2024-04-01&to=2024-04-30');
  });

  test('a split series narrows to its own outlet or kind', () => {
    const target = pointTarget({ ...EMPTY_TRENDS, phrases: ['x'], split: 'source', source: 'ignored when split' }, { phrase: 'x', source: 'Capital Courier', kind: null }, bucket);
    assert.equal(target.view === 'search' && target.search.source.join('|'), 'Capital Courier');
    const byKind = pointTarget({ ...EMPTY_TRENDS, phrases: ['x'], split: 'kind' }, { phrase: 'x', source: null, kind: 'news' }, bucket);
    assert.equal(byKind.view === 'search' && byKind.search.kind.join('|'), 'news');
  });

  test('with a speaker, to their quotes containing the phrase', () => {
    const target = pointTarget({ ...EMPTY_TRENDS, phrases: ['x'], speaker: 'person:winston-peters' }, { phrase: 'x', source: null, kind: null }, bucket);
    assert.equal(target.view, 'quotes');
    if (target.view !== 'quotes') return;
    const back = parseQuoteList(new URLSearchParams(quotesHash(target.list).split('?')[1]));
    assert.deepEqual([back.speaker, back.contains, back.from, back.to], ['person:winston-peters', 'x', '2024-04-01', '2024-04-30']);
  });

  test('with an office, to the quotes of whoever held it, containing the phrase', () => {
    const target = pointTarget({ ...EMPTY_TRENDS, phrases: ['x'], role: 'Foreign Minister', of: 'New Zealand' }, { phrase: 'x', source: null, kind: null }, bucket);
    assert.equal(target.view, 'quotes');
    if (target.view !== 'quotes') return;
    const back = parseQuoteList(new URLSearchParams(quotesHash(target.list).split('?')[1]));
    assert.deepEqual([back.role, back.of, back.contains], ['Foreign Minister', 'New Zealand', 'x']);
  });
});

describe('words and numbers', () => {
  const labels: [string, string][] = [
    ['2024', '2024'],
    ['2024-Q2', 'Q2 2024'],
    ['2024-04', 'Apr 2024'],
    ['2024-W15', 'Week 15, 2024'],
    ['2024-04-11', '11 Apr 2024'],
  ];
  for (const [bucket, label] of labels) test(`bucket ${bucket} reads ${label}`, () => assert.equal(bucketLabel(bucket), label));
  test('axis labels shorten weeks', () => assert.equal(axisLabel('2024-W05'), 'W5 2024'));

  const values: [number, Parameters<typeof formatValue>[1], number | undefined, string][] = [
    [0.073, 'share', undefined, '7.3%'],
    [0.5, 'share', undefined, '50%'],
    [0, 'share', undefined, '0%'],
    [0.004, 'share', undefined, '0.4%'],
    [0.05, 'share', 0.05, '5%'],
    [0.025, 'share', 0.025, '2.5%'],
    [12, 'count', undefined, '12'],
    [2.5, 'count', undefined, '2.5'],
    [1234.5, 'per-million', undefined, '1235'],
    [12.34, 'per-million', undefined, '12.3'],
    [250, 'per-million', 50, '250'],
  ];
  for (const [value, measure, step, expected] of values) {
    test(`${value} as ${measure}${step === undefined ? '' : ` (step ${step})`} is ${expected}`, () => assert.equal(formatValue(value, measure, step), expected));
  }

  test('a point in words names its series, bucket, value and denominator', () => {
    const p = point('2024-04', '2024-04-01', '2024-04-30', 3, 41);
    assert.equal(pointWords({ phrase: 'x', source: 'Capital Courier', kind: null }, p, 'share', 1), 'x (Capital Courier), Apr 2024: 7.3% of documents; 3 of 41 documents');
    assert.equal(pointWords({ phrase: 'x', source: null, kind: null }, { ...p, value: 12.5 }, 'per-million', 3), 'x, Apr 2024: 12.5 per million words (mean of the last 3 buckets); 3 occurrences in 41 words');
    assert.equal(seriesLabel({ phrase: 'x', source: null, kind: 'news' }), 'x (News)');
  });

  test('shift phrases are quoted as one exact phrase', () => {
    assert.equal(quotePhrase('war on terror'), '"war on terror"');
    assert.equal(quotePhrase('say "no"  now'), '"say no now"');
  });

  test('export names say the phrases and the bucket', () => {
    assert.equal(exportName({ ...EMPTY_TRENDS, phrases: ['"Traditional partners"', 'climate'], by: 'year' }), 'parley-trends-traditional-partners-climate-by-year');
    assert.equal(exportName(EMPTY_TRENDS), 'parley-trends-by-month');
  });
});

describe('the CSV', () => {
  test('one row per point, the CLI’s columns, quoted where needed', () => {
    const lines = trendsCsv(RESPONSE).split('\r\n');
    assert.equal(lines[0], 'phrase,source,kind,bucket,from,to,matches,total,value');
    assert.equal(lines[1], 'partners,A,,2019,2019-01-01,2019-12-31,2,4,0.5');
    assert.equal(lines[4], 'partners,"B, ""the"" outlet",,2019,2019-01-01,2019-12-31,1,1,1');
    assert.equal(lines.length, 1 + 8 + 1, 'a header, eight points and the final line break');
    assert.equal(lines.at(-1), '');
  });
});

describe('the chart’s arithmetic', () => {
  test('a linear scale maps ends to ends, and a flat domain to the middle', () => {
    const y = linearScale([0, 10], [300, 100]);
    assert.deepEqual([y(0), y(10), y(5)], [300, 100, 200]);
    assert.equal(linearScale([3, 3], [0, 50])(3), 25);
  });

  const steps: [number, number][] = [
    [0.7, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [0.013, 0.02],
    [130, 200],
  ];
  for (const [raw, step] of steps) test(`a nice step for ${raw} is ${step}`, () => assert.equal(niceStep(raw), step));

  const ticks: [number, boolean, number[]][] = [
    [0.47, false, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [1, false, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [3, true, [0, 1, 2, 3]],
    [12, true, [0, 5, 10, 15]],
    [0, true, [0, 1]],
    [0.03, false, [0, 0.01, 0.02, 0.03]],
  ];
  for (const [max, integer, expected] of ticks) {
    test(`ticks up to ${max}${integer ? ' (whole)' : ''}`, () => assert.deepEqual(niceTicks(max, 5, integer), expected));
  }

  test('buckets are the union of every series’ in date order; totals add the first phrase’s series', () => {
    assert.deepEqual(
      allBuckets(RESPONSE).map((b) => b.bucket),
      ['2019', '2020', '2021'],
    );
    assert.deepEqual([...bucketTotals(RESPONSE)], [['2019', 5], ['2020', 2], ['2021', 4]]);
  });

  test('a path per series, broken where a bucket is missing; points on the scales', () => {
    const layout = layoutChart(RESPONSE);
    assert.equal(layout.series.length, 3);
    const [first, , climate] = layout.series;
    assert.match(first!.path, /^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    assert.match(climate!.path, /^M[\d.]+ [\d.]+M[\d.]+ [\d.]+$/, 'no line across the missing 2020');
    // Share 1 (the highest) sits on the top tick, 0 on the baseline.
    const top = layout.yTicks.at(-1)!;
    assert.equal(top.value, 1);
    assert.equal(top.label, '100%');
    const second = layout.series[1]!;
    assert.equal(second.points[0]!.y, top.y);
    assert.equal(second.points[1]!.y, layout.plot.bottom);
    // Buckets spread left to right inside the plot, in order.
    const xs = layout.buckets.map((b) => b.x);
    assert.ok(xs[0]! > layout.plot.left && xs[2]! < layout.plot.right && xs[0]! < xs[1]! && xs[1]! < xs[2]!);
    assert.deepEqual(layout.xTicks.map((t) => t.label), ['2019', '2020', '2021']);
  });

  test('the strip’s bars are as tall as the scope, the fullest bucket the full height', () => {
    const { strip } = layoutChart(RESPONSE);
    const heights = strip.bars.map((b) => b.height);
    assert.equal(strip.max, 5);
    assert.equal(heights[0], strip.bottom - strip.top);
    assert.ok(Math.abs(heights[1]! - (2 / 5) * heights[0]!) < 1e-9);
    assert.match(strip.label, /^Documents in scope per year \(most: 5\)$/);
  });

  test('x labels thin out so they do not collide', () => {
    const many: TrendsResponse = {
      ...RESPONSE,
      by: 'month',
      series: [{ phrase: 'x', source: null, kind: null, points: Array.from({ length: 120 }, (_, i) => point(`${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, 'x', i % 3, 3)) }],
    };
    const layout = layoutChart(many);
    assert.ok(layout.xTicks.length <= 10 && layout.xTicks.length >= 5, `${layout.xTicks.length} labels`);
    const gaps = layout.xTicks.slice(1).map((t, i) => t.x - layout.xTicks[i]!.x);
    assert.ok(Math.min(...gaps) >= 70, 'at least 70 units apart');
  });

  test('a legend entry per series, wrapping when the row is full', () => {
    const wide: TrendsResponse = { ...RESPONSE, series: Array.from({ length: 6 }, (_, i) => ({ phrase: `a rather long phrase number ${i}`, source: null, kind: null, points: [] })) };
    const { legend, plot } = layoutChart(wide);
    assert.equal(legend.length, 6);
    assert.ok(new Set(legend.map((l) => l.y)).size > 1, 'more than one row');
    assert.ok(plot.top > legend.at(-1)!.y, 'the plot starts below the legend');
  });

  test('the summary names each series’ peak', () => {
    assert.equal(chartSummary(RESPONSE), 'Line chart by year, 2019 to 2021. partners (A): peak 50% in 2019; partners (B, "the" outlet): peak 100% in 2019; climate (A): peak 100% in 2021.');
    assert.equal(chartSummary({ ...RESPONSE, series: [] }), 'No dated documents in scope.');
  });
});
