// One office (a title and whose it is: "Prime Minister, Australia") over
// time: who held it, when the documents show each holder, and where a
// successor appears, until when. A chart of the terms, then the same facts as
// a table whose holders link to their entity pages.
import { ApiError, type Api } from './api.js';
import type { Office, OfficeHistory, OfficeTerm } from './api-types.js';
import { h, replace } from './dom.js';
import type { BackLink } from './entity-view.js';
import { rememberName } from './entity-names.js';
import { roleLabel } from './entity-state.js';
import { formatCount, formatDate, formatDateRange, plural } from './format.js';
import { entitiesHash, entityHash } from './router.js';
import { barPosition, termRows, yearAxis, type Axis, type TermRow } from './timeline.js';
import { axisRow, bar, gridLines } from './timeline-chart.js';

export interface OfficeView {
  readonly element: HTMLElement;
  /** Shows the holders of `title` (of `of`); resolves once drawn (or failed). */
  show(title: string, of: string | null, back: BackLink): Promise<void>;
}

export function createOfficeView(api: Api): OfficeView {
  const element = h('div', { class: 'office-view' });
  let sequence = 0;

  async function show(title: string, of: string | null, back: BackLink): Promise<void> {
    const mine = ++sequence;
    const nav = h(
      'nav',
      { class: 'doc-nav', 'aria-label': 'Office' },
      h('a', { class: 'back', href: back.hash }, `← ${back.label}`),
      back.hash.startsWith('#/entities') ? null : [' · ', h('a', { href: entitiesHash() }, 'All entities')],
    );
    const asked: Office = { title, of };
    replace(element, nav, h('p', { class: 'loading', 'aria-live': 'polite' }, 'Loading…'));
    let history: OfficeHistory;
    try {
      history = await api.office(title, of);
    } catch (error) {
      if (mine !== sequence) return;
      // A 400 is the API saying what is wrong with the office asked for (an unknown title, no `of`): its words, as given.
      const refused = error instanceof ApiError && error.status === 400;
      document.title = `${roleLabel(asked)} · Parley`;
      replace(
        element,
        nav,
        h('header', { class: 'doc-header' }, kicker(), h('h1', { class: 'doc-title', 'data-testid': 'office-name', tabindex: '-1' }, roleLabel(asked))),
        h(
          'p',
          { class: 'failure', 'data-testid': 'office-error' },
          refused ? null : 'Could not load this office: ',
          error instanceof Error ? error.message : String(error),
        ),
      );
      element.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    if (mine !== sequence) return;
    for (const term of history.terms) rememberName(term.id, term.name);
    document.title = `${roleLabel(history.office)} · Parley`;
    replace(element, nav, page(history, title));
    element.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  return { element, show };
}

function kicker(): HTMLElement {
  return h('p', { class: 'result-meta' }, h('span', { class: 'badge office-badge' }, 'Office'));
}

function page(history: OfficeHistory, askedTitle: string): HTMLElement {
  const { office, terms } = history;
  const label = roleLabel(office);
  const first = terms[0];
  const last = terms[terms.length - 1];
  return h(
    'article',
    { class: 'office-page', 'data-office': label },
    h(
      'header',
      { class: 'doc-header' },
      kicker(),
      h('h1', { class: 'doc-title', 'data-testid': 'office-name', tabindex: '-1' }, label),
      askedTitle.toLowerCase() !== office.title.toLowerCase() ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Asked for as '), h('q', null, askedTitle)) : null,
      first && last
        ? h(
            'p',
            { class: 'office-summary', 'data-testid': 'office-summary' },
            `${plural(terms.length, 'term')} in the documents, from `,
            time(first.firstAttested),
            ' to ',
            time(last.lastAttested),
            '.',
          )
        : null,
    ),
    terms.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'office-empty' }, `The documents name no holder of ${label}.`)
      : termsSection(office, terms),
  );
}

function termsSection(office: Office, terms: readonly OfficeTerm[]): HTMLElement {
  const rows = termRows(terms);
  const axis = yearAxis(rows);
  return h(
    'section',
    { class: 'entity-section', 'aria-labelledby': 'office-terms-heading', 'data-testid': 'office-terms' },
    h('h2', { id: 'office-terms-heading' }, 'Holders over time'),
    axis ? timeline(office, rows, axis) : null,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table office-table', 'data-testid': 'office-table' },
        h('caption', { class: 'visually-hidden' }, `Holders of ${roleLabel(office)}: the first and last documents naming each in the office, and the successor's first document`),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Holder'),
            h('th', { scope: 'col' }, 'First attested'),
            h('th', { scope: 'col' }, 'Last attested'),
            h('th', { scope: 'col' }, 'Until'),
            h('th', { scope: 'col', class: 'num' }, 'Documents'),
          ),
        ),
        h(
          'tbody',
          null,
          terms.map((term) =>
            h(
              'tr',
              { 'data-testid': 'term-row', 'data-entity-id': term.id },
              h('th', { scope: 'row' }, h('a', { href: entityHash(term.id), 'data-testid': 'term-holder' }, term.name)),
              h('td', { 'data-label': 'First attested', 'data-testid': 'term-first' }, time(term.firstAttested)),
              h('td', { 'data-label': 'Last attested', 'data-testid': 'term-last' }, time(term.lastAttested)),
              h('td', { 'data-label': 'Until', 'data-testid': 'term-until' }, term.until ? time(term.until) : h('span', { class: 'unknown' }, 'No successor seen')),
              h('td', { class: 'num', 'data-label': 'Documents' }, formatCount(term.documents)),
            ),
          ),
        ),
      ),
    ),
  );
}

function time(iso: string): HTMLElement {
  return h('time', { datetime: iso }, formatDate(iso));
}

/** A term's dates in words, as the chart row shows them beside its bar. */
export function termDates(term: OfficeTerm): string {
  const attested = `attested ${formatDateRange(term.firstAttested, term.lastAttested)}`;
  return term.until ? `${attested}; until ${formatDate(term.until)}` : `${attested}; latest holder`;
}

/**
 * One row per term on a year axis: a solid bar over the attested span (first
 * to last document naming the holder), and a lighter, dashed one on to the
 * successor's first document. Each row says its dates in words too, so the
 * chart reads without hovering and screen readers get the rows as a list;
 * only the bars and the axis, pictures of those words, are hidden from them.
 */
function timeline(office: Office, rows: readonly TermRow[], axis: Axis): HTMLElement {
  return h(
    'figure',
    { class: 'timeline office-timeline', 'data-testid': 'office-timeline', 'aria-labelledby': 'office-timeline-caption' },
    h(
      'ol',
      { class: 'timeline-chart' },
      rows.map((row) => {
        const dates = termDates(row);
        const extension = row.end > row.attestedEnd ? barPosition(axis, { start: row.attestedEnd, end: row.end }) : null;
        return h(
          'li',
          { class: 'timeline-row term-timeline-row', 'data-testid': 'timeline-row', 'data-entity-id': row.id },
          h('span', { class: 'timeline-label term-label' }, h('span', { class: 'term-name' }, row.name), h('span', { class: 'term-dates' }, dates)),
          h(
            'span',
            { class: 'timeline-track', 'aria-hidden': 'true' },
            gridLines(axis),
            extension ? bar('timeline-bar term-extension', extension, `${row.name}: until ${formatDate(row.until ?? '')}`) : null,
            bar('timeline-bar term-attested', barPosition(axis, { start: row.start, end: row.attestedEnd }), `${row.name}: ${dates}`),
          ),
        );
      }),
      axisRow(axis, 'li'),
    ),
    h(
      'p',
      { class: 'timeline-legend', 'aria-hidden': 'true' },
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-swatch term-attested' }), 'attested in the documents'),
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-swatch term-extension' }), 'on until the successor’s first document'),
    ),
    h('figcaption', { id: 'office-timeline-caption', class: 'muted' }, `Holders of ${roleLabel(office)}, term by term.`),
  );
}
