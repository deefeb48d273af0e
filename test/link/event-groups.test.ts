import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_MERGE_DEFAULTS } from '../../src/link/events/index.js';
import { groupReports } from '../../src/link/events/merge.js';
import type { LinkableEvent } from '../../src/store/index.js';

/** A report of one key (same participants and type family): only dates, place and age matter to grouping. */
function report(event: number, date: string | null, published: string, grain: LinkableEvent['grain'] = date ? 'day' : null, place: string | null = null): LinkableEvent {
  return {
    event,
    doc: event,
    documentId: `doc-${event}`,
    published,
    kind: 'news',
    ordinal: 0,
    type: 'meet',
    status: 'held',
    level: 'minister',
    plover: 'CONSULT',
    ploverMode: null,
    cameo: '040',
    date,
    grain,
    place: place === null ? null : { id: `place:${place.toLowerCase()}`, name: place },
    participants: [],
    bucket: null,
  };
}

const grouped = (reports: LinkableEvent[]) => groupReports(reports, EVENT_MERGE_DEFAULTS).map((g) => g.map((r) => r.event));

describe('engagements: which reports of one key are one engagement', () => {
  it('does not chain: A–B and B–C within 3 days, A and C 6 days apart, are two engagements, whatever order they arrive in', () => {
    const a = report(1, '2024-04-01', '2024-04-01');
    const b = report(2, '2024-04-04', '2024-04-04');
    const c = report(3, '2024-04-07', '2024-04-07');
    assert.deepEqual(grouped([a, b, c]), [[1, 2], [3]]);
    assert.deepEqual(grouped([c, b, a]), [[1, 2], [3]]);
  });

  it('keeps reports a day or two apart together, and a report between two meetings joins the nearer', () => {
    assert.deepEqual(grouped([report(1, '2024-04-11', '2024-04-11'), report(2, '2024-04-12', '2024-04-12'), report(3, '2024-04-11', '2024-04-13')]), [[1, 2, 3]]);
    // The 11th and the 16th are two meetings; a report dated the 14th (3 days from the 11th, 2 from the 16th) joins the 16th.
    const first = report(1, '2024-04-11', '2024-04-11');
    const second = report(2, '2024-04-16', '2024-04-16');
    const between = report(3, '2024-04-14', '2024-04-20');
    assert.deepEqual(grouped([first, second, between]), [[1], [2, 3]]);
  });

  it('never joins two places, and puts a vague report with the nearest engagement only', () => {
    assert.deepEqual(grouped([report(1, '2024-04-11', '2024-04-11', 'day', 'Washington'), report(2, '2024-04-11', '2024-04-12', 'day', 'Brussels')]), [[1], [2]]);
    const april = report(3, '2024-04', '2024-04-15', 'month');
    assert.deepEqual(grouped([report(1, '2024-04-11', '2024-04-11'), report(2, '2024-04-21', '2024-04-21'), april]).length, 2);
  });
});
