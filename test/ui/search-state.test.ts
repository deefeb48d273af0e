// The search state and hash routes are pure, so they are checked here under
// Node; the browser test covers the views.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paragraphs } from '../../web/src/paragraphs.js';
import { documentHash, parseRoute, searchHash } from '../../web/src/router.js';
import {
  EMPTY_SEARCH,
  apiParams,
  effectiveSort,
  parseSearch,
  selectedYear,
  toggleValue,
  withChanges,
  yearRange,
  type SearchState,
} from '../../web/src/search-state.js';

const full: SearchState = {
  q: '"strategic partnership" NATO',
  source: ['beehive.govt.nz', 'mfat.govt.nz'],
  kind: ['release'],
  minister: ['Rt Hon Winston Peters'],
  portfolio: ['Foreign Affairs'],
  person: ['person:winston-peters', 'person:antony-blinken'],
  org: ['org:nato'],
  place: ['place:washington'],
  from: '2024-01-01',
  to: '2024-12-31',
  sort: 'date',
  offset: 40,
};

describe('routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['', { view: 'search', search: EMPTY_SEARCH }],
    ['#/', { view: 'search', search: EMPTY_SEARCH }],
    ['#/search?q=nato', { view: 'search', search: { ...EMPTY_SEARCH, q: 'nato' } }],
    ['#/doc/abc123', { view: 'document', id: 'abc123' }],
    ['#/doc/a%2Fb', { view: 'document', id: 'a/b' }],
    ['#/doc/%E0%A4%A', { view: 'missing', hash: '#/doc/%E0%A4%A' }],
    ['#/nowhere', { view: 'missing', hash: '#/nowhere' }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('a search survives the round trip through the hash', () => {
    assert.deepEqual(parseRoute(searchHash(full)), { view: 'search', search: full });
  });

  test('the empty search is the bare root, so there is one address for it', () => {
    assert.equal(searchHash(EMPTY_SEARCH), '#/');
    assert.equal(searchHash({ ...EMPTY_SEARCH, q: '   ' }), '#/');
  });

  test('document ids are escaped', () => {
    assert.equal(documentHash('a/b?c'), '#/doc/a%2Fb%3Fc');
  });
});

describe('search state', () => {
  test('ignores junk from a hand-edited hash', () => {
    const state = parseSearch(new URLSearchParams('from=11/04/2024&sort=best&offset=-5&source=&kind=news&kind=news'));
    assert.deepEqual(state, { ...EMPTY_SEARCH, kind: ['news'] });
  });

  test('API params repeat list filters and carry the page size', () => {
    const params = apiParams(full);
    assert.deepEqual(params.getAll('source'), ['beehive.govt.nz', 'mfat.govt.nz']);
    assert.deepEqual(params.getAll('person'), ['person:winston-peters', 'person:antony-blinken']);
    assert.deepEqual(params.getAll('place'), ['place:washington']);
    assert.equal(params.get('limit'), '20');
    assert.equal(params.get('offset'), '40');
  });

  test('changing a filter returns to the first page', () => {
    assert.equal(toggleValue(full, 'kind', 'news').offset, 0);
    assert.deepEqual(toggleValue(full, 'kind', 'news').kind, ['release', 'news']);
    assert.deepEqual(toggleValue(full, 'kind', 'release').kind, []);
    assert.equal(withChanges(full, { q: 'x' }).offset, 0);
  });

  test('a year is a whole-year date range', () => {
    assert.deepEqual(yearRange('2024'), { from: '2024-01-01', to: '2024-12-31' });
    assert.equal(selectedYear(full), '2024');
    assert.equal(selectedYear({ ...full, to: '2024-06-30' }), null);
    assert.equal(selectedYear(EMPTY_SEARCH), null);
  });

  test('sort defaults to relevance only when there are words to rank', () => {
    assert.equal(effectiveSort(EMPTY_SEARCH), 'date');
    assert.equal(effectiveSort({ ...EMPTY_SEARCH, q: 'nato' }), 'relevance');
    assert.equal(effectiveSort({ ...EMPTY_SEARCH, q: 'nato', sort: 'date' }), 'date');
  });
});

describe('paragraphs', () => {
  const text = 'First line.\nSame paragraph.\n\n  Second.  \n \nThird.';
  test('splits on blank lines and keeps single line breaks', () => {
    assert.deepEqual(paragraphs(text), ['First line.\nSame paragraph.', 'Second.', 'Third.']);
  });
  test('prefers the segmenter’s spans', () => {
    assert.deepEqual(paragraphs(text, [{ start: 0, end: 11 }, { start: 12, end: 27 }]), ['First line.', 'Same paragraph.']);
  });
  test('falls back to blank lines when spans are empty or out of range', () => {
    assert.deepEqual(paragraphs(text, []), paragraphs(text));
    assert.deepEqual(paragraphs(text, [{ start: 0, end: 999 }]), paragraphs(text));
  });
});
