// Entities in the web UI, in real headless Chromium against the real server
// over a :memory: store holding the fixtures beside this file (three of them,
// 2023-12-12, 2024-07-29 and 2025-06-05, name Winston Peters, Antony Blinken
// and Marco Rubio with their offices on several dates; like the others they
// were written for these tests and are not real releases).
//
// What is on the page is checked against what the API says, so the test
// follows the entity stage as it improves; only a few facts every reasonable
// extractor finds in the fixtures (Winston Peters is a person in several
// documents, holding an office) are asserted outright.
//
// Screenshots go to $PARLEY_UI_SCREENSHOTS (default /tmp): parley-entity.png
// (the person page, 1280 wide), parley-entity-400.png (400 wide),
// parley-entity-doc.png (a document with its mentions), parley-entities.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import type { DocumentDetail, EntityDetail, EntityPage, EntityType, Facets, SearchPage } from '../../web/src/api-types.js';
import { entityDetailParams, latestRole, roleLabel } from '../../web/src/entity-state.js';
import { splitByMarks, usableMarks } from '../../web/src/highlight.js';
import { paragraphSpans, paragraphs } from '../../web/src/paragraphs.js';
import { documentHash, entityHash, searchHash } from '../../web/src/router.js';
import { EMPTY_SEARCH, withChanges } from '../../web/src/search-state.js';
import { officeRows } from '../../web/src/timeline.js';
import { SHOTS, skip, until, type PageTrouble } from './browser.js';
import { openUiSession, type UiSession } from './session.js';

/** An id no entity has, to see the not-found page (its 404 is the one expected failed response). */
const NOBODY = 'person:nobody-at-all';
const UNDERLINE: Readonly<Record<EntityType, string>> = { person: 'solid', org: 'dashed', place: 'dotted' };

describe('entities in Chromium', { skip, timeout: 180_000 }, () => {
  let ui: UiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;
  let peters: EntityDetail;

  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 200, `GET ${path} answered ${response.status}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  }
  const hash = () => page.evaluate<string>('location.hash');
  const testIdTotal = (id: string) => async () => Number(await page.getByTestId(id).first().getAttribute('data-total'));
  const waitForTotal = (expected: number) => until(`a search total of ${expected}`, testIdTotal('total'), (n) => n === expected);
  const waitForName = (name: string) => until(`the entity page of ${name}`, async () => (await page.getByTestId('entity-name').textContent().catch(() => null)) ?? '', (t) => t === name);

  before(async () => {
    ui = await openUiSession();
    ({ server, page, trouble } = ui);
  });

  after(() => ui?.close());

  test('the API knows the people in the fixtures', async () => {
    const found = await get<EntityPage>('/api/entities?type=person&search=Peters');
    const hit = found.results.find((e) => e.name === 'Winston Peters');
    assert.ok(hit, `Winston Peters is listed; got ${JSON.stringify(found.results.map((e) => e.name))}`);
    // Asked for as the entity page asks: its first page of documents, and the co-mentioned.
    peters = await get<EntityDetail>(`/api/entities/${encodeURIComponent(hit.id)}?${entityDetailParams(0)}`);
    assert.equal(peters.type, 'person');
    assert.ok(peters.documents >= 4, `Winston Peters is in at least 4 fixtures (API says ${peters.documents})`);
    assert.ok(peters.roles.length >= 1, 'an office is given for him');
  });

  test('a document marks each entity mention, as text, linking to its page', async () => {
    // The Wellington visit names people, an organisation or two and places.
    const listed = peters.documentsList.find((d) => d.title === 'US Secretary of State visits Wellington') ?? peters.documentsList[0];
    assert.ok(listed, 'Winston Peters has documents');
    const doc = await get<DocumentDetail>(`/api/documents/${encodeURIComponent(listed.id)}`);
    assert.ok((doc.entities ?? []).length > 0, 'the document API lists entity mentions');
    // What the page should show: the same pieces, computed from the API's offsets.
    const marks = usableMarks(doc.text, [
      ...(doc.entities ?? []).map((m) => ({ ...m, office: false })),
      ...(doc.officeMentions ?? []).map((m) => ({ ...m, type: 'person' as const, id: m.id ?? null, office: true })),
    ]);
    const expected = paragraphSpans(doc.text, doc.segments?.paragraphs).flatMap((span) =>
      splitByMarks(doc.text, span, marks)
        .filter((piece) => piece.mark !== null)
        .map((piece) => [piece.text, piece.mark?.type, piece.mark?.id ?? null]),
    );

    await page.goto(`${server.url}/${documentHash(doc.id)}`);
    await page.getByTestId('doc-title').waitFor();
    const mentions = page.locator('[data-testid="doc-text"] [data-testid="entity-mention"]');
    await until('the mentions', () => mentions.count(), (n) => n === expected.length);
    const shown = await mentions.evaluateAll((elements) =>
      elements.map((e) => [e.textContent, e.getAttribute('data-entity-type'), e.getAttribute('data-entity-id')]),
    );
    assert.deepEqual(shown, expected, 'each mention is marked where the API puts it');
    assert.ok(expected.length >= 3, `the visit gives several mentions (got ${expected.length})`);

    // Marking changes nothing in the words, and adds nothing but links, spans and <time> around dates.
    assert.deepEqual(await page.locator('[data-testid="doc-text"] p').allTextContents(), paragraphs(doc.text, doc.segments?.paragraphs));
    const tags = await page.locator('[data-testid="doc-text"] *').evaluateAll((elements) => [...new Set(elements.map((e) => e.tagName))]);
    assert.deepEqual(tags.filter((t) => !['P', 'A', 'SPAN', 'TIME'].includes(t)), []);

    // Types look different (not by colour alone), and the tooltip names the entity.
    for (const type of new Set(expected.map(([, t]) => t as EntityType))) {
      const first = page.locator(`[data-testid="doc-text"] .entity-${type}:not(.entity-office)`).first();
      if ((await first.count()) === 0) continue;
      const style = await first.evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).borderBottomStyle);
      assert.equal(style, UNDERLINE[type], `${type} mentions are underlined ${UNDERLINE[type]}`);
    }
    const peterMention = mentions.and(page.locator(`[data-entity-id="${peters.id}"]`)).first();
    assert.match((await peterMention.getAttribute('title')) ?? '', /Winston Peters/);
    assert.equal(await peterMention.getAttribute('href'), entityHash(peters.id));
    // The facts list who is named, with links.
    assert.ok(await page.getByTestId('doc-person').getByRole('link', { name: 'Winston Peters' }).isVisible());
    await page.screenshot({ path: join(SHOTS, 'parley-entity-doc.png'), fullPage: true });
  });

  test('a mention opens the person page: roles over time, documents, who else', async () => {
    await page.locator(`[data-testid="doc-text"] [data-entity-id="${peters.id}"]`).first().click();
    await waitForName('Winston Peters');
    assert.equal(await hash(), entityHash(peters.id));
    assert.equal(await page.title(), 'Winston Peters · Parley');

    const aliases = peters.aliases.filter((a) => a !== peters.name);
    if (aliases.length > 0) {
      const shown = (await page.getByTestId('entity-aliases').textContent()) ?? '';
      for (const alias of aliases) assert.ok(shown.includes(alias), `alias ${alias} is shown`);
    }

    // Roles: the table has every role the API gives; the chart one row per dated office.
    const roles = page.getByTestId('entity-roles');
    assert.equal(await roles.getByTestId('role-row').count(), peters.roles.length);
    const titles = await roles.locator('[data-testid="role-row"] th').allTextContents();
    assert.deepEqual([...titles].sort(), peters.roles.map((r) => r.title).sort());
    const offices = officeRows(peters.roles);
    assert.equal(await roles.getByTestId('timeline-row').count(), offices.length);
    // Each bar lies on its track: the chart's arithmetic survived the trip to CSS.
    for (const row of await roles.getByTestId('timeline-row').all()) {
      const track = await row.locator('.timeline-track').boundingBox();
      const bar = await row.locator('.timeline-bar').boundingBox();
      assert.ok(track && bar, 'track and bar are laid out');
      assert.ok(bar.x >= track.x - 0.5 && bar.x + bar.width <= track.x + track.width + 6.5 && bar.width >= 5, `bar ${JSON.stringify(bar)} on track ${JSON.stringify(track)}`);
    }
    assert.equal(await roles.locator('.timeline-chart').getAttribute('aria-hidden'), 'true', 'the chart is a picture of the table, which screen readers get instead');

    // Documents as the API pages them, newest first, linking to the document view.
    const documents = page.getByTestId('entity-document');
    const listed = peters.documentsList;
    const dates = listed.map((d) => d.published).filter((d) => d !== null);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'the API lists documents newest first');
    assert.deepEqual(await documents.locator('.result-title a').allTextContents(), listed.map((d) => d.title ?? 'Untitled document'));
    assert.equal(await documents.first().locator('.result-title a').getAttribute('href'), documentHash(listed[0]!.id));
    assert.equal(Number(await page.getByTestId('entity-documents').locator('.total').getAttribute('data-total')), peters.documents);

    // Co-mentioned entities: up to ten per type on show, most shared first.
    for (const type of ['person', 'org', 'place'] as const) {
      const api = peters.coMentioned.filter((c) => c.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      const group = page.getByTestId(`co-${type}`);
      if (api.length === 0) {
        assert.equal(await group.count(), 0);
        continue;
      }
      const shown = await group.locator('.co-list').first().getByTestId('co-mention').allTextContents();
      assert.deepEqual(shown, api.slice(0, 10).map((c) => c.name), `${type} co-mentions in order`);
    }
    assert.equal(
      await page.getByTestId('entity-search').getAttribute('href'),
      searchHash(withChanges(EMPTY_SEARCH, { person: [peters.id] })),
    );
    await page.screenshot({ path: join(SHOTS, 'parley-entity.png'), fullPage: true });
  });

  test('a later page of documents comes from the API at that offset', async () => {
    const offset = peters.documents - 2;
    const later = await get<EntityDetail>(`/api/entities/${encodeURIComponent(peters.id)}?${entityDetailParams(offset)}`);
    await page.goto(`${server.url}/${entityHash(peters.id, offset)}`);
    await waitForName('Winston Peters');
    const titles = () => page.getByTestId('entity-document').locator('.result-title a').allTextContents();
    await until('the later documents', titles, (shown) => shown.length === later.documentsList.length);
    assert.deepEqual(await titles(), later.documentsList.map((d) => d.title ?? 'Untitled document'));
    assert.match((await page.getByTestId('entity-documents').locator('.total').textContent()) ?? '', new RegExp(`${offset + 1}–${peters.documents} shown`));
    await page.goBack();
    await waitForName('Winston Peters');
  });

  test('a co-mentioned entity opens its own page, and Back returns', async () => {
    const co = peters.coMentioned.find((c) => c.name === 'Antony Blinken') ?? peters.coMentioned[0];
    assert.ok(co, 'someone shares a document with Winston Peters');
    await page.getByTestId('entity-comentioned').locator(`[data-entity-id="${co.id}"]`).first().click();
    await waitForName(co.name);
    assert.equal(await hash(), entityHash(co.id));
    const detail = await get<EntityDetail>(`/api/entities/${encodeURIComponent(co.id)}?${entityDetailParams(0)}`);
    assert.equal(await page.getByTestId('entity-document').count(), detail.documentsList.length);
    assert.ok(
      await page.getByTestId('entity-comentioned').locator(`[data-entity-id="${peters.id}"]`).first().isVisible(),
      `${co.name}'s page lists Winston Peters back`,
    );
    await page.goBack();
    await waitForName('Winston Peters');
  });

  test('"Search documents mentioning" opens the search filtered by the entity', async () => {
    const filtered = await get<SearchPage>(`/api/search?person=${encodeURIComponent(peters.id)}&limit=1`);
    assert.equal(filtered.total, peters.documents, 'the search and the entity agree on how many documents name him');
    await page.getByTestId('entity-search').click();
    await waitForTotal(filtered.total);
    const chips = await page.locator('.chips .chip').allTextContents();
    assert.deepEqual(chips.map((c) => c.replace('×', '').trim()), ['Person: Winston Peters'], 'the chip names the person, not the id');
    assert.ok(await page.getByTestId('facet-person').locator(`input[value="${peters.id}"]`).isChecked());
  });

  test('an entity facet narrows the search to its count', async () => {
    await page.goto(`${server.url}/#/`);
    const all = (await get<SearchPage>('/api/search?limit=1')).total;
    await waitForTotal(all);
    const facets = await get<Facets>('/api/facets');
    for (const group of ['person', 'org', 'place'] as const) {
      assert.ok(Array.isArray(facets[group]), `the facets API has a ${group} group`);
      assert.ok(await page.getByTestId(`facet-${group}`).isVisible(), `the ${group} facet is shown`);
    }
    // A place (or failing that, anyone) named in some but not all documents.
    const candidates = [...(facets.place ?? []), ...(facets.person ?? []), ...(facets.org ?? [])];
    const chosen = candidates.find((v) => v.count > 0 && v.count < all && v.label);
    assert.ok(chosen, 'some entity splits the documents');
    const option = page.locator(`[data-testid^="facet-"] input[value="${chosen.value}"]`);
    assert.equal(await option.locator('xpath=..').locator('.facet-value').textContent(), chosen.label, 'the facet shows the name');
    await option.check();
    await waitForTotal(chosen.count);
    assert.ok(chosen.count < all, 'the total shrank');
    assert.ok(await option.isChecked());
    const chip = (await page.locator('.chips .chip').first().textContent()) ?? '';
    assert.ok(chip.includes(chosen.label!) && !chip.includes(chosen.value), `the chip "${chip}" names ${chosen.label}, not ${chosen.value}`);
    assert.match(await hash(), new RegExp(`=${encodeURIComponent(chosen.value)}`));
  });

  test('the entities index lists, filters by type and finds by name', async () => {
    await page.getByTestId('nav-entities').click();
    const everything = await get<EntityPage>('/api/entities?limit=50');
    await until('the entities total', testIdTotal('entities-total'), (n) => n === everything.total);
    assert.equal(await page.getByTestId('nav-entities').getAttribute('aria-current'), 'page');
    assert.deepEqual(
      await page.locator('[data-testid="entity-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity-id'))),
      everything.results.map((e) => e.id),
    );

    await page.getByTestId('entities-type-person').click();
    const people = await get<EntityPage>('/api/entities?type=person&limit=50');
    await until('the people total', testIdTotal('entities-total'), (n) => n === people.total);
    assert.equal(await hash(), '#/entities?type=person');
    assert.ok(people.total < everything.total, 'people are some of the entities');

    await page.getByTestId('entities-search').fill('Peters');
    await page.getByTestId('entities-search').press('Enter');
    const found = await get<EntityPage>('/api/entities?type=person&search=Peters&limit=50');
    await until('the search for Peters', testIdTotal('entities-total'), (n) => n === found.total);
    const row = page.locator(`[data-testid="entity-row"][data-entity-id="${peters.id}"]`);
    const latest = latestRole(found.results.find((e) => e.id === peters.id)?.roles ?? []);
    assert.ok(latest, 'the list gives his roles');
    assert.equal(await row.locator('.role-cell').textContent(), roleLabel(latest));
    await page.screenshot({ path: join(SHOTS, 'parley-entities.png'), fullPage: true });

    await row.getByRole('link', { name: 'Winston Peters' }).click();
    await waitForName('Winston Peters');
    assert.equal(await page.getByRole('link', { name: '← Back to entities' }).getAttribute('href'), '#/entities?type=person&search=Peters');
  });

  test('an unknown entity says so', async () => {
    await page.goto(`${server.url}/${entityHash(NOBODY)}`);
    await until('the not-found heading', async () => (await page.locator('h1').textContent()) ?? '', (t) => t === 'Entity not found');
  });

  test('at 400px wide the entity pages fit', async () => {
    await page.setViewportSize({ width: 400, height: 860 });
    for (const route of [entityHash(peters.id), '#/entities', documentHash(peters.documentsList[0]!.id)]) {
      await page.goto(`${server.url}/${route}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      assert.ok(width <= 400, `no sideways scrolling at 400px on ${route} (page is ${width}px wide)`);
    }
    await page.goto(`${server.url}/${entityHash(peters.id)}`);
    await waitForName('Winston Peters');
    await page.screenshot({ path: join(SHOTS, 'parley-entity-400.png'), fullPage: true });
  });

  test('nothing went wrong along the way', () => {
    const { badResponses, consoleErrors, problems } = trouble;
    // The deliberate unknown entity answers 404; Chromium logs each such response as a console error.
    const expected = (line: string) => line.startsWith('404 ') && line.includes(`/api/entities/${NOBODY}`);
    assert.deepEqual(badResponses.filter((line) => !expected(line)), [], 'no other failed responses');
    assert.ok(badResponses.some(expected), 'the unknown entity was answered with 404');
    const unexpected = consoleErrors.filter((m) => !(m.text().includes('status of 404') && m.location().url.includes('nobody-at-all')));
    assert.deepEqual(unexpected.map((m) => `${m.text()} (${m.location().url})`), []);
    assert.deepEqual(problems, []);
  });
});
