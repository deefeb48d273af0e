// Before a run, ask the server for real ids the mix can use: documents from
// the results of seeded searches, the most mentioned entities, reuse pairs.
import type { LoadClient } from './client.js';
import { searchQuery, type EntityRef, type IdPools } from './mix.js';
import { seededRng } from './rng.js';

async function json<T>(client: LoadClient, path: string): Promise<T | null> {
  const response = await client.get(path, { body: true });
  if (response.outcome !== 200 || response.body === undefined) return null;
  return JSON.parse(response.body) as T;
}

export async function harvestPools(client: LoadClient, seed: number, { searches = 40 } = {}): Promise<IdPools> {
  const rng = seededRng(seed ^ 0x5eed);
  const documents = new Set<string>();
  for (let i = 0; i < searches; i += 1) {
    const page = await json<{ results: { id: string }[] }>(client, `/api/search?${new URLSearchParams({ q: searchQuery(rng), limit: '25' })}`);
    for (const hit of page?.results ?? []) documents.add(hit.id);
  }
  const entities: EntityRef[] = [];
  for (const type of ['person', 'org', 'place'] as const) {
    const page = await json<{ results: { id: string; name: string }[] }>(client, `/api/entities?type=${type}&limit=100`);
    for (const entity of page?.results ?? []) entities.push({ id: entity.id, type, name: entity.name });
  }
  const reuse = await json<{ pairs: { source: { id: string }; target: { id: string } }[] }>(client, '/api/reuse?limit=100');
  const reusePairs = (reuse?.pairs ?? []).map((pair) => [pair.source.id, pair.target.id] as const);
  return { documents: [...documents].sort(), entities, reusePairs };
}
