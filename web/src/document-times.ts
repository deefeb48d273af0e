// A document's time expressions marked in its text, each with the date it was
// resolved to on hover (title) and for screen readers (aria-label, which keeps
// the words themselves), and the span an address asks to highlight (an
// engagement's evidence, `?hl=`). Both are layers of highlight.ts, so they
// nest with reused text, quotes and entity mentions without losing a character.
import type { Span, TimeRow } from './api-types.js';
import { h, type Child } from './dom.js';
import { timeTip, timeValueWords } from './event-state.js';
import { markLayers, type Piece } from './highlight.js';

/** The document's times as layers without overlap; those whose offsets disagree with the text are left out. */
export function timeLayers(text: string, times: readonly TimeRow[] | undefined): TimeRow[][] {
  return markLayers(text, times ?? []);
}

/** A `datetime` the browser accepts: a day, a month, a year or a week (not a quarter). */
function machineValue(value: string | null): string | null {
  return value !== null && /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(value) ? value : null;
}

export function timeMark(time: TimeRow, _piece: Piece<TimeRow>, children: Child[]): HTMLElement {
  const words = timeValueWords(time);
  return h(
    'time',
    {
      class: `time-expr${words === null ? ' time-unresolved' : ''}`,
      datetime: machineValue(time.value),
      title: timeTip(time),
      'aria-label': words === null ? null : `${time.text} (${words})`,
      'data-testid': 'time-mark',
      'data-value': time.value,
      'data-grain': time.grain,
    },
    children,
  );
}

/** The span to highlight, if it lies inside the text. */
export function usableHighlight(text: string, span: Span | undefined): Span | null {
  return span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : null;
}

/** One piece of the highlighted span; the first can take focus, so the page can bring the reader to it. */
export function highlightMark(span: Span, piece: Piece<Span>, children: Child[]): HTMLElement {
  const first = piece.start === span.start;
  return h('mark', { class: 'evidence', 'data-testid': 'evidence-mark', tabindex: first ? '-1' : null, id: first ? 'highlighted' : null }, children);
}
