// The trends page: up to six phrases on one chart, drawn here in SVG from
// trends-chart.ts's layout (no chart library). Each point is a link to the
// documents behind it (the search over its bucket), so a click, or Enter on a
// focused point, opens them; hovering or focusing one says its value and its
// denominator. The strip under the plot shows the documents in scope per
// bucket, so a spike made of three documents looks like one. Built once and
// updated per route, like the other list pages: every control is in the hash.
import { ApiError, type Api } from './api.js';
import { QUOTE_DOCUMENT_KINDS } from './quote-state.js';
import { TREND_BUCKETS, TREND_MEASURES, type TrendBucket, type TrendMeasure, type TrendsResponse } from './api-types.js';
import { h, replace } from './dom.js';
import { formatCount, kindLabel, plural } from './format.js';
import { clearQueryError, showQueryError } from './query-error.js';
import { quotesHash, searchHash, trendsHash } from './router.js';
import { s } from './svg.js';
import { MARKERS_UP_TO, allBuckets, chartSummary, layoutChart, type ChartLayout } from './trends-chart.js';
import { downloadBlob, svgToPng, standaloneSvg } from './trends-export.js';
import {
  EMPTY_TRENDS,
  MAX_PHRASES,
  MEASURE_LABELS,
  SMOOTHING,
  bucketLabel,
  exportName,
  formatValue,
  onePhrase,
  pointTarget,
  pointWords,
  rawWords,
  seriesLabel,
  trendsApiParams,
  trendsCsv,
  type TrendSplit,
  type TrendsState,
} from './trends-state.js';

export interface TrendsView {
  readonly element: HTMLElement;
  show(state: TrendsState): Promise<void>;
}

const BUCKET_LABELS: Readonly<Record<TrendBucket, string>> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' };
const EXAMPLES = ['"climate change"', '"rules-based order"', '"traditional partners" OR "traditional allies"'];

interface PhraseRow {
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly remove: HTMLButtonElement;
  readonly error: HTMLElement;
}

export function createTrendsView(api: Api, navigate: (state: TrendsState) => void): TrendsView {
  let shown: { state: TrendsState; response: TrendsResponse; svg: SVGSVGElement } | null = null;
  let sequence = 0;

  // Phrases: one row each, at least one; rows are kept and refilled so focus survives a redraw.
  const rows: PhraseRow[] = [];
  const phraseList = h('ol', { class: 'trends-phrases' });
  const addButton = h('button', { type: 'button', class: 'link-button', 'data-testid': 'trends-add' }, '+ Add a phrase');
  addButton.addEventListener('click', () => {
    if (rows.length >= MAX_PHRASES) return;
    addRow().input.focus();
  });

  function addRow(): PhraseRow {
    const n = rows.length;
    const input = h('input', {
      id: `trends-phrase-${n}`,
      name: 'phrase',
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: n === 0 ? 'A phrase, e.g. "climate change"' : 'Another phrase to compare',
      'aria-describedby': `trends-phrase-error-${n}`,
      'data-testid': 'trends-phrase',
    });
    const remove = h('button', { type: 'button', class: 'trends-remove', 'aria-label': `Remove phrase ${n + 1}`, 'data-testid': 'trends-remove' }, '×');
    const error = h('div', { id: `trends-phrase-error-${n}`, class: 'search-error', role: 'alert', 'data-testid': 'trends-phrase-error', hidden: true });
    const row = h(
      'li',
      { class: 'trends-phrase' },
      h('div', { class: 'trends-phrase-row' }, h('span', { class: 'trend-key', 'data-colour': n, 'aria-hidden': 'true' }), h('label', { for: input.id, class: 'visually-hidden' }, `Phrase ${n + 1}`), input, remove),
      error,
    );
    const made = { row, input, remove, error };
    remove.addEventListener('click', () => {
      const at = rows.indexOf(made);
      if (rows.length === 1) input.value = '';
      else {
        rows.splice(at, 1);
        row.remove();
      }
      navigate(fromForm());
    });
    rows.push(made);
    phraseList.append(row);
    syncRowControls();
    return made;
  }

  function syncRowControls(): void {
    addButton.hidden = rows.length >= MAX_PHRASES;
    rows.forEach((r, i) => {
      r.remove.hidden = rows.length === 1 && r.input.value === '';
      r.remove.setAttribute('aria-label', `Remove phrase ${i + 1}`);
    });
  }

  const select = (name: string, options: readonly (readonly [string, string])[]) =>
    h('select', { id: `trends-${name}`, name, 'data-testid': `trends-${name}` }, options.map(([value, label]) => h('option', { value }, label)));
  const by = select('by', TREND_BUCKETS.map((b) => [b, BUCKET_LABELS[b]] as const));
  const split = select('split', [['', 'No'], ['source', 'By outlet'], ['kind', 'By kind']]);
  const smooth = select('smooth', SMOOTHING.map((n) => [String(n), n === 1 ? 'None' : `Mean of ${n}`] as const));
  const kind = select('kind', [['', 'Any kind'], ...QUOTE_DOCUMENT_KINDS.map((k) => [k, kindLabel(k)] as const)]);
  const textField = (name: string, attrs: Record<string, string> = {}) =>
    h('input', { id: `trends-${name}`, name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-testid': `trends-${name}`, ...attrs });
  const from = textField('from', { type: 'date' });
  const to = textField('to', { type: 'date' });
  const sources = h('datalist', { id: 'trends-sources' });
  const source = textField('source', { list: 'trends-sources', placeholder: 'Any outlet' });
  const speaker = textField('speaker', { placeholder: 'Only their quoted words' });
  const role = textField('role', { placeholder: 'Only the office holder’s words' });
  const of = textField('of', { placeholder: 'Any country' });
  const measures = TREND_MEASURES.map((m) => ({
    measure: m,
    box: h('input', { type: 'radio', name: 'measure', id: `trends-measure-${m}`, value: m, 'data-testid': `trends-measure-${m}` }),
  }));
  const field = (label: string, control: HTMLElement) => h('div', { class: 'quotes-field' }, h('label', { for: control.id }, label), control);
  const form = h(
    'form',
    { class: 'quotes-form trends-form', 'aria-label': 'Phrases to chart', 'data-testid': 'trends-form' },
    h('fieldset', { class: 'trends-phrase-set' }, h('legend', null, `Phrases (up to ${MAX_PHRASES}, in the search syntax)`), phraseList, addButton),
    h(
      'fieldset',
      { class: 'quotes-kinds trends-measures' },
      h('legend', null, 'Measure'),
      measures.map(({ measure, box }) => h('label', { class: 'quotes-kind', for: box.id }, box, ` ${MEASURE_LABELS[measure]}`)),
    ),
    h(
      'div',
      { class: 'quotes-fields' },
      field('Bucket', by),
      field('Split', split),
      field('Smoothing', smooth),
      field('From', from),
      field('To', to),
      field('Outlet', source),
      field('Kind', kind),
      field('Speaker', speaker),
      field('Office', role),
      field('Whose office', of),
    ),
    sources,
    h('p', { class: 'quotes-actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'trends-apply' }, 'Draw'), ' ', h('a', { href: trendsHash(), class: 'quotes-reset' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  // Choices apply at once; typed text waits for Enter or the button, as on the other pages.
  for (const control of [by, split, smooth, kind, from, to, ...measures.map((m) => m.box)]) {
    control.addEventListener('change', () => {
      if (!(control instanceof HTMLInputElement) || control.validity.valid) navigate(fromForm());
    });
  }

  function fromForm(): TrendsState {
    const phrases = [...new Set(rows.map((r) => r.input.value.trim()).filter((p) => p !== ''))].slice(0, MAX_PHRASES);
    const smoothing = Number(smooth.value);
    return {
      phrases,
      by: by.value as TrendBucket,
      measure: (measures.find((m) => m.box.checked)?.measure ?? 'share') as TrendMeasure,
      split: split.value as TrendSplit,
      smooth: Number.isInteger(smoothing) && smoothing >= 1 ? smoothing : 1,
      from: from.value,
      to: to.value,
      source: source.value.trim(),
      kind: kind.value,
      speaker: speaker.value.trim(),
      role: role.value.trim(),
      of: role.value.trim() ? of.value.trim() : '',
    };
  }

  const summary = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const status = h('div', { class: 'status' });
  const info = h('p', { class: 'network-info trends-info', 'data-testid': 'trends-info', 'aria-live': 'polite' });
  const tooltip = h('div', { class: 'trends-tooltip', 'data-testid': 'trends-tooltip', hidden: true, 'aria-hidden': 'true' });
  const drawing = h('div', { class: 'trends-figure' });
  const exportButton = (what: string, label: string) => h('button', { type: 'button', 'data-testid': `trends-export-${what}` }, label);
  const csvButton = exportButton('csv', 'CSV');
  const svgButton = exportButton('svg', 'SVG');
  const pngButton = exportButton('png', 'PNG');
  const exports = h('p', { class: 'trends-exports', hidden: true }, 'Download: ', csvButton, ' ', svgButton, ' ', pngButton);
  const tableSlot = h('div', { class: 'trends-table-slot' });
  const pane = h('section', { class: 'quotes-pane trends-pane', 'aria-label': 'Chart' }, h('div', { class: 'results-bar' }, summary, exports), status, info, drawing, tableSlot);
  const element = h(
    'div',
    { class: 'quotes-view trends-view' },
    h('h1', { class: 'page-title' }, 'Trends'),
    h(
      'p',
      { class: 'muted quotes-intro' },
      'How often the documents use a phrase over time. A point opens the documents behind it; the bars under the chart are how many documents each point is out of.',
    ),
    form,
    pane,
  );

  csvButton.addEventListener('click', () => {
    if (shown) downloadBlob(new Blob([trendsCsv(shown.response)], { type: 'text/csv;charset=utf-8' }), `${exportName(shown.state)}.csv`);
  });
  svgButton.addEventListener('click', () => {
    if (shown) downloadBlob(new Blob([standaloneSvg(shown.svg)], { type: 'image/svg+xml;charset=utf-8' }), `${exportName(shown.state)}.svg`);
  });
  pngButton.addEventListener('click', () => {
    if (!shown) return;
    const { svg, state } = shown;
    void svgToPng(svg).then(
      (png) => downloadBlob(png, `${exportName(state)}.png`),
      (error: unknown) => replace(info, `Could not make a PNG: ${error instanceof Error ? error.message : String(error)}`),
    );
  });

  let sourcesLoaded = false;
  function loadSources(): void {
    if (sourcesLoaded) return;
    sourcesLoaded = true;
    // The outlets as suggestions for the box; without them it still takes any name.
    void api.facets(new URLSearchParams()).then(
      (facets) => replace(sources, (facets.source ?? []).map((f) => h('option', { value: f.value }))),
      () => {
        sourcesLoaded = false;
      },
    );
  }

  function syncControls(state: TrendsState): void {
    const wanted = Math.max(1, state.phrases.length);
    while (rows.length > wanted) rows.pop()?.row.remove();
    while (rows.length < wanted) addRow();
    rows.forEach((r, i) => {
      const phrase = state.phrases[i] ?? '';
      if (r.input.value.trim() !== phrase) r.input.value = phrase;
      clearPhraseError(r);
    });
    syncRowControls();
    by.value = state.by;
    split.value = state.split;
    smooth.value = (SMOOTHING as readonly number[]).includes(state.smooth) ? String(state.smooth) : '1';
    if (smooth.value !== String(state.smooth)) smooth.append(h('option', { value: String(state.smooth), selected: true }, `Mean of ${state.smooth}`));
    kind.value = state.kind;
    from.value = state.from;
    to.value = state.to;
    source.value = state.source;
    speaker.value = state.speaker;
    role.value = state.role;
    of.value = state.of;
    for (const m of measures) m.box.checked = m.measure === state.measure;
    document.title = state.phrases.length > 0 ? `Trends: ${state.phrases.join(', ')} · Parley` : 'Trends · Parley';
  }

  function clearPhraseError(row: PhraseRow): void {
    clearQueryError(row.error);
    row.input.removeAttribute('aria-invalid');
  }

  function clearResults(): void {
    shown = null;
    exports.hidden = true;
    tooltip.hidden = true;
    replace(summary);
    replace(info);
    replace(drawing);
    replace(tableSlot);
  }

  /** A syntax error names no phrase: each phrase is asked alone, and each refused one is marked where it failed. */
  async function showSyntaxErrors(state: TrendsState, error: ApiError, mine: number): Promise<void> {
    const checks = await Promise.all(
      state.phrases.map((phrase) =>
        api.trends(trendsApiParams(onePhrase(state, phrase))).then(
          () => null,
          (e: unknown) => (e instanceof ApiError && e.code === 'query-syntax' ? e : null),
        ),
      ),
    );
    if (mine !== sequence) return;
    let marked = 0;
    checks.forEach((refusal, i) => {
      const row = rows[i];
      if (!refusal || !row) return;
      showQueryError(row.error, state.phrases[i] ?? '', refusal.message, refusal.position);
      row.input.setAttribute('aria-invalid', 'true');
      marked += 1;
    });
    // Only one phrase can have been the one: with one phrase the first answer already says where.
    if (marked === 0 && state.phrases.length === 1 && rows[0]) {
      showQueryError(rows[0].error, state.phrases[0] ?? '', error.message, error.position);
      rows[0].input.setAttribute('aria-invalid', 'true');
      marked = 1;
    }
    replace(
      status,
      marked > 0
        ? h('p', { class: 'empty', 'data-testid': 'trends-empty' }, `Fix the ${marked === 1 ? 'phrase' : 'phrases'} marked above to draw the chart.`)
        : h('p', { class: 'failure', role: 'alert', 'data-testid': 'trends-failure' }, h('strong', null, 'Query syntax: '), error.message),
    );
  }

  async function show(state: TrendsState): Promise<void> {
    syncControls(state);
    loadSources();
    const mine = ++sequence;
    if (state.phrases.length === 0) {
      clearResults();
      replace(
        status,
        h(
          'div',
          { class: 'empty', 'data-testid': 'trends-empty' },
          h('p', null, h('strong', null, 'Type a phrase above to see how often the documents use it over time.')),
          h('p', null, 'For example: ', EXAMPLES.flatMap((example, i) => [i > 0 ? ', ' : '', h('a', { href: trendsHash({ ...state, phrases: [example] }) }, h('code', null, example))])),
        ),
      );
      return;
    }
    pane.setAttribute('aria-busy', 'true');
    let response: TrendsResponse;
    try {
      response = await api.trends(trendsApiParams(state));
    } catch (error) {
      if (mine !== sequence) return;
      pane.removeAttribute('aria-busy');
      clearResults();
      if (error instanceof ApiError && error.code === 'query-syntax') return showSyntaxErrors(state, error, mine);
      const refused = error instanceof ApiError && error.status === 400;
      replace(
        status,
        h('p', { class: 'failure', role: 'alert', 'data-testid': 'trends-failure' }, h('strong', null, refused ? 'These settings cannot be used. ' : 'Could not draw the chart. '), error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    if (mine !== sequence) return;
    pane.removeAttribute('aria-busy');
    render(response, state);
  }

  function render(response: TrendsResponse, state: TrendsState): void {
    const buckets = allBuckets(response);
    tooltip.hidden = true;
    // Buckets run over the dates asked for even when nothing is in them: no denominator anywhere is no chart.
    if (buckets.length === 0 || response.series.every((series) => series.points.every((p) => p.total === 0))) {
      clearResults();
      replace(
        status,
        h(
          'div',
          { class: 'empty', 'data-testid': 'trends-empty' },
          h('p', null, h('strong', null, 'No dated documents in scope.'), ' Nothing to count the phrases against.'),
          h('p', null, 'Widen the dates or drop the outlet, kind or speaker, or ', h('a', { href: trendsHash({ ...EMPTY_TRENDS, phrases: state.phrases }) }, 'chart these phrases over everything'), '.'),
        ),
      );
      return;
    }
    const layout = layoutChart(response);
    const svg = picture(response, layout, state);
    shown = { state, response, svg };
    const matched = response.series.reduce((sum, s) => sum + s.points.reduce((n, p) => n + p.matches, 0), 0);
    const first = buckets[0]!;
    const last = buckets[buckets.length - 1]!;
    replace(
      summary,
      h(
        'p',
        { class: 'total', 'data-testid': 'trends-summary', 'data-series': response.series.length, 'data-buckets': buckets.length, 'data-measure': response.measure },
        h('strong', null, plural(response.series.length, 'series', 'series')),
        ` by ${state.by}, ${bucketLabel(first.bucket)}${buckets.length > 1 ? ` – ${bucketLabel(last.bucket)}` : ''} · ${MEASURE_LABELS[response.measure].toLowerCase()}`,
        state.smooth > 1 ? `, mean of the last ${state.smooth}` : '',
      ),
    );
    replace(
      status,
      matched === 0 ? h('p', { class: 'empty', 'data-testid': 'trends-none' }, `No document in scope matches ${state.phrases.length === 1 ? 'this phrase' : 'these phrases'}; the chart shows zeros.`) : null,
    );
    replace(info, 'Point at or tab to a point to see its value; a point opens its documents.');
    replace(drawing, svg, tooltip);
    replace(tableSlot, dataTable(response, state));
    exports.hidden = false;
  }

  function pointHref(state: TrendsState, series: TrendsResponse['series'][number], point: TrendsResponse['series'][number]['points'][number]): string {
    const target = pointTarget(state, series, point);
    return target.view === 'search' ? searchHash(target.search) : quotesHash(target.list);
  }

  function picture(response: TrendsResponse, layout: ChartLayout, state: TrendsState): SVGSVGElement {
    const { plot } = layout;
    const svg = s('svg', {
      class: 'trends-svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'group',
      'aria-label': `Trends of ${plural(response.series.length, 'series', 'series')}`,
      'data-testid': 'trends-svg',
    });
    const grid = s('g', { class: 'trend-grid', 'aria-hidden': 'true' });
    for (const tick of layout.yTicks) {
      grid.append(
        s('line', { class: tick.value === 0 ? 'trend-baseline' : 'trend-gridline', x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }),
        s('text', { class: 'trend-tick-label', x: plot.left - 8, y: tick.y + 4, 'text-anchor': 'end', 'data-testid': 'trend-y-tick' }, tick.label),
      );
    }
    for (const tick of layout.xTicks) {
      grid.append(
        s('line', { class: 'trend-tick', x1: tick.x, x2: tick.x, y1: plot.bottom, y2: plot.bottom + 5 }),
        s('text', { class: 'trend-tick-label', x: tick.x, y: plot.bottom + 19, 'text-anchor': 'middle', 'data-testid': 'trend-x-tick' }, tick.label),
      );
    }
    grid.append(s('text', { class: 'trend-axis-title', x: plot.left, y: plot.top - 8 }, layout.yTitle + (state.smooth > 1 ? ` (mean of the last ${state.smooth})` : '')));

    const legend = s('g', { class: 'trend-legend', 'aria-hidden': 'true' });
    for (const item of layout.legend) {
      legend.append(
        s('line', { class: `trend-line trend-colour-${item.colour} trend-dash-${item.dash}`, x1: item.x, x2: item.x + 22, y1: item.y - 4, y2: item.y - 4 }),
        s('text', { class: 'trend-legend-label', x: item.x + 28, y: item.y, 'data-testid': 'trend-legend-item' }, item.label),
      );
    }

    const lines = s('g', { class: 'trend-lines', role: 'img', 'aria-label': chartSummary(response) });
    const points = s('g', { class: `trend-points${layout.buckets.length > MARKERS_UP_TO ? ' trend-points-dense' : ''}` });
    for (const placed of layout.series) {
      const series = response.series[placed.index]!;
      lines.append(s('path', { class: `trend-line trend-colour-${placed.colour} trend-dash-${placed.dash}`, d: placed.path, 'data-testid': 'trend-line', 'data-series': placed.index, 'data-phrase': series.phrase }));
      const group = s('g', { class: `trend-colour-${placed.colour}`, role: 'list', 'aria-label': placed.label });
      for (const p of placed.points) {
        const words = pointWords(series, p.point, response.measure, state.smooth);
        const link = s(
          'a',
          {
            href: pointHref(state, series, p.point),
            class: 'trend-point',
            role: 'listitem',
            'aria-label': words,
            'data-testid': 'trend-point',
            'data-series': placed.index,
            'data-bucket': p.point.bucket,
            'data-matches': p.point.matches,
            'data-total': p.point.total,
            'data-value': p.point.value,
          },
          s('circle', { class: 'trend-point-hit', cx: p.x, cy: p.y, r: 9 }),
          s('circle', { class: 'trend-point-mark', cx: p.x, cy: p.y, r: 3.5 }),
        );
        explains(link, words, series, p.point, p.x, p.y, layout, response.measure);
        group.append(link);
      }
      points.append(group);
    }

    const strip = s('g', { class: 'trend-strip' });
    strip.append(s('text', { class: 'trend-axis-title', x: plot.left, y: layout.strip.top - 8, 'data-testid': 'trend-strip-label' }, layout.strip.label));
    strip.append(s('line', { class: 'trend-baseline', x1: plot.left, x2: plot.right, y1: layout.strip.bottom, y2: layout.strip.bottom }));
    for (const bar of layout.strip.bars) {
      strip.append(
        s(
          'rect',
          { class: 'trend-bar', x: bar.x, y: bar.y, width: bar.width, height: Math.max(bar.height, bar.total > 0 ? 1 : 0), 'data-testid': 'trend-bar', 'data-bucket': bar.bucket, 'data-total': bar.total },
          s('title', null, `${bucketLabel(bar.bucket)}: ${formatCount(bar.total)} in scope`),
        ),
      );
    }
    svg.append(grid, legend, strip, lines, points);
    return svg;
  }

  /** Hover and focus both show the tooltip and say the point in the live line, so a keyboard gets what a pointer gets. */
  function explains(
    target: SVGElement,
    words: string,
    series: TrendsResponse['series'][number],
    point: TrendsResponse['series'][number]['points'][number],
    x: number,
    y: number,
    layout: ChartLayout,
    measure: TrendMeasure,
  ): void {
    const on = () => {
      replace(info, words);
      replace(
        tooltip,
        h('strong', null, seriesLabel(series)),
        h('span', null, bucketLabel(point.bucket)),
        h('span', { class: 'trends-tooltip-value' }, formatValue(point.value, measure), measure === 'per-million' ? ' per million words' : ''),
        h('span', { class: 'muted' }, rawWords(point, measure)),
      );
      // The SVG scales with the page: place the tooltip by the share of the drawing's box.
      const box = shown?.svg.getBoundingClientRect();
      const frame = drawing.getBoundingClientRect();
      if (box && box.width > 0) {
        const left = box.left - frame.left + (x / layout.width) * box.width;
        const top = box.top - frame.top + (y / layout.height) * box.height;
        tooltip.style.left = `${left}px`;
        tooltip.style.top = `${top}px`;
        tooltip.classList.toggle('trends-tooltip-left', left > frame.width - 200);
      }
      tooltip.hidden = false;
      target.classList.add('trend-point-lit');
    };
    const off = () => {
      tooltip.hidden = true;
      target.classList.remove('trend-point-lit');
    };
    target.addEventListener('mouseenter', on);
    target.addEventListener('focus', on);
    target.addEventListener('mouseleave', off);
    target.addEventListener('blur', off);
  }

  function dataTable(response: TrendsResponse, state: TrendsState): HTMLElement {
    const buckets = allBuckets(response);
    const bySeries = response.series.map((series) => new Map(series.points.map((p) => [p.bucket, p])));
    const units = response.measure === 'per-million' ? 'occurrences / words' : 'documents / in scope';
    return h(
      'details',
      { class: 'trends-table', 'data-testid': 'trends-table' },
      h('summary', null, 'The numbers as a table'),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table' },
          h('caption', { class: 'visually-hidden' }, `${MEASURE_LABELS[response.measure]} by ${state.by}, with ${units}`),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, BUCKET_LABELS[state.by]), response.series.map((series) => h('th', { scope: 'col', class: 'num' }, seriesLabel(series))))),
          h(
            'tbody',
            null,
            buckets.map((b) =>
              h(
                'tr',
                { 'data-testid': 'trends-row', 'data-bucket': b.bucket },
                h('th', { scope: 'row' }, bucketLabel(b.bucket)),
                bySeries.map((points, i) => {
                  const p = points.get(b.bucket);
                  const series = response.series[i]!;
                  return h(
                    'td',
                    { class: 'num' },
                    p ? h('a', { href: pointHref(state, series, p) }, formatValue(p.value, response.measure)) : '–',
                    p ? h('span', { class: 'muted trends-raw' }, ` ${formatCount(p.matches)} / ${formatCount(p.total)}`) : null,
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  return { element, show };
}
