import { z } from 'zod';
import { KINDS, NotFoundError } from '../core/index.js';
import {
  EVENT_LEVELS,
  EVENT_MAX_LIMIT,
  EVENT_STATUSES,
  EVENT_TYPES,
  type Engagement,
  type EventMentionRow,
  type EventNetwork,
  type EventPage,
  type EventQuery,
  type NetworkQuery,
  type Store,
  type TimeRow,
} from '../store/index.js';
import { parseParams } from './entity-params.js';
import { intFrom, isoDate, many } from './param-schemas.js';

const text = (what: string) => z.string().trim().min(1, `must not be empty: give ${what}, or leave it out`).max(200, 'is longer than 200 characters');
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})` });

/** The filters `parley events|timeline|network` and `GET /api/events|network` share (docs/events.md). */
const filterShape = {
  type: many(oneOf(EVENT_TYPES)),
  status: many(oneOf(EVENT_STATUSES)),
  level: many(oneOf(EVENT_LEVELS)),
  country: many(text("a country as offices name it ('New Zealand')")),
  participant: many(text('an entity id (person:winston-peters) or a name')),
  match: z.enum(['any', 'all'], { error: (issue) => `must be any (any listed country or participant) or all (every one of them together) (got ${JSON.stringify(issue.input)})` }).optional(),
  source: many(z.string().min(1, 'must not be empty')),
  kind: many(oneOf(KINDS)),
  from: isoDate.optional(),
  to: isoDate.optional(),
};
const datesInOrder = (p: { from?: string | undefined; to?: string | undefined }) => !p.from || !p.to || p.from <= p.to;

/** `parley events` flags and `GET /api/events` parameters. */
export const eventParamsSchema = z
  .object({
    ...filterShape,
    limit: intFrom(1, EVENT_MAX_LIMIT).optional(),
    offset: intFrom(0, 1_000_000).optional(),
    order: z.enum(['asc', 'desc'], { error: (issue) => `must be asc (oldest first) or desc (newest first) (got ${JSON.stringify(issue.input)})` }).optional(),
  })
  .strict()
  .refine(datesInOrder, { message: 'must not be later than `to`', path: ['from'] });

/** `parley network` flags and `GET /api/network` parameters. */
export const networkParamsSchema = z
  .object({
    ...filterShape,
    by: z.enum(['person', 'country'], { error: (issue) => `must be person or country (got ${JSON.stringify(issue.input)})` }).optional(),
  })
  .strict()
  .refine(datesInOrder, { message: 'must not be later than `to`', path: ['from'] });

export type EventParams = z.input<typeof eventParamsSchema>;
export type NetworkParams = z.input<typeof networkParamsSchema>;

export function parseEventParams(raw: unknown): EventQuery {
  return parseParams(eventParamsSchema, raw);
}

export function parseNetworkParams(raw: unknown): NetworkQuery {
  return parseParams(networkParamsSchema, raw);
}

/** Engagements, oldest first (`GET /api/events`, `parley events`, `parley timeline`). */
export function listEvents(store: Store, raw: unknown): Promise<EventPage> {
  return store.events(parseEventParams(raw));
}

/** One engagement with every report of it (`GET /api/events/:id`). */
export async function engagementView(store: Store, id: string): Promise<Engagement> {
  const found = /^ev-[0-9a-f]{1,32}$/.test(id) ? await store.engagement(id) : null;
  if (!found) throw new NotFoundError(`No engagement '${id}': engagement ids (ev-…) are on \`parley events --json\` rows and GET /api/events results under "id".`);
  return found;
}

/** Who engages with whom (`GET /api/network`, `parley network`). */
export function eventNetwork(store: Store, raw: unknown): Promise<EventNetwork> {
  return store.eventNetwork(parseNetworkParams(raw));
}

/** A document's times and event reports (`GET /api/documents/:id`); empty for an unknown document (its view 404s first). */
export async function documentTimesAndEvents(store: Store, id: string): Promise<{ times: TimeRow[]; events: EventMentionRow[] }> {
  const [times, events] = await Promise.all([store.documentTimes(id), store.documentEvents(id)]);
  return { times: times ?? [], events: events ?? [] };
}

/** GraphML (for Gephi and yEd): nodes with label, type and weight; undirected edges with weight and their engagements. */
export function toGraphml(network: EventNetwork): string {
  const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="node" attr.name="weight" attr.type="int"/>',
    '  <key id="eweight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="events" for="edge" attr.name="events" attr.type="string"/>',
    '  <graph id="engagements" edgedefault="undirected">',
  ];
  for (const n of network.nodes) {
    lines.push(`    <node id="${esc(n.id)}"><data key="label">${esc(n.label)}</data><data key="type">${esc(n.type)}</data><data key="weight">${n.weight}</data></node>`);
  }
  network.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${esc(e.source)}" target="${esc(e.target)}"><data key="eweight">${e.weight}</data><data key="events">${esc(e.events.join(' '))}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
