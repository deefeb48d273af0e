// The shifts page in real headless Chromium against the real server over a
// :memory: store holding test/ui/trends-fixtures/ ("traditional partners" in
// 2019–2020, "climate resilience" in 2023–2024, releases and stories from two
// outlets). The lists are checked against what /api/shifts says, so the tests
// follow the statistic rather than restating it; the one fact asserted outright
// is that the fixtures' late phrase rises.
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-shifts.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { ShiftsResponse } from '../../web/src/api-types.js';
import { documentHash, entityHash, parseRoute, shiftsHash } from '../../web/src/router.js';
import { EMPTY_SHIFTS, formatZ, phraseTrend, shiftsParams, type ShiftsState } from '../../web/src/shifts-state.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openTrendsSession, type TrendsUiSession } from './trends-session.js';

const PERIODS: ShiftsState = { ...EMPTY_SHIFTS, from: '2019..2020', to: '2023..2024', minDocs: 2, limit: 5 };
const GROUPS: ShiftsState = { ...EMPTY_SHIFTS, mode: 'groups', group: 'kind:release', vs: 'kind:news', minDocs: 2, limit: 5 };

describe('the shifts page in Chromium', { skip, timeout: 240_000 }, () => {
  let ui: TrendsUiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let get: TrendsUiSession['get'];
  let periods: ShiftsResponse;

  const hash = () => page.evaluate<string>('location.hash');
  const phrases = (side: 'rising' | 'falling') => page.locator(`[data-testid="shift-row"][data-side="${side}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase')));
  async function showsLists(expected: ShiftsResponse, what: string): Promise<void> {
    const want = JSON.stringify([expected.rising.map((p) => p.phrase), expected.falling.map((p) => p.phrase)]);
    await until(`the lists for ${what}`, async () => JSON.stringify([await phrases('rising'), await phrases('falling')]), (seen) => seen === want);
  }

  before(async () => {
    ui = await openTrendsSession();
    ({ server, page, trouble, get } = ui);
  });

  after(() => ui?.close());

  test('asks for two sides before comparing', async () => {
    await page.goto(`${server.url}/${shiftsHash()}`);
    await until('the prompt', () => page.getByTestId('shifts-empty').isVisible(), (v) => v);
    assert.equal(await page.getByTestId('nav-shifts').getAttribute('aria-current'), 'page');
    assert.equal(await page.getByTestId('shift-row').count(), 0);
  });

  test('two periods: rising and falling phrases as the API ranks them, with counts, first documents and speakers', async () => {
    periods = await get<ShiftsResponse>(`/api/shifts?${shiftsParams(PERIODS)}`);
    assert.ok(periods.rising.some((p) => /climate|resilience/.test(p.phrase)), `the late phrase rises: ${periods.rising.map((p) => p.phrase)}`);
    // Typed into the form, as a reader would.
    await page.getByTestId('shifts-from').fill(PERIODS.from);
    await page.getByTestId('shifts-to').fill(PERIODS.to);
    await page.getByTestId('shifts-minDocs').fill('2');
    await page.getByTestId('shifts-limit').fill('5');
    await page.getByTestId('shifts-apply').click();
    await until('the address', hash, (h) => h === shiftsHash(PERIODS));
    await showsLists(periods, 'two periods');
    const summary = await page.getByTestId('shifts-summary').innerText();
    assert.ok(summary.includes('1 Jan 2019 – 31 Dec 2020') && summary.includes('1 Jan 2023 – 31 Dec 2024'), summary);

    const first = periods.rising[0]!;
    const row = page.locator('[data-testid="shift-row"][data-side="rising"]').first();
    assert.equal(await row.getByTestId('shift-z').innerText(), `z ${formatZ(first.z)}`);
    assert.match(await row.getByTestId('shift-counts').innerText(), new RegExp(`^${first.aCount} → ${first.bCount} uses · in ${first.aDocs} → ${first.bDocs} documents$`));
    assert.deepEqual(await row.getByTestId('shift-first').evaluateAll((els) => els.map((e) => e.getAttribute('href'))), first.first.map((d) => documentHash(d.id)));
    const speakers = await row.getByTestId('shift-speaker').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('href')]));
    assert.deepEqual(speakers, first.speakers.map((s) => [s.name, s.id === null ? null : entityHash(s.id)]));
    await page.screenshot({ path: join(SHOTS, 'parley-shifts.png'), fullPage: true });
  });

  test('a first document opens, and Back returns to the lists', async () => {
    const doc = periods.rising[0]!.first[0]!;
    await page.locator('[data-testid="shift-row"][data-side="rising"]').first().getByTestId('shift-first').first().click();
    await until('the document', () => page.getByTestId('doc-title').innerText().catch(() => ''), (t) => t === doc.title);
    await page.goBack();
    await showsLists(periods, 'two periods, again');
  });

  test('a phrase opens its trend over both periods, quoted, by year', async () => {
    const first = periods.rising[0]!;
    await page.locator('[data-testid="shift-row"][data-side="rising"]').first().getByTestId('shift-trend-link').click();
    await until('the trends page', hash, (h) => h.startsWith('#/trends?'));
    const route = parseRoute(await hash());
    assert.ok(route.view === 'trends');
    if (route.view !== 'trends') return;
    assert.deepEqual(route.trends, phraseTrend(first.phrase, PERIODS, periods));
    assert.deepEqual([route.trends.phrases, route.trends.by, route.trends.from, route.trends.to], [[`"${first.phrase}"`], 'year', '2019-01-01', '2024-12-31']);
    await until('its chart', () => page.getByTestId('trend-line').count(), (n) => n === 1);
    assert.equal(await page.getByTestId('nav-trends').getAttribute('aria-current'), 'page');
    // The chart agrees with the shift: none in the first period's years, some in the second's.
    const matches = await page.getByTestId('trend-point').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-bucket'), Number(e.getAttribute('data-matches'))])));
    assert.equal((matches['2019'] ?? 0) + (matches['2020'] ?? 0), first.aDocs, JSON.stringify(matches));
    assert.equal((matches['2023'] ?? 0) + (matches['2024'] ?? 0), first.bDocs, JSON.stringify(matches));
  });

  test('two groups: the mode switch, the lists and the address', async () => {
    await page.goto(`${server.url}/${shiftsHash(PERIODS)}`);
    await showsLists(periods, 'two periods');
    await page.getByTestId('shifts-by-groups').click();
    await until('the groups form', () => page.getByTestId('shifts-group').isVisible(), (v) => v);
    assert.equal(await page.getByTestId('shifts-from').isVisible(), false);
    await page.getByTestId('shifts-group').fill(GROUPS.group);
    await page.getByTestId('shifts-vs').fill(GROUPS.vs);
    await page.getByTestId('shifts-apply').click();
    await until('the address', hash, (h) => h === shiftsHash(GROUPS));
    const groups = await get<ShiftsResponse>(`/api/shifts?${shiftsParams(GROUPS)}`);
    await showsLists(groups, 'two groups');
    assert.match(await page.getByTestId('shifts-summary').innerText(), /A: kind:release · .*\nB: kind:news · /);
    await page.reload();
    await showsLists(groups, 'two groups after a reload');
    assert.equal(await page.getByTestId('shifts-group').inputValue(), 'kind:release');
  });

  test('a period the API refuses is said in its words', async () => {
    const before = trouble.badResponses.length;
    await page.goto(`${server.url}/${shiftsHash({ ...PERIODS, from: '2019..soon' })}`);
    await until('the refusal', () => page.locator('.failure[role="alert"]').innerText().catch(() => ''), (t) => t.startsWith('Could not compare.'));
    assert.equal(await page.getByTestId('shift-row').count(), 0);
    assert.ok(trouble.badResponses.slice(before).every((r) => r.startsWith('400 ') && r.includes('/api/shifts')), trouble.badResponses.join('\n'));
    trouble.badResponses.splice(before);
    trouble.consoleErrors.splice(0, trouble.consoleErrors.length, ...trouble.consoleErrors.filter((m) => !m.text().includes('400')));
  });

  test('nothing went wrong on the page', () => {
    // A goto aborts whatever the previous page was still loading (the favicon, say): that is no fault of the page.
    assert.deepEqual(trouble.problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), []);
    assert.deepEqual(trouble.badResponses, []);
    assert.deepEqual(trouble.consoleErrors.map((m) => m.text()), []);
  });
});
