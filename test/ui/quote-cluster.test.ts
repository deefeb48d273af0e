// One quote across outlets (#/quote-cluster/<id>), in real headless Chromium
// against the real server over test/ui/quote-fixtures/: the Foreign
// Minister's oceans quote, released on 10 September 2024, reprinted word for
// word by the Pacific Daily Herald on the 11th and reworded ("our prosperity",
// "our neighbours") by the Island Times on the 14th.
//
// Members, dates and lags are checked against the API; the word marks
// against web/src/word-diff.ts run on the API's texts (its own cases are in
// quote-diff.test.ts). Only what any quote clustering must find here is
// asserted outright: the release is the earliest, and the Herald ran it one
// day later.
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-quote-cluster.png,
// parley-quote-cluster-400.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { QuoteCluster, QuotePage } from '../../web/src/api-types.js';
import { formatDate } from '../../web/src/format.js';
import { EMPTY_QUOTE_LIST, quoteListApiParams, withQuoteChanges } from '../../web/src/quote-state.js';
import { formatLag } from '../../web/src/reuse-state.js';
import { documentHash, quoteClusterHash, quotesHash } from '../../web/src/router.js';
import { diffWords } from '../../web/src/word-diff.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openQuoteSession, type QuoteUiSession } from './quote-session.js';

const OCEANS = 'Healthy oceans are the foundation of Pacific prosperity';
/** No cluster has this id: its 404 is the one expected failed response. */
const UNKNOWN = 'qc-no-such-cluster';

describe('a quote cluster in Chromium', { skip, timeout: 180_000 }, () => {
  let ui: QuoteUiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let get: QuoteUiSession['get'];
  let cluster: QuoteCluster;

  const hash = () => page.evaluate<string>('location.hash');
  const members = () => page.getByTestId('cluster-member');

  before(async () => {
    ui = await openQuoteSession();
    ({ server, page, trouble, get } = ui);
  });

  after(() => ui?.close());

  test('the API clusters the oceans quote: the release first, the Herald a day later', async () => {
    const found = await get<QuotePage>(`/api/quotes?${quoteListApiParams(withQuoteChanges(EMPTY_QUOTE_LIST, { contains: '"healthy oceans"' }), 50)}`);
    const inRelease = found.results.find((q) => q.document.kind === 'release' && q.text.startsWith(OCEANS));
    assert.ok(inRelease?.cluster, `the release's oceans quote has a cluster; got ${JSON.stringify(found.results.map((q) => [q.document.source, q.cluster]))}`);
    cluster = await get<QuoteCluster>(`/api/quotes/clusters/${encodeURIComponent(inRelease.cluster)}`);
    assert.equal(cluster.id, inRelease.cluster);
    assert.equal(cluster.size, cluster.members.length);
    assert.ok(cluster.size >= 2);
    assert.equal(cluster.earliest.id, inRelease.document.id, 'the release is the earliest');
    assert.equal(cluster.members[0]?.document.id, inRelease.document.id, 'members come oldest first');
    const herald = cluster.members.find((m) => m.document.source === 'Pacific Daily Herald');
    assert.ok(herald, 'the Herald reprinted it');
    assert.equal(herald.lagDays, 1);
    assert.equal(herald.text, inRelease.text, 'word for word');
  });

  test('the page lists the members oldest first with outlet, date and lag', async () => {
    await page.goto(`${server.url}/${quotesHash()}`);
    await page.locator(`[data-testid="quote-row"] [href="${quoteClusterHash(cluster.id)}"]`).first().click();
    await page.getByTestId('quote-cluster').waitFor();
    assert.equal(await hash(), quoteClusterHash(cluster.id));
    assert.equal(await page.getByTestId('cluster-title').textContent(), `One quote in ${cluster.size} documents`);
    assert.equal(await page.title(), `Quote in ${cluster.size} documents · Parley`);

    await until('every member', () => members().count(), (n) => n === cluster.members.length);
    assert.deepEqual(await members().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document-id'))), cluster.members.map((m) => m.document.id), 'in the API’s order, oldest first');
    const dates = await members().getByTestId('member-date').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    assert.deepEqual(dates, [...dates].sort(), 'dates never go backwards');
    assert.deepEqual(await members().getByTestId('member-source').allTextContents(), cluster.members.map((m) => m.document.source ?? 'Outlet unknown'));
    assert.deepEqual(await members().getByTestId('member-date').allTextContents(), cluster.members.map((m) => (m.document.published ? formatDate(m.document.published) : 'Date unknown')));
    const lags = await members().getByTestId('member-lag').allTextContents();
    assert.deepEqual(lags, cluster.members.map((m, i) => (i === 0 ? 'earliest' : m.lagDays === null ? 'lag unknown' : formatLag(m.lagDays))));
    const heraldRow = members().and(page.locator(`[data-lag="1"]`));
    assert.ok((await heraldRow.count()) >= 1);
    assert.equal(await heraldRow.first().getByTestId('member-source').textContent(), 'Pacific Daily Herald');
    assert.equal(await heraldRow.first().getByTestId('member-lag').textContent(), '1 day later');
    // Each member links to its document.
    assert.deepEqual(await members().getByTestId('member-document').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), cluster.members.map((m) => documentHash(m.document.id)));
  });

  test('each telling is shown whole, with the words that differ from the earliest marked', async () => {
    const earliest = cluster.members[0]!;
    const texts = members().getByTestId('member-text');
    assert.deepEqual(await texts.allTextContents(), cluster.members.map((m) => m.text), 'marks change no word');
    assert.equal(await texts.first().getByTestId('diff-changed').count(), 0, 'the earliest is the baseline');
    for (const [i, member] of cluster.members.entries()) {
      if (i === 0) continue;
      const expected = diffWords(earliest.text, member.text).pieces.flatMap((p) => (p.kind === 'changed' ? [p.text] : []));
      assert.deepEqual(await texts.nth(i).getByTestId('diff-changed').allTextContents(), expected, `${member.document.source}: the changed words`);
    }
    const herald = cluster.members.findIndex((m) => m.document.source === 'Pacific Daily Herald');
    assert.equal(await texts.nth(herald).getByTestId('diff-changed').count(), 0, 'a word-for-word reprint has nothing marked (quote marks and case do not count)');
    const reworded = cluster.members.findIndex((m) => m.document.source === 'Island Times');
    if (reworded >= 0) {
      // Clustered despite the rewording: "our prosperity", "our neighbours".
      assert.deepEqual(await texts.nth(reworded).getByTestId('diff-changed').allTextContents(), ['our', 'our']);
      assert.match((await texts.nth(reworded).getByTestId('diff-changed').first().getAttribute('title')) ?? '', /Pacific/, 'the mark says what the earliest had');
    }
  });

  test('the strip places each dated member in time, earliest at the left', async () => {
    const points = page.getByTestId('strip-point');
    const dated = cluster.members.filter((m) => m.document.published);
    assert.equal(await points.count(), dated.length);
    const at = (await points.evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('data-at')))));
    assert.deepEqual(at, [...at].sort((a, b) => a - b), 'in time order');
    assert.equal(at[0], 0);
    assert.equal(at[at.length - 1], 1, 'the latest at the right');
    // The Herald, one day into a cluster that spans `days`, sits 1/days along.
    const days = cluster.members.reduce((most, m) => Math.max(most, m.lagDays ?? 0), 0);
    const heraldIndex = cluster.members.findIndex((m) => m.document.source === 'Pacific Daily Herald');
    assert.ok(Math.abs(at[heraldIndex]! - 1 / days) < 0.001, `the Herald at ${at[heraldIndex]}, expected ${1 / days}`);
    const boxes = await Promise.all([0, 1].map((i) => points.nth(i).boundingBox()));
    assert.ok(boxes[0] && boxes[1] && boxes[1].x > boxes[0].x, 'drawn left to right');
    assert.equal(await page.getByTestId('quote-strip').locator('[aria-hidden="true"]').count(), 1, 'the strip is a picture of the list, hidden from screen readers');
    await page.screenshot({ path: join(SHOTS, 'parley-quote-cluster.png'), fullPage: true });
  });

  test('back returns to the page that opened the cluster; an unknown cluster says so', async () => {
    await page.getByRole('link', { name: '← Back to quotes' }).click();
    await page.getByTestId('quotes-list').waitFor();
    assert.equal(await hash(), quotesHash());

    await page.goto(`${server.url}/${quoteClusterHash(UNKNOWN)}`);
    await until('the not-found heading', async () => (await page.getByTestId('cluster-title').textContent().catch(() => '')) ?? '', (t) => t === 'No such quote cluster');
    assert.match((await page.getByTestId('cluster-error').textContent()) ?? '', new RegExp(UNKNOWN));
  });

  test('at 400px wide the cluster page fits', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    await page.goto(`${server.url}/${quoteClusterHash(cluster.id)}`);
    await page.getByTestId('quote-cluster').waitFor();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 400, `no sideways scrolling at 400px (page is ${width}px wide)`);
    await page.screenshot({ path: join(SHOTS, 'parley-quote-cluster-400.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('nothing went wrong along the way', () => {
    const { badResponses, consoleErrors, problems } = trouble;
    const expected = (line: string) => line.startsWith('404 ') && line.endsWith(`/api/quotes/clusters/${UNKNOWN}`);
    assert.deepEqual(badResponses.filter((line) => !expected(line)), [], 'no other failed responses');
    assert.ok(badResponses.some(expected), 'the unknown cluster was answered with 404');
    const unexpected = consoleErrors.filter((m) => !(m.text().includes('status of 404') && m.location().url.includes(UNKNOWN)));
    assert.deepEqual(unexpected.map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});
