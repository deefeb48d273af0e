// One document: its facts, its text as paragraphs with the entities it
// mentions marked and linked, its quotes marked around them and the passages
// other documents share with it marked around those, its quotes listed with
// their speakers, the documents it shares text with, and the messages that
// reading and processing it raised.
import { ApiError, type Api } from './api.js';
import type { DocumentDetail, DocumentMessage, EntityType, QuoteRow, ReusePage, Span, TimeRow } from './api-types.js';
import { h, replace, type Child } from './dom.js';
import { quoteLayers, quoteMark, quotesSection } from './document-quotes.js';
import { highlightMark, timeLayers, timeMark, usableHighlight } from './document-times.js';
import { documentReuseParams, otherTitles, reusedMark, reuseSection } from './document-reuse.js';
import { rememberName } from './entity-names.js';
import { roleLabel } from './entity-state.js';
import { entityTypeLabel, formatCount, formatDate, kindLabel, plural } from './format.js';
import { layer, nest, splitByMarks, usableMarks, type Layer } from './highlight.js';
import { paragraphSpans } from './paragraphs.js';
import { reusedSpans, type ReusedSpan } from './reuse-state.js';
import { entityHash, searchHash } from './router.js';
import { EMPTY_SEARCH, withChanges } from './search-state.js';

/** A mention to mark in the text: an entity, or an office resolved (or not) to its holder. */
interface Highlight extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly id: string | null;
  readonly name: string | null;
  readonly role: string | null;
  /** For an office mention ("the Foreign Minister"), the office. */
  readonly office: string | null;
}

/** `publishedFrom` as it reads after "from". */
const PUBLISHED_FROM: Readonly<Record<string, string>> = {
  'front-matter': 'front matter',
  'html-meta': 'page metadata',
  feed: 'feed',
  text: 'the text',
  user: 'entered by hand',
};

/**
 * Renders into `container`; `backHash` is the list (a search, the entities
 * index) the user came from. `highlight` (an engagement's evidence) is marked,
 * scrolled to and focused.
 */
export async function showDocument(container: HTMLElement, api: Api, id: string, backHash: string, backLabel = 'Back to results', highlight?: Span): Promise<void> {
  const back = h('a', { class: 'back', href: backHash }, `← ${backLabel}`);
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
  // Asked only once the document exists, so an unknown id fails once; a failure here costs the section, not the page.
  const reuse = await api.documentReuse(doc.id, documentReuseParams()).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  document.title = `${doc.title ?? 'Untitled document'} · Parley`;
  const shown = usableHighlight(doc.text, highlight);
  replace(container, h('nav', { class: 'doc-nav', 'aria-label': 'Document' }, back), article(doc, reuse, shown));
  const marked = shown ? container.querySelector<HTMLElement>('#highlighted') : null;
  if (marked) {
    // The reader came for this sentence: bring it into view and start there.
    marked.focus({ preventScroll: true });
    marked.scrollIntoView({ block: 'center' });
    return;
  }
  // Move focus to the new content so screen readers announce it and Tab starts here.
  container.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function article(doc: DocumentDetail, reuse: ReusePage | Error, highlight: Span | null): HTMLElement {
  const marks = highlights(doc);
  // Layers, outermost first: reused stretches, the highlighted span, then
  // quotes (a quote within a quote one layer deeper), then dates, then entity
  // mentions innermost. Each is cut
  // inside the one before, so they may overlap freely and every character
  // still appears once.
  const reused = reuse instanceof Error ? [] : reusedSpans(doc.id, reuse.pairs, doc.text.length);
  const titles = reuse instanceof Error ? new Map<string, string>() : otherTitles(reuse.pairs);
  const layers: Layer<Node>[] = [
    layer<ReusedSpan, Node>(reused, (span, _piece, children) => reusedMark(span, titles, children)),
    layer<Span, Node>(highlight ? [highlight] : [], highlightMark),
    ...quoteLayers(doc.text, doc.quotes).map((quotes) => layer<QuoteRow, Node>(quotes, quoteMark)),
    ...timeLayers(doc.text, doc.times).map((times) => layer<TimeRow, Node>(times, timeMark)),
  ];
  const mentions = (span: Span): Node[] =>
    splitByMarks(doc.text, span, marks).map((piece) => (piece.mark ? mention(piece.text, piece.mark) : document.createTextNode(piece.text)));
  const text = paragraphSpans(doc.text, doc.segments?.paragraphs).map((span) => h('p', null, nest(doc.text, span, layers, mentions)));
  return h(
    'article',
    { class: 'document' },
    h(
      'header',
      { class: 'doc-header' },
      h('p', { class: 'result-meta' }, h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)), doc.source ? h('span', { class: 'source' }, doc.source) : null),
      h('h1', { class: 'doc-title', 'data-testid': 'doc-title', tabindex: '-1' }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document')),
      facts(doc, marks),
    ),
    h('div', { class: 'doc-text', 'data-testid': 'doc-text' }, text.length > 0 ? text : h('p', { class: 'empty' }, 'This document has no text.')),
    quotesSection(doc.quotes),
    reuseSection(doc, reuse),
    messagesPanel(doc),
  );
}

/**
 * The mentions that can be drawn. Named entities come before office mentions,
 * so where the two overlap the person's own name wins.
 */
function highlights(doc: DocumentDetail): Highlight[] {
  const entities: Highlight[] = (doc.entities ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    id: m.id ?? null,
    name: m.name ?? null,
    role: m.role ? shownRole(m.role, m.roleOf ?? null, m.roleTense ?? null) : null,
    office: null,
  }));
  const offices: Highlight[] = (doc.officeMentions ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: 'person',
    id: m.id ?? null,
    name: m.name ?? null,
    role: m.office ? roleLabel(m.office) : null,
    office: m.office ? roleLabel(m.office) : m.text,
  }));
  for (const m of entities) rememberName(m.id, m.name);
  return usableMarks(doc.text, [...entities, ...offices]);
}

/** "Minister of Foreign Affairs, New Zealand"; "former Prime Minister, New Zealand". */
function shownRole(title: string, of: string | null, tense: 'current' | 'former' | 'future' | null): string {
  const label = roleLabel({ title, of });
  return tense === 'former' ? `former ${label}` : tense === 'future' ? `incoming ${label}` : label;
}

/** "Person: Winston Peters, Minister of Foreign Affairs" (an office: "Office: … held by …"). */
function mentionTitle(mark: Highlight): string {
  if (mark.office !== null) return mark.name ? `${mark.office}: ${mark.name}` : `${mark.office} (holder not resolved)`;
  const name = mark.name ?? mark.text;
  return `${entityTypeLabel(mark.type)}: ${name}${mark.role ? `, ${mark.role}` : ''}`;
}

/** One marked mention: a link to its entity's page, or a plain mark when it has no canonical id. */
function mention(text: string, mark: Highlight): HTMLElement {
  const attrs = {
    class: `entity entity-${mark.type}${mark.office !== null ? ' entity-office' : ''}`,
    title: mentionTitle(mark),
    'data-testid': 'entity-mention',
    'data-entity-type': mark.type,
    'data-entity-id': mark.id,
  };
  return mark.id ? h('a', { ...attrs, href: entityHash(mark.id) }, text) : h('span', attrs, text);
}

/** Each entity the text names once, in order of first mention, with its mention count. */
function mentionedEntities(marks: readonly Highlight[], type: EntityType): { id: string; name: string; count: number }[] {
  const seen = new Map<string, { id: string; name: string; count: number }>();
  for (const mark of marks) {
    if (mark.type !== type || !mark.id || mark.office !== null) continue;
    const entry = seen.get(mark.id) ?? { id: mark.id, name: mark.name ?? mark.text, count: 0 };
    entry.count++;
    seen.set(mark.id, entry);
  }
  return [...seen.values()];
}

function facts(doc: DocumentDetail, marks: readonly Highlight[]): HTMLElement {
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
  for (const type of ['person', 'org', 'place'] as const) {
    const named = mentionedEntities(marks, type);
    if (named.length === 0) continue;
    rows.push([
      entityTypeLabel(type, named.length > 1),
      h(
        'span',
        { class: 'mentioned', 'data-testid': `doc-${type}` },
        named.flatMap((e, i) => [
          i > 0 ? ', ' : null,
          h('a', { class: `entity-key entity-${type}`, href: entityHash(e.id) }, e.name),
          e.count > 1 ? h('span', { class: 'muted', title: `${formatCount(e.count)} mentions` }, ` ×${formatCount(e.count)}`) : null,
        ]),
      ),
    ]);
  }
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
