// The normal clients' workload: a seeded, repeatable mix of the reads the UI
// and API users make. Pure: given a seed and the ids known up front, it yields
// the same paths in the same order on every run.
import { between, pick, seededRng, type Rng } from './rng.js';
import { PHRASES, WORDS } from './vocabulary.js';

export type RequestKind = 'search' | 'facets' | 'document' | 'entities' | 'entity' | 'reuse';

export const REQUEST_KINDS: readonly RequestKind[] = Object.freeze(['search', 'facets', 'document', 'entities', 'entity', 'reuse']);

export interface LoadRequest {
  readonly kind: RequestKind;
  /** Path and query string, e.g. `/api/search?q=trade`. */
  readonly path: string;
}

export interface EntityRef {
  readonly id: string;
  readonly type: 'person' | 'org' | 'place';
  readonly name: string;
}

/** Ids harvested from the server before a run (documents from search results, entities, reuse pairs). */
export interface IdPools {
  readonly documents: readonly string[];
  readonly entities: readonly EntityRef[];
  readonly reusePairs: readonly (readonly [string, string])[];
}

export const EMPTY_POOLS: IdPools = Object.freeze({ documents: [], entities: [], reusePairs: [] });

/** Share of each kind in the mix; searches dominate, as they do in the UI. */
export const MIX_WEIGHTS: Readonly<Record<RequestKind, number>> = Object.freeze({
  search: 45,
  facets: 15,
  document: 20,
  entities: 7,
  entity: 8,
  reuse: 5,
});

const KINDS_OF_DOCUMENT = ['release', 'speech', 'other'] as const;
const PREFIX_SOURCES = WORDS.filter((word) => word.length >= 5);

/** One search query string of a realistic shape: terms, AND, phrases, OR, prefixes, NOT, fields, groups. */
export function searchQuery(rng: Rng): string {
  const word = () => pick(rng, WORDS);
  switch (between(rng, 0, 9)) {
    case 0:
    case 1:
      return word();
    case 2:
      return `${word()} ${word()}`;
    case 3:
      return `"${pick(rng, PHRASES)}"`;
    case 4:
      return `${word()} OR ${word()}`;
    case 5: {
      const source = pick(rng, PREFIX_SOURCES);
      return `${source.slice(0, between(rng, 3, Math.min(5, source.length - 1)))}*`;
    }
    case 6:
      return `${word()} -${word()}`;
    case 7:
      return `title:${word()}`;
    case 8:
      return `(${word()} OR ${word()}) ${word()}`;
    default:
      return `"${pick(rng, PHRASES)}" ${word()}`;
  }
}

/** Search parameters: a query, and sometimes filters, date order or a later page. */
function searchParams(rng: Rng, pools: IdPools): URLSearchParams {
  const params = new URLSearchParams();
  if (rng() < 0.95) params.set('q', searchQuery(rng));
  if (rng() < 0.25) {
    const from = between(rng, 1972, 2018);
    params.set('from', `${from}-01-01`);
    params.set('to', `${between(rng, from, 2022)}-12-31`);
  }
  if (rng() < 0.15) params.append('kind', pick(rng, KINDS_OF_DOCUMENT));
  if (rng() < 0.08 && pools.entities.length > 0) {
    const entity = pick(rng, pools.entities);
    params.append(entity.type, entity.id);
  }
  if (rng() < 0.15) params.set('sort', 'date');
  if (rng() < 0.1) params.set('offset', String(20 * between(rng, 1, 3)));
  return params;
}

const withQuery = (path: string, params: URLSearchParams) => (params.size > 0 ? `${path}?${params}` : path);

function nextOf(kind: RequestKind, rng: Rng, pools: IdPools): LoadRequest | null {
  switch (kind) {
    case 'search':
      return { kind, path: withQuery('/api/search', searchParams(rng, pools)) };
    case 'facets':
      return { kind, path: withQuery('/api/facets', searchParams(rng, pools)) };
    case 'document':
      if (pools.documents.length === 0) return null;
      return { kind, path: `/api/documents/${encodeURIComponent(pick(rng, pools.documents))}` };
    case 'entities': {
      const params = new URLSearchParams({ type: pick(rng, ['person', 'org', 'place']) });
      if (rng() < 0.5 && pools.entities.length > 0) {
        const name = pick(rng, pools.entities).name;
        params.set('search', name.slice(0, between(rng, 3, Math.max(3, Math.min(8, name.length)))));
      }
      if (rng() < 0.2) params.set('offset', String(20 * between(rng, 1, 5)));
      return { kind, path: withQuery('/api/entities', params) };
    }
    case 'entity':
      if (pools.entities.length === 0) return null;
      return { kind, path: `/api/entities/${encodeURIComponent(pick(rng, pools.entities).id)}` };
    case 'reuse': {
      const roll = rng();
      if (roll < 0.4 && pools.reusePairs.length > 0) {
        const [a, b] = pick(rng, pools.reusePairs);
        return { kind, path: `/api/reuse/${encodeURIComponent(a)}/${encodeURIComponent(b)}` };
      }
      if (roll < 0.7 && pools.documents.length > 0) return { kind, path: `/api/documents/${encodeURIComponent(pick(rng, pools.documents))}/reuse` };
      const params = new URLSearchParams();
      if (rng() < 0.5) params.set('minShare', pick(rng, ['0.1', '0.2', '0.5']));
      if (rng() < 0.3) params.set('offset', String(20 * between(rng, 1, 3)));
      return { kind, path: withQuery('/api/reuse', params) };
    }
  }
}

export interface Mix {
  next(): LoadRequest;
}

/** A repeatable request stream; a kind whose ids are not known yet falls back to a search. */
export function createMix(seed: number, pools: IdPools = EMPTY_POOLS, weights: Readonly<Record<RequestKind, number>> = MIX_WEIGHTS): Mix {
  const rng = seededRng(seed);
  const total = REQUEST_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
  const kindAt = (roll: number): RequestKind => {
    let left = roll * total;
    for (const kind of REQUEST_KINDS) {
      left -= weights[kind];
      if (left < 0) return kind;
    }
    return 'search';
  };
  return {
    next: () => nextOf(kindAt(rng()), rng, pools) ?? (nextOf('search', rng, pools) as LoadRequest),
  };
}
