// The shifts page: the phrases that rose and fell most between two periods or
// two groups of documents, side by side, each with its z-score, its counts on
// both sides, the first documents to use it and the first people quoted saying
// it, and a link to its trend over both sides. Built once and updated per
// route; the form's fields are the address's.
import type { Api } from './api.js';
import type { ShiftPhrase, ShiftSide, ShiftsResponse } from './api-types.js';
import { h, replace } from './dom.js';
import { formatCount, formatDate, kindLabel, plural } from './format.js';
import { createListLoader } from './list-loader.js';
import { QUOTE_DOCUMENT_KINDS } from './quote-state.js';
import { documentHash, entityHash, shiftsHash, trendsHash } from './router.js';
import { EMPTY_SHIFTS, formatZ, isComplete, phraseTrend, shiftsParams, sideLabel, type ShiftsState } from './shifts-state.js';

export interface ShiftsView {
  readonly element: HTMLElement;
  show(state: ShiftsState): Promise<void>;
}

const EXAMPLE_PERIODS: ShiftsState = { ...EMPTY_SHIFTS, from: '1996..2000', to: '2005..2009' };
const EXAMPLE_GROUPS: ShiftsState = { ...EMPTY_SHIFTS, mode: 'groups', group: 'kind:release', vs: 'kind:news' };

export function createShiftsView(api: Api, navigate: (state: ShiftsState) => void): ShiftsView {
  let current: ShiftsState = EMPTY_SHIFTS;

  const byPeriods = h('a', { class: 'segment', 'data-testid': 'shifts-by-periods' }, 'Two periods');
  const byGroups = h('a', { class: 'segment', 'data-testid': 'shifts-by-groups' }, 'Two groups');
  const field = (name: string, label: string, attrs: Record<string, string> = {}) => {
    const input = h('input', { id: `shifts-${name}`, name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-testid': `shifts-${name}`, ...attrs });
    return { input, row: h('div', { class: 'quotes-field' }, h('label', { for: input.id }, label), input) };
  };
  const from = field('from', 'Earlier period', { placeholder: '1996..2000' });
  const to = field('to', 'Later period', { placeholder: '2005..2009' });
  const group = field('group', 'Group', { placeholder: 'kind:release' });
  const vs = field('vs', 'Compared with', { placeholder: 'kind:news or source:…' });
  const source = field('source', 'Outlet', { placeholder: 'Any outlet' });
  const minDocs = field('minDocs', 'Used in at least (documents)', { type: 'number', min: '1', inputmode: 'numeric' });
  const limit = field('limit', 'Phrases each side', { type: 'number', min: '1', max: '500', inputmode: 'numeric' });
  const kind = h(
    'select',
    { id: 'shifts-kind', name: 'kind', 'data-testid': 'shifts-kind' },
    h('option', { value: '' }, 'Any kind'),
    QUOTE_DOCUMENT_KINDS.map((k) => h('option', { value: k }, kindLabel(k))),
  );
  const periodFields = h('div', { class: 'quotes-fields' }, from.row, to.row);
  const groupFields = h('div', { class: 'quotes-fields' }, group.row, vs.row);
  const hint = h('p', { class: 'muted shifts-hint' });
  const form = h(
    'form',
    { class: 'quotes-form shifts-form', 'aria-label': 'Compare', 'data-testid': 'shifts-form' },
    h('p', { class: 'segments', role: 'group', 'aria-label': 'Compare' }, byPeriods, byGroups),
    periodFields,
    groupFields,
    hint,
    h('div', { class: 'quotes-fields' }, source.row, h('div', { class: 'quotes-field' }, h('label', { for: kind.id }, 'Kind'), kind), minDocs.row, limit.row),
    h('p', { class: 'quotes-actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'shifts-apply' }, 'Compare'), ' ', h('a', { href: shiftsHash(), class: 'quotes-reset' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  kind.addEventListener('change', () => navigate(fromForm()));

  function fromForm(): ShiftsState {
    const count = (input: HTMLInputElement) => {
      const n = Number.parseInt(input.value, 10);
      return Number.isInteger(n) && n >= 1 ? n : null;
    };
    return {
      ...current,
      from: current.mode === 'periods' ? from.input.value.trim() : '',
      to: current.mode === 'periods' ? to.input.value.trim() : '',
      group: current.mode === 'groups' ? group.input.value.trim() : '',
      vs: current.mode === 'groups' ? vs.input.value.trim() : '',
      source: source.input.value.trim(),
      kind: kind.value,
      minDocs: count(minDocs.input),
      limit: count(limit.input),
    };
  }

  const summary = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const status = h('div', { class: 'status' });
  const columns = h('div', { class: 'shifts-columns' });
  const pane = h('section', { class: 'quotes-pane', 'aria-label': 'Shifts' }, h('div', { class: 'results-bar' }, summary), status, columns);
  const element = h(
    'div',
    { class: 'quotes-view shifts-view' },
    h('h1', { class: 'page-title' }, 'Shifts'),
    h(
      'p',
      { class: 'muted quotes-intro' },
      'The phrases that rose and fell most between two periods, or that one group of documents uses far more than another: ranked by a z-score that discounts phrases too rare to tell. Each phrase opens its trend.',
    ),
    form,
    pane,
  );
  const load = createListLoader({ pane, total: summary, status, table: columns, pager: h('div') }, 'Could not compare. ');

  function syncControls(state: ShiftsState): void {
    for (const [link, mode] of [[byPeriods, 'periods'], [byGroups, 'groups']] as const) {
      link.setAttribute('href', shiftsHash({ ...state, mode }));
      if (state.mode === mode) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    periodFields.hidden = state.mode !== 'periods';
    groupFields.hidden = state.mode !== 'groups';
    replace(
      hint,
      state.mode === 'periods'
        ? ['A period is ', h('code', null, '1996..2000'), ', one year (', h('code', null, '2001'), ') or dates (', h('code', null, '2001-09-11..2002-12-31'), ').']
        : ['A group is ', h('code', null, 'kind:release'), ', ', h('code', null, 'kind:news'), ' or ', h('code', null, 'source:'), ' and an outlet.'],
    );
    from.input.value = state.from;
    to.input.value = state.to;
    group.input.value = state.group;
    vs.input.value = state.vs;
    source.input.value = state.source;
    kind.value = state.kind;
    minDocs.input.value = state.minDocs === null ? '' : String(state.minDocs);
    limit.input.value = state.limit === null ? '' : String(state.limit);
    document.title = isComplete(state)
      ? `Shifts: ${state.mode === 'groups' ? `${state.group} vs ${state.vs}` : `${state.from} to ${state.to}`} · Parley`
      : 'Shifts · Parley';
  }

  function sideLine(name: string, side: ShiftSide): HTMLElement {
    return h('span', { class: 'shifts-side' }, h('strong', null, `${name}: `), sideLabel(side), ` · ${plural(side.documents, 'document')}, ${plural(side.words, 'word')}`);
  }

  function phraseItem(item: ShiftPhrase, side: 'rising' | 'falling', response: ShiftsResponse): HTMLElement {
    const trend = phraseTrend(item.phrase, current, response);
    return h(
      'li',
      { class: 'shift-item', 'data-testid': 'shift-row', 'data-phrase': item.phrase, 'data-side': side, 'data-z': item.z },
      h(
        'p',
        { class: 'shift-head' },
        h('a', { href: trendsHash(trend), class: 'shift-phrase', 'data-testid': 'shift-trend-link', 'aria-label': `${item.phrase}: its trend` }, item.phrase),
        ' ',
        h('span', { class: `shift-z shift-${side}`, 'data-testid': 'shift-z', title: 'z-score of the weighted log-odds ratio' }, `z ${formatZ(item.z)}`),
      ),
      h(
        'p',
        { class: 'shift-counts', 'data-testid': 'shift-counts' },
        `${formatCount(item.aCount)} → ${formatCount(item.bCount)} uses`,
        h('span', { class: 'muted' }, ` · in ${formatCount(item.aDocs)} → ${formatCount(item.bDocs)} documents`),
      ),
      item.first.length > 0
        ? h(
            'p',
            { class: 'shift-first' },
            h('span', { class: 'muted' }, 'First: '),
            item.first.flatMap((doc, i) => [
              i > 0 ? '; ' : '',
              h('a', { href: documentHash(doc.id), 'data-testid': 'shift-first' }, doc.title ?? doc.id),
              h('span', { class: 'muted' }, ` (${[doc.published ? formatDate(doc.published) : null, doc.source].filter(Boolean).join(', ')})`),
            ]),
          )
        : null,
      item.speakers.length > 0
        ? h(
            'p',
            { class: 'shift-speakers' },
            h('span', { class: 'muted' }, 'First said by: '),
            item.speakers.flatMap((speaker, i) => [
              i > 0 ? '; ' : '',
              speaker.id ? h('a', { href: entityHash(speaker.id), 'data-testid': 'shift-speaker', 'data-entity-id': speaker.id }, speaker.name) : h('span', { 'data-testid': 'shift-speaker' }, speaker.name),
              ' ',
              h('a', { href: documentHash(speaker.document), class: 'muted' }, speaker.published ? `(${formatDate(speaker.published)})` : '(document)'),
            ]),
          )
        : null,
    );
  }

  function column(side: 'rising' | 'falling', response: ShiftsResponse): HTMLElement {
    const items = response[side];
    const heading = side === 'rising' ? `Rising: more in ${sideLabel(response.b)}` : `Falling: more in ${sideLabel(response.a)}`;
    return h(
      'section',
      { class: 'shifts-column', 'aria-labelledby': `shifts-${side}-heading`, 'data-testid': `shifts-${side}` },
      h('h2', { id: `shifts-${side}-heading` }, heading),
      items.length === 0
        ? h('p', { class: 'empty' }, side === 'rising' ? 'No phrase rose clearly enough to list.' : 'No phrase fell clearly enough to list.')
        : h('ol', { class: 'shift-list' }, items.map((item) => phraseItem(item, side, response))),
    );
  }

  function render(response: ShiftsResponse): void {
    replace(
      summary,
      h(
        'p',
        { class: 'total', 'data-testid': 'shifts-summary', 'data-rising': response.rising.length, 'data-falling': response.falling.length },
        sideLine('A', response.a),
        h('br'),
        sideLine('B', response.b),
      ),
    );
    const empty = response.a.documents === 0 || response.b.documents === 0;
    replace(
      status,
      empty
        ? h('p', { class: 'empty', 'data-testid': 'shifts-empty' }, `No documents ${response.a.documents === 0 ? 'on side A' : 'on side B'}: there is nothing to compare. Widen it or drop a filter.`)
        : null,
    );
    replace(columns, empty ? null : [column('rising', response), column('falling', response)]);
  }

  async function show(state: ShiftsState): Promise<void> {
    current = state;
    syncControls(state);
    if (!isComplete(state)) {
      replace(summary);
      replace(columns);
      replace(
        status,
        h(
          'div',
          { class: 'empty', 'data-testid': 'shifts-empty' },
          h('p', null, h('strong', null, state.mode === 'groups' ? 'Name two groups to compare.' : 'Give two periods to compare.')),
          h('p', null, 'For example ', h('a', { href: shiftsHash(EXAMPLE_PERIODS) }, '1996..2000 against 2005..2009'), ', or ', h('a', { href: shiftsHash(EXAMPLE_GROUPS) }, 'releases against news'), '.'),
        ),
      );
      return;
    }
    await load(() => api.shifts(shiftsParams(state)), render);
  }

  return { element, show };
}
