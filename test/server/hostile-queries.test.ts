import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/app/index.js';
import { createServerApp } from '../../src/server/index.js';
import type { Store } from '../../src/store/index.js';
import { record } from '../../src/store/test/builder.js';
import { quoted } from '../../src/store/test/quotes.js';
import { tempDir } from '../support/temp.js';

/** A search the read worker spins on forever (its test seam), standing for a statement SQLite cannot stop. */
const STALL = 'stall forever please';
const BUDGET_MS = 800;
const words = (n: number, joiner: string) => Array.from({ length: n }, (_, i) => `w${i}`).join(joiner);

/**
 * Hostile queries, each with what must come back: [name, query string, status, error code, words of the message].
 * None may reach the engine as syntax, hold a worker past the budget, or disturb other requests.
 */
const HOSTILE: readonly [string, string, number, string | null, readonly string[]][] = [
  ['a* repeated 300 times', `q=${encodeURIComponent('a* '.repeat(300))}`, 400, 'query-syntax', ['too short', 'at least 2 letters']],
  ['a bare one-letter prefix', 'q=a*', 400, 'query-syntax', ["prefix 'a*'"]],
  ['100 words ORed', `q=${encodeURIComponent(words(100, ' OR '))}`, 400, 'query-syntax', ['at most 32', 'several searches']],
  ['seven prefixes', `q=${encodeURIComponent('ab* cd* ef* gh* ij* kl* mn*')}`, 400, 'query-syntax', ['at most 6']],
  ['a 40-word phrase', `q=${encodeURIComponent(`"${words(40, ' ')}"`)}`, 400, 'query-syntax', ['at most 16']],
  ['nine levels of parentheses', `q=${encodeURIComponent(`${'('.repeat(9)}a${')'.repeat(9)}`)}`, 400, 'query-syntax', ['nested parentheses']],
  ['1,001 characters', `q=${'b'.repeat(1001)}`, 400, 'bad-request', ['longer than 1000 characters']],
  ['FTS5 syntax smuggled in', `q=${encodeURIComponent('trade NEAR(a b, 5) ^title {text}: "x" *')}`, 200, null, []],
  ['control characters', `q=${encodeURIComponent('trade\u0000\u0007 talks')}`, 200, null, []],
  ['a limit far too high', 'q=trade&limit=100000', 400, 'bad-request', ['limit']],
  ['a negative offset', 'q=trade&offset=-5', 400, 'bad-request', ['offset']],
  ['an offset past everything', 'q=trade&offset=1000000', 200, null, []],
  ['an offset past the cap', 'q=trade&offset=1000001', 400, 'bad-request', ['offset']],
  ['a date that is not one', 'q=trade&from=2024-02-30', 400, 'bad-request', ['`from`', 'not a real calendar date']],
  ['every filter at once', `q=trade&${['source', 'kind', 'minister', 'portfolio'].map((f) => `${f}=x&${f}=y`).join('&')}&kind=news&from=1900-01-01&to=2100-01-01`, 400, 'bad-request', ['`kind`', 'release, news, speech, other']],
  ['a query the engine cannot finish in time', `q=${encodeURIComponent(STALL)}`, 503, 'query-timeout', [`${BUDGET_MS} ms`, '--query-budget-ms']],
];

/** Hostile office-history requests (`GET /api/offices`): [name, query string, status, error code, words of the message]. */
const HOSTILE_OFFICES: readonly [string, string, number, string | null, readonly string[]][] = [
  ['no title', 'of=New%20Zealand', 400, 'bad-request', ['title']],
  ['no owner', 'title=Prime%20Minister', 400, 'bad-request', ['of']],
  ['an empty title', 'title=&of=New%20Zealand', 400, 'bad-request', ['title', 'empty']],
  ['a 201-character title', `title=${'P'.repeat(201)}&of=New%20Zealand`, 400, 'bad-request', ['longer than 200']],
  ['a title that is no office', 'title=Grand%20Vizier&of=New%20Zealand', 400, 'bad-request', ["'Grand Vizier'", 'not an office']],
  ['the title twice', 'title=Prime%20Minister&title=President&of=New%20Zealand', 400, 'bad-request', ['title']],
  ['a parameter the route does not take', 'title=Prime%20Minister&of=New%20Zealand&limit=5', 400, 'bad-request', ['limit']],
  ['SQL in the owner', `title=Prime%20Minister&of=${encodeURIComponent("New Zealand' OR 1=1 --")}`, 200, null, []],
  ['control characters in the owner', `title=Prime%20Minister&of=${encodeURIComponent('New\u0000Zealand\u0007')}`, 200, null, []],
];

/** Hostile quote listings (`GET /api/quotes`): [name, query string, status, error code, words of the message]. */
const HOSTILE_QUOTES: readonly [string, string, number, string | null, readonly string[]][] = [
  ['no parameters at all', '', 200, null, []],
  ['an empty speaker', 'speaker=', 400, 'bad-request', ['`speaker`', 'empty']],
  ['a 201-character speaker', `speaker=${'s'.repeat(201)}`, 400, 'bad-request', ['longer than 200']],
  ['the speaker twice', 'speaker=Peters&speaker=Key', 400, 'bad-request', ['`speaker`']],
  ['a parameter the route does not take', 'q=trade', 400, 'bad-request', ['`q`', 'remove it']],
  ['SQL in the speaker', `speaker=${encodeURIComponent("x' OR 1=1; drop table quotes; --")}`, 200, null, []],
  ['SQL in the cluster', `cluster=${encodeURIComponent("qc-1' OR '1'='1")}`, 400, 'bad-request', ['`cluster`']],
  ['control characters in contains', `contains=${encodeURIComponent('pacific\u0000\u0007 partners')}`, 200, null, []],
  ['FTS5 syntax smuggled into contains', `contains=${encodeURIComponent('pacific NEAR(a b, 5) ^text {text}: "x" *')}`, 200, null, []],
  ['a* repeated 300 times in contains', `contains=${encodeURIComponent('a* '.repeat(300))}`, 400, 'query-syntax', ['at least 2 letters']],
  ['title: in contains', 'contains=title:pacific', 400, 'bad-request', ['no title']],
  ['a 1,001-character contains', `contains=${'c'.repeat(1001)}`, 400, 'bad-request', ['longer than 1000']],
  ['a limit far too high', 'limit=100000', 400, 'bad-request', ['`limit`']],
  ['an offset past everything', 'offset=1000000', 200, null, []],
  ['a role that is no office', 'role=Grand%20Vizier', 400, 'bad-request', ["'Grand Vizier'", 'not an office']],
  ['an owner without a role', 'of=New%20Zealand', 400, 'bad-request', ['`of`', '`role`']],
  ['a date that is not one', 'from=2024-02-30', 400, 'bad-request', ['`from`', 'not a real calendar date']],
  ['an unknown kind', 'kind=blog&kind=news', 400, 'bad-request', ['`kind`', 'release, news, speech, other']],
  ['a listing the engine cannot finish in time', `contains=${encodeURIComponent(STALL)}`, 503, 'query-timeout', [`${BUDGET_MS} ms`]],
];

/** Hostile quote-cluster ids (`GET /api/quotes/clusters/:id`): [name, id as sent, status]. */
const HOSTILE_CLUSTERS: readonly [string, string, number][] = [
  ['an id no cluster has', 'qc-000000000000', 404],
  ['an id that is no cluster id', 'pacific', 404],
  ['SQL in the id', encodeURIComponent("qc-1' OR '1'='1"), 404],
  ['control characters in the id', encodeURIComponent('qc-\u0000\u0007'), 404],
  ['a 5,000-character id', `qc-${'f'.repeat(5000)}`, 404],
];

/** Hostile engagement listings and networks (`GET /api/events`, `/api/network`): [name, path, status, words of the message]. */
const HOSTILE_EVENTS: readonly [string, string, number, readonly string[]][] = [
  ['SQL in the participant', `/api/events?participant=${encodeURIComponent("x' OR 1=1; drop table engagements; --")}`, 200, []],
  ['LIKE wildcards in the participant', `/api/events?participant=${encodeURIComponent('%_%')}`, 200, []],
  ['control characters in the country', `/api/events?country=${encodeURIComponent('New\u0000Zealand\u0007')}`, 200, []],
  ['a 201-character participant', `/api/events?participant=${'p'.repeat(201)}`, 400, ['longer than 200']],
  ['300 participants at once', `/api/events?${Array.from({ length: 300 }, (_, i) => `participant=person:p${i}`).join('&')}`, 200, []],
  ['300 participants that must all be there (match=all)', `/api/events?match=all&${Array.from({ length: 300 }, (_, i) => `participant=p${i}`).join('&')}`, 200, []],
  ['300 countries that must all be there, on the network', `/api/network?match=all&${Array.from({ length: 300 }, (_, i) => `country=c${i}`).join('&')}`, 200, []],
  ['an unknown match', '/api/events?match=both', 400, ['any', 'all']],
  ['an unknown level', '/api/events?level=king', 400, ['leader, minister, official, other']],
  ['dates out of order', '/api/events?from=2024-05-01&to=2024-04-01', 400, ['`to`']],
  ['an offset past everything', '/api/events?offset=1000000', 200, []],
  ['a network by something else', '/api/network?by=org', 400, ['person or country']],
  ['300 countries in a network', `/api/network?by=country&${Array.from({ length: 300 }, (_, i) => `country=c${i}`).join('&')}`, 200, []],
  ['an engagement id with SQL in it', `/api/events/${encodeURIComponent("ev-1' OR '1'='1")}`, 404, []],
];

/** Hostile trends and shifts (`GET /api/trends`, `/api/shifts`): [name, path, status, error code, words of the message]. */
const HOSTILE_TRENDS: readonly [string, string, number, string | null, readonly string[]][] = [
  ['no phrase', '/api/trends', 400, 'bad-request', ['`phrase`']],
  ['a* repeated 300 times as a phrase', `/api/trends?phrase=${encodeURIComponent('a* '.repeat(300))}`, 400, 'query-syntax', ['at least 2 letters']],
  ['the second of two phrases unreadable', `/api/trends?phrase=trade&phrase=${encodeURIComponent('(trade')}`, 400, 'query-syntax', ['Phrase 2', 'Unclosed parenthesis']],
  ['eleven phrases', `/api/trends?${Array.from({ length: 11 }, (_, i) => `phrase=w${i}`).join('&')}`, 400, 'bad-request', ['at most 10']],
  ['days over four centuries', '/api/trends?phrase=trade&by=day', 400, 'bad-request', ['points', 'coarser --by']],
  ['a century of weeks is fine', '/api/trends?phrase=trade&by=week&from=2000-01-01', 200, null, []],
  ['a split by something else', '/api/trends?phrase=trade&split=minister', 400, 'bad-request', ['source, kind']],
  ['smoothing over 1,000 buckets', '/api/trends?phrase=trade&smooth=1000', 400, 'bad-request', ['`smooth`']],
  ['SQL in the speaker', `/api/trends?phrase=trade&speaker=${encodeURIComponent("x' OR 1=1; drop table quotes; --")}`, 200, null, []],
  ['a role that is no office', '/api/trends?phrase=trade&role=Grand%20Vizier', 400, 'bad-request', ["'Grand Vizier'"]],
  ['a phrase the engine cannot finish in time', `/api/trends?phrase=${encodeURIComponent(STALL)}`, 503, 'query-timeout', [`${BUDGET_MS} ms`]],
  ['no sides', '/api/shifts', 400, 'bad-request', ['either two periods']],
  ['periods and groups at once', '/api/shifts?from=2000&to=2024&group=kind:news&vs=kind:release', 400, 'bad-request', ['not both']],
  ['every year of two millennia', '/api/shifts?from=1000..1999&to=2000..2999', 200, null, []],
  ['a group of nothing', '/api/shifts?group=kind:&vs=kind:news', 400, 'bad-request', ['unknown kind']],
  ['SQL in a source group', `/api/shifts?group=${encodeURIComponent("source:x' OR 1=1 --")}&vs=kind:news`, 200, null, []],
  ['a period that is no date', '/api/shifts?from=2024-02-30&to=2025', 400, 'bad-request', ['not a year, month or date']],
  ['a limit far too high', '/api/shifts?from=2000&to=2024&limit=100000', 400, 'bad-request', ['`limit`']],
  ['more documents needed than exist', '/api/shifts?from=2000&to=2024&minDocs=1000000', 200, null, []],
];

describe('hostile queries against the API', () => {
  const tmp = tempDir('parley-hostile-');
  let store: Store;
  let app: ReturnType<typeof createServerApp>;

  before(async () => {
    process.env.PARLEY_TEST_STALL_QUERY = STALL;
    const path = join(tmp.dir, 'hostile.db');
    const writer = await openStore(path);
    await writer.putDocuments([
      record({ title: 'Trade talks', published: '2024-03-01', text: 'Trade talks with Singapore went well.' }),
      record({ title: 'Trade again', published: '2024-04-01', kind: 'news', source: 'RNZ', text: 'More trade news from Wellington.' }),
      quoted({ title: 'Partners', published: '2024-05-01', text: '“We stand with our Pacific partners,” the minister said.' }, [{ text: 'We stand with our Pacific partners,', speaker: null }]),
      // Four centuries apart, so daily trend buckets run past any sane response.
      record({ title: 'An old letter', published: '1800-01-01', text: 'A letter about the harbour.' }),
      record({ title: 'A far note', published: '2199-12-31', text: 'A note about the harbour.' }),
    ]);
    await writer.close();
    store = await openStore(path, { readPool: { workers: 2, budgetMs: BUDGET_MS } });
    app = createServerApp({ store });
  });
  after(async () => {
    await store.close();
    delete process.env.PARLEY_TEST_STALL_QUERY;
    tmp.cleanup();
  });

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as { total?: number; error?: { code: string; message: string } } };
  };

  for (const [name, query, status, code, message] of HOSTILE) {
    for (const route of ['/api/search', '/api/facets']) {
      it(`${route}: ${name} → ${status}${code ? ` ${code}` : ''}`, async () => {
        const started = performance.now();
        // Two good searches run beside each hostile one and must not notice it.
        const [hostile, ...good] = await Promise.all([get(`${route}?${query}`), get('/api/search?q=trade'), get('/api/search?q=singapore')]);
        assert.equal(hostile.status, status, JSON.stringify(hostile.body));
        if (code) {
          assert.equal(hostile.body.error?.code, code);
          for (const part of message) assert.ok(hostile.body.error?.message.includes(part), `${hostile.body.error?.message} names ${part}`);
        }
        assert.deepEqual(good.map((g) => [g.status, g.body.total]), [[200, 2], [200, 1]]);
        // Held no longer than the budget, plus generous room for a replacement worker to start.
        assert.ok(performance.now() - started < BUDGET_MS + 30_000);
      });
    }
  }

  for (const [name, query, status, code, message] of HOSTILE_OFFICES) {
    it(`/api/offices: ${name} → ${status}${code ? ` ${code}` : ''}`, async () => {
      const [hostile, ...good] = await Promise.all([get(`/api/offices?${query}`), get('/api/search?q=trade'), get('/api/offices?title=Prime%20Minister&of=New%20Zealand')]);
      assert.equal(hostile.status, status, JSON.stringify(hostile.body));
      if (code) {
        assert.equal(hostile.body.error?.code, code);
        for (const part of message) assert.ok(hostile.body.error?.message.includes(part), `${hostile.body.error?.message} names ${part}`);
      } else assert.deepEqual((hostile.body as { terms?: unknown[] }).terms, [], 'no holder, and no error');
      assert.deepEqual(good.map((g) => g.status), [200, 200]);
      assert.equal(good[0]?.body.total, 2);
    });
  }

  for (const [name, query, status, code, message] of HOSTILE_QUOTES) {
    it(`/api/quotes: ${name} → ${status}${code ? ` ${code}` : ''}`, async () => {
      const [hostile, ...good] = await Promise.all([get(`/api/quotes?${query}`), get('/api/search?q=trade'), get('/api/quotes?contains=pacific')]);
      assert.equal(hostile.status, status, JSON.stringify(hostile.body));
      if (code) {
        assert.equal(hostile.body.error?.code, code);
        for (const part of message) assert.ok(hostile.body.error?.message.includes(part), `${hostile.body.error?.message} names ${part}`);
      }
      assert.deepEqual(good.map((g) => [g.status, g.body.total]), [[200, 2], [200, 1]]);
    });
  }

  for (const [name, path, status, message] of HOSTILE_EVENTS) {
    it(`${path.split('?')[0]}: ${name} → ${status}`, async () => {
      // Good requests run beside each hostile one and must not notice it.
      const [hostile, ...good] = await Promise.all([get(path), get('/api/search?q=trade'), get('/api/events')]);
      assert.equal(hostile.status, status, JSON.stringify(hostile.body));
      for (const part of message) assert.ok(hostile.body.error?.message.includes(part), `${hostile.body.error?.message} names ${part}`);
      assert.deepEqual(good.map((g) => [g.status, g.body.total]), [[200, 2], [200, 0]]);
    });
  }

  for (const [name, path, status, code, message] of HOSTILE_TRENDS) {
    it(`${path.split('?')[0]}: ${name} → ${status}${code ? ` ${code}` : ''}`, async () => {
      const [hostile, ...good] = await Promise.all([get(path), get('/api/search?q=trade'), get('/api/trends?phrase=trade&by=year&from=2024-01-01&to=2026-12-31')]);
      assert.equal(hostile.status, status, JSON.stringify(hostile.body).slice(0, 400));
      if (code) {
        assert.equal(hostile.body.error?.code, code);
        for (const part of message) assert.ok(hostile.body.error?.message.includes(part), `${hostile.body.error?.message} names ${part}`);
      }
      assert.deepEqual(good.map((g) => g.status), [200, 200]);
      assert.equal(good[0]?.body.total, 2);
      assert.deepEqual((good[1]?.body as { series: { points: { matches: number }[] }[] }).series[0]?.points.map((p) => p.matches), [2], 'one bucket: no document in scope after 2024');
    });
  }

  for (const [name, id, status] of HOSTILE_CLUSTERS) {
    it(`/api/quotes/clusters: ${name} → ${status}`, async () => {
      const [hostile, ...good] = await Promise.all([get(`/api/quotes/clusters/${id}`), get('/api/quotes?contains=pacific'), get('/api/search?q=trade')]);
      assert.equal(hostile.status, status, JSON.stringify(hostile.body));
      assert.equal(hostile.body.error?.code, 'not-found');
      assert.match(hostile.body.error?.message ?? '', /parley quotes/);
      assert.deepEqual(good.map((g) => [g.status, g.body.total]), [[200, 1], [200, 2]]);
    });
  }
});
