// Two documents side by side: the earlier one (the release) on the left, the
// one that reused it on the right, each reused passage marked and numbered in
// both so passage N on the left is passage N on the right. Each text scrolls
// on its own; choosing a passage brings its partner level with it.
import { ApiError, type Api } from './api.js';
import type { DocumentDetail, ReusePair } from './api-types.js';
import { h, replace, type Child } from './dom.js';
import { sideMeta } from './document-reuse.js';
import type { BackLink } from './entity-view.js';
import { formatCount, plural } from './format.js';
import { splitByMarks, usableMarks } from './highlight.js';
import { paragraphSpans } from './paragraphs.js';
import { documentHash } from './router.js';
import { formatLag, formatShare, kindNoun, passageSpans, type NumberedSpan } from './reuse-state.js';

/** The pair of these two documents in either order, at any share, or null when none is stored. */
async function findPair(api: Api, sourceId: string, targetId: string): Promise<ReusePair | null> {
  try {
    return await api.reusePair(sourceId, targetId);
  } catch (error) {
    // An unknown document fails its own request; a 404 here means the two are not related.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function showReusePair(container: HTMLElement, api: Api, sourceId: string, targetId: string, back: BackLink): Promise<void> {
  const nav = () => h('nav', { class: 'doc-nav', 'aria-label': 'Reuse' }, h('a', { class: 'back', href: back.hash }, `← ${back.label}`));
  replace(container, nav(), h('p', { class: 'loading', 'aria-live': 'polite' }, 'Loading both documents…'));
  let source: DocumentDetail;
  let target: DocumentDetail;
  let pair: ReusePair | null;
  try {
    [source, target, pair] = await Promise.all([api.document(sourceId), api.document(targetId), findPair(api, sourceId, targetId)]);
  } catch (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    failed(container, nav(), notFound ? 'Document not found' : 'Could not load the pair', notFound ? error.message : error instanceof Error ? error.message : String(error));
    return;
  }
  if (!pair) {
    failed(container, nav(), 'No reuse between these documents', 'Parley found no passage these two documents share. ', h('a', { href: documentHash(source.id) }, source.title ?? 'The first document'), ' · ', h('a', { href: documentHash(target.id) }, target.title ?? 'The second document'));
    return;
  }
  // The link may name the two in either order; the page always puts the earlier one first.
  if (pair.source.id !== source.id) [source, target] = [target, source];
  document.title = `Reuse: ${source.title ?? 'Untitled'} → ${target.title ?? 'Untitled'} · Parley`;
  replace(container, nav(), pairPage(pair, source, target));
  container.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function failed(container: HTMLElement, nav: HTMLElement, title: string, ...message: Child[]): void {
  replace(container, nav, h('h1', { class: 'page-title', tabindex: '-1' }, title), h('p', { class: 'failure' }, message));
  container.querySelector<HTMLElement>('h1')?.focus();
}

function pairPage(pair: ReusePair, source: DocumentDetail, target: DocumentDetail): HTMLElement {
  const left = column(source, passageSpans(pair, 'source'), 'source', [share(pair.sourceShare, 'reuse-source-share'), ` of this ${kindNoun(source.kind)} appears in the ${kindNoun(target.kind)}`]);
  const right = column(target, passageSpans(pair, 'target'), 'target', [share(pair.targetShare, 'reuse-target-share'), ` of this ${kindNoun(target.kind)} comes from the ${kindNoun(source.kind)}`]);
  const placed = (col: HTMLElement) => new Set([...col.querySelectorAll<HTMLElement>('[data-passage]')].map((e) => e.dataset['passage'])).size;
  const missing = pair.passages.length * 2 - placed(left.element) - placed(right.element);
  const buttons = pair.passages.map((_, i) => h('button', { type: 'button', class: 'passage-button', 'data-go': i + 1, title: `Show passage ${i + 1} in both texts` }, String(i + 1)));
  const page = h(
    'article',
    { class: 'reuse-pair', 'data-testid': 'reuse-pair' },
    h('h1', { class: 'page-title', tabindex: '-1' }, 'Reused text'),
    h(
      'p',
      { class: 'reuse-summary' },
      share(pair.sourceShare), ` of the ${kindNoun(source.kind)} appears in the ${kindNoun(target.kind)}; it makes up `, share(pair.targetShare), ` of the ${kindNoun(target.kind)}. `,
      h('span', { class: 'lag', 'data-testid': 'reuse-lag' }, pair.lagDays === null ? 'Lag unknown (a date is missing).' : `Published ${formatLag(pair.lagDays)}${pair.lagDays > 0 ? ' than the ' + kindNoun(source.kind) : ''}.`),
    ),
    pair.passages.length > 0 ? h('nav', { class: 'passage-nav', 'aria-label': 'Passages' }, h('span', { class: 'muted' }, `${plural(pair.passages.length, 'passage')}:`), buttons) : null,
    missing > 0 ? h('p', { class: 'failure' }, `${formatCount(missing)} passage ${missing === 1 ? 'end' : 'ends'} could not be placed in the text (the offsets disagree with it), so ${missing === 1 ? 'it is' : 'they are'} not marked.`) : null,
    h('div', { class: 'reuse-columns' }, left.element, right.element),
  );
  wire(page, left.text, right.text);
  return page;
}

function share(value: number, testid?: string): HTMLElement {
  return h('strong', { class: 'share', 'data-testid': testid, 'data-value': value }, formatShare(value));
}

/**
 * One side: who published it and when, its share, then its whole text with
 * the passages marked. The text keeps every character (`white-space:
 * pre-wrap` shows the paragraph breaks), so from the first mark of a passage
 * to its last the page holds exactly `text.slice(start, end)`. A passage
 * running over several paragraphs is marked paragraph by paragraph, leaving
 * the blank lines between them unmarked.
 */
function column(doc: DocumentDetail, spans: NumberedSpan[], side: 'source' | 'target', shareLine: Child[]): { element: HTMLElement; text: HTMLElement } {
  const marks = usableMarks(doc.text, spans);
  const paragraphs = paragraphSpans(doc.text, doc.segments?.paragraphs);
  const pieces = splitByMarks(doc.text, { start: 0, end: doc.text.length }, marks).flatMap((piece): Child[] => {
    if (!piece.mark) return [piece.text];
    const n = piece.mark.n;
    let first = true;
    return splitByMarks(doc.text, piece, paragraphs).map((part) => {
      // Only white space between paragraphs goes unmarked; text the paragraphs miss stays in the passage.
      if (!part.mark && part.text.trim() === '') return part.text;
      const start = first;
      first = false;
      return h(
        'span',
        { class: start ? 'passage passage-start' : 'passage', 'data-testid': 'reuse-passage', 'data-passage': n, tabindex: start ? '0' : null, title: `Passage ${n}: show it in the other text` },
        part.text,
      );
    });
  });
  const text = h('div', { class: 'reuse-text', 'data-testid': 'reuse-text', tabindex: '0', 'aria-label': `Text of ${doc.title ?? 'the untitled document'}` }, pieces);
  const element = h(
    'section',
    { class: `reuse-side reuse-side-${side}`, 'data-testid': `reuse-side-${side}`, 'aria-label': side === 'source' ? 'Earlier document' : 'Later document' },
    h(
      'header',
      { class: 'reuse-side-header' },
      sideMeta(doc, null),
      h('h2', { class: 'result-title' }, h('a', { href: documentHash(doc.id) }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document'))),
      h('p', { class: 'reuse-share-line' }, shareLine, '.'),
    ),
    text,
  );
  return { element, text };
}

/** Hover marks a passage in both texts; a click, Enter or a numbered button also brings the partner level with it. */
function wire(page: HTMLElement, left: HTMLElement, right: HTMLElement): void {
  const all = (n: string) => page.querySelectorAll<HTMLElement>(`.passage[data-passage="${n}"]`);
  const flag = (cls: string, n: string | null) => {
    for (const e of page.querySelectorAll<HTMLElement>(`.passage.${cls}`)) e.classList.remove(cls);
    if (n !== null) for (const e of all(n)) e.classList.add(cls);
  };
  const passageOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.passage') : null);

  const choose = (passage: HTMLElement) => {
    const n = passage.dataset['passage'] ?? '';
    flag('is-current', n);
    const [own, other] = left.contains(passage) ? [left, right] : [right, left];
    const partner = other.querySelector<HTMLElement>(`.passage[data-passage="${n}"]`);
    if (partner) scrollTo(other, partner, Math.max(0, passage.getBoundingClientRect().top - own.getBoundingClientRect().top));
  };
  page.addEventListener('click', (event) => {
    const passage = passageOf(event.target);
    if (passage) return choose(passage);
    const go = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-go]') : null;
    if (!go) return;
    const n = go.dataset['go'] ?? '';
    flag('is-current', n);
    for (const text of [left, right]) {
      const first = text.querySelector<HTMLElement>(`.passage[data-passage="${n}"]`);
      if (first) scrollTo(text, first, 16);
    }
  });
  page.addEventListener('keydown', (event) => {
    const passage = passageOf(event.target);
    if (passage && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(passage);
    }
  });
  let hovered: string | null = null;
  const hover = (n: string | null) => {
    if (n !== hovered) flag('is-hover', (hovered = n));
  };
  page.addEventListener('mouseover', (event) => hover(passageOf(event.target)?.dataset['passage'] ?? null));
  page.addEventListener('mouseleave', () => hover(null));
}

/**
 * Scrolls `pane` so `element` sits `top` pixels below its upper edge. When the
 * pane does not scroll (narrow screens stack the texts and the page scrolls),
 * the page brings the element into view instead.
 */
function scrollTo(pane: HTMLElement, element: HTMLElement, top: number): void {
  const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  if (getComputedStyle(pane).overflowY === 'visible') {
    element.scrollIntoView({ block: 'center', behavior });
    return;
  }
  pane.scrollBy({ top: element.getBoundingClientRect().top - pane.getBoundingClientRect().top - top, behavior });
}
