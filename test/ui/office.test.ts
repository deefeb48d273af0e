// The office-holder history page in real headless Chromium, against the real
// server over a :memory: store holding the fixtures beside this file. In them
// Antony Blinken is Secretary of State (2023-12-12, 2024-07-29) until Marco
// Rubio appears in the office (2025-06-05): two terms, the first with a
// successor, the second the latest.
//
// The page is checked against what /api/offices says, plus those few facts
// outright. Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp):
// parley-office.png (1280 wide) and parley-office-400.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { EntityDetail, ErrorBody, OfficeHistory } from '../../web/src/api-types.js';
import { formatDate } from '../../web/src/format.js';
import { entityHash, officeHash } from '../../web/src/router.js';
import { termRows } from '../../web/src/timeline.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openUiSession, type UiSession } from './session.js';

const TITLE = 'Secretary of State';
const OF = 'United States';
/** A title Parley does not know: the API answers 400 and the page shows its message. */
const UNKNOWN = 'Grand Vizier';

// Browser-side code is written as strings: the tests compile without the DOM library.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI });
  });`;

describe('the office-holder history page in Chromium', { skip, timeout: 180_000 }, () => {
  let ui: UiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let history: OfficeHistory;

  const hash = () => page.evaluate<string>('location.hash');
  const text = async (selector: string) => ((await page.locator(selector).first().textContent().catch(() => null)) ?? '').trim();
  const waitForHeading = (expected: string) => until(`the heading ${JSON.stringify(expected)}`, () => text('h1'), (t) => t === expected);
  const apiQuery = (title: string, of: string | null) => `/api/offices?${new URLSearchParams(of === null ? { title } : { title, of })}`;

  before(async () => {
    ui = await openUiSession();
    ({ server, page, trouble } = ui);
    await page.addInitScript(RECORD_VIOLATIONS);
  });

  after(() => ui?.close());

  test('the API gives two terms of Secretary of State, Blinken then Rubio', async () => {
    const response = await fetch(`${server.url}${apiQuery(TITLE, OF)}`);
    assert.equal(response.status, 200);
    history = (await response.json()) as OfficeHistory;
    assert.deepEqual(history.office, { title: TITLE, of: OF });
    assert.deepEqual(history.terms.map((t) => t.name), ['Antony Blinken', 'Marco Rubio']);
    const [blinken, rubio] = history.terms;
    assert.equal(blinken?.firstAttested, '2023-12-12');
    assert.equal(blinken?.until, rubio?.firstAttested, "Blinken's term runs until Rubio's first document");
    assert.equal(rubio?.until, null, 'Rubio is the latest holder');
  });

  test('the page shows the office, its terms in order with their dates, and a chart of them', async () => {
    await page.goto(`${server.url}/${officeHash(TITLE, OF)}`);
    await waitForHeading(`${TITLE}, ${OF}`);
    assert.equal(await page.title(), `${TITLE}, ${OF} · Parley`);
    assert.equal(await page.getByTestId('nav-entities').getAttribute('aria-current'), 'page');
    assert.equal(await page.evaluate<string | undefined>('document.activeElement?.tagName'), 'H1', 'focus starts at the heading');

    // The table: one row per term, in the API's (date) order, dates as the API gives them.
    const rows = page.getByTestId('term-row');
    assert.equal(await rows.count(), history.terms.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-entity-id'),
        cells: [...tr.children].map((cell) => cell.textContent?.trim()),
        datetimes: [...tr.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      })),
    );
    assert.deepEqual(
      shown,
      history.terms.map((t) => ({
        id: t.id,
        cells: [t.name, formatDate(t.firstAttested), formatDate(t.lastAttested), t.until ? formatDate(t.until) : 'No successor seen', String(t.documents)],
        datetimes: [t.firstAttested, t.lastAttested, ...(t.until ? [t.until] : [])],
      })),
    );
    assert.deepEqual(shown[0]?.cells.slice(0, 4), ['Antony Blinken', '12 Dec 2023', '29 Jul 2024', '5 Jun 2025']);
    assert.deepEqual(shown[1]?.cells.slice(0, 4), ['Marco Rubio', '5 Jun 2025', '5 Jun 2025', 'No successor seen']);

    // The chart: a row per dated term, its dates in words (no hover needed), a solid attested bar,
    // and a lighter one on to the successor only where there is one.
    const chart = page.getByTestId('office-timeline');
    const bars = chart.getByTestId('timeline-row');
    const expected = termRows(history.terms);
    assert.equal(await bars.count(), expected.length);
    const blinkenRow = bars.nth(0);
    assert.equal((await blinkenRow.locator('.term-dates').textContent())?.trim(), 'attested 12 Dec 2023 – 29 Jul 2024; until 5 Jun 2025');
    assert.equal((await bars.nth(1).locator('.term-dates').textContent())?.trim(), 'attested 5 Jun 2025; latest holder');
    assert.ok(await blinkenRow.locator('.term-dates').isVisible());
    assert.equal(await blinkenRow.locator('.term-extension').count(), 1, 'Blinken has a successor');
    assert.equal(await bars.nth(1).locator('.term-extension').count(), 0, 'Rubio has none');
    const track = await blinkenRow.locator('.timeline-track').boundingBox();
    const solid = await blinkenRow.locator('.term-attested').boundingBox();
    const light = await blinkenRow.locator('.term-extension').boundingBox();
    assert.ok(track && solid && light, 'bars are laid out');
    assert.ok(solid.x >= track.x - 0.5 && solid.width >= 5, `attested bar ${JSON.stringify(solid)} on ${JSON.stringify(track)}`);
    assert.ok(Math.abs(light.x - (solid.x + solid.width)) <= 6.5, 'the extension carries on from the attested span');
    assert.ok(light.x + light.width <= track.x + track.width + 0.5, 'and stays on the track');
    const rubioBar = await bars.nth(1).locator('.term-attested').boundingBox();
    assert.ok(rubioBar && Math.abs(rubioBar.x - (light.x + light.width)) <= 1.5, "Rubio's bar starts where Blinken's term ends");
    const [solidLook, lightLook] = await Promise.all(
      ['.term-attested', '.term-extension'].map((selector) =>
        blinkenRow.locator(selector).evaluate((e) => {
          const style = e.ownerDocument.defaultView?.getComputedStyle(e);
          return { background: style?.backgroundColor, border: style?.borderTopStyle };
        }),
      ),
    );
    assert.notDeepEqual(solidLook, lightLook, 'attested and extended parts look different');
    assert.equal(lightLook?.border, 'dashed', 'the extension differs by more than colour');
    // The words are the accessible part; the bars, pictures of them, are hidden from screen readers.
    assert.equal(await blinkenRow.locator('.timeline-track').getAttribute('aria-hidden'), 'true');
    assert.equal(await chart.locator('.timeline-axis').getAttribute('aria-hidden'), 'true');
    assert.deepEqual(await page.evaluate('window.__violations'), [], 'no Content-Security-Policy violation');
    await page.screenshot({ path: join(SHOTS, 'parley-office.png'), fullPage: true });
  });

  test('a holder links to their entity page', async () => {
    const blinken = history.terms[0]!;
    const link = page.getByTestId('term-holder').first();
    assert.equal(await link.getAttribute('href'), entityHash(blinken.id));
    await link.click();
    await until('the entity page', () => text('[data-testid="entity-name"]'), (t) => t === blinken.name);
    assert.equal(await hash(), entityHash(blinken.id));
  });

  test("an entity page's role links to its office page, by keyboard too, and Back returns", async () => {
    const blinken = history.terms[0]!;
    const detail = (await (await fetch(`${server.url}/api/entities/${encodeURIComponent(blinken.id)}`)).json()) as EntityDetail;
    const withOwner = detail.roles.filter((r) => r.of !== null);
    assert.ok(withOwner.some((r) => r.title === TITLE && r.of === OF), 'Blinken holds the office in the API');
    const links = page.getByTestId('entity-roles').getByTestId('role-office-link');
    await until('the role links', () => links.count(), (n) => n === withOwner.length);
    const link = page.getByRole('link', { name: `${TITLE}, ${OF}: every holder` });
    assert.equal(await link.getAttribute('href'), officeHash(TITLE, OF));
    assert.equal(await link.textContent(), TITLE, 'the table still shows the title as text');

    await link.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(`${TITLE}, ${OF}`);
    assert.equal(await hash(), '#/office?title=Secretary%20of%20State&of=United%20States');
    const back = page.getByRole('link', { name: `← Back to ${blinken.name}` });
    assert.equal(await back.getAttribute('href'), entityHash(blinken.id));
    await back.click();
    await until('the entity page again', () => text('[data-testid="entity-name"]'), (t) => t === blinken.name);
  });

  test("an unknown title shows the API's message inline; so does a missing owner", async () => {
    for (const [title, of] of [
      [UNKNOWN, 'Narnia'],
      ['Prime Minister', null],
    ] as const) {
      const response = await fetch(`${server.url}${apiQuery(title, of)}`);
      assert.equal(response.status, 400);
      const { error } = (await response.json()) as ErrorBody;
      await page.goto(`${server.url}/${officeHash(title, of)}`);
      await until(`the error for ${title}`, () => text('[data-testid="office-error"]'), (t) => t === error.message);
      assert.equal(await text('h1'), of ? `${title}, ${of}` : title);
      assert.equal(await page.getByTestId('office-table').count(), 0);
    }
  });

  test('an office nobody holds in the documents says so in one line', async () => {
    await page.goto(`${server.url}/${officeHash('Prime Minister', 'Narnia')}`);
    await until('the empty message', () => text('[data-testid="office-empty"]'), (t) => t === 'The documents name no holder of Prime Minister, Narnia.');
    assert.equal(await page.getByTestId('office-timeline').count(), 0);
  });

  test('at 400px wide the page fits and keeps its facts', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    await page.goto(`${server.url}/${officeHash(TITLE, OF)}`);
    await waitForHeading(`${TITLE}, ${OF}`);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 400, `no sideways scrolling at 400px (page is ${width}px wide)`);
    assert.ok(await page.getByTestId('term-until').first().isVisible());
    assert.ok(await page.getByTestId('office-timeline').locator('.term-dates').first().isVisible());
    await page.screenshot({ path: join(SHOTS, 'parley-office-400.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('nothing went wrong along the way', async () => {
    const { badResponses, consoleErrors, problems } = trouble;
    // The two deliberate bad requests answer 400; Chromium logs each such response as a console error.
    const expected = (line: string) => line.startsWith('400 ') && line.includes('/api/offices?');
    assert.deepEqual(badResponses.filter((line) => !expected(line)), [], 'no other failed responses');
    assert.equal(badResponses.filter(expected).length, 2, 'the unknown title and the missing owner were answered with 400');
    const unexpected = consoleErrors.filter((m) => !(m.text().includes('status of 400') && m.location().url.includes('/api/offices')));
    assert.deepEqual(unexpected.map((m) => `${m.text()} (${m.location().url})`), []);
    // A goto aborts whatever the previous page was still loading (the favicon, say): that is no fault of the page.
    assert.deepEqual(problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), []);
    assert.deepEqual(await page.evaluate('window.__violations'), [], 'no Content-Security-Policy violation');
  });
});
