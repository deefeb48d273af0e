// Loading one page of a paged list pane (the entities and reuse indexes): only
// the latest request may draw, the pane is aria-busy while it waits, and a
// failed request empties the list and says why. Kept here so the list views
// share one answer to stale responses and failures, and only render pages.
import { h, replace } from './dom.js';

/** The parts of a list pane the loader marks busy or clears on failure. */
export interface ListSlots {
  readonly pane: HTMLElement;
  readonly total: HTMLElement;
  readonly status: HTMLElement;
  readonly table: HTMLElement;
  readonly pager: HTMLElement;
}

/** Requests a page and hands it to `render`, unless a later load has begun. */
export type ListLoad = <T>(request: () => Promise<T>, render: (page: T) => void) => Promise<void>;

/** `failureLabel` leads the alert, e.g. "Could not list entities. ". */
export function createListLoader(slots: ListSlots, failureLabel: string): ListLoad {
  let sequence = 0;
  return async (request, render) => {
    const mine = ++sequence;
    slots.pane.setAttribute('aria-busy', 'true');
    let page;
    try {
      page = await request();
    } catch (error) {
      if (mine !== sequence) return;
      slots.pane.removeAttribute('aria-busy');
      replace(slots.total);
      replace(slots.table);
      replace(slots.pager);
      replace(slots.status, h('p', { class: 'failure', role: 'alert' }, h('strong', null, failureLabel), error instanceof Error ? error.message : String(error)));
      return;
    }
    if (mine !== sequence) return;
    slots.pane.removeAttribute('aria-busy');
    render(page);
  };
}
