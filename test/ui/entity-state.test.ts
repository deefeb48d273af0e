// The pure parts behind the entity views, under Node: routes and the entities
// index state, placing mentions in paragraphs by offset, and the arithmetic of
// the roles-over-time chart. The browser test covers the views themselves.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Role } from '../../web/src/api-types.js';
import {
  EMPTY_ENTITY_LIST,
  entityListApiParams,
  latestRole,
  parseEntityList,
  roleLabel,
} from '../../web/src/entity-state.js';
import { splitByMarks, usableMarks } from '../../web/src/highlight.js';
import { paragraphSpans } from '../../web/src/paragraphs.js';
import { entitiesHash, entityHash, parseRoute, searchHash } from '../../web/src/router.js';
import { EMPTY_SEARCH, NO_FILTERS, hasFilters, parseSearch, toggleValue, withChanges } from '../../web/src/search-state.js';
import { barPosition, dayNumber, officeRows, yearAxis } from '../../web/src/timeline.js';

describe('entity routes', () => {
  const table: [string, ReturnType<typeof parseRoute>][] = [
    ['#/entities', { view: 'entities', list: EMPTY_ENTITY_LIST }],
    ['#/entities?type=person&search=Peters', { view: 'entities', list: { type: 'person', search: 'Peters', offset: 0 } }],
    ['#/entities?type=planet&offset=-3', { view: 'entities', list: EMPTY_ENTITY_LIST }],
    ['#/entity/person:winston-peters', { view: 'entity', id: 'person:winston-peters', offset: 0 }],
    ['#/entity/person%3Awinston-peters?offset=20', { view: 'entity', id: 'person:winston-peters', offset: 20 }],
    ['#/entity/', { view: 'missing', hash: '#/entity/' }],
    ['#/entity/%E0%A4%A', { view: 'missing', hash: '#/entity/%E0%A4%A' }],
  ];
  for (const [hash, expected] of table) {
    test(`parses ${JSON.stringify(hash)}`, () => assert.deepEqual(parseRoute(hash), expected));
  }

  test('entity ids keep their colon readable and escape the rest', () => {
    assert.equal(entityHash('person:winston-peters'), '#/entity/person:winston-peters');
    assert.equal(entityHash('org:a/b?c', 40), '#/entity/org:a%2Fb%3Fc?offset=40');
    assert.deepEqual(parseRoute(entityHash('org:a/b?c', 40)), { view: 'entity', id: 'org:a/b?c', offset: 40 });
  });

  test('the index round-trips through the hash, and its bare form is one address', () => {
    const list = { type: 'org', search: 'Pacific Islands', offset: 50 } as const;
    assert.deepEqual(parseRoute(entitiesHash(list)), { view: 'entities', list });
    assert.equal(entitiesHash(), '#/entities');
    assert.equal(entitiesHash({ ...EMPTY_ENTITY_LIST, search: '  ' }), '#/entities');
  });

  test('the API query carries the page size', () => {
    const params = entityListApiParams(parseEntityList(new URLSearchParams('type=place&search=Suva')));
    assert.equal(params.toString(), 'type=place&search=Suva&limit=50');
  });
});

describe('entity filters in the search', () => {
  test('repeat in the hash and survive the round trip', () => {
    const state = withChanges(EMPTY_SEARCH, { person: ['person:winston-peters', 'person:antony-blinken'], place: ['place:washington'] });
    const hash = searchHash(state);
    assert.equal(hash, '#/search?person=person%3Awinston-peters&person=person%3Aantony-blinken&place=place%3Awashington');
    assert.deepEqual(parseRoute(hash), { view: 'search', search: state });
  });

  test('count as filters, toggle, and clear with the rest', () => {
    const state = toggleValue(EMPTY_SEARCH, 'org', 'org:nato');
    assert.ok(hasFilters(state));
    assert.deepEqual(toggleValue(state, 'org', 'org:nato').org, []);
    assert.equal(hasFilters(withChanges(state, NO_FILTERS)), false);
    assert.deepEqual(parseSearch(new URLSearchParams('org=&org=org:nato&org=org:nato')).org, ['org:nato']);
  });
});

describe('mentions placed by offset', () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234
  const text = 'Winston Peters met Antony Blinken.\n\nMr Peters flew to Washington.';
  const peters = { start: 0, end: 14, text: 'Winston Peters', id: 'p' };
  const blinken = { start: 19, end: 33, text: 'Antony Blinken', id: 'b' };
  const mrPeters = { start: 36, end: 45, text: 'Mr Peters', id: 'p' };
  const washington = { start: 54, end: 64, text: 'Washington', id: 'w' };

  test('paragraph spans are offsets into the text, trimmed', () => {
    assert.deepEqual(paragraphSpans(text), [{ start: 0, end: 34 }, { start: 36, end: 65 }]);
    assert.deepEqual(paragraphSpans('  a  \n\n\n b ', null), [{ start: 2, end: 3 }, { start: 9, end: 10 }]);
    assert.deepEqual(paragraphSpans(text, [{ start: 0, end: 35 }]), [{ start: 0, end: 34 }]);
  });

  test('marks that disagree with the text, fall outside it or overlap an earlier one are dropped', () => {
    const wrongText = { start: 0, end: 7, text: 'Winston Peters', id: 'x' };
    const outside = { start: 60, end: 99, id: 'x' };
    const empty = { start: 5, end: 5, id: 'x' };
    const inside = { start: 8, end: 14, text: 'Peters', id: 'x' };
    assert.deepEqual(usableMarks(text, [washington, wrongText, outside, empty, inside, peters, blinken]), [peters, blinken, washington]);
  });

  test('on a tie the earlier-listed mark wins', () => {
    const office = { start: 0, end: 14, id: 'office' };
    assert.deepEqual(usableMarks(text, [peters, office]), [peters]);
  });

  test('a paragraph becomes plain and marked pieces that rebuild it exactly', () => {
    const marks = usableMarks(text, [peters, blinken, mrPeters, washington]);
    const [first, second] = paragraphSpans(text);
    const pieces = splitByMarks(text, first!, marks);
    assert.deepEqual(
      pieces.map((p) => [p.text, p.mark?.id ?? null]),
      [['Winston Peters', 'p'], [' met ', null], ['Antony Blinken', 'b'], ['.', null]],
    );
    const again = splitByMarks(text, second!, marks);
    assert.equal(again.map((p) => p.text).join(''), text.slice(second!.start, second!.end));
    assert.deepEqual(again.filter((p) => p.mark).map((p) => p.text), ['Mr Peters', 'Washington']);
  });

  test('a mark straddling two paragraphs is cut at each edge', () => {
    const across = { start: 30, end: 40, id: 'x' };
    const [first, second] = paragraphSpans(text);
    assert.deepEqual(splitByMarks(text, first!, [across]).at(-1), { start: 30, end: 34, text: 'ken.', mark: across });
    assert.deepEqual(splitByMarks(text, second!, [across])[0], { start: 36, end: 40, text: 'Mr P', mark: across });
  });

  test('offsets are UTF-16 code units, so astral characters do not shift later marks', () => {
    const emoji = '🇳🇿 Peters';
    assert.deepEqual(
      splitByMarks(emoji, { start: 0, end: emoji.length }, usableMarks(emoji, [{ start: 5, end: 11, text: 'Peters' }])).map((p) => p.text),
      ['🇳🇿 ', 'Peters'],
    );
  });
});

describe('roles over time', () => {
  const fm = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
  const dpm = { title: 'Deputy Prime Minister', of: 'New Zealand' };
  const roles: Role[] = [
    { ...fm, from: '2024-04-04', to: '2024-07-29' },
    { ...dpm, from: '2025-06-05', to: '2025-06-05' },
    { ...fm, from: '2023-12-12', to: '2025-06-05' },
    { title: 'Member of Parliament', of: null, from: null, to: null },
  ];

  test('one row per office, first to last date, undated offices left to the table', () => {
    assert.deepEqual(
      officeRows(roles).map(({ title, from, to }) => [title, from, to]),
      [
        ['Minister of Foreign Affairs', '2023-12-12', '2025-06-05'],
        ['Deputy Prime Minister', '2025-06-05', '2025-06-05'],
      ],
    );
  });

  test('the axis covers whole years and each bar sits inside it', () => {
    const rows = officeRows(roles);
    const axis = yearAxis(rows)!;
    assert.deepEqual(axis.ticks.map((t) => t.year), [2023, 2024, 2025]);
    assert.equal(axis.ticks[0]!.at, 0);
    assert.equal(axis.end - axis.start, 365 + 366 + 365);
    for (const row of rows) {
      const { left, width } = barPosition(axis, row);
      assert.ok(left >= 0 && width > 0 && left + width <= 1, `${row.title} fits: ${left} + ${width}`);
    }
    // A one-day role is one day wide, drawn with a minimum width by the CSS.
    assert.equal(barPosition(axis, rows[1]!).width, 1 / (axis.end - axis.start));
    assert.equal(yearAxis([]), null);
  });

  test('long spans label about ten years', () => {
    const axis = yearAxis(officeRows([{ ...fm, from: '1990-01-01', to: '2025-12-31' }]))!;
    assert.equal(axis.ticks.length, 36);
    assert.ok(axis.ticks.filter((t) => t.labelled).length <= 10);
  });

  test('coarse dates cover their whole month or year', () => {
    assert.equal(dayNumber('2024-02', 'end')! - dayNumber('2024-02')!, 29);
    assert.equal(dayNumber('2024', 'end')! - dayNumber('2024')!, 366);
    assert.equal(dayNumber('2024-13-01'), null);
    assert.equal(dayNumber('11/04/2024'), null);
  });

  test('the latest role is the one seen last; on a tie, the one taken up later', () => {
    assert.deepEqual(latestRole(roles.slice(0, 1).concat(roles.slice(2))), { ...fm, from: '2023-12-12', to: '2025-06-05' });
    assert.deepEqual(latestRole(roles), { ...dpm, from: '2025-06-05', to: '2025-06-05' });
    assert.equal(latestRole([]), null);
    assert.equal(roleLabel(dpm), 'Deputy Prime Minister, New Zealand');
    assert.equal(roleLabel({ title: 'Secretary-General', of: null }), 'Secretary-General');
  });
});
