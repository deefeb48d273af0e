// Text reuse in the web UI, in real headless Chromium against the real server
// over a :memory: store holding the fixtures beside this file. Two of them are
// reprints, written for these tests as an outlet would: news-nato-partners-
// brussels.txt takes most of 2024-04-04-nato-foreign-ministers.md (a new lead,
// "Mr Peters says" → "he said", curly quotes, one paragraph dropped, one added,
// a closing paragraph of comment), and news-exporters-tariffs.txt quotes one
// paragraph of 2025-03-18-trade-mission-washington.md inside a longer story.
//
// What the pages show is checked against what the API says (shares, passages,
// offsets), so the test follows the reuse stage as it improves; only facts any
// reasonable aligner finds in these fixtures are asserted outright (the NATO
// story reprints the release; the tariff story shares under 40% of either).
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-reuse-doc.png
// (the release with its reprint), parley-reuse-pair.png (side by side),
// parley-reuse-pair-400.png (400 wide), parley-reuse.png (the index).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { DocumentDetail, ReusePage, ReusePair } from '../../web/src/api-types.js';
import { formatDate } from '../../web/src/format.js';
import { splitByMarks, usableMarks } from '../../web/src/highlight.js';
import { paragraphSpans, paragraphs } from '../../web/src/paragraphs.js';
import { documentHash, reuseHash, reusePairHash } from '../../web/src/router.js';
import { formatLag, formatShare, reusedSpans } from '../../web/src/reuse-state.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openUiSession, type UiSession } from './session.js';

const RELEASE = '2024-04-04-nato-foreign-ministers.md';
const STORY = 'news-nato-partners-brussels.txt';
const TRADE_RELEASE = '2025-03-18-trade-mission-washington.md';
/** A release nothing reprints. */
const UNREPRINTED = '2024-07-29-blinken-visit-wellington.md';

describe('text reuse in Chromium', { skip, timeout: 180_000 }, () => {
  let ui: UiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  const expectedMisses: string[] = [];
  /** Every pair the store holds, at any share. */
  let all: readonly ReusePair[];
  let nato: ReusePair;
  let release: DocumentDetail;
  let story: DocumentDetail;

  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 200, `GET ${path} answered ${response.status}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  }
  const hash = () => page.evaluate<string>('location.hash');
  const total = (testid: string) => async () => Number(await page.getByTestId(testid).first().getAttribute('data-total').catch(() => null));
  const rowIds = (rows: Locator) => rows.evaluateAll((elements) => elements.map((e) => `${e.getAttribute('data-source-id')}>${e.getAttribute('data-target-id')}`));
  const ids = (pairs: readonly ReusePair[]) => pairs.map((p) => `${p.source.id}>${p.target.id}`);
  const byPath = (pair: ReusePair, source: string, target: string) => pair.source.path.endsWith(`/${source}`) && pair.target.path.endsWith(`/${target}`);
  const documentAt = async (file: string) => {
    const found = all.flatMap((p) => [p.source, p.target]).find((d) => d.path.endsWith(`/${file}`));
    if (found) return get<DocumentDetail>(`/api/documents/${encodeURIComponent(found.id)}`);
    // A document in no pair: found by its title words through the search.
    const hits = await get<{ results: { id: string }[] }>(`/api/search?q=${encodeURIComponent('"Secretary of State visits Wellington"')}&limit=5`);
    for (const hit of hits.results) {
      const doc = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(hit.id)}`);
      if (doc.path.endsWith(`/${file}`)) return doc;
    }
    return assert.fail(`no document from ${file}`);
  };

  before(async () => {
    ui = await openUiSession();
    ({ server, page, trouble } = ui);
  });

  after(() => ui?.close());

  test('the API pairs the NATO release with the story that reprinted it', async () => {
    all = (await get<ReusePage>('/api/reuse?minShare=0&limit=1000')).pairs;
    const found = all.find((p) => byPath(p, RELEASE, STORY));
    assert.ok(found, `the release → story pair is stored; pairs: ${JSON.stringify(all.map((p) => [p.source.path, p.target.path]))}`);
    nato = found;
    release = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(nato.source.id)}`);
    story = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(nato.target.id)}`);
    assert.equal(nato.source.kind, 'release');
    assert.equal(nato.lagDays, 1, 'the story ran the day after the release');
    assert.ok(nato.sourceShare >= 0.6, `most of the release is in the story (${nato.sourceShare})`);
    assert.ok(nato.targetShare > 0.2 && nato.targetShare < 0.9, `the story adds text of its own (${nato.targetShare})`);
    assert.ok(nato.passages.length >= 1);
    const reprinted = nato.passages.map((p) => story.text.slice(p.target.start, p.target.end)).join(' ');
    assert.match(reprinted, /work more closely with NATO partners/);
    assert.ok(!reprinted.includes('Whether the closer ties'), 'the closing comment is the outlet’s own');
  });

  test('the release’s page lists the story with both shares and marks the reused text', async () => {
    const listed = await get<ReusePage>(`/api/documents/${encodeURIComponent(release.id)}/reuse?minShare=0.2`);
    await page.goto(`${server.url}/${documentHash(release.id)}`);
    const section = page.getByTestId('doc-reuse');
    const rows = section.getByTestId('reuse-reprinted-by').getByTestId('reuse-row');
    await until('the reprints', () => rows.count(), (n) => n === listed.pairs.filter((p) => p.source.id === release.id).length);
    assert.equal(await section.getByTestId('reuse-reprints').count(), 0, 'the release reprints nothing');

    const row = rows.and(page.locator(`[data-target-id="${story.id}"]`));
    assert.equal(await row.count(), 1, 'the story is listed once');
    const text = (await row.textContent()) ?? '';
    for (const part of [story.title ?? '', formatDate(story.published ?? ''), formatLag(1), 'Outlet unknown', `${formatShare(nato.sourceShare)} of this release appears in the story`, `making up ${formatShare(nato.targetShare)} of the story`]) {
      assert.ok(text.includes(part), `the row says "${part}"; it reads "${text}"`);
    }
    assert.equal(Number(await row.locator('[data-share="source"]').getAttribute('data-value')), nato.sourceShare);
    assert.equal(Number(await row.locator('[data-share="target"]').getAttribute('data-value')), nato.targetShare);
    assert.equal(await row.getByRole('link').getAttribute('href'), reusePairHash(release.id, story.id));

    // The reused stretches, cut at paragraph ends, exactly where the API's offsets put them.
    const spans = reusedSpans(release.id, listed.pairs, release.text.length);
    const expected = paragraphSpans(release.text, release.segments?.paragraphs).flatMap((span) =>
      splitByMarks(release.text, span, spans)
        .filter((piece) => piece.mark !== null)
        .map((piece) => piece.text),
    );
    const marks = page.locator('[data-testid="doc-text"] [data-testid="reuse-mark"]');
    assert.ok(expected.length > 0);
    assert.deepEqual(await marks.allTextContents(), expected);
    // Marking reuse changes no word, and the entity mentions survive inside the reused text.
    assert.deepEqual(await page.locator('[data-testid="doc-text"] p').allTextContents(), paragraphs(release.text, release.segments?.paragraphs));
    const entities = usableMarks(release.text, release.entities ?? []);
    const insideReuse = entities.filter((m) => spans.some((s) => s.start <= m.start && m.end <= s.end));
    assert.ok(insideReuse.length > 0, 'some entity is named inside a reused passage');
    const nested = page.locator('[data-testid="reuse-mark"] [data-testid="entity-mention"]');
    assert.ok((await nested.count()) >= insideReuse.length, 'mentions inside reused text are still marked');
    const [reuseBg, entityBg] = await Promise.all([
      marks.first().evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).backgroundColor),
      nested.first().evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).backgroundColor),
    ]);
    assert.notEqual(reuseBg, entityBg, 'reuse and entities look different');
    await page.screenshot({ path: join(SHOTS, 'parley-reuse-doc.png'), fullPage: true });
  });

  test('the story’s page lists the release it reprints', async () => {
    await page.goto(`${server.url}/${documentHash(story.id)}`);
    const rows = page.getByTestId('reuse-reprints').getByTestId('reuse-row');
    await until('the reprinted release', () => rows.count(), (n) => n >= 1);
    const row = rows.and(page.locator(`[data-source-id="${release.id}"]`));
    const text = (await row.textContent()) ?? '';
    assert.ok(text.includes(`${formatShare(nato.targetShare)} of this story comes from the release`), text);
    assert.ok(text.includes(formatLag(-1)), `seen from the story, the release came a day earlier: ${text}`);
    assert.equal(await page.getByTestId('reuse-reprinted-by').count(), 0);
    assert.ok((await page.locator('[data-testid="doc-text"] [data-testid="reuse-mark"]').count()) > 0);
  });

  test('a document nothing reprints says so in one line', async () => {
    const quiet = await documentAt(UNREPRINTED);
    assert.equal((await get<ReusePage>(`/api/documents/${encodeURIComponent(quiet.id)}/reuse`)).total, 0);
    await page.goto(`${server.url}/${documentHash(quiet.id)}`);
    await page.getByTestId('doc-title').waitFor();
    assert.equal(await page.getByTestId('reuse-none').textContent(), 'No reuse found above 20%.');
    assert.equal(await page.getByTestId('reuse-row').count(), 0);
    assert.equal(await page.getByTestId('reuse-mark').count(), 0);
  });

  test('side by side: both texts whole, passages numbered alike, each mark exactly the API’s span', async () => {
    await page.goto(`${server.url}/${documentHash(release.id)}`);
    await page.getByTestId('reuse-reprinted-by').locator(`[data-target-id="${story.id}"] a`).click();
    await page.getByTestId('reuse-pair').waitFor();
    assert.equal(await hash(), reusePairHash(release.id, story.id));

    const left = page.getByTestId('reuse-side-source');
    const right = page.getByTestId('reuse-side-target');
    // Every character of each text is on the page, once, in order.
    assert.equal(await left.getByTestId('reuse-text').textContent(), release.text);
    assert.equal(await right.getByTestId('reuse-text').textContent(), story.text);

    // Per passage, what the page holds from its first mark to its last (a passage
    // over several paragraphs is marked paragraph by paragraph), and what lies
    // between its marks unmarked.
    const shown = (side: Locator) =>
      side.getByTestId('reuse-text').evaluate((pane) => {
        const all = [...pane.querySelectorAll('[data-passage]')];
        const byNumber = new Map<number, typeof all>();
        for (const mark of all) {
          const n = Number(mark.getAttribute('data-passage'));
          byNumber.set(n, [...(byNumber.get(n) ?? []), mark]);
        }
        return [...byNumber].map(([n, marks]) => {
          const range = pane.ownerDocument.createRange();
          range.setStartBefore(marks[0]!);
          range.setEndAfter(marks[marks.length - 1]!);
          const nodes = [...pane.childNodes];
          const inside = nodes.slice(nodes.indexOf(marks[0]!), nodes.indexOf(marks[marks.length - 1]!) + 1);
          const between = inside.filter((node) => !(marks as unknown[]).includes(node)).map((node) => node.textContent).join('');
          return { n, text: range.toString(), between };
        });
      });
    const [onLeft, onRight] = await Promise.all([shown(left), shown(right)]);
    const numbers = nato.passages.map((_, i) => i + 1);
    assert.deepEqual(onLeft.map((p) => p.n), numbers, 'each passage is marked on the left, in order');
    assert.deepEqual(onRight.map((p) => p.n), numbers, 'and on the right: the same number of passages on both sides');
    // The span invariant: what is marked is text.slice(start, end) of the API's offsets.
    assert.deepEqual(onLeft.map((p) => p.text), nato.passages.map((p) => release.text.slice(p.source.start, p.source.end)));
    assert.deepEqual(onRight.map((p) => p.text), nato.passages.map((p) => story.text.slice(p.target.start, p.target.end)));
    for (const p of [...onLeft, ...onRight]) assert.equal(p.between.trim(), '', `only paragraph breaks go unmarked inside passage ${p.n}`);
    assert.equal(await left.locator('.passage-start').count(), nato.passages.length, 'one number per passage on the left');
    assert.equal(await right.locator('.passage-start').count(), nato.passages.length, 'and on the right');

    // The header: titles, dates, outlets, both shares and the lag.
    assert.equal(await left.locator('h2').textContent(), release.title);
    assert.equal(await right.locator('h2').textContent(), story.title);
    assert.match((await left.locator('.result-meta').textContent()) ?? '', new RegExp(`beehive\\.govt\\.nz.*${formatDate('2024-04-04')}`));
    assert.match((await right.locator('.result-meta').textContent()) ?? '', new RegExp(`Outlet unknown.*${formatDate('2024-04-05')}`));
    assert.equal(await page.getByTestId('reuse-source-share').textContent(), formatShare(nato.sourceShare));
    assert.equal(await page.getByTestId('reuse-target-share').textContent(), formatShare(nato.targetShare));
    assert.match((await page.getByTestId('reuse-lag').textContent()) ?? '', /1 day later/);
    assert.equal(await page.title(), `Reuse: ${release.title} → ${story.title} · Parley`);

    // Choosing passage 1 on the left marks its partner and brings it into view in its own column.
    await left.locator('[data-passage="1"]').first().click();
    const partner = right.locator('[data-passage="1"]').first();
    await until('the partner marked', () => partner.getAttribute('class'), (c) => (c ?? '').includes('is-current'));
    assert.ok(((await left.locator('[data-passage="1"]').first().getAttribute('class')) ?? '').includes('is-current'));
    const inView = () =>
      partner.evaluate((e) => {
        const pane = e.closest('[data-testid="reuse-text"]')!.getBoundingClientRect();
        const box = e.getBoundingClientRect();
        return box.top >= pane.top - 1 && box.top < pane.bottom;
      });
    await until('the partner in view', inView, (yes) => yes);
    // The two texts scroll on their own at this width.
    assert.equal(await right.getByTestId('reuse-text').evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).overflowY), 'auto');
    await page.screenshot({ path: join(SHOTS, 'parley-reuse-pair.png'), fullPage: true });

    // Back returns to the document that opened the pair.
    await page.getByRole('link', { name: '← Back to document' }).click();
    await page.getByTestId('doc-reuse').waitFor();
    assert.equal(await hash(), documentHash(release.id));
  });

  test('a pair named the wrong way round still shows the release first; unrelated documents say so', async () => {
    await page.goto(`${server.url}/${reusePairHash(story.id, release.id)}`);
    await page.getByTestId('reuse-pair').waitFor();
    assert.equal(await page.getByTestId('reuse-side-source').getByTestId('reuse-text').textContent(), release.text);

    const unrelated = await documentAt(UNREPRINTED);
    // Asking for the pair of two unrelated documents is answered 404: expected here, not trouble.
    expectedMisses.push(`/api/reuse/${release.id}/${unrelated.id}`);
    await page.goto(`${server.url}/${reusePairHash(release.id, unrelated.id)}`);
    await until('the no-reuse heading', async () => (await page.locator('h1').first().textContent()) ?? '', (t) => t === 'No reuse between these documents');
  });

  test('the index lists the pairs, and the threshold changes the list', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('nav-reuse').click();
    const at = (minShare: number) => get<ReusePage>(`/api/reuse?minShare=${minShare}&limit=50`);
    const twenty = await at(0.2);
    await until('the pairs total', total('reuse-total'), (n) => n === twenty.total);
    assert.equal(await hash(), '#/reuse');
    assert.equal(await page.getByTestId('nav-reuse').getAttribute('aria-current'), 'page');
    const rows = page.getByTestId('reuse-row');
    assert.deepEqual(await rowIds(rows), ids(twenty.pairs), 'the API’s pairs in its order');
    const trade = twenty.pairs.find((p) => p.source.path.endsWith(`/${TRADE_RELEASE}`));
    assert.ok(trade, 'the tariff story’s quote of the trade release is a pair at 20%');
    assert.ok(Math.max(trade.sourceShare, trade.targetShare) < 0.4, 'and under 40% either way');
    const natoRow = rows.and(page.locator(`[data-target-id="${story.id}"]`));
    const cells = await natoRow.locator('td').allTextContents();
    assert.ok(cells.includes(formatShare(nato.sourceShare)) && cells.includes(formatShare(nato.targetShare)) && cells.includes(formatLag(1)), JSON.stringify(cells));
    await page.screenshot({ path: join(SHOTS, 'parley-reuse.png'), fullPage: true });

    await page.getByTestId('reuse-min-share').selectOption('0.4');
    const forty = await at(0.4);
    assert.ok(forty.total < twenty.total, 'a higher threshold leaves fewer pairs');
    await until('the 40% total', total('reuse-total'), (n) => n === forty.total);
    assert.equal(await hash(), reuseHash({ minShare: 0.4, offset: 0 }));
    assert.deepEqual(await rowIds(rows), ids(forty.pairs));
    assert.equal(await rows.and(page.locator(`[data-source-id="${trade.source.id}"]`)).count(), 0, 'the tariff pair is gone');
    assert.equal(await natoRow.count(), 1, 'the NATO reprint stays');

    // Each row opens the pair side by side, and Back returns to the list as it was.
    await natoRow.getByTestId('reuse-compare').click();
    await page.getByTestId('reuse-pair').waitFor();
    assert.equal(await hash(), reusePairHash(release.id, story.id));
    await page.getByRole('link', { name: '← Back to reuse' }).click();
    await until('the 40% list again', total('reuse-total'), (n) => n === forty.total);
    assert.equal(await page.getByTestId('reuse-min-share').inputValue(), '0.4');
  });

  test('an offset in the address pages through the API', async () => {
    const later = await get<ReusePage>('/api/reuse?minShare=0.2&limit=50&offset=1');
    assert.ok(later.pairs.length >= 1, 'there is a second pair');
    await page.goto(`${server.url}/${reuseHash({ minShare: 0.2, offset: 1 })}`);
    const rows = page.getByTestId('reuse-row');
    await until('the second page', () => rowIds(rows), (shown) => shown.join() === ids(later.pairs).join());
    assert.match((await page.getByTestId('reuse-total').textContent()) ?? '', new RegExp(`2–${later.total} shown`));
  });

  test('at 400px wide the reuse pages fit, and the texts stack', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    for (const route of ['#/reuse', documentHash(release.id), reusePairHash(release.id, story.id)]) {
      await page.goto(`${server.url}/${route}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      assert.ok(width <= 400, `no sideways scrolling at 400px on ${route} (page is ${width}px wide)`);
    }
    const [left, right] = await Promise.all(['source', 'target'].map((side) => page.getByTestId(`reuse-side-${side}`).boundingBox()));
    assert.ok(left && right && right.y >= left.y + left.height - 1, 'the later text is under the earlier one');
    await page.screenshot({ path: join(SHOTS, 'parley-reuse-pair-400.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('nothing went wrong along the way', () => {
    const { badResponses, consoleErrors, problems } = trouble;
    assert.deepEqual(badResponses.filter((r) => !expectedMisses.some((path) => r === `404 ${server.url}${path}`)), []);
    const expected = (url: string) => expectedMisses.some((path) => url === `${server.url}${path}`);
    assert.deepEqual(consoleErrors.filter((m) => !expected(m.location().url)).map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});
