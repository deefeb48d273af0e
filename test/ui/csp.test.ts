// The UI under the server's Content-Security-Policy, in real Chromium: every
// page renders with no violation and no console error, and the policy is
// really enforced (an injected inline script does not run). Chromium reports
// a blocked inline style or script as a `securitypolicyviolation` event,
// which an init script records before the UI's own code runs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import { skip, until, type PageTrouble } from './browser.js';
import { openUiSession, type UiSession } from './session.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

// Browser-side code is written as strings: the tests compile without the DOM library.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  });`;
const INJECT_INLINE = `(() => {
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true;';
  document.body.append(script);
  const div = document.createElement('div');
  div.setAttribute('style', 'color: red');
  document.body.append(div);
  return window.__inlineRan ?? false;
})()`;

describe('the UI under the Content-Security-Policy', { skip, timeout: 120_000 }, () => {
  let ui: UiSession | undefined;
  let server: RunningServer;
  let page: Page;
  let trouble: PageTrouble;

  const violations = () => page.evaluate<Violation[]>('window.__violations ?? []');
  const get = async <T>(path: string): Promise<T> => (await page.request.get(`${server.url}${path}`)).json() as Promise<T>;

  before(async () => {
    ui = await openUiSession();
    ({ server, page, trouble } = ui);
    await page.addInitScript(RECORD_VIOLATIONS);
  });

  after(() => ui?.close());

  test('the page is served with the policy and the other security headers', async () => {
    const response = await page.goto(`${server.url}/`);
    const headers = response?.headers() ?? {};
    assert.match(headers['content-security-policy'] ?? '', /default-src 'self'/);
    assert.doesNotMatch(headers['content-security-policy'] ?? '', /unsafe-inline|unsafe-eval/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['x-frame-options'], 'DENY');
  });

  test('search works and breaks no rule', async () => {
    await page.goto(`${server.url}/`);
    const expected = (await get<{ total: number }>('/api/search?q=NATO')).total;
    assert.ok(expected > 0, 'the fixtures mention NATO');
    const input = page.getByTestId('search-input');
    await input.fill('NATO');
    await input.press('Enter');
    await until('the NATO results', async () => Number(await page.getByTestId('total').getAttribute('data-total')), (n) => n === expected);
    assert.ok((await page.locator('[data-testid="results"] .snippet mark').count()) > 0, 'snippets (server HTML) still render');
    assert.deepEqual(await violations(), []);
  });

  test('a document, the entities, an entity with its roles chart and the reuse index break no rule', async () => {
    const hit = (await get<{ results: { id: string }[] }>('/api/search?q=NATO')).results[0];
    assert.ok(hit);
    await page.goto(`${server.url}/#/doc/${encodeURIComponent(hit.id)}`);
    await page.getByTestId('doc-title').waitFor();
    assert.deepEqual(await violations(), [], 'document page');

    await page.goto(`${server.url}/#/entities`);
    await page.getByTestId('nav-entities').waitFor();
    await until('the entities list', () => page.locator('[data-entity-id]').count(), (n) => n > 0);
    assert.deepEqual(await violations(), [], 'entities page');

    const people = await get<{ results: { id: string; roles: unknown[] }[] }>('/api/entities?type=person&limit=50');
    const withRoles = people.results.find((p) => p.roles.length > 0);
    assert.ok(withRoles, 'someone in the fixtures holds an office');
    await page.goto(`${server.url}/#/entity/${encodeURIComponent(withRoles.id)}`);
    await page.getByTestId('roles-timeline').waitFor();
    // The bars are placed through CSSOM, which the policy allows: a blocked style attribute would leave them unplaced.
    const placed = await page.evaluate<{ left: string; width: string }>(
      "(({ style }) => ({ left: style.left, width: style.width }))(document.querySelector('.timeline-bar'))",
    );
    assert.match(placed.left, /%$/);
    assert.match(placed.width, /%$/);
    assert.deepEqual(await violations(), [], 'entity page');

    await page.goto(`${server.url}/#/reuse`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(), [], 'reuse page');
    assert.deepEqual(trouble.consoleErrors.map((m) => m.text()), []);
    // A goto aborts whatever the previous page was still loading (the favicon, say): that is no fault of the page.
    assert.deepEqual(trouble.problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), []);
  });

  test('the policy is enforced: an injected inline script and style attribute are blocked and reported', async () => {
    await page.goto(`${server.url}/`);
    const ran = await page.evaluate<boolean>(INJECT_INLINE);
    assert.equal(ran, false);
    const seen = await until('two reports', violations, (v) => v.length >= 2);
    assert.ok(seen.some((v) => v.directive.startsWith('script-src')), JSON.stringify(seen));
    assert.ok(seen.some((v) => v.directive.startsWith('style-src')), JSON.stringify(seen));
  });
});
