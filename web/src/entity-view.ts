// One entity (a person, organisation or place): its names, the offices it was
// seen holding and when, the documents that mention it, and who else those
// documents mention. Everything links onward: documents, other entities, and
// the search filtered by this entity.
import { ApiError, type Api } from './api.js';
import type { CoMention, EntityDetail, EntityDocument, EntityType } from './api-types.js';
import { h, replace, type Child } from './dom.js';
import { rememberName } from './entity-names.js';
import { ENTITY_DOCS_PAGE, ENTITY_TYPES, entityDetailParams, latestRole, roleLabel } from './entity-state.js';
import { entityEventsSlot } from './entity-events.js';
import { entityQuotesSlot } from './entity-quotes.js';
import { entityTypeLabel, formatCount, formatDate, formatDateRange, kindLabel, plural } from './format.js';
import { pager } from './pager.js';
import { documentHash, entitiesHash, entityHash, officeHash, searchHash } from './router.js';
import { EMPTY_SEARCH, withChanges } from './search-state.js';
import { barPosition, officeRows, yearAxis, type Axis, type OfficeRow } from './timeline.js';
import { axisRow, bar, gridLines } from './timeline-chart.js';

/** Co-mentioned entities shown per type before "Show more". */
const CO_SHOWN = 10;

export interface BackLink {
  readonly hash: string;
  readonly label: string;
}

export interface EntityView {
  readonly element: HTMLElement;
  /**
   * Shows the entity `id` with its documents from `offset`; resolves once
   * drawn (or failed). `samePage` says the entity is already on screen and
   * only the page of documents changed, so it stays up while the page loads.
   */
  show(id: string, offset: number, back: BackLink, samePage?: boolean): Promise<void>;
}

export function createEntityView(api: Api): EntityView {
  const element = h('div', { class: 'entity-view' });
  let sequence = 0;

  async function show(id: string, offset: number, back: BackLink, samePage = false): Promise<void> {
    const mine = ++sequence;
    const turningPage = samePage && element.querySelector(`[data-entity-id="${CSS.escape(id)}"]`) !== null;
    const nav = h(
      'nav',
      { class: 'doc-nav', 'aria-label': 'Entity' },
      h('a', { class: 'back', href: back.hash }, `← ${back.label}`),
      back.hash.startsWith('#/entities') ? null : [' · ', h('a', { href: entitiesHash() }, 'All entities')],
    );
    if (turningPage) element.querySelector('.entity-documents')?.setAttribute('aria-busy', 'true');
    else replace(element, nav, h('p', { class: 'loading', 'aria-live': 'polite' }, 'Loading…'));
    let entity: EntityDetail;
    try {
      entity = await api.entity(id, entityDetailParams(offset));
    } catch (error) {
      if (mine !== sequence) return;
      const notFound = error instanceof ApiError && error.status === 404;
      document.title = notFound ? 'Entity not found · Parley' : 'Parley';
      replace(
        element,
        nav,
        h('h1', { class: 'doc-title', tabindex: '-1' }, notFound ? 'Entity not found' : 'Could not load this entity'),
        notFound
          ? h('p', { class: 'failure' }, `There is no entity with id ${id}. It may have been merged into another; look for it among `, h('a', { href: entitiesHash() }, 'all entities'), '.')
          : h('p', { class: 'failure' }, error instanceof Error ? error.message : String(error)),
      );
      element.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    if (mine !== sequence) return;
    rememberName(entity.id, entity.name);
    for (const co of entity.coMentioned ?? []) rememberName(co.id, co.name);
    document.title = `${entity.name} · Parley`;
    const stillShown = () => mine === sequence;
    replace(element, nav, page(entity, offset, entityEventsSlot(api, entity, stillShown), entityQuotesSlot(api, entity, stillShown)));
    if (turningPage) {
      // A new page of documents: keep the reader at the list, not the top.
      const heading = element.querySelector<HTMLElement>('#entity-documents-heading');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    } else {
      element.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }

  return { element, show };
}

function page(entity: EntityDetail, offset: number, events: HTMLElement | null, quotes: HTMLElement | null): HTMLElement {
  return h(
    'article',
    { class: 'entity-page', 'data-entity-id': entity.id },
    header(entity),
    h(
      'div',
      { class: 'entity-layout' },
      h('div', { class: 'entity-main' }, rolesSection(entity), events, quotes, documentsSection(entity, offset)),
      coMentionedSection(entity.coMentioned ?? []),
    ),
  );
}

/** The search, filtered to documents mentioning this entity. */
function searchFor(entity: { readonly id: string; readonly type: EntityType }): string {
  return searchHash(withChanges(EMPTY_SEARCH, { [entity.type]: [entity.id] }));
}

function header(entity: EntityDetail): HTMLElement {
  const aliases = (entity.aliases ?? []).filter((alias) => alias !== entity.name);
  const latest = latestRole(entity.roles ?? []);
  const rows: [string, Child | Child[]][] = [
    ['Mentions', `${plural(entity.mentions, 'mention')} in ${plural(entity.documents, 'document')}`],
    [
      'Seen',
      entity.firstSeen || entity.lastSeen
        ? dateRange(entity.firstSeen, entity.lastSeen)
        : h('span', { class: 'unknown' }, 'Only in undated documents'),
    ],
  ];
  if (latest) rows.push(['Latest role', [roleLabel(latest), latest.to ? h('span', { class: 'muted' }, ` (last seen ${formatDate(latest.to)})`) : null]]);
  return h(
    'header',
    { class: 'doc-header entity-header' },
    h('p', { class: 'result-meta' }, h('span', { class: `badge entity-badge entity-badge-${entity.type}` }, entityTypeLabel(entity.type))),
    h('h1', { class: 'doc-title', 'data-testid': 'entity-name', tabindex: '-1' }, entity.name),
    aliases.length > 0
      ? h('p', { class: 'aliases', 'data-testid': 'entity-aliases' }, h('span', { class: 'muted' }, 'Also written '), aliases.flatMap((alias, i) => [i > 0 ? ', ' : null, h('q', null, alias)]))
      : null,
    h('dl', { class: 'facts' }, rows.flatMap(([term, detail]) => [h('dt', null, term), h('dd', null, detail)])),
    h('p', { class: 'entity-actions' }, h('a', { class: 'button-link', href: searchFor(entity), 'data-testid': 'entity-search' }, `Search documents mentioning ${entity.name}`)),
  );
}

function dateRange(from: string | null, to: string | null): Child[] {
  if (from && to && from !== to) return [time(from), ' – ', time(to)];
  const one = from ?? to;
  return one ? [time(one)] : [h('span', { class: 'unknown' }, 'Unknown')];
}

function time(iso: string): HTMLElement {
  return h('time', { datetime: iso }, formatDate(iso));
}

// Roles over time -----------------------------------------------------------

function rolesSection(entity: EntityDetail): HTMLElement | null {
  const roles = entity.roles ?? [];
  if (roles.length === 0) {
    // Only people hold offices; for them, say so when none was seen.
    return entity.type === 'person'
      ? h('section', { class: 'entity-section', 'data-testid': 'entity-roles' }, h('h2', null, 'Roles over time'), h('p', { class: 'empty' }, 'No office is given for this person in the documents.'))
      : null;
  }
  const rows = officeRows(roles);
  const axis = yearAxis(rows);
  // In the order taken up; offices no document dates go last.
  const sorted = [...roles].sort((a, b) => dateOrder(a.from ?? a.to, b.from ?? b.to) || dateOrder(a.to, b.to));
  return h(
    'section',
    { class: 'entity-section', 'aria-labelledby': 'entity-roles-heading', 'data-testid': 'entity-roles' },
    h('h2', { id: 'entity-roles-heading' }, 'Roles over time'),
    axis ? timeline(rows, axis) : null,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table roles-table', 'data-testid': 'roles-table' },
        h('caption', { class: 'visually-hidden' }, `Offices held by ${entity.name}, with the first and last documents that give each`),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Title'),
            h('th', { scope: 'col' }, 'Of'),
            h('th', { scope: 'col' }, 'From'),
            h('th', { scope: 'col' }, 'To'),
            h('th', { scope: 'col', class: 'num' }, 'Documents'),
          ),
        ),
        h(
          'tbody',
          null,
          sorted.map((role) =>
            h(
              'tr',
              { 'data-testid': 'role-row' },
              h(
                'th',
                { scope: 'row' },
                role.of
                  ? h('a', { href: officeHash(role.title, role.of), 'data-testid': 'role-office-link', 'aria-label': `${roleLabel(role)}: every holder` }, role.title)
                  : role.title,
              ),
              h('td', { 'data-label': 'Of' }, role.of ?? h('span', { class: 'unknown' }, 'Unknown')),
              h('td', { 'data-label': 'From' }, role.from ? time(role.from) : h('span', { class: 'unknown' }, 'Unknown')),
              h('td', { 'data-label': 'To' }, role.to ? time(role.to) : h('span', { class: 'unknown' }, 'Unknown')),
              h('td', { class: 'num', 'data-label': 'Documents' }, typeof role.documents === 'number' ? formatCount(role.documents) : '–'),
            ),
          ),
        ),
      ),
    ),
  );
}

/** ISO dates compare as text; null (unknown) sorts last. */
function dateOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

/**
 * One row per office, a bar from the first to the last date it is seen, on a
 * year axis. It is a picture of the table that follows, which carries the same
 * facts for screen readers, so the picture itself is hidden from them.
 */
function timeline(rows: readonly OfficeRow[], axis: Axis): HTMLElement {
  return h(
    'figure',
    { class: 'timeline', 'data-testid': 'roles-timeline' },
    h(
      'div',
      { class: 'timeline-chart', 'aria-hidden': 'true' },
      rows.map((row) =>
        h(
          'div',
          { class: 'timeline-row', 'data-testid': 'timeline-row' },
          h('span', { class: 'timeline-label', title: roleLabel(row) }, row.title, row.of ? h('span', { class: 'muted' }, `, ${row.of}`) : null),
          h('span', { class: 'timeline-track' }, gridLines(axis), bar('timeline-bar', barPosition(axis, row), `${roleLabel(row)}: ${formatDateRange(row.from, row.to)}`)),
        ),
      ),
      axisRow(axis),
    ),
    h('figcaption', { class: 'muted' }, 'Each bar runs from the first to the last document that gives the office.'),
  );
}

// Documents -------------------------------------------------------------------

/** One page of the entity's documents, as the API pages them (newest first, undated last). */
function documentsSection(entity: EntityDetail, offset: number): HTMLElement {
  const shown = entity.documentsList ?? [];
  const total = entity.documents;
  const first = shown.length > 0 ? offset + 1 : 0;
  const range = total > shown.length && shown.length > 0 ? ` · ${formatCount(first)}–${formatCount(offset + shown.length)} shown` : '';
  return h(
    'section',
    { class: 'entity-section entity-documents', 'aria-labelledby': 'entity-documents-heading', 'data-testid': 'entity-documents' },
    h('h2', { id: 'entity-documents-heading', tabindex: '-1' }, 'Documents'),
    h('p', { class: 'total', 'data-total': total }, h('strong', null, plural(total, 'document')), total > 1 ? ', newest first' : '', range),
    shown.length > 0
      ? h('ol', { class: 'results' }, shown.map(documentItem))
      : h('p', { class: 'empty' }, total > 0 ? ['No more documents. ', h('a', { href: entityHash(entity.id) }, 'Back to the first page')] : 'No documents.'),
    pager(total, offset, ENTITY_DOCS_PAGE, (to) => entityHash(entity.id, to), 'Document pages'),
  );
}

function documentItem(doc: EntityDocument): HTMLElement {
  return h(
    'li',
    { class: 'result', 'data-testid': 'entity-document' },
    h('h3', { class: 'result-title' }, h('a', { href: documentHash(doc.id) }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document'))),
    h(
      'p',
      { class: 'result-meta' },
      h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)),
      doc.published ? h('time', { datetime: doc.published }, formatDate(doc.published)) : h('span', { class: 'unknown' }, 'Date unknown'),
      doc.source ? h('span', { class: 'source' }, doc.source) : null,
      typeof doc.mentions === 'number' ? h('span', null, plural(doc.mentions, 'mention')) : null,
    ),
  );
}

// Co-mentioned ----------------------------------------------------------------

function coMentionedSection(coMentioned: readonly CoMention[]): HTMLElement {
  const groups = ENTITY_TYPES.map((type) => coGroup(type, coMentioned.filter((c) => c.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))));
  const any = groups.some((g) => g !== null);
  return h(
    'aside',
    { class: 'entity-section co-mentioned', 'aria-labelledby': 'entity-co-heading', 'data-testid': 'entity-comentioned' },
    h('h2', { id: 'entity-co-heading' }, 'Mentioned with'),
    any ? h('p', { class: 'muted co-note' }, 'Counts are documents naming both.') : h('p', { class: 'empty' }, 'No other entity shares a document with this one.'),
    groups,
  );
}

function coGroup(type: EntityType, items: readonly CoMention[]): HTMLElement | null {
  if (items.length === 0) return null;
  const list = (from: number, to?: number) =>
    items.slice(from, to).map((co) =>
      h(
        'li',
        null,
        h('a', { class: `co-link entity-key entity-${co.type}`, href: entityHash(co.id), 'data-testid': 'co-mention', 'data-entity-id': co.id }, co.name),
        h('span', { class: 'count', title: `In ${plural(co.count, 'document')} together` }, formatCount(co.count)),
      ),
    );
  const rest = items.length - CO_SHOWN;
  return h(
    'section',
    { class: 'co-group', 'data-testid': `co-${type}` },
    h('h3', { class: 'legend' }, entityTypeLabel(type, true)),
    h('ul', { class: 'facet-list co-list' }, list(0, CO_SHOWN)),
    rest > 0 ? h('details', { class: 'co-more' }, h('summary', { class: 'link-button' }, `Show ${rest} more`), h('ul', { class: 'facet-list co-list' }, list(CO_SHOWN))) : null,
  );
}
