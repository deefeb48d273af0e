import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { linkQuotes } from '../../src/link/index.js';
import { createServerApp } from '../../src/server/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { record } from '../../src/store/test/builder.js';
import { linked } from '../../src/store/test/entities.js';
import { quoted } from '../../src/store/test/quotes.js';
import { jsonGet } from '../support/http.js';

const QUOTE = 'We will stand with our traditional partners across the Pacific';
const release = quoted(
  { title: 'Pacific partners', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', text: `Foreign Minister Winston Peters spoke in Suva. “${QUOTE},” Mr Peters said.` },
  [{ text: QUOTE, speaker: { entity: 0, mention: 'Mr Peters' } }],
  ['Winston Peters'],
);
const others = [
  record({ title: 'Trade', published: '2024-01-20', source: 'RNZ', kind: 'news', text: 'Exporters in the Pacific want wider market access. Traditional partners were not mentioned.' }),
  record({ title: 'Defence', published: '2024-02-03', source: 'RNZ', kind: 'news', text: 'An independent foreign policy, the minister spoke of, is under strain.' }),
  record({ title: 'Undated', published: null, source: 'RNZ', kind: 'news', text: 'The Pacific again, undated.' }),
];

describe('trends and shifts over HTTP (in-process)', () => {
  let app: Hono;
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await store.putDocuments([release, ...others]);
    await store.putEntityLinks({ documents: [linked(release, [{ id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w', mentions: ['Winston Peters', 'Mr Peters'] }])] });
    await linkQuotes(store);
    app = createServerApp({ store });
  });
  after(() => store.close());
  const get = jsonGet(() => app);

  it('GET /api/trends: one series per phrase, every month from the first to the last dated document, zeros included', async () => {
    const { status, body } = await get(`/api/trends?phrase=pacific&phrase=${encodeURIComponent('"traditional partners"')}`);
    assert.equal(status, 200);
    assert.deepEqual([body.by, body.measure, body.from, body.to], ['month', 'share', '2024-01-01', '2024-04-30']);
    assert.deepEqual(body.series.map((s: any) => s.phrase), ['pacific', '"traditional partners"']);
    const pacific = body.series[0].points.map((p: any) => [p.bucket, p.matches, p.total]);
    assert.deepEqual(pacific, [['2024-01', 1, 1], ['2024-02', 0, 1], ['2024-03', 0, 0], ['2024-04', 1, 1]]);
    assert.deepEqual(body.series[0].points[0], { bucket: '2024-01', matches: 1, total: 1, value: 1, from: '2024-01-01', to: '2024-01-31' });
  });

  it('split=source gives a series per outlet; per-million counts occurrences over words', async () => {
    const split = (await get('/api/trends?phrase=pacific&split=source&by=year')).body;
    assert.deepEqual(split.series.map((s: any) => [s.source, s.points[0].matches, s.points[0].total]), [['RNZ', 1, 2], ['beehive.govt.nz', 1, 1]]);
    const rate = (await get('/api/trends?phrase=pacific&by=year&measure=per-million')).body;
    const [point] = rate.series[0].points;
    assert.equal(point.matches, 3, 'two in the release (title and text), one in January');
    assert.ok(point.total > 30 && point.total < 60, `words: ${point.total}`);
    assert.equal(point.value, Math.round((3 / point.total) * 1e12) / 1e6);
  });

  it("speaker counts only that person's quoted words", async () => {
    const inText = (await get('/api/trends?phrase=suva&by=year')).body.series[0].points[0];
    assert.equal(inText.matches, 1, 'Suva is in the release text');
    const quotedOnly = (await get('/api/trends?phrase=suva&by=year&speaker=person:winston-peters')).body.series[0].points[0];
    assert.deepEqual([quotedOnly.matches, quotedOnly.total], [0, 1], 'but not in what Peters is quoted saying');
    const partners = (await get(`/api/trends?phrase=${encodeURIComponent('"traditional partners"')}&by=year&speaker=Peters`)).body.series[0].points[0];
    assert.deepEqual([partners.matches, partners.total], [1, 1]);
  });

  it('GET /api/shifts: two groups, with sizes and the side labels', async () => {
    const { status, body } = await get('/api/shifts?group=kind:release&vs=kind:news&minDocs=1');
    assert.equal(status, 200);
    assert.deepEqual([body.a.group, body.a.documents, body.b.group, body.b.documents], ['kind:release', 1, 'kind:news', 3]);
    assert.ok(Array.isArray(body.rising) && Array.isArray(body.falling));
    const periods = (await get('/api/shifts?from=2023..2023&to=2024')).body;
    assert.deepEqual([periods.a.from, periods.a.to, periods.b.from, periods.b.to, periods.b.documents], ['2023-01-01', '2023-12-31', '2024-01-01', '2024-12-31', 3]);
  });

  it('bad parameters are 400 with a message naming the value and the fix', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/trends', /phrase/],
      ['/api/trends?phrase=pacific&by=fortnight', /fortnight/],
      ['/api/trends?phrase=pacific&measure=ratio', /share, count, per-million/],
      ['/api/trends?phrase=%22pacific', /^Unclosed quote/],
      ['/api/trends?phrase=pacific&phrase=%22pacific', /^Phrase 2 \("\\"pacific"\): Unclosed quote at position 0/],
      ['/api/trends?phrase=pacific&of=Australia', /role/],
      ['/api/shifts', /either two periods/],
      ['/api/shifts?from=2000..1996&to=2005..2009', /starts after it ends/],
      ['/api/shifts?from=199x&to=2005', /not a year, month or date/],
      ['/api/shifts?group=kind:blog&vs=kind:news', /unknown kind 'blog'/],
      ['/api/shifts?from=1996..2000&to=2005..2009&limit=0', /limit/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.match(body.error.message, message, path);
    }
  });

  it('both routes are in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    assert.ok(body.paths['/api/trends'].get.parameters.some((p: any) => p.name === 'phrase' && p.explode));
    assert.ok(body.paths['/api/shifts'].get.parameters.some((p: any) => p.name === 'vs'));
  });
});
