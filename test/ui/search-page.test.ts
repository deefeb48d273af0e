// The web UI in real headless Chromium (Debian's, driven by playwright-core)
// against the real server over a :memory: store holding the fixtures beside
// this file. The fixtures are short releases and news stories written for this
// test; they are not real documents.
//
// Screenshots for a human look go to $PARLEY_UI_SCREENSHOTS (default /tmp):
// parley-ui.png (1280 wide), parley-ui-400.png (400 wide), parley-ui-doc.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openUiSession, type UiSession } from './session.js';

const UNCLOSED = '"unclosed';

interface ApiPage {
  total: number;
  results: { id: string; title: string | null }[];
}

describe('search page in Chromium', { skip, timeout: 120_000 }, () => {
  let ui: UiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let documents = 0;
  /** Only the deliberate syntax error may show up here. */
  let trouble: PageTrouble;

  const api = async (path: string): Promise<ApiPage> => (await page.request.get(`${server.url}${path}`)).json() as Promise<ApiPage>;
  const shownTotal = async () => Number(await page.getByTestId('total').getAttribute('data-total'));
  const waitForTotal = (expected: number) => until(`a total of ${expected}`, shownTotal, (n) => n === expected);
  const hash = () => page.evaluate<string>('location.hash');

  before(async () => {
    ui = await openUiSession();
    ({ server, page, trouble } = ui);
    documents = ui.documents;
    assert.ok(documents >= 6, `expected the fixtures to give at least 6 documents, got ${documents}`);
  });

  after(() => ui?.close());

  test('the start page lists the newest documents first', async () => {
    await page.goto(`${server.url}/`);
    await waitForTotal(documents);
    const results = page.getByTestId('result');
    assert.equal(await results.count(), Math.min(documents, 20));
    const dates: string[] = [];
    for (const time of await page.locator('[data-testid="result"] time').all()) dates.push((await time.getAttribute('datetime')) ?? '');
    assert.ok(dates.length >= 6, 'most fixtures have dates');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'dated results are newest first');
    for (const group of ['source', 'kind', 'year', 'minister', 'portfolio']) {
      assert.ok(await page.getByTestId(`facet-${group}`).isVisible(), `facet group ${group} is shown`);
    }
  });

  test('titles are text, never HTML, even when they contain markup', async () => {
    const fromApi = await api('/api/search?limit=50');
    const shown = await page.locator('.result-title a').allTextContents();
    assert.deepEqual(shown, fromApi.results.map((r) => r.title ?? 'Untitled document'));
    assert.ok(shown.some((title) => title.includes('<b>resilience</b>')), 'the fixture title with <b> shows literally');
    assert.equal(await page.locator('.result-title b').count(), 0);
  });

  test('a query shows highlighted results', async () => {
    const expected = (await api('/api/search?q=NATO')).total;
    assert.ok(expected > 1 && expected < documents, `fixtures should give NATO some but not all documents (got ${expected})`);
    const input = page.getByTestId('search-input');
    await input.fill('NATO');
    await input.press('Enter');
    await waitForTotal(expected);
    assert.equal(await hash(), '#/search?q=NATO');
    assert.ok((await page.locator('[data-testid="results"] .snippet mark').count()) > 0, 'snippets mark the matches');
    assert.match((await page.locator('.snippet mark').first().textContent()) ?? '', /nato/i);
    await page.screenshot({ path: join(SHOTS, 'parley-ui.png'), fullPage: true });
  });

  test('a facet narrows the results to its count', async () => {
    const before = await shownTotal();
    // The first checkbox facet value that covers some but not all current results.
    const options = page.locator('[data-testid^="facet-"] label.facet-option');
    let chosen = -1;
    let count = 0;
    for (let i = 0; i < (await options.count()); i++) {
      count = Number(await options.nth(i).locator('.count').textContent());
      if (count > 0 && count < before) {
        chosen = i;
        break;
      }
    }
    assert.ok(chosen >= 0, 'some facet value splits the NATO results');
    const value = await options.nth(chosen).locator('input').getAttribute('value');
    await options.nth(chosen).click();
    await waitForTotal(count);
    assert.ok(count < before);
    assert.ok(await options.locator(`input[value="${value}"]`).first().isChecked(), 'the clicked value stays ticked');
    assert.equal(await page.locator('.chips .chip').count(), 1, 'the filter shows as a removable chip');
  });

  test('a result opens the document, and Back returns to the same search', async () => {
    const searchHash = await hash();
    const total = await shownTotal();
    const link = page.locator('.result-title a').first();
    const title = await link.textContent();
    await link.click();
    await page.getByTestId('doc-title').waitFor();
    assert.match(await hash(), /^#\/doc\/.+/);
    assert.equal(await page.getByTestId('doc-title').textContent(), title);
    const paragraphs = page.locator('[data-testid="doc-text"] p');
    assert.ok((await paragraphs.count()) >= 2, 'the text is shown as paragraphs');
    assert.ok(((await page.getByTestId('doc-text').textContent()) ?? '').length > 200);
    assert.ok(await page.getByTestId('doc-messages').isVisible(), 'the messages panel is there (collapsed)');
    await page.screenshot({ path: join(SHOTS, 'parley-ui-doc.png'), fullPage: true });

    await page.getByRole('link', { name: 'Back to results' }).click();
    await page.getByTestId('results').waitFor();
    assert.equal(await hash(), searchHash);
    assert.equal(await page.getByTestId('search-input').inputValue(), 'NATO');
    await waitForTotal(total);
  });

  test('a query syntax error shows inline, at its position', async () => {
    const input = page.getByTestId('search-input');
    await input.fill(UNCLOSED);
    await input.press('Enter');
    const error = page.getByTestId('search-error');
    await error.waitFor({ state: 'visible' });
    assert.match((await error.textContent()) ?? '', /Query syntax/);
    assert.equal(await error.locator('.error-at').count(), 1, 'the failing position is marked');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByTestId('result').count(), 0);

    // Correcting the query clears the error.
    await input.fill('"strategic partnership"');
    await input.press('Enter');
    await error.waitFor({ state: 'hidden' });
    assert.ok((await page.getByTestId('result').count()) > 0);
  });

  test('at 400px wide the page fits and the filters fold away', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    await page.goto(`${server.url}/#/search?q=Pacific`);
    await page.getByTestId('result').first().waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 400, `no sideways scrolling at 400px (page is ${width}px wide)`);
    assert.equal(await page.getByTestId('facet-source').isVisible(), false, 'filters are folded');
    await page.screenshot({ path: join(SHOTS, 'parley-ui-400.png'), fullPage: true });
    await page.getByText('Filters', { exact: true }).click();
    assert.ok(await page.getByTestId('facet-source').isVisible(), 'and open on request');
  });

  test('nothing went wrong along the way', () => {
    const { badResponses, consoleErrors, problems } = trouble;
    // The deliberate bad query answers 400; Chromium logs each such response as a console error.
    const expected = (line: string) => line.startsWith('400 ') && line.includes(`q=${UNCLOSED}`);
    assert.deepEqual(badResponses.filter((line) => !expected(line)), [], 'no other failed responses');
    assert.ok(badResponses.some(expected), 'the bad query was answered with 400');
    const unexpected = consoleErrors.filter((m) => !(m.text().includes('status of 400') && m.location().url.includes('unclosed')));
    assert.deepEqual(unexpected.map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});
