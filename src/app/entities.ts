import { NotFoundError, UsageError } from '../core/index.js';
import { relinkAll, type LinkSummary } from '../link/index.js';
import { canonicalOffice } from '../extract/entities/index.js';
import type { EntityDetail, EntitySummary, Office, OfficeTerm, Store } from '../store/index.js';
import { entityDetailSchema, entityListSchema, officeSchema, parseParams } from './entity-params.js';

/** An office held, as listings show it: first and last document dates. */
export interface RoleView extends Office {
  readonly from: string | null;
  readonly to: string | null;
}

export interface EntityListItem extends Omit<EntitySummary, 'roles'> {
  readonly roles: readonly RoleView[];
}

export interface EntityListPage {
  readonly total: number;
  readonly results: readonly EntityListItem[];
}

/** Entities with mention counts, roles over time and first/last seen; validates raw flags or query parameters. */
export async function listEntities(store: Store, raw: unknown): Promise<EntityListPage> {
  const params = parseParams(entityListSchema, raw);
  const page = await store.listEntities({ ...params, search: params.search?.trim() || undefined, limit: params.limit ?? 20 });
  return {
    total: page.total,
    results: page.results.map((entity) => ({ ...entity, roles: entity.roles.map(({ title, of, from, to }) => ({ title, of, from, to })) })),
  };
}

/** One entity with aliases, roles, its documents (a page, newest first) and who it is mentioned with. */
export async function getEntityView(store: Store, id: string, raw: unknown = {}): Promise<EntityDetail> {
  const entity = await store.getEntity(id, parseParams(entityDetailSchema, raw));
  if (!entity) throw unknownEntity(id);
  return entity;
}

export interface OfficeHistoryView {
  /** The office asked for, its title canonical ("Foreign Minister" → "Minister of Foreign Affairs"). */
  readonly office: Office;
  /** Its holders, term by term in date order; empty when the corpus names none. */
  readonly terms: readonly OfficeTerm[];
}

/** Who held an office (title and owner) over time: when each holder is attested and, where a successor shows, until when. */
export async function officeHistoryView(store: Store, raw: unknown): Promise<OfficeHistoryView> {
  const params = parseParams(officeSchema, raw);
  const title = canonicalOffice(params.title);
  if (title === null) {
    throw new UsageError(
      `'${params.title}' is not an office Parley knows: give a title as releases write it ('Prime Minister', 'Foreign Minister', 'Secretary of State'), or see a person's offices with \`parley entities show <id>\`.`,
    );
  }
  const office = { title, of: params.of };
  return { office, terms: await store.officeHistory(office) };
}

/** Full resolution on demand: every stored entity resolved again, corrections replayed, counts rebuilt. */
export function resolveEntities(store: Store): Promise<LinkSummary> {
  return relinkAll(store);
}

/** The error for an id no entity has, with the way to find the right one. */
export function unknownEntity(id: string): NotFoundError {
  const words = id.replace(/^[a-z]+:/, '').replace(/[-~]+\d*$/, '').replace(/-/g, ' ').trim() || id;
  const search = /\s/.test(words) ? `'${words}'` : words;
  return new NotFoundError(`No entity '${id}': run \`parley entities --search ${search}\` (or GET /api/entities?search=${encodeURIComponent(words)}) to find its id.`);
}

export async function requireEntity(store: Store, id: string): Promise<EntityDetail> {
  const entity = await store.getEntity(id, { limit: 0, coMentioned: 0 });
  if (!entity) throw unknownEntity(id);
  return entity;
}
