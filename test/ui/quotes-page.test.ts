// Quotes in the web UI, in real headless Chromium against the real server
// over a :memory: store holding test/ui/quote-fixtures/ (written for these
// tests): a Foreign Minister's release with two quotes, a story the next day
// reprinting one of them word for word, a story four days later rewording
// it, with an observer's unattributed remark, and a Trade Minister's release.
//
// What the pages show is checked against what the API says (offsets,
// speakers, totals), so the test follows the quote stage as it improves; only
// facts any reasonable quote finder gets from these fixtures are asserted
// outright (the release quotes Winston Peters; Todd McClay is quoted once).
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-quotes-doc.png,
// parley-quotes.png, parley-quotes-person.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { DocumentDetail, QuotePage, QuoteRow, SearchPage } from '../../web/src/api-types.js';
import { markLayers, splitByMarks } from '../../web/src/highlight.js';
import { paragraphSpans, paragraphs } from '../../web/src/paragraphs.js';
import { ENTITY_QUOTES_SHOWN, EMPTY_QUOTE_LIST, quoteListApiParams, quoteTip, speakerQuotes, withQuoteChanges, type QuoteListState } from '../../web/src/quote-state.js';
import { documentHash, entityHash, quoteClusterHash, quotesHash } from '../../web/src/router.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openQuoteSession, type QuoteUiSession } from './quote-session.js';

const RELEASE_TITLE = 'More patrol hours for Pacific fisheries';
const OCEANS = 'Healthy oceans are the foundation of Pacific prosperity';
const PETERS = 'person:winston-peters';
/** A query the search syntax refuses (an unclosed phrase): its 400 is expected. */
const UNCLOSED = '"oceans';

describe('quotes in Chromium', { skip, timeout: 180_000 }, () => {
  let ui: QuoteUiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let get: QuoteUiSession['get'];
  let release: DocumentDetail;
  let oceans: QuoteRow;

  const hash = () => page.evaluate<string>('location.hash');
  const total = async () => Number(await page.getByTestId('quotes-total').getAttribute('data-total').catch(() => null));
  const rowIds = (rows: Locator) => rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-quote-id')));
  const apiList = (state: QuoteListState) => get<QuotePage>(`/api/quotes?${quoteListApiParams(state)}`);
  /** Waits until the page lists exactly what the API lists for `state`, in its order. */
  async function showsList(state: QuoteListState): Promise<QuotePage> {
    const expected = await apiList(state);
    await until(`the list for ${quotesHash(state)}`, async () => JSON.stringify([await total(), await rowIds(page.getByTestId('quote-row'))]), (seen) => seen === JSON.stringify([expected.total, expected.results.map((q) => q.id)]));
    return expected;
  }

  before(async () => {
    ui = await openQuoteSession();
    ({ server, page, trouble, get } = ui);
  });

  after(() => ui?.close());

  test('the API gives the release its quotes, spoken by Winston Peters', async () => {
    const hits = await get<SearchPage>('/api/search?limit=50');
    const hit = hits.results.find((r) => r.title === RELEASE_TITLE);
    assert.ok(hit, 'the release is stored');
    release = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(hit.id)}`);
    const quotes = release.quotes ?? [];
    assert.ok(quotes.length >= 2, `the release has its two quotes; got ${JSON.stringify(quotes.map((q) => q.text))}`);
    const found = quotes.find((q) => q.text.startsWith(OCEANS));
    assert.ok(found, 'the oceans quote is found');
    oceans = found;
    assert.equal(release.text.slice(oceans.start, oceans.end), oceans.text, 'its offsets hold its text');
    assert.equal(oceans.speaker?.id, PETERS);
    assert.ok(oceans.cluster, 'the story the next day carries it word for word, so it has a cluster');
    assert.ok(oceans.clusterSize >= 2);
  });

  test('a document marks each quote exactly, with entity mentions inside, and lists them', async () => {
    await page.goto(`${server.url}/${documentHash(release.id)}`);
    await page.getByTestId('doc-title').waitFor();
    const quotes = markLayers(release.text, release.quotes ?? []).flat();
    assert.ok(quotes.length >= 2);
    const spans = paragraphSpans(release.text, release.segments?.paragraphs);
    for (const quote of quotes) {
      // A quote may be cut by a paragraph break or a reused stretch; its pieces, together, are exactly its words.
      const expected = spans.flatMap((span) => splitByMarks(release.text, span, [quote]).filter((piece) => piece.mark !== null).map((piece) => piece.text)).join('');
      const pieces = page.locator(`[data-testid="doc-text"] [data-testid="quote-mark"][data-quote-id="${quote.id}"]`);
      const drawn = (await pieces.allTextContents()).join('');
      assert.equal(drawn, expected, `quote ${quote.id} covers exactly its words`);
      assert.equal(await pieces.first().getAttribute('title'), quoteTip(quote), 'its tooltip names the speaker, the cue and the kind');
    }
    // Marking quotes (and their cluster badges) changes no word of the text.
    assert.deepEqual(await page.locator('[data-testid="doc-text"] p').allTextContents(), paragraphs(release.text, release.segments?.paragraphs));

    const mark = page.locator(`[data-testid="doc-text"] [data-testid="quote-mark"][data-quote-id="${oceans.id}"]`).first();
    const inside = mark.getByTestId('entity-mention');
    assert.ok((await inside.count()) >= 1, 'the places named inside the quote are still marked, inside it');
    const [quoteStyle, entityStyle] = await Promise.all([mark, inside.first()].map((l) => l.evaluate((e) => {
      const style = e.ownerDocument.defaultView!.getComputedStyle(e);
      return `${style.backgroundImage} | ${style.backgroundColor} | ${style.borderBottomStyle}`;
    })));
    assert.match(quoteStyle ?? '', /gradient/, 'a quote is a band under the words');
    assert.notEqual(quoteStyle, entityStyle, 'and looks unlike an entity mention');

    // Hovering the quote's first word: the element under the pointer is the quote, whose title says who spoke.
    // A quote over several lines has a box wider than its first line, so the pointer goes to its first line's box.
    await mark.scrollIntoViewIfNeeded();
    const line = await mark.evaluate((e) => {
      const box = e.getClientRects()[0]!;
      return { x: box.left + 4, y: box.top + box.height / 2 };
    });
    await page.mouse.move(line.x, line.y);
    // Browser-side code as a string: the tests compile without the DOM library.
    const hovered = await page.evaluate<{ title: string | null; speaker: string | null }>(`(() => {
      const under = [...document.querySelectorAll(':hover')].pop();
      const quote = under && under.closest('[data-testid="quote-mark"]');
      return { title: quote ? quote.getAttribute('title') : null, speaker: quote ? quote.getAttribute('data-speaker-id') : null };
    })()`);
    assert.equal(hovered.speaker, PETERS);
    assert.match(hovered.title ?? '', /^Winston Peters \(says\) · direct quote/);

    // The quotes section lists them in text order with the speaker; the cluster badge links to the cluster.
    const listed = page.getByTestId('doc-quotes').getByTestId('quote-row');
    assert.deepEqual(await rowIds(listed), (release.quotes ?? []).map((q) => q.id));
    assert.equal(await listed.first().getByTestId('quote-speaker').textContent(), release.quotes?.[0]?.speaker?.name ?? 'Unattributed');
    const badge = page.locator(`[data-quote-id="${oceans.id}"] [data-testid="quote-cluster-link"]`);
    assert.equal(await badge.count(), 1, 'one badge, at the end of the quote');
    assert.equal(await badge.getAttribute('href'), quoteClusterHash(oceans.cluster!));
    assert.equal(await badge.textContent(), '', 'the badge draws its count; it adds no text');
    await page.screenshot({ path: join(SHOTS, 'parley-quotes-doc.png'), fullPage: true });
    await badge.click();
    await page.getByTestId('quote-cluster').waitFor();
    assert.equal(await hash(), quoteClusterHash(oceans.cluster!));
    await page.getByRole('link', { name: '← Back to document' }).click();
    await page.getByTestId('doc-title').waitFor();
    assert.equal(await hash(), documentHash(release.id));
  });

  test('an unattributed quote says so on hover', async (t) => {
    const all = await apiList(EMPTY_QUOTE_LIST);
    // "one fisheries observer said": no one the documents name.
    const nobody = all.results.find((q) => q.speaker === null);
    if (!nobody) {
      t.skip(`the quote stage attributed every quote in the fixtures: ${JSON.stringify(all.results.map((q) => [q.text.slice(0, 30), q.speaker?.name]))}`);
      return;
    }
    await page.goto(`${server.url}/${documentHash(nobody.document.id)}`);
    const mark = page.locator(`[data-testid="doc-text"] [data-quote-id="${nobody.id}"]`).first();
    await mark.waitFor();
    assert.match((await mark.getAttribute('title')) ?? '', /^Unattributed · /);
    assert.equal(await mark.getAttribute('data-speaker-id'), null);
  });

  test('the quotes page lists every quote newest first, and the filters narrow it', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('nav-quotes').click();
    const everything = await showsList(EMPTY_QUOTE_LIST);
    assert.equal(await hash(), '#/quotes');
    assert.equal(await page.getByTestId('nav-quotes').getAttribute('aria-current'), 'page');
    assert.ok(everything.total >= 4, `the fixtures give at least 4 quotes (got ${everything.total})`);
    const dates = everything.results.map((q) => q.document.published ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    // A row: the words, the speaker (to their page), the date, the outlet, the document and the cluster's size.
    const first = page.getByTestId('quote-row').first();
    const top = everything.results[0]!;
    assert.equal(await first.getByTestId('quote-text').textContent(), top.text);
    assert.equal(await first.getByTestId('quote-document').getAttribute('href'), documentHash(top.document.id));
    assert.equal(await first.getByTestId('quote-date').getAttribute('datetime'), top.document.published);
    const oceansRow = page.locator(`[data-testid="quote-row"][data-quote-id="${oceans.id}"]`);
    assert.equal(await oceansRow.getByTestId('quote-speaker').getAttribute('href'), entityHash(PETERS));
    assert.equal(await oceansRow.getByTestId('quote-cluster-size').getAttribute('href'), quoteClusterHash(oceans.cluster!));
    assert.equal(await oceansRow.getByTestId('quote-cluster-size').textContent(), `In ${oceans.clusterSize} documents`);
    await page.screenshot({ path: join(SHOTS, 'parley-quotes.png'), fullPage: true });

    // A speaker by name, typed and submitted.
    await page.getByTestId('quotes-speaker').fill('Todd McClay');
    await page.getByTestId('quotes-apply').click();
    const mcclay = withQuoteChanges(EMPTY_QUOTE_LIST, { speaker: 'Todd McClay' });
    const his = await showsList(mcclay);
    assert.equal(await hash(), quotesHash(mcclay));
    assert.ok(his.total >= 1 && his.total < everything.total, `the speaker narrows the list (${his.total} of ${everything.total})`);
    for (const id of await page.getByTestId('quote-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-speaker-id')))) assert.equal(id, 'person:todd-mcclay');

    // Back to everyone, then a kind of document: a checkbox applies at once.
    await page.getByRole('link', { name: /Remove filter Speaker/ }).click();
    await showsList(EMPTY_QUOTE_LIST);
    await page.getByTestId('quotes-kind-news').check();
    const news = withQuoteChanges(EMPTY_QUOTE_LIST, { kind: ['news'] });
    const stories = await showsList(news);
    assert.ok(stories.total >= 2 && stories.total < everything.total, 'news narrows the list');
    assert.ok(stories.results.every((q) => q.document.kind === 'news'));

    // The words box, with a date: the address carries both, and a reload shows the same list.
    await page.getByTestId('quotes-contains').fill('oceans');
    await page.getByTestId('quotes-contains').press('Enter');
    const words = withQuoteChanges(news, { contains: 'oceans' });
    const withWords = await showsList(words);
    assert.ok(withWords.total >= 1 && withWords.total <= stories.total);
    await page.getByTestId('quotes-from').fill('2024-09-12');
    const later = withQuoteChanges(words, { from: '2024-09-12' });
    await showsList(later);
    assert.equal(await hash(), quotesHash(later));
    await page.reload();
    await showsList(later);
    assert.equal(await page.getByTestId('quotes-contains').inputValue(), 'oceans');
    assert.equal(await page.getByTestId('quotes-from').inputValue(), '2024-09-12');
    assert.equal(await page.getByTestId('quotes-kind-news').isChecked(), true);
  });

  test('an office finds whoever held it on each quote’s date', async () => {
    const office = withQuoteChanges(EMPTY_QUOTE_LIST, { role: 'Minister of Foreign Affairs', of: 'New Zealand' });
    const expected = await apiList(office);
    await page.goto(`${server.url}/${quotesHash(office)}`);
    await showsList(office);
    assert.equal(await page.getByTestId('quotes-role').inputValue(), 'Minister of Foreign Affairs');
    assert.equal(await page.getByTestId('quotes-of').inputValue(), 'New Zealand');
    assert.ok(expected.results.every((q) => q.speaker?.id !== 'person:todd-mcclay'), 'the Trade Minister is not the Foreign Minister');
  });

  test('nothing matching, and words the search syntax refuses, each say so', async () => {
    const none = withQuoteChanges(EMPTY_QUOTE_LIST, { contains: 'zebra' });
    await page.goto(`${server.url}/${quotesHash(none)}`);
    await until('the empty state', () => page.getByTestId('quotes-empty').textContent().catch(() => ''), (t) => (t ?? '').includes('No quote matches these filters.'));
    assert.equal(await total(), 0);
    assert.equal(await page.getByTestId('quote-row').count(), 0);

    await page.getByTestId('quotes-contains').fill(UNCLOSED);
    await page.getByTestId('quotes-contains').press('Enter');
    const error = page.getByTestId('quotes-error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /Query syntax/);
    assert.equal(await error.locator('.error-at').count(), 1, 'the failing position is marked');
    assert.equal(await page.getByTestId('quotes-contains').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByTestId('quote-row').count(), 0);
    // Fixing the words clears the error.
    await page.getByTestId('quotes-contains').fill('oceans');
    await page.getByTestId('quotes-contains').press('Enter');
    await until('the error cleared', () => error.isHidden(), (hidden) => hidden);
  });

  test('a person’s page shows their latest quotes and links to the rest', async () => {
    const theirs = await get<QuotePage>(`/api/quotes?${quoteListApiParams(speakerQuotes(PETERS), ENTITY_QUOTES_SHOWN)}`);
    await page.goto(`${server.url}/${entityHash(PETERS)}`);
    const section = page.getByTestId('entity-quotes');
    await section.waitFor();
    const rows = section.getByTestId('quote-row');
    assert.deepEqual(await rowIds(rows), theirs.results.map((q) => q.id), 'newest first, as the API gives them');
    assert.equal(await rows.getByTestId('quote-speaker').count(), 0, 'the speaker goes without saying on their own page');
    assert.equal(Number(await section.locator('.total').getAttribute('data-total')), theirs.total);
    await page.screenshot({ path: join(SHOTS, 'parley-quotes-person.png'), fullPage: true });
    await section.getByTestId('entity-quotes-all').click();
    await showsList(speakerQuotes(PETERS));
    assert.equal(await hash(), quotesHash(speakerQuotes(PETERS)));
    assert.equal(await page.getByTestId('quotes-speaker').inputValue(), 'Winston Peters', 'the box shows the name for the id');
  });

  test('at 400px wide the quotes page fits', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    for (const route of [quotesHash(), documentHash(release.id)]) {
      await page.goto(`${server.url}/${route}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      assert.ok(width <= 400, `no sideways scrolling at 400px on ${route} (page is ${width}px wide)`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('nothing went wrong along the way', () => {
    const { badResponses, consoleErrors, problems } = trouble;
    // The refused words answer 400; Chromium logs that response as a console error.
    const expected = (line: string) => line.startsWith('400 ') && line.includes(`/api/quotes?contains=${UNCLOSED}`);
    assert.deepEqual(badResponses.filter((line) => !expected(line)), [], 'no other failed responses');
    assert.ok(badResponses.some(expected), 'the refused words were answered with 400');
    const unexpected = consoleErrors.filter((m) => !(m.text().includes('status of 400') && m.location().url.includes('/api/quotes')));
    assert.deepEqual(unexpected.map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});
