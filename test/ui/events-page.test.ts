// Engagements in the web UI (issue 15), in real headless Chromium against the
// real server over a :memory: store holding test/ui/event-fixtures/: Winston
// Peters meeting Antony Blinken in Washington (a release and a story the next
// day: one engagement, two reports), Penny Wong's planned trip to Tokyo,
// David Cameron's call with Mr Peters, Christopher Luxon meeting Joe Biden,
// a cancelled visit to Beijing and a State Department call readout.
//
// What the pages show is checked against what the API says (order, totals,
// offsets), so the tests follow the stages as they improve; only facts any
// reasonable engagement finder gets from these fixtures are asserted outright.
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-events.png,
// parley-events-doc.png, parley-events-person.png, parley-network.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { DocumentDetail, Engagement, EventNetwork, EventPage } from '../../web/src/api-types.js';
import type { EventFilterState } from '../../web/src/event-state.js';
import { ENTITY_EVENTS_SHOWN, EMPTY_EVENT_LIST, EMPTY_NETWORK, eventApiParams, groupByMonth, pairEvents, timeTip, withEventChanges, type EventListState } from '../../web/src/event-state.js';
import { layoutNetwork } from '../../web/src/network-layout.js';
import { paragraphs } from '../../web/src/paragraphs.js';
import { documentHash, entityHash, eventsHash, networkHash } from '../../web/src/router.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openEventSession, type EventUiSession } from './event-session.js';

const PETERS = 'person:winston-peters';
const BLINKEN = 'person:antony-blinken';

// Browser-side code is written as strings: the tests compile without the DOM library.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + event.sample);
  });`;

describe('engagements in Chromium', { skip, timeout: 240_000 }, () => {
  let ui: EventUiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let get: EventUiSession['get'];
  let all: EventPage;
  let washington: Engagement;

  const hash = () => page.evaluate<string>('location.hash');
  const total = async () => Number(await page.getByTestId('events-total').getAttribute('data-total').catch(() => null));
  const rowIds = (rows: Locator) => rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id')));
  const apiList = (state: EventListState) => get<EventPage>(`/api/events?${eventApiParams(state, 100)}`);
  /** Waits until the timeline lists exactly `expected`, in its order. */
  async function showsList(expected: EventPage, what: string): Promise<void> {
    const want = JSON.stringify([expected.total, expected.results.map((e) => e.id)]);
    await until(`the timeline for ${what}`, async () => JSON.stringify([await total(), await rowIds(page.locator('[data-testid="events-list"] [data-testid="event-row"]'))]), (seen) => seen === want);
  }

  before(async () => {
    ui = await openEventSession();
    ({ server, page, trouble, get } = ui);
    await page.addInitScript(RECORD_VIOLATIONS);
  });

  after(() => ui?.close());

  test('the API merges the Washington meeting from both reports and finds the others', async () => {
    all = await get<EventPage>('/api/events?limit=100');
    assert.ok(all.total >= 5, `the fixtures report at least five engagements; got ${JSON.stringify(all.results.map((e) => [e.type, e.date]))}`);
    const found = all.results.find((e) => e.type === 'meet' && e.participants.some((p) => p.id === PETERS) && e.participants.some((p) => p.id === BLINKEN));
    assert.ok(found, 'Peters met Blinken');
    washington = found;
    assert.equal(washington.sources.length, 2, 'the release and the story are one engagement');
    assert.equal(washington.date, '2024-04-11');
    assert.ok(all.results.some((e) => e.status === 'planned'), 'Penny Wong’s trip to Tokyo is planned');
    assert.ok(all.results.some((e) => e.status === 'cancelled'), 'the Beijing visit is cancelled');
    assert.ok(all.results.some((e) => e.level === 'leader'), 'Luxon and Biden are leaders');
  });

  test('the timeline lists every engagement in date order under its month', async () => {
    await page.goto(`${server.url}/${eventsHash()}`);
    await showsList(all, 'everything');
    assert.equal(await page.getByTestId('nav-events').getAttribute('aria-current'), 'page');
    const months = await page.getByTestId('event-month').evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-month'), e.querySelectorAll('[data-testid="event-row"]').length]));
    assert.deepEqual(months, groupByMonth(all.results).map((m) => [m.key, m.items.length]), 'one heading per month, in order');
    // Oldest first: each month once, in calendar order (a week or a month sorts by its first day, as the API does).
    const keys = groupByMonth(all.results).map((m) => m.key).filter((k) => k !== 'undated');
    assert.deepEqual(keys, [...new Set(keys)].sort(), 'oldest first');

    const row = page.locator(`[data-testid="event-row"][data-event-id="${washington.id}"]`);
    assert.equal(await row.getByTestId('event-date').textContent(), '11 Apr 2024');
    assert.equal(await row.getByTestId('event-type').textContent(), 'Meeting');
    assert.equal(await row.getByTestId('event-status').textContent(), 'Held');
    assert.equal(await row.getByTestId('event-level').textContent(), 'Ministers');
    assert.match((await row.getByTestId('event-place').textContent()) ?? '', /Washington/);
    assert.equal(await row.locator(`[data-testid="event-participant"][data-entity-id="${BLINKEN}"]`).getAttribute('href'), entityHash(BLINKEN));
    assert.equal(await row.getByTestId('event-source').count(), 2, 'both reports are listed');

    // Planned and cancelled look unlike held, and say so in words.
    const planned = all.results.find((e) => e.status === 'planned')!;
    const plannedRow = page.locator(`[data-testid="event-row"][data-event-id="${planned.id}"]`);
    assert.equal(await plannedRow.getByTestId('event-status').textContent(), 'Planned');
    const edge = (l: Locator) => l.evaluate((e) => e.ownerDocument.defaultView!.getComputedStyle(e).borderLeftStyle);
    assert.equal(await edge(row), 'solid');
    assert.equal(await edge(plannedRow), 'dashed');
    await page.screenshot({ path: join(SHOTS, 'parley-events.png'), fullPage: true });
  });

  test('filters by level, country, type and status through the address, and the form writes the address', async () => {
    for (const changes of [{ level: ['leader'] }, { country: ['Japan'] }, { type: ['call'] }, { status: ['cancelled'] }, { participant: [PETERS], type: ['meet', 'call'] }] as const) {
      const state = withEventChanges(EMPTY_EVENT_LIST, changes);
      const expected = await apiList(state);
      assert.ok(expected.total > 0 && expected.total < all.total, `${eventsHash(state)} narrows the list (got ${expected.total})`);
      await page.goto(`${server.url}/${eventsHash(state)}`);
      await showsList(expected, eventsHash(state));
      assert.ok((await page.locator('.chips .chip').count()) >= 1, 'the filters show as chips');
    }
    // A checkbox applies at once and lands in the address.
    await page.goto(`${server.url}/${eventsHash()}`);
    await showsList(all, 'everything');
    await page.getByTestId('events-status-planned').check();
    await until('status=planned in the address', hash, (h) => h === eventsHash(withEventChanges(EMPTY_EVENT_LIST, { status: ['planned'] })));
    await showsList(await apiList(withEventChanges(EMPTY_EVENT_LIST, { status: ['planned'] })), 'planned');
    // Removing the chip goes back to everything.
    await page.locator('.chips .chip').first().click();
    await until('the bare timeline', hash, (h) => h === '#/events');
    await showsList(all, 'everything again');
  });

  test('a report opens its document with the evidence highlighted, in view and focused', async () => {
    await page.goto(`${server.url}/${eventsHash()}`);
    await showsList(all, 'everything');
    const source = washington.sources[0]!;
    const link = page.locator(`[data-testid="event-row"][data-event-id="${washington.id}"] [data-testid="event-evidence"]`).first();
    assert.equal(await link.getAttribute('href'), documentHash(source.document.id, source.evidence));
    await link.click();
    await page.getByTestId('doc-title').waitFor();
    assert.equal(await hash(), documentHash(source.document.id, source.evidence));
    const marks = page.locator('[data-testid="doc-text"] [data-testid="evidence-mark"]');
    await until('the evidence marked', () => marks.count(), (n) => n > 0);
    assert.equal((await marks.allTextContents()).join(''), source.evidence.text, 'the mark covers exactly the evidence');
    assert.equal(await page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("data-testid")'), 'evidence-mark');
    assert.ok(await marks.first().isVisible());
    const inView = await marks.first().evaluate((e) => {
      const box = e.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= e.ownerDocument.defaultView!.innerHeight;
    });
    assert.ok(inView, 'scrolled into view');
    assert.equal(await page.locator('.doc-nav .back').textContent(), '← Back to engagements');
    await page.screenshot({ path: join(SHOTS, 'parley-events-doc.png'), fullPage: false });
  });

  test('dates in a document are marked with their value on hover, the text unchanged', async () => {
    const doc = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(washington.sources[0]!.document.id)}`);
    const times = (doc.times ?? []).filter((t) => doc.text.slice(t.start, t.end) === t.text);
    assert.ok(times.some((t) => t.text === 'today' && t.value === '2024-04-11'), `"today" is 11 April 2024; got ${JSON.stringify(doc.times)}`);
    await page.goto(`${server.url}/${documentHash(doc.id)}`);
    await page.getByTestId('doc-title').waitFor();
    const marks = page.locator('[data-testid="doc-text"] [data-testid="time-mark"]');
    assert.equal(await marks.count(), times.length, 'each time expression is marked');
    const today = marks.filter({ hasText: /^today$/ }).first();
    assert.equal(await today.getAttribute('title'), timeTip(times.find((t) => t.text === 'today')!));
    assert.match((await today.getAttribute('title')) ?? '', /11 Apr 2024/);
    assert.equal(await today.getAttribute('aria-label'), 'today (11 Apr 2024)');
    assert.equal(await today.getAttribute('datetime'), '2024-04-11');
    // The mark is what the pointer is over, and its title says the date.
    await today.hover();
    const hovered = await page.evaluate<string | null>(`(() => {
      const under = [...document.querySelectorAll(':hover')].pop();
      const time = under && under.closest('[data-testid="time-mark"]');
      return time ? time.getAttribute('title') : null;
    })()`);
    assert.match(hovered ?? '', /11 Apr 2024/);
    // Marking dates (inside quotes and beside mentions) changes no word of the text.
    assert.deepEqual(await page.locator('[data-testid="doc-text"] p').allTextContents(), paragraphs(doc.text, doc.segments?.paragraphs));
    assert.ok((await page.locator('[data-testid="doc-text"] [data-testid="entity-mention"]').count()) > 0, 'entity mentions are still marked');
  });

  test('a person’s page lists their latest engagements and links to their timeline', async () => {
    const expected = await get<EventPage>(`/api/events?participant=${encodeURIComponent(PETERS)}&order=desc&limit=${ENTITY_EVENTS_SHOWN}`);
    assert.ok(expected.total >= 3, 'Mr Peters met, was called, and cancelled');
    await page.goto(`${server.url}/${entityHash(PETERS)}`);
    const section = page.getByTestId('entity-events');
    await section.waitFor();
    assert.deepEqual(await rowIds(section.getByTestId('event-row')), expected.results.map((e) => e.id), 'newest first, as the API gives them');
    assert.equal(await section.locator(`[data-testid="event-participant"][data-entity-id="${PETERS}"]`).count(), 0, 'the person is not repeated in each row');
    await page.screenshot({ path: join(SHOTS, 'parley-events-person.png'), fullPage: true });
    await section.getByTestId('entity-events-all').click();
    await until('the timeline filtered to Mr Peters', hash, (h) => h === eventsHash(withEventChanges(EMPTY_EVENT_LIST, { participant: [PETERS] })));
    await showsList(await apiList(withEventChanges(EMPTY_EVENT_LIST, { participant: [PETERS] })), 'Mr Peters');
    await until('the box reads his name', () => page.getByTestId('events-participant').inputValue(), (v) => v === 'Winston Peters');
  });

  test('the network draws people and links, says counts on hover, opens a pair’s timeline, and switches to countries', async () => {
    const network = await get<EventNetwork>('/api/network?by=person');
    const layout = layoutNetwork(network);
    await page.goto(`${server.url}/${networkHash()}`);
    await until('the nodes', () => page.getByTestId('network-node').count(), (n) => n === layout.nodes.length);
    assert.equal(await page.getByTestId('network-edge').count(), layout.edges.length);
    assert.equal(await page.getByTestId('network-row').count(), layout.edges.length, 'the table lists every drawn link');
    assert.equal(await page.getByTestId('nav-network').getAttribute('aria-current'), 'page');
    assert.equal(await page.getByTestId('network-by-person').getAttribute('aria-current'), 'true');

    const pair = network.edges.find((e) => [e.source, e.target].sort().join() === [PETERS, BLINKEN].sort().join());
    assert.ok(pair, 'Peters and Blinken are linked');
    assert.ok(pair.weight >= 2, 'by the meeting and the call');
    const edge = page.locator(`[data-testid="network-edge"][data-source="${pair.source}"][data-target="${pair.target}"]`);
    const width = (l: Locator) => l.locator('.network-edge-line').evaluate((e) => Number(e.getAttribute('stroke-width')));
    const lightest = network.edges.find((e) => e.weight < pair.weight);
    if (lightest) assert.ok((await width(edge)) > (await width(page.locator(`[data-testid="network-edge"][data-source="${lightest.source}"][data-target="${lightest.target}"]`))), 'a heavier link is wider');
    // Focus (the keyboard's hover) says the count.
    await edge.focus();
    await until('the count in words', () => page.getByTestId('network-info').textContent(), (t) => /Winston Peters/.test(t ?? '') && /Antony Blinken/.test(t ?? '') && t!.includes(`${pair.weight} engagements together`));
    await page.locator(`[data-testid="network-node"][data-id="${PETERS}"]`).hover();
    await until('the node’s count', () => page.getByTestId('network-info').textContent(), (t) => /^Winston Peters: \d+ engagements?$/.test(t ?? ''));
    await page.screenshot({ path: join(SHOTS, 'parley-network.png'), fullPage: true });

    // The link opens the timeline of the two together: a click on the middle of its line.
    // (Browsers give a straight line a box with no height, so the pointer goes by the drawing's own coordinates.)
    const middle = await page.getByTestId('network-svg').evaluate((svg, e) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      return { x: box.left + ((e.x1 + e.x2) / 2) * scale, y: box.top + ((e.y1 + e.y2) / 2) * scale };
    }, layout.edges.find((e) => e.source === pair.source && e.target === pair.target)!);
    await page.mouse.click(middle.x, middle.y);
    const together = pairEvents('person', pair.source, pair.target);
    await until('the pair’s timeline', hash, (h) => h === eventsHash(together));
    const both = all.results.filter((e) => matchesAll(e, together));
    assert.equal(both.length, pair.weight);
    await showsList({ total: both.length, results: both }, 'the pair');

    // Countries.
    await page.goto(`${server.url}/${networkHash()}`);
    await page.getByTestId('network-node').first().waitFor();
    await page.getByTestId('network-by-country').click();
    await until('by=country in the address', hash, (h) => h === networkHash({ ...EMPTY_NETWORK, by: 'country' }));
    const countries = await get<EventNetwork>('/api/network?by=country');
    const countryLayout = layoutNetwork(countries);
    await until('the country nodes', () => page.getByTestId('network-node').evaluateAll((e) => e.map((n) => n.getAttribute('data-id')).sort().join()), (ids) => ids === countryLayout.nodes.map((n) => n.id).sort().join());
    assert.ok(countries.nodes.some((n) => n.label === 'New Zealand'));
    assert.equal(await page.getByTestId('network-edge').count(), countryLayout.edges.length);
    assert.equal(await page.getByTestId('network-by-country').getAttribute('aria-current'), 'true');
  });

  test('nothing broke the Content-Security-Policy, logged an error or failed', async () => {
    assert.deepEqual(await page.evaluate<string[]>('window.__violations ?? []'), []);
    const { badResponses, consoleErrors, problems } = trouble;
    assert.deepEqual(badResponses, []);
    assert.deepEqual(consoleErrors.map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});

/** The test's own reading of `match=all`: every listed participant (by id, or a name within a participant's name) and every listed country. */
function matchesAll(engagement: Engagement, state: EventFilterState): boolean {
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const people = engagement.participants.map((p) => ({ id: p.id, name: fold(p.name) }));
  const countries = new Set(engagement.countries.map(fold));
  const hasParticipant = (wanted: string) => people.some((p) => p.id === wanted || (!/^[a-z]+:\S+$/.test(wanted) && p.name.includes(fold(wanted))));
  return state.participant.every(hasParticipant) && state.country.every((c) => countries.has(fold(c)));
}
