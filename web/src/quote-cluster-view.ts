// One quote travelling across outlets: every document that carries it, oldest
// first, with its outlet, date and lag behind the earliest, and each telling's
// words that differ from the earliest's marked, under a strip that places
// them in time. Built from GET /api/quotes/clusters/:id.
import { ApiError, type Api } from './api.js';
import type { QuoteCluster, QuoteClusterMember } from './api-types.js';
import { h, placed, replace, type Child } from './dom.js';
import type { BackLink } from './entity-view.js';
import { formatDate, kindLabel, plural } from './format.js';
import { quoteKindLabel, speakerLabel } from './quote-state.js';
import { quoteStrip, type Strip } from './quote-strip.js';
import { formatLag } from './reuse-state.js';
import { documentHash, entityHash, quotesHash } from './router.js';
import { percent } from './timeline-chart.js';
import { diffWords, type DiffPiece } from './word-diff.js';

export interface QuoteClusterView {
  readonly element: HTMLElement;
  show(id: string, back: BackLink): Promise<void>;
}

export function createQuoteClusterView(api: Api): QuoteClusterView {
  const element = h('div', { class: 'quote-cluster-view' });
  let sequence = 0;

  async function show(id: string, back: BackLink): Promise<void> {
    const mine = ++sequence;
    const nav = h(
      'nav',
      { class: 'doc-nav', 'aria-label': 'Quote' },
      h('a', { class: 'back', href: back.hash }, `← ${back.label}`),
      back.hash.startsWith('#/quotes') ? null : [' · ', h('a', { href: quotesHash() }, 'All quotes')],
    );
    replace(element, nav, h('p', { class: 'loading', 'aria-live': 'polite' }, 'Loading…'));
    let cluster: QuoteCluster;
    try {
      cluster = await api.quoteCluster(id);
    } catch (error) {
      if (mine !== sequence) return;
      const notFound = error instanceof ApiError && error.status === 404;
      document.title = notFound ? 'Quote not found · Parley' : 'Parley';
      replace(
        element,
        nav,
        h('h1', { class: 'doc-title', tabindex: '-1', 'data-testid': 'cluster-title' }, notFound ? 'No such quote cluster' : 'Could not load this quote'),
        h(
          'p',
          { class: 'failure', 'data-testid': 'cluster-error' },
          notFound ? ['There is no quote cluster ', h('code', null, id), '. Clusters are rebuilt when documents are ingested; find the quote again among ', h('a', { href: quotesHash() }, 'all quotes'), '.'] : error instanceof Error ? error.message : String(error),
        ),
      );
      element.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    if (mine !== sequence) return;
    const members = inTimeOrder(cluster.members);
    const earliest = members.find((m) => m.document.id === cluster.earliest.id) ?? members[0];
    document.title = `Quote in ${plural(cluster.size, 'document')} · Parley`;
    replace(element, nav, page(cluster, members, earliest ?? null));
    element.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  return { element, show };
}

/**
 * Oldest first, as the API sends them; sorted again (stably, undated last)
 * so the page holds to its promise whatever order arrives.
 */
function inTimeOrder(members: readonly QuoteClusterMember[]): QuoteClusterMember[] {
  return members
    .map((member, order) => ({ member, order }))
    .sort((a, b) => dateOrder(a.member.document.published, b.member.document.published) || a.order - b.order)
    .map(({ member }) => member);
}

function dateOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

function page(cluster: QuoteCluster, members: readonly QuoteClusterMember[], earliest: QuoteClusterMember | null): HTMLElement {
  const strip = quoteStrip(members);
  const last = strip && strip.days > 0 ? strip.last : null;
  return h(
    'article',
    { class: 'quote-cluster', 'data-testid': 'quote-cluster', 'data-cluster-id': cluster.id },
    h(
      'header',
      { class: 'doc-header' },
      h('p', { class: 'result-meta' }, h('span', { class: 'badge quote-badge' }, 'Quote')),
      h('h1', { class: 'doc-title', tabindex: '-1', 'data-testid': 'cluster-title' }, `One quote in ${plural(cluster.size, 'document')}`),
      earliest ? h('blockquote', { class: 'quote-words cluster-lead' }, earliest.text) : null,
      earliest
        ? h(
            'p',
            { class: 'cluster-summary', 'data-testid': 'cluster-summary' },
            speaker(earliest),
            ', first in ',
            earliest.document.source ?? 'an unknown outlet',
            earliest.document.published ? [' on ', time(earliest.document.published)] : null,
            last ? ['; the last telling ', strip ? `${plural(strip.days, 'day')} later` : '', ' (', time(last), ')'] : null,
            '.',
          )
        : null,
    ),
    strip ? timeStrip(strip, members) : null,
    h(
      'section',
      { class: 'entity-section', 'aria-labelledby': 'cluster-members-heading' },
      h('h2', { id: 'cluster-members-heading' }, 'Who ran it, oldest first'),
      h('p', { class: 'muted cluster-note' }, 'Words a later telling has that the earliest does not are marked; ', h('span', { class: 'diff-gap-key', 'aria-hidden': 'true' }), ' marks where words of the earliest were left out.'),
      h('ol', { class: 'cluster-members', 'data-testid': 'cluster-members' }, members.map((member, i) => memberItem(member, i + 1, earliest))),
    ),
  );
}

function time(iso: string): HTMLElement {
  return h('time', { datetime: iso }, formatDate(iso));
}

function speaker(member: QuoteClusterMember): Child {
  const who = member.speaker;
  if (who === null) return h('span', { class: 'unknown' }, 'Unattributed');
  return who.id ? h('a', { href: entityHash(who.id), class: 'entity-key entity-person' }, speakerLabel(who)) : speakerLabel(who);
}

/**
 * The members on a day axis from the earliest to the latest: a numbered dot
 * each (members of one day stacked), the number the member's in the list
 * below. A picture of that list, which says the same in words, so hidden
 * from screen readers.
 */
function timeStrip(strip: Strip, members: readonly QuoteClusterMember[]): HTMLElement {
  const numberOf = new Map(members.map((m, i) => [m.id, i + 1]));
  const byId = new Map(members.map((m) => [m.id, m]));
  return h(
    'figure',
    { class: 'quote-strip', 'data-testid': 'quote-strip' },
    h(
      'div',
      // Taller only when members of one day stack.
      { class: `quote-strip-track depth-${Math.min(Math.max(0, ...strip.points.map((p) => p.stack)), 3)}`, 'aria-hidden': 'true' },
      strip.points.map((point) => {
        const member = byId.get(point.id);
        const label = `${member?.document.source ?? 'Outlet unknown'}, ${formatDate(point.published)}`;
        const dot = h('span', { class: `quote-strip-point stack-${Math.min(point.stack, 3)}`, title: label, 'data-testid': 'strip-point', 'data-at': point.at.toFixed(4) }, String(numberOf.get(point.id) ?? ''));
        return placed(dot, { left: percent(point.at) });
      }),
    ),
    h(
      'figcaption',
      { class: 'quote-strip-axis muted' },
      h('span', null, formatDate(strip.first)),
      strip.days > 0 ? h('span', null, plural(strip.days, 'day')) : null,
      strip.days > 0 ? h('span', null, formatDate(strip.last)) : null,
      strip.undated > 0 ? h('span', null, `${plural(strip.undated, 'undated telling')} not shown`) : null,
    ),
  );
}

function memberItem(member: QuoteClusterMember, n: number, earliest: QuoteClusterMember | null): HTMLElement {
  const isEarliest = member === earliest;
  const doc = member.document;
  return h(
    'li',
    { class: 'cluster-member', 'data-testid': 'cluster-member', 'data-document-id': doc.id, 'data-lag': member.lagDays ?? '' },
    h(
      'p',
      { class: 'result-meta' },
      h('span', { class: 'member-number', 'aria-hidden': 'true' }, String(n)),
      h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)),
      h('span', { class: 'source', 'data-testid': 'member-source' }, doc.source ?? h('span', { class: 'unknown' }, 'Outlet unknown')),
      doc.published ? h('time', { datetime: doc.published, 'data-testid': 'member-date' }, formatDate(doc.published)) : h('span', { class: 'unknown', 'data-testid': 'member-date' }, 'Date unknown'),
      h('span', { class: 'lag', 'data-testid': 'member-lag' }, isEarliest ? 'earliest' : lagWords(member.lagDays)),
    ),
    h('h3', { class: 'result-title' }, h('a', { href: documentHash(doc.id), 'data-testid': 'member-document' }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document'))),
    h('blockquote', { class: 'quote-words member-text', 'data-testid': 'member-text' }, isEarliest || !earliest ? member.text : diffed(earliest.text, member.text)),
    h('p', { class: 'quote-meta' }, speaker(member), h('span', { class: 'quote-kind' }, member.cue ? `${member.cue} · ${quoteKindLabel(member.kind)}` : quoteKindLabel(member.kind))),
  );
}

/** The lag behind the earliest, in the reuse views' words ("1 day later", "same day"). */
function lagWords(days: number | null): string {
  return days === null ? 'lag unknown' : formatLag(days);
}

/**
 * `text` with the words the earliest does not have marked. Words left out
 * are a caret drawn by CSS, named for screen readers; a left-out stretch
 * right before a changed one is what that change replaced, said on the mark.
 */
function diffed(base: string, text: string): Child[] {
  const { pieces } = diffWords(base, text);
  return pieces.flatMap((piece, i): Child[] => {
    const previous = pieces[i - 1];
    if (piece.kind !== 'gap') {
      if (piece.kind === 'same') return [piece.text];
      const replaced = previous?.kind === 'gap' ? previous.words.join(' ') : null;
      return [h('mark', { class: 'diff-changed', 'data-testid': 'diff-changed', title: replaced ? `The earliest has “${replaced}”` : 'Not in the earliest' }, piece.text)];
    }
    return nextIsChange(pieces, i) ? [] : [h('span', { class: 'diff-gap', role: 'img', 'aria-label': `left out: ${piece.words.join(' ')}`, title: `Left out: “${piece.words.join(' ')}”`, 'data-testid': 'diff-gap' })];
  });
}

function nextIsChange(pieces: readonly DiffPiece[], i: number): boolean {
  return pieces[i + 1]?.kind === 'changed';
}
