// The trends page in real headless Chromium against the real server over a
// :memory: store holding test/ui/trends-fixtures/ (two outlets, 2019–2024:
// "traditional partners" early, "climate resilience" late, a 2021 release
// with neither). What the chart shows is checked against what /api/trends
// says (series, points, totals), and a point's documents against /api/search,
// so the tests follow the API rather than restating its numbers.
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-trends.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { TrendsResponse } from '../../web/src/api-types.js';
import { trendsHash } from '../../web/src/router.js';
import { bucketTotals } from '../../web/src/trends-chart.js';
import { EMPTY_TRENDS, formatValue, rawWords, seriesLabel, trendsApiParams, trendsCsv, type TrendsState } from '../../web/src/trends-state.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openTrendsSession, type TrendsUiSession } from './trends-session.js';

const PARTNERS = '"traditional partners"';
const RESILIENCE = '"climate resilience"';
const BOTH: TrendsState = { ...EMPTY_TRENDS, phrases: [PARTNERS, RESILIENCE], by: 'year' };

// Browser-side code is written as strings: the tests compile without the DOM library.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + event.sample);
  });`;

describe('the trends page in Chromium', { skip, timeout: 240_000 }, () => {
  let ui: TrendsUiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let get: TrendsUiSession['get'];
  let both: TrendsResponse;

  const hash = () => page.evaluate<string>('location.hash');
  const apiTrends = (state: TrendsState) => get<TrendsResponse>(`/api/trends?${trendsApiParams(state)}`);
  const searchTotal = async () => Number(await page.getByTestId('total').getAttribute('data-total').catch(() => null));
  /** Opens `state` and waits until the chart has drawn `series` lines. */
  async function open(state: TrendsState, series: number): Promise<void> {
    await page.goto(`${server.url}/${trendsHash(state)}`);
    await until('the chart', () => page.getByTestId('trend-line').count(), (n) => n === series);
  }
  const point = (series: number, bucket: string) => page.locator(`[data-testid="trend-point"][data-series="${series}"][data-bucket="${bucket}"]`);
  async function downloaded(button: string): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
    const path = await download.path();
    return { download, bytes: readFileSync(path) };
  }

  before(async () => {
    ui = await openTrendsSession();
    ({ server, page, trouble, get } = ui);
    await page.addInitScript(RECORD_VIOLATIONS);
  });

  after(() => ui?.close());

  test('the fixtures give both phrases over six years', async () => {
    both = await apiTrends(BOTH);
    assert.equal(both.series.length, 2);
    const buckets = both.series[0]!.points.map((p) => p.bucket);
    assert.deepEqual(buckets, ['2019', '2020', '2021', '2022', '2023', '2024']);
    const matches = (s: number) => both.series[s]!.points.map((p) => p.matches);
    assert.ok(matches(0)[0]! > 0 && matches(0)[5] === 0, `"traditional partners" is early: ${matches(0)}`);
    assert.ok(matches(1)[0] === 0 && matches(1)[5]! > 0, `"climate resilience" is late: ${matches(1)}`);
  });

  test('draws one line per series, a point per bucket, a legend entry each and the denominators', async () => {
    await open(BOTH, both.series.length);
    assert.equal(await page.getByTestId('nav-trends').getAttribute('aria-current'), 'page');
    for (const [i, series] of both.series.entries()) {
      assert.equal(await page.locator(`[data-testid="trend-point"][data-series="${i}"]`).count(), series.points.length, `points of ${series.phrase}`);
      const d = await page.locator(`[data-testid="trend-line"][data-series="${i}"]`).getAttribute('d');
      assert.equal((d?.match(/[ML]/g) ?? []).length, series.points.length, `one vertex per point in ${d}`);
    }
    assert.deepEqual(await page.getByTestId('trend-legend-item').allTextContents(), both.series.map(seriesLabel));
    const bars = await page.getByTestId('trend-bar').evaluateAll((els) => els.map((e) => [e.getAttribute('data-bucket'), Number(e.getAttribute('data-total'))]));
    assert.deepEqual(bars, [...bucketTotals(both)]);
    // The fullest bucket's bar is the tallest: a spike from few documents shows as such.
    const heights = await page.getByTestId('trend-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    const fullest = bars.findIndex(([, total]) => total === Math.max(...bars.map(([, t]) => Number(t))));
    assert.equal(Math.max(...heights), heights[fullest]);
    // The y axis is labelled in the measure: shares.
    const yLabels = await page.getByTestId('trend-y-tick').allTextContents();
    assert.ok(yLabels.length >= 3 && yLabels.every((l) => /^\d+(\.\d+)?%$/.test(l)), `y ticks ${yLabels}`);
    assert.equal(await page.locator('.trend-lines').getAttribute('role'), 'img');
    assert.match((await page.locator('.trend-lines').getAttribute('aria-label')) ?? '', /^Line chart by year, 2019 to 2024\. "traditional partners": peak/);
    await page.screenshot({ path: join(SHOTS, 'parley-trends.png'), fullPage: true });
  });

  test('hovering a point shows its bucket, value and denominator', async () => {
    const p = both.series[0]!.points.find((x) => x.bucket === '2022')!;
    await point(0, '2022').hover();
    const tip = page.getByTestId('trends-tooltip');
    await until('the tooltip', () => tip.isVisible(), (v) => v);
    const text = await tip.innerText();
    assert.ok(text.includes(formatValue(p.value, 'share')), `${text} has ${formatValue(p.value, 'share')}`);
    assert.ok(text.includes(rawWords(p, 'share')), `${text} has ${rawWords(p, 'share')}`);
    assert.ok(text.includes('2022') && text.includes(PARTNERS));
    assert.ok((await page.getByTestId('trends-info').innerText()).includes(rawWords(p, 'share')), 'the live line says the same');
    await page.mouse.move(5, 5);
    await until('the tooltip to go', () => tip.isVisible(), (v) => !v);
  });

  test('clicking a point opens the search for its phrase and bucket, with its matches as the total', async () => {
    const p = both.series[0]!.points.find((x) => x.bucket === '2019')!;
    assert.ok(p.matches > 0);
    await point(0, '2019').click();
    await until('the search', hash, (h) => h.startsWith('#/search?'));
    const params = new URLSearchParams((await hash()).split('?')[1]);
    assert.deepEqual([params.get('q'), params.get('from'), params.get('to')], [PARTNERS, p.from, p.to]);
    await until('the search total', searchTotal, (n) => n === p.matches);
    await page.goBack();
    await until('the chart again', () => page.getByTestId('trend-line').count(), (n) => n === 2);
  });

  test('split by outlet: Enter on a focused point opens that outlet’s documents', async () => {
    const state: TrendsState = { ...EMPTY_TRENDS, phrases: [RESILIENCE], by: 'year', split: 'source' };
    const split = await apiTrends(state);
    assert.ok(split.series.length >= 2, 'one series per outlet');
    await open(state, split.series.length);
    const i = split.series.findIndex((s) => s.source === 'Capital Courier');
    const p = split.series[i]!.points.find((x) => x.bucket === '2023')!;
    await point(i, '2023').focus();
    await until('the live line', () => page.getByTestId('trends-info').innerText(), (t) => t.includes('Capital Courier') && t.includes(rawWords(p, 'share')));
    await page.keyboard.press('Enter');
    await until('the search', hash, (h) => h.startsWith('#/search?'));
    const params = new URLSearchParams((await hash()).split('?')[1]);
    assert.deepEqual([params.get('q'), params.getAll('source'), params.get('from'), params.get('to')], [RESILIENCE, ['Capital Courier'], p.from, p.to]);
    await until('the search total', searchTotal, (n) => n === p.matches);
  });

  test('the measure toggle changes the address and the chart; Back undoes it', async () => {
    await open(BOTH, 2);
    await page.getByTestId('trends-measure-count').check();
    await until('measure=count in the address', hash, (h) => new URLSearchParams(h.split('?')[1]).get('measure') === 'count');
    await until('the chart in counts', () => page.getByTestId('trends-summary').getAttribute('data-measure'), (m) => m === 'count');
    const yLabels = await page.getByTestId('trend-y-tick').allTextContents();
    assert.ok(yLabels.every((l) => /^\d+$/.test(l)), `counts are whole: ${yLabels}`);
    const counts = await apiTrends({ ...BOTH, measure: 'count' });
    const values = await page.locator('[data-testid="trend-point"][data-series="0"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    assert.deepEqual(values, counts.series[0]!.points.map((p) => p.value));
    await page.goBack();
    await until('share again', () => page.getByTestId('trends-summary').getAttribute('data-measure'), (m) => m === 'share');
    assert.equal(await page.getByTestId('trends-measure-share').isChecked(), true);
  });

  test('every control goes into the address, and a reload restores the page', async () => {
    await open({ ...EMPTY_TRENDS, phrases: [PARTNERS] }, 1);
    await page.getByTestId('trends-add').click();
    await page.getByTestId('trends-phrase').nth(1).fill(RESILIENCE);
    await page.getByTestId('trends-by').selectOption('quarter');
    await until('by=quarter', hash, (h) => h.includes('by=quarter'));
    await page.getByTestId('trends-smooth').selectOption('2');
    await until('smooth=2', hash, (h) => h.includes('smooth=2'));
    await page.getByTestId('trends-kind').selectOption('release');
    await until('kind=release', hash, (h) => h.includes('kind=release'));
    const expected: TrendsState = { ...EMPTY_TRENDS, phrases: [PARTNERS, RESILIENCE], by: 'quarter', smooth: 2, kind: 'release' };
    assert.equal(await hash(), trendsHash(expected), 'the typed phrase went in with the next change');
    const api = await apiTrends(expected);
    await until('the chart', () => page.getByTestId('trend-line').count(), (n) => n === api.series.length);
    await page.reload();
    await until('the chart after reload', () => page.getByTestId('trend-line').count(), (n) => n === api.series.length);
    assert.deepEqual(await page.getByTestId('trends-phrase').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)), [PARTNERS, RESILIENCE]);
    assert.equal(await page.getByTestId('trends-by').inputValue(), 'quarter');
    assert.equal(await page.getByTestId('trends-smooth').inputValue(), '2');
    assert.equal(await page.getByTestId('trends-kind').inputValue(), 'release');
    assert.equal(await page.getByTestId('trends-measure-share').isChecked(), true);
    const buckets = await page.locator('[data-testid="trend-point"][data-series="1"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bucket')));
    assert.deepEqual(buckets, api.series[1]!.points.map((p) => p.bucket));
    assert.ok(buckets.every((b) => /^\d{4}-Q[1-4]$/.test(b ?? '')));
    // Removing a phrase is a change too.
    await page.getByTestId('trends-remove').nth(0).click();
    await until('one phrase left', hash, (h) => new URLSearchParams(h.split('?')[1]).getAll('phrase').join('|') === RESILIENCE);
  });

  test('CSV and SVG exports hold the series; the PNG is a drawn picture', async () => {
    await open(BOTH, 2);
    const csv = await downloaded('trends-export-csv');
    assert.equal(csv.download.suggestedFilename(), 'parley-trends-traditional-partners-climate-resilience-by-year.csv');
    assert.equal(csv.bytes.toString('utf8'), trendsCsv(both));

    const svg = await downloaded('trends-export-svg');
    assert.match(svg.download.suggestedFilename(), /\.svg$/);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal((text.match(/<path /g) ?? []).length, both.series.length, 'a path per series');
    assert.doesNotMatch(text, / class="/, 'no classes: the file does not need the page’s stylesheet');
    assert.match(text, /<path [^>]*style="[^"]*stroke: rgb\(/, 'lines carry their colour inline');
    assert.ok(text.includes('traditional partners') && text.includes('Documents in scope per year'), 'legend and strip are in the file');

    const png = await downloaded('trends-export-png');
    assert.match(png.download.suggestedFilename(), /\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    // Decoded in the page: the first series' colour is really drawn (the lines made it through the canvas).
    const colour = await page.evaluate<string>(`getComputedStyle(document.querySelector('[data-testid="trend-line"][data-series="0"]')).stroke`);
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
    const drawn = await page.evaluate<{ width: number; hits: number }>(`(async () => {
      const image = new Image();
      image.src = 'data:image/png;base64,${png.bytes.toString('base64')}';
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - ${r}) < 8 && Math.abs(data[i + 1] - ${g}) < 8 && Math.abs(data[i + 2] - ${b}) < 8) hits++;
      }
      return { width: image.naturalWidth, hits };
    })()`);
    assert.ok(drawn.width >= 880, `PNG width ${drawn.width}`);
    assert.ok(drawn.hits > 500, `${drawn.hits} pixels in the first series' colour`);
  });

  test('empty states: no phrase, nothing in scope, a phrase the syntax refuses', async () => {
    await page.goto(`${server.url}/${trendsHash()}`);
    await until('the prompt', () => page.getByTestId('trends-empty').isVisible(), (v) => v);
    assert.equal(await page.getByTestId('trends-svg').count(), 0);
    assert.match(await page.getByTestId('trends-empty').innerText(), /Type a phrase/);

    await page.goto(`${server.url}/${trendsHash({ ...BOTH, kind: 'speech' })}`);
    await until('nothing in scope', () => page.getByTestId('trends-empty').innerText().catch(() => ''), (t) => t.includes('No dated documents in scope'));
    assert.equal(await page.getByTestId('trends-svg').count(), 0);

    const before = trouble.badResponses.length;
    await page.goto(`${server.url}/${trendsHash({ ...BOTH, phrases: [PARTNERS, '(climate AND'] })}`);
    const errors = page.getByTestId('trends-phrase-error');
    await until('the refused phrase marked', () => errors.nth(1).isVisible(), (v) => v);
    assert.equal(await errors.nth(0).isVisible(), false, 'the good phrase is not marked');
    assert.match(await errors.nth(1).innerText(), /Query syntax/);
    assert.equal(await page.getByTestId('trends-phrase').nth(1).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByTestId('trends-svg').count(), 0);
    // The refusals are the API's 400s; nothing else failed.
    assert.ok(trouble.badResponses.slice(before).every((r) => r.startsWith('400 ') && r.includes('/api/trends')), trouble.badResponses.join('\n'));
    trouble.badResponses.splice(before);
    trouble.consoleErrors.splice(0, trouble.consoleErrors.length, ...trouble.consoleErrors.filter((m) => !m.text().includes('400')));
  });

  test('nothing went wrong on the page', async () => {
    assert.deepEqual(await page.evaluate('window.__violations'), [], 'no Content-Security-Policy violations');
    // A goto aborts whatever the previous page was still loading (the favicon, say): that is no fault of the page.
    assert.deepEqual(trouble.problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), []);
    assert.deepEqual(trouble.badResponses, []);
    assert.deepEqual(trouble.consoleErrors.map((m) => m.text()), []);
  });
});
