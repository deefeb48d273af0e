// Who met whom: the engagements' participants (or their countries) as a
// network drawn in SVG by network-layout.ts, edges as wide as the number of
// engagements two share. Hovering or focusing a node or an edge says its
// counts; an edge opens the timeline of the two together, a node its page.
// The same edges are listed in a table under the picture, which is what
// screen readers and keyboards get in full.
import type { Api } from './api.js';
import { EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, type EventNetwork, type NetworkNode } from './api-types.js';
import { h, replace } from './dom.js';
import { displayName } from './entity-names.js';
import { choiceGroup } from './event-form.js';
import {
  EMPTY_NETWORK,
  activeEventFilters,
  eventLevelLabel,
  eventStatusLabel,
  eventTypeLabel,
  networkApiParams,
  pairEvents,
  participantEvents,
  withEventChanges,
  type NetworkState,
} from './event-state.js';
import { formatCount, plural } from './format.js';
import { createListLoader } from './list-loader.js';
import { layoutNetwork, type Layout, type PlacedEdge, type PlacedNode } from './network-layout.js';
import { entityHash, eventsHash, networkHash } from './router.js';
import { s } from './svg.js';

export interface NetworkView {
  readonly element: HTMLElement;
  show(state: NetworkState): Promise<void>;
}

const ENTITY_ID = /^(person|org|place):\S+$/;

/** What the timeline's filter takes for a node: an entity id, else the name (an office nobody is known to hold, a country). */
const filterValue = (node: NetworkNode) => (ENTITY_ID.test(node.id) ? node.id : node.label);

export function createNetworkView(api: Api, navigate: (state: NetworkState) => void): NetworkView {
  let current: NetworkState = EMPTY_NETWORK;

  const byPerson = h('a', { class: 'segment', 'data-testid': 'network-by-person' }, 'People');
  const byCountry = h('a', { class: 'segment', 'data-testid': 'network-by-country' }, 'Countries');
  const levels = choiceGroup('network', 'level', 'Level', EVENT_LEVELS, eventLevelLabel);
  const types = choiceGroup('network', 'type', 'Type', EVENT_TYPES, eventTypeLabel);
  const statuses = choiceGroup('network', 'status', 'Status', EVENT_STATUSES, eventStatusLabel);
  const from = h('input', { id: 'network-from', name: 'from', type: 'date', 'data-testid': 'network-from' });
  const to = h('input', { id: 'network-to', name: 'to', type: 'date', 'data-testid': 'network-to' });
  const form = h(
    'form',
    { class: 'quotes-form events-form', 'aria-label': 'Filter the network', 'data-testid': 'network-form' },
    h('p', { class: 'segments', role: 'group', 'aria-label': 'Nodes are' }, byPerson, byCountry),
    h(
      'div',
      { class: 'quotes-fields' },
      h('div', { class: 'quotes-field' }, h('label', { for: from.id }, 'From'), from),
      h('div', { class: 'quotes-field' }, h('label', { for: to.id }, 'To'), to),
    ),
    levels.fieldset,
    types.fieldset,
    statuses.fieldset,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  for (const control of [from, to, ...[levels, types, statuses].flatMap((g) => g.boxes.map((b) => b.box))]) {
    control.addEventListener('change', () => {
      if (control.validity.valid) navigate(fromForm());
    });
  }

  function fromForm(): NetworkState {
    return { ...current, from: from.value, to: to.value, level: levels.checked(), type: types.checked(), status: statuses.checked() };
  }

  const summary = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const chipsSlot = h('div', { class: 'chips-slot' });
  const status = h('div', { class: 'status' });
  const info = h('p', { class: 'network-info', 'data-testid': 'network-info', 'aria-live': 'polite' }, 'Point at or tab to a name or a line to see its engagements.');
  const drawing = h('div', { class: 'network-drawing' });
  const timelineLink = h('a', { 'data-testid': 'network-timeline-link' }, 'These engagements on the timeline →');
  const pane = h('section', { class: 'quotes-pane', 'aria-label': 'Network' }, h('div', { class: 'results-bar' }, summary, timelineLink), chipsSlot, status, info, drawing);
  const element = h(
    'div',
    { class: 'quotes-view network-view' },
    h('h1', { class: 'page-title' }, 'Who met whom'),
    h('p', { class: 'muted quotes-intro' }, 'Everyone who took part in an engagement with someone else, joined by a line as thick as the number of engagements they share. A line opens those engagements.'),
    form,
    pane,
  );
  // The loader's "table" slot is the drawing: a failure empties it and says why.
  const load = createListLoader({ pane, total: summary, status, table: drawing, pager: info }, 'Could not draw the network. ');

  function syncControls(state: NetworkState): void {
    for (const [link, by] of [[byPerson, 'person'], [byCountry, 'country']] as const) {
      link.setAttribute('href', networkHash({ ...state, by }));
      if (state.by === by) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    from.value = state.from;
    to.value = state.to;
    levels.set(state.level);
    types.set(state.type);
    statuses.set(state.status);
    timelineLink.setAttribute('href', eventsHash({ ...state, offset: 0 }));
    const active = activeEventFilters({ ...state, offset: 0 }, displayName);
    replace(
      chipsSlot,
      active.length === 0
        ? null
        : h(
            'ul',
            { class: 'chips', 'aria-label': 'Active filters' },
            active.map(({ label, without }) =>
              h('li', null, h('a', { class: 'chip', href: networkHash({ ...without, by: state.by }), 'aria-label': `Remove filter ${label}` }, label, h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))),
            ),
          ),
    );
    document.title = `Who met whom (${state.by === 'person' ? 'people' : 'countries'}) · Parley`;
  }

  function edgeHref(edge: PlacedEdge, byId: ReadonlyMap<string, NetworkNode>): string {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    const filters = withEventChanges({ ...current, offset: 0 }, {});
    return eventsHash(pairEvents(current.by, a ? filterValue(a) : edge.source, b ? filterValue(b) : edge.target, filters));
  }

  function nodeHref(node: NetworkNode): string {
    if (ENTITY_ID.test(node.id)) return entityHash(node.id);
    return eventsHash(current.by === 'country' ? withEventChanges({ ...current, offset: 0 }, { participant: [], country: [node.label] }) : participantEvents(node.label));
  }

  const nodeWords = (node: NetworkNode) => `${node.label}: ${plural(node.weight, 'engagement')}`;
  const edgeWords = (edge: PlacedEdge, byId: ReadonlyMap<string, NetworkNode>) =>
    `${byId.get(edge.source)?.label ?? edge.source} and ${byId.get(edge.target)?.label ?? edge.target}: ${plural(edge.weight, 'engagement')} together`;

  /** Hover and focus both say the counts in the info line, so a keyboard gets what a pointer gets. */
  function explains(target: Element, words: string, related: () => Element[]): void {
    const on = () => {
      replace(info, words);
      for (const e of related()) e.classList.add('network-lit');
    };
    const off = () => {
      for (const e of related()) e.classList.remove('network-lit');
    };
    target.addEventListener('mouseenter', on);
    target.addEventListener('focus', on);
    target.addEventListener('mouseleave', off);
    target.addEventListener('blur', off);
  }

  function picture(layout: Layout, byId: ReadonlyMap<string, NetworkNode>): SVGSVGElement {
    const svg = s('svg', {
      class: 'network-svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': `Network of ${plural(layout.nodes.length, current.by === 'person' ? 'participant' : 'country', current.by === 'person' ? 'participants' : 'countries')}`,
      'data-testid': 'network-svg',
    });
    const edgeLayer = s('g', { class: 'network-edges' });
    const nodeLayer = s('g', { class: 'network-nodes' });
    const edgesOf = new Map<string, Element[]>();
    // Heaviest last, so they are drawn on top.
    for (const edge of [...layout.edges].sort((a, b) => a.weight - b.weight)) {
      const words = edgeWords(edge, byId);
      const link = s(
        'a',
        { href: edgeHref(edge, byId), class: 'network-edge', 'aria-label': words, 'data-testid': 'network-edge', 'data-source': edge.source, 'data-target': edge.target, 'data-weight': edge.weight },
        s('title', null, words),
        s('line', { class: 'network-edge-hit', x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2 }),
        s('line', { class: 'network-edge-line', x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2, 'stroke-width': edge.width }),
      );
      for (const end of [edge.source, edge.target]) edgesOf.set(end, [...(edgesOf.get(end) ?? []), link]);
      explains(link, words, () => [link]);
      edgeLayer.append(link);
    }
    for (const node of layout.nodes) nodeLayer.append(nodeMark(node, edgesOf, layout.height / 2));
    svg.append(edgeLayer, nodeLayer);
    return svg;
  }

  function nodeMark(node: PlacedNode, edgesOf: ReadonlyMap<string, Element[]>, middle: number): SVGElement {
    const words = nodeWords(node);
    // Labels sit above or below the circle, away from the centre: most lines leave a node sideways or towards the middle.
    const above = node.y < middle;
    const link = s(
      'a',
      { href: nodeHref(node), class: `network-node network-node-${node.type}`, 'aria-label': words, 'data-testid': 'network-node', 'data-id': node.id, 'data-weight': node.weight },
      s('title', null, words),
      s('circle', { cx: node.x, cy: node.y, r: node.r }),
      s('text', { x: node.x, y: above ? node.y - node.r - 6 : node.y + node.r + 15, 'text-anchor': 'middle' }, node.label),
    );
    explains(link, words, () => [link, ...(edgesOf.get(node.id) ?? [])]);
    return link;
  }

  function table(network: EventNetwork, byId: ReadonlyMap<string, NetworkNode>, layout: Layout): HTMLElement {
    const edges = [...layout.edges].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    const noun = current.by === 'person' ? 'Participant' : 'Country';
    return h(
      'section',
      { class: 'network-table-section', 'aria-labelledby': 'network-table-heading' },
      h('h2', { id: 'network-table-heading' }, 'The same links as a table'),
      layout.omitted > 0 ? h('p', { class: 'muted' }, `The picture and the table show the ${formatCount(layout.nodes.length)} most engaged of ${formatCount(network.nodes.length)}; filter to see the others.`) : null,
      h(
        'table',
        { class: 'network-table', 'data-testid': 'network-table' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, noun), h('th', { scope: 'col' }, noun), h('th', { scope: 'col', class: 'num' }, 'Engagements'))),
        h(
          'tbody',
          null,
          edges.map((edge) =>
            h(
              'tr',
              { 'data-testid': 'network-row', 'data-source': edge.source, 'data-target': edge.target },
              h('td', null, byId.get(edge.source)?.label ?? edge.source),
              h('td', null, byId.get(edge.target)?.label ?? edge.target),
              h('td', { class: 'num' }, h('a', { href: edgeHref(edge, byId), 'aria-label': edgeWords(edge, byId) }, formatCount(edge.weight))),
            ),
          ),
        ),
      ),
    );
  }

  function render(network: EventNetwork): void {
    const layout = layoutNetwork(network);
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const things = current.by === 'person' ? ['participant', 'participants'] : ['country', 'countries'];
    replace(
      summary,
      h(
        'p',
        { class: 'total', 'data-testid': 'network-summary', 'data-nodes': network.nodes.length, 'data-edges': network.edges.length },
        h('strong', null, plural(network.nodes.length, things[0]!, things[1])),
        `, ${plural(network.edges.length, 'link')}`,
      ),
    );
    replace(info, 'Point at or tab to a name or a line to see its engagements.');
    if (network.edges.length === 0) {
      replace(status, h('p', { class: 'empty', 'data-testid': 'network-empty' }, network.nodes.length === 0 ? 'No engagements match these filters.' : 'No two of them share an engagement.'));
      replace(drawing);
      return;
    }
    replace(status);
    replace(drawing, picture(layout, byId), table(network, byId, layout));
  }

  async function show(state: NetworkState): Promise<void> {
    current = state;
    syncControls(state);
    await load(() => api.network(networkApiParams(state)), render);
  }

  return { element, show };
}
