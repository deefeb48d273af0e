// A query the server could not parse, shown under the search box with the
// failing position marked, so the user can fix it in place.
import { h, replace } from './dom.js';

/** Fills `box` with the message and, when the position is known, the query with that spot marked. */
export function showQueryError(box: HTMLElement, query: string, message: string, position: number | null): void {
  const parts: (HTMLElement | string)[] = [h('strong', null, 'Query syntax: '), message];
  if (position !== null && position >= 0 && position <= query.length) {
    const at = query.slice(position, position + 1);
    parts.push(
      h(
        'span',
        { class: 'query-where' },
        h(
          'code',
          { class: 'query-echo' },
          query.slice(0, position),
          // Past the end there is no character to mark, so a blank box shows where more was expected.
          h('span', { class: at ? 'error-at' : 'error-at error-end' }, at || ' '),
          query.slice(position + 1),
        ),
        at ? ` at character ${position + 1}` : ' at the end',
      ),
    );
  }
  replace(box, parts);
  box.hidden = false;
}

export function clearQueryError(box: HTMLElement): void {
  box.hidden = true;
  box.replaceChildren();
}
