// One document: its facts, its text as paragraphs, and the messages that
// reading and processing it raised.
import { ApiError, type Api } from './api.js';
import type { DocumentDetail, DocumentMessage } from './api-types.js';
import { h, replace, type Child } from './dom.js';
import { formatDate, kindLabel, plural } from './format.js';
import { paragraphs } from './paragraphs.js';
import { searchHash } from './router.js';
import { EMPTY_SEARCH, withChanges } from './search-state.js';

/** `publishedFrom` as it reads after "from". */
const PUBLISHED_FROM: Readonly<Record<string, string>> = {
  'front-matter': 'front matter',
  'html-meta': 'page metadata',
  feed: 'feed',
  text: 'the text',
  user: 'entered by hand',
};

/** Renders into `container`; `backHash` is the search the user came from. */
export async function showDocument(container: HTMLElement, api: Api, id: string, backHash: string): Promise<void> {
  const back = h('a', { class: 'back', href: backHash }, '← Back to results');
  replace(container, h('nav', { class: 'doc-nav', 'aria-label': 'Document' }, back), h('p', { class: 'loading', 'aria-live': 'polite' }, 'Loading document…'));
  let doc: DocumentDetail;
  try {
    doc = await api.document(id);
  } catch (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    replace(
      container,
      h('nav', { class: 'doc-nav', 'aria-label': 'Document' }, back),
      h('h1', { class: 'doc-title', tabindex: '-1' }, notFound ? 'Document not found' : 'Could not load the document'),
      h('p', { class: 'failure' }, notFound ? `There is no document with id ${id} in this store.` : error instanceof Error ? error.message : String(error)),
    );
    container.querySelector<HTMLElement>('h1')?.focus();
    return;
  }
  document.title = `${doc.title ?? 'Untitled document'} · Parley`;
  replace(container, h('nav', { class: 'doc-nav', 'aria-label': 'Document' }, back), article(doc));
  // Move focus to the new content so screen readers announce it and Tab starts here.
  container.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function article(doc: DocumentDetail): HTMLElement {
  const text = paragraphs(doc.text, doc.segments?.paragraphs).map((p) => h('p', null, p));
  return h(
    'article',
    { class: 'document' },
    h(
      'header',
      { class: 'doc-header' },
      h('p', { class: 'result-meta' }, h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)), doc.source ? h('span', { class: 'source' }, doc.source) : null),
      h('h1', { class: 'doc-title', 'data-testid': 'doc-title', tabindex: '-1' }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document')),
      facts(doc),
    ),
    h('div', { class: 'doc-text', 'data-testid': 'doc-text' }, text.length > 0 ? text : h('p', { class: 'empty' }, 'This document has no text.')),
    messagesPanel(doc),
  );
}

function facts(doc: DocumentDetail): HTMLElement {
  const rows: [string, Child | Child[]][] = [];
  const from = doc.publishedFrom ? PUBLISHED_FROM[doc.publishedFrom] ?? doc.publishedFrom : null;
  rows.push([
    'Published',
    doc.published
      ? [h('time', { datetime: doc.published }, formatDate(doc.published)), from ? h('span', { class: 'muted' }, ` (from ${from})`) : null]
      : h('span', { class: 'unknown' }, 'Unknown'),
  ]);
  if (doc.byline) rows.push(['Byline', doc.byline]);
  if (doc.ministers.length > 0) rows.push([doc.ministers.length === 1 ? 'Minister' : 'Ministers', filterLinks('minister', doc.ministers)]);
  if (doc.portfolios.length > 0) rows.push([doc.portfolios.length === 1 ? 'Portfolio' : 'Portfolios', filterLinks('portfolio', doc.portfolios)]);
  if (doc.url) rows.push(['URL', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', class: 'url' }, doc.url)]);
  for (const [key, value] of Object.entries(doc.extra ?? {})) rows.push([key, value]);
  rows.push(['File', h('span', { class: 'path' }, doc.path, h('span', { class: 'muted' }, ` · ${doc.format}`))]);
  return h('dl', { class: 'facts' }, rows.flatMap(([term, detail]) => [h('dt', null, term), h('dd', null, detail)]));
}

/** Each minister or portfolio links to every document that names it. */
function filterLinks(filter: 'minister' | 'portfolio', values: readonly string[]): Child[] {
  return values.flatMap((value, i) => [i > 0 ? ', ' : null, h('a', { href: searchHash(withChanges(EMPTY_SEARCH, { [filter]: [value] })) }, value)]);
}

function messagesPanel(doc: DocumentDetail): HTMLElement {
  const messages = doc.messages ?? [];
  const stages = doc.stages ?? [];
  const summary = messages.length === 0 ? 'No processing messages' : `Processing messages (${messages.length})`;
  return h(
    'details',
    { class: 'messages', 'data-testid': 'doc-messages' },
    h('summary', null, summary, problemCount(messages)),
    messages.length > 0
      ? h(
          'table',
          null,
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Severity'), h('th', { scope: 'col' }, 'Code'), h('th', { scope: 'col' }, 'Reason'))),
          h('tbody', null, messages.map(messageRow)),
        )
      : null,
    stages.length > 0 ? h('p', { class: 'muted stages' }, 'Stages: ', stages.map((s) => `${s.name} v${s.version}`).join(', ')) : null,
  );
}

function problemCount(messages: readonly DocumentMessage[]): HTMLElement | null {
  const warnings = messages.filter((m) => m.severity !== 'info').length;
  return warnings > 0 ? h('span', { class: 'severity severity-warning' }, plural(warnings, 'warning')) : null;
}

function messageRow(m: DocumentMessage): HTMLElement {
  return h(
    'tr',
    null,
    h('td', null, h('span', { class: `severity severity-${m.severity}` }, m.severity)),
    h('td', null, h('code', null, m.origin ? `${m.origin}:${m.code}` : m.code)),
    h('td', null, m.reason),
  );
}
