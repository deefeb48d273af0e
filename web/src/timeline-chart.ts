// The drawn parts the year-axis charts share (the entity page's roles, the
// office page's terms): a track's year gridlines and the axis row under the
// bars. Bars are placed by percentage through CSSOM (`placed`), which the
// Content-Security-Policy allows; a `style` attribute would be blocked.
import { h, placed } from './dom.js';
import type { Axis } from './timeline.js';

/** A fraction of the axis as a CSS percentage. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

interface Band {
  readonly year: number;
  readonly at: number;
  readonly width: number;
  readonly labelled: boolean;
}

function bands(axis: Axis): Band[] {
  return axis.ticks.map((tick, i) => ({ ...tick, width: (axis.ticks[i + 1]?.at ?? 1) - tick.at }));
}

/** One line per year, for the back of a track. */
export function gridLines(axis: Axis): HTMLElement[] {
  return bands(axis).map((band) => placed(h('span', { class: 'timeline-gridline' }), { left: percent(band.at) }));
}

/** A bar on a track, from `left` for `width` (fractions of the axis). */
export function bar(className: string, position: { readonly left: number; readonly width: number }, title?: string): HTMLElement {
  return placed(h('span', { class: className, title }), { left: percent(position.left), width: percent(position.width) });
}

/** The years under the tracks; a picture of the dates the rows give in words, so hidden from screen readers. */
export function axisRow(axis: Axis, tag: 'div' | 'li' = 'div'): HTMLElement {
  return h(
    tag,
    { class: 'timeline-row timeline-axis', 'aria-hidden': 'true' },
    h('span', { class: 'timeline-label' }),
    h(
      'span',
      { class: 'timeline-track' },
      bands(axis).map((band) => placed(h('span', { class: 'timeline-year' }, band.labelled ? String(band.year) : ''), { left: percent(band.at), width: percent(band.width) })),
    ),
  );
}
