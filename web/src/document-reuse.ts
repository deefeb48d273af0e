// A document's text reuse: the section listing the documents that reprinted it
// (or that it reprints), each linking to the side-by-side view, and the mark
// around a reused stretch of its own text. document-view.ts places both.
import type { DocumentDetail, ReusePage, ReusePair, ReuseSide } from './api-types.js';
import { h, type Child } from './dom.js';
import { formatCount, formatDate, kindLabel, plural } from './format.js';
import { reusePairHash } from './router.js';
import { DEFAULT_MIN_SHARE, formatLag, formatShare, kindNoun, type ReusedSpan } from './reuse-state.js';

/** The pairs a document page asks for: the index's default threshold, the largest first. */
export const DOCUMENT_REUSE_LIMIT = 50;

export function documentReuseParams(): URLSearchParams {
  return new URLSearchParams({ minShare: String(DEFAULT_MIN_SHARE), limit: String(DOCUMENT_REUSE_LIMIT) });
}

/** The "Reuse" section: what reprinted this document, what it reprints; a failure to look is said, not thrown. */
export function reuseSection(doc: DocumentDetail, reuse: ReusePage | Error): HTMLElement {
  const heading = h('h2', null, 'Reuse');
  const section = (...children: Child[]) => h('section', { class: 'doc-reuse', 'data-testid': 'doc-reuse', 'aria-label': 'Reuse' }, heading, ...children);
  if (reuse instanceof Error) return section(h('p', { class: 'failure' }, 'Could not look for reused text: ', reuse.message));
  const threshold = formatShare(DEFAULT_MIN_SHARE);
  if (reuse.pairs.length === 0) return section(h('p', { class: 'muted', 'data-testid': 'reuse-none' }, `No reuse found above ${threshold}.`));
  const reprintedBy = reuse.pairs.filter((p) => p.source.id === doc.id);
  const reprints = reuse.pairs.filter((p) => p.target.id === doc.id);
  return section(
    h('p', { class: 'muted reuse-note' }, `Documents sharing at least ${threshold} of either text. Reused passages are marked in the text above.`),
    reprintedBy.length > 0 ? group('Reprinted by', 'reuse-reprinted-by', reprintedBy.map((p) => row(doc, p, 'source'))) : null,
    reprints.length > 0 ? group('Reprints', 'reuse-reprints', reprints.map((p) => row(doc, p, 'target'))) : null,
    reuse.total > reuse.pairs.length ? h('p', { class: 'muted' }, `The ${formatCount(reuse.pairs.length)} largest of ${plural(reuse.total, 'pair')} shown.`) : null,
  );
}

function group(title: string, testid: string, rows: HTMLElement[]): HTMLElement {
  return h('div', { class: 'reuse-group', 'data-testid': testid }, h('h3', null, title), h('ul', { class: 'results reuse-list' }, rows));
}

/** One related document; `as` is the side this document takes in the pair. */
function row(doc: DocumentDetail, pair: ReusePair, as: 'source' | 'target'): HTMLElement {
  const other = as === 'source' ? pair.target : pair.source;
  const self = kindNoun(doc.kind);
  const them = kindNoun(other.kind);
  // The lag runs from source to target; seen from the target, the source came that much earlier.
  const lag = pair.lagDays === null ? null : as === 'source' ? pair.lagDays : -pair.lagDays;
  const shares =
    as === 'source'
      ? [share(pair.sourceShare, 'source'), ` of this ${self} appears in the ${them}, making up `, share(pair.targetShare, 'target'), ` of the ${them}`]
      : [share(pair.targetShare, 'target'), ` of this ${self} comes from the ${them}, which appears here at `, share(pair.sourceShare, 'source')];
  return h(
    'li',
    {
      class: 'result reuse-row',
      'data-testid': 'reuse-row',
      'data-source-id': pair.source.id,
      'data-target-id': pair.target.id,
    },
    sideMeta(other, lag === null ? null : formatLag(lag)),
    h('h4', { class: 'result-title' }, h('a', { href: reusePairHash(pair.source.id, pair.target.id), title: 'Compare side by side' }, other.title ?? h('span', { class: 'untitled' }, 'Untitled document'))),
    h('p', { class: 'reuse-shares' }, shares, '.'),
  );
}

function share(value: number, side: 'source' | 'target'): HTMLElement {
  return h('strong', { class: 'share', 'data-share': side, 'data-value': value }, formatShare(value));
}

/** Kind, outlet, date and (when given) the lag: the line above a title wherever a pair's side is listed. */
export function sideMeta(side: ReuseSide, lag: string | null): HTMLElement {
  return h(
    'p',
    { class: 'result-meta' },
    h('span', { class: `badge kind-${side.kind}` }, kindLabel(side.kind)),
    side.source ? h('span', { class: 'source' }, side.source) : h('span', { class: 'unknown' }, 'Outlet unknown'),
    side.published ? h('time', { datetime: side.published }, formatDate(side.published)) : h('span', { class: 'unknown' }, 'Date unknown'),
    lag ? h('span', { class: 'lag' }, lag) : null,
  );
}

/** A reused stretch of the document's own text; `children` are its pieces (text, entity mentions). */
export function reusedMark(span: ReusedSpan, titles: ReadonlyMap<string, string>, children: Child[]): HTMLElement {
  const names = span.with.map((id) => titles.get(id) ?? 'Untitled document');
  return h('span', { class: 'reused', 'data-testid': 'reuse-mark', title: `Reused text, shared with: ${names.join('; ')}` }, children);
}

/** Titles of the other documents in `pairs`, for the marks' tooltips. */
export function otherTitles(pairs: readonly ReusePair[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const pair of pairs) {
    for (const side of [pair.source, pair.target]) titles.set(side.id, side.title ?? 'Untitled document');
  }
  return titles;
}
