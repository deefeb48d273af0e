// The quotes page's state, its routes and the words a quote's speaker reads
// as are pure, so they are checked here under Node; the browser tests cover
// the views.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QuoteRow, QuoteSpeaker } from '../../web/src/api-types.js';
import {
  EMPTY_QUOTE_LIST,
  activeQuoteFilters,
  hasQuoteFilters,
  quoteKindLabel,
  quoteListApiParams,
  quoteTip,
  speakerLabel,
  speakerQuotes,
  withQuoteChanges,
  type QuoteListState,
} from '../../web/src/quote-state.js';
import { parseRoute, quoteClusterHash, quotesHash } from '../../web/src/router.js';

const FULL: QuoteListState = {
  speaker: 'person:winston-peters',
  role: 'Minister of Foreign Affairs',
  of: 'New Zealand',
  contains: '"healthy oceans" OR fisheries',
  from: '2024-01-01',
  to: '2024-12-31',
  source: ['beehive.govt.nz', 'Pacific Daily Herald'],
  kind: ['release', 'news'],
  cluster: 'qc-abc',
  offset: 40,
};

describe('quotes routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/quotes', { view: 'quotes', list: EMPTY_QUOTE_LIST }],
    ['#/quotes?speaker=Winston+Peters&offset=20', { view: 'quotes', list: { ...EMPTY_QUOTE_LIST, speaker: 'Winston Peters', offset: 20 } }],
    ['#/quotes?from=2024-13&to=yesterday&offset=-5', { view: 'quotes', list: EMPTY_QUOTE_LIST }],
    ['#/quotes?kind=news&kind=news&kind=&source=%20A%20', { view: 'quotes', list: { ...EMPTY_QUOTE_LIST, kind: ['news'], source: ['A'] } }],
    ['#/quote-cluster/qc-1f2e', { view: 'quote-cluster', id: 'qc-1f2e' }],
    ['#/quote-cluster/a%2Fb', { view: 'quote-cluster', id: 'a/b' }],
    ['#/quote-cluster/', { view: 'missing', hash: '#/quote-cluster/' }],
    ['#/quote-cluster/%E0%A4%A', { view: 'missing', hash: '#/quote-cluster/%E0%A4%A' }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('every filter survives the round trip through the hash', () => {
    assert.deepEqual(parseRoute(quotesHash(FULL)), { view: 'quotes', list: FULL });
    assert.equal(quotesHash(EMPTY_QUOTE_LIST), '#/quotes', 'no filters has one address');
    assert.deepEqual(parseRoute(quoteClusterHash('qc-x/y')), { view: 'quote-cluster', id: 'qc-x/y' });
  });

  test('the address and the API use the same names, in a fixed order', () => {
    assert.equal(
      quoteListApiParams(FULL).toString(),
      'speaker=person%3Awinston-peters&role=Minister+of+Foreign+Affairs&of=New+Zealand&contains=%22healthy+oceans%22+OR+fisheries&from=2024-01-01&to=2024-12-31&source=beehive.govt.nz&source=Pacific+Daily+Herald&kind=release&kind=news&cluster=qc-abc&offset=40&limit=20',
    );
    assert.equal(quoteListApiParams(EMPTY_QUOTE_LIST).toString(), 'limit=20');
  });

  test('a change of filter goes back to the first page; a speaker page starts clean', () => {
    assert.equal(withQuoteChanges(FULL, { contains: 'ocean' }).offset, 0);
    assert.deepEqual(speakerQuotes('person:todd-mcclay'), { ...EMPTY_QUOTE_LIST, speaker: 'person:todd-mcclay' });
    assert.equal(hasQuoteFilters(EMPTY_QUOTE_LIST), false);
    assert.equal(hasQuoteFilters({ ...EMPTY_QUOTE_LIST, offset: 20 }), false, 'a page is not a filter');
    assert.equal(hasQuoteFilters({ ...EMPTY_QUOTE_LIST, kind: ['news'] }), true);
  });

  test('each chip drops exactly its own filter', () => {
    const chips = activeQuoteFilters(FULL, (s) => (s === 'person:winston-peters' ? 'Winston Peters' : s));
    assert.deepEqual(chips.map((c) => c.label), [
      'Speaker: Winston Peters',
      'Office: Minister of Foreign Affairs, New Zealand',
      'Containing: "healthy oceans" OR fisheries',
      'From 1 Jan 2024',
      'To 31 Dec 2024',
      'Source: beehive.govt.nz',
      'Source: Pacific Daily Herald',
      'Kind: Release',
      'Kind: News',
      'Cluster: qc-abc',
    ]);
    assert.deepEqual(chips[1]!.without, { ...FULL, role: '', of: '', offset: 0 }, 'an office goes with its owner');
    assert.deepEqual(chips[6]!.without.source, ['beehive.govt.nz']);
    assert.deepEqual(activeQuoteFilters({ ...EMPTY_QUOTE_LIST, of: 'Australia' }).map((c) => c.label), ['Of: Australia']);
  });
});

describe('quote words', () => {
  const peters: QuoteSpeaker = { id: 'person:winston-peters', name: 'Winston Peters', mention: { text: 'Mr Peters', start: 10, end: 19 }, via: 'cue' };
  const office: QuoteSpeaker = {
    id: null,
    name: 'Minister of Foreign Affairs',
    mention: { text: 'the Foreign Minister', start: 0, end: 20 },
    via: 'role',
    office: { title: 'Minister of Foreign Affairs', of: 'Samoa' },
  };
  const row = (speaker: QuoteSpeaker | null, cue: string | null, kind: QuoteRow['kind'] = 'direct', clusterSize = 1): Pick<QuoteRow, 'speaker' | 'cue' | 'kind' | 'clusterSize' | 'cluster'> => ({
    speaker,
    cue,
    kind,
    clusterSize,
    cluster: clusterSize > 1 ? 'qc-1' : null,
  });

  const tips: [string, ReturnType<typeof row>, string][] = [
    ['a named speaker with a cue', row(peters, 'says'), 'Winston Peters (says) · direct quote'],
    ['a release minister from metadata (no cue)', row({ ...peters, via: 'release' }, null, 'partial'), 'Winston Peters · partial quote'],
    ['an office no one is known to hold', row(office, 'said'), 'Minister of Foreign Affairs, Samoa (said) · direct quote'],
    ['nobody', row(null, null, 'turn'), 'Unattributed · transcript turn'],
    ['a quote other documents carry', row(peters, 'said', 'direct', 3), 'Winston Peters (said) · direct quote · in 3 documents'],
  ];
  for (const [what, quote, expected] of tips) test(`tooltip: ${what}`, () => assert.equal(quoteTip(quote), expected));

  test('speaker and kind labels', () => {
    assert.equal(speakerLabel(null), 'Unattributed');
    assert.equal(speakerLabel({ ...office, office: { title: 'Prime Minister', of: null } }), 'Prime Minister');
    assert.equal(quoteKindLabel('partial'), 'partial quote');
    assert.equal(quoteKindLabel('aside'), 'aside', 'an unknown kind is shown as given');
  });
});
