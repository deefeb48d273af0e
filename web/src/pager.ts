// Previous / next links over a paged list. The page is in the hash (an
// offset), so each page has an address and Back steps through them.
import { h } from './dom.js';
import { formatCount } from './format.js';

/** null when everything fits on one page; `href` gives the address of the page starting at an offset. */
export function pager(total: number, offset: number, pageSize: number, href: (offset: number) => string, label = 'Result pages'): HTMLElement | null {
  if (total <= pageSize) return null;
  const page = Math.floor(offset / pageSize) + 1;
  const pages = Math.ceil(total / pageSize);
  const link = (text: string, to: number | null, rel: string) =>
    to === null ? h('span', { class: 'pager-link', 'aria-disabled': 'true' }, text) : h('a', { class: 'pager-link', href: href(to), rel }, text);
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    link('← Previous', page > 1 ? Math.max(0, offset - pageSize) : null, 'prev'),
    h('span', { class: 'pager-status' }, `Page ${formatCount(page)} of ${formatCount(pages)}`),
    link('Next →', page < pages ? offset + pageSize : null, 'next'),
  );
}
