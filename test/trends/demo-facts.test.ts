import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestPaths, languageShifts, openStore, phraseTrends, type TrendSeries } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';

// Issue 16's "facts a reader can check", from the history the demo corpus
// (300 Australian PM transcripts, 1996-2010, and two NZ releases) covers.

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'corpus');

const sum = (s: TrendSeries, from: string, to: string, field: 'matches' | 'total') => s.points.filter((p) => p.bucket >= from && p.bucket <= to).reduce((n, p) => n + p[field], 0);
const share = (s: TrendSeries, from: string, to: string) => sum(s, from, to, 'matches') / sum(s, from, to, 'total');
const peak = (s: TrendSeries) => s.points.reduce((best, p) => (p.value > best.value ? p : best)).bucket;

describe('trends and shifts on the demo corpus: facts from its history', () => {
  let store: Store;
  let years: Map<string, TrendSeries>;
  before(async () => {
    store = await openStore(':memory:');
    await ingestPaths(store, [DEMO]);
    const phrases = ['"war on terror"', '"global financial crisis"', '"climate change"', 'GST', '"East Timor"'];
    const trend = await phraseTrends(store, { phrase: phrases, by: 'year', source: 'pmtranscripts.pmc.gov.au' });
    years = new Map(trend.series.map((s) => [s.phrase, s]));
  });
  after(() => store?.close());

  it('"war on terror" is absent before September 2001 and in use after it', () => {
    const s = years.get('"war on terror"')!;
    assert.equal(sum(s, '1996', '2000', 'matches'), 0);
    assert.ok(sum(s, '2001', '2005', 'matches') >= 3, `${sum(s, '2001', '2005', 'matches')} documents 2001-2005`);
  });

  it('"global financial crisis" first appears in 2008', () => {
    const s = years.get('"global financial crisis"')!;
    assert.equal(sum(s, '1996', '2007', 'matches'), 0);
    assert.ok(sum(s, '2008', '2010', 'matches') >= 10);
  });

  it('"climate change" is several times more common under Rudd (2008-09) than before 2007', () => {
    const s = years.get('"climate change"')!;
    assert.ok(share(s, '2008', '2009') > 5 * share(s, '1996', '2006'), `${share(s, '2008', '2009')} vs ${share(s, '1996', '2006')}`);
  });

  it('GST peaks with the tax reform (1999-2001), "East Timor" with the 1999 intervention and its aftermath', () => {
    assert.ok(['1999', '2000', '2001'].includes(peak(years.get('GST')!)), peak(years.get('GST')!));
    assert.ok(['1999', '2000', '2001'].includes(peak(years.get('"East Timor"')!)), peak(years.get('"East Timor"')!));
  });

  it('shifts from 1996-2000 to 2005-2009 puts the new vocabulary of the decade on the rising side', async () => {
    const view = await languageShifts(store, { from: '1996..2000', to: '2005..2009', source: 'pmtranscripts.pmc.gov.au', minDocs: 3, limit: 60 });
    const rising = view.rising.map((p) => p.phrase);
    const falling = view.falling.map((p) => p.phrase);
    for (const phrase of ['terrorism', 'climate change']) assert.ok(rising.some((p) => p.includes(phrase)), `${phrase} rising: ${rising.slice(0, 30).join(', ')}`);
    assert.ok(falling.some((p) => /\bgst\b|east timor|asian/.test(p)), `falling: ${falling.slice(0, 30).join(', ')}`);
    for (const p of view.rising) assert.ok(p.z > 0 && p.bCount / view.b.words > p.aCount / view.a.words, p.phrase);
    const first = view.rising.find((p) => p.phrase.includes('terrorism'))!.first[0]!;
    assert.ok(first.published !== null && first.published < '2005-01-01', 'its first user predates the later period');
  });
});
