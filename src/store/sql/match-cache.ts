import type { MatchedDocument } from './full-text.js';

/** Matched sets kept per connection: enough for a page of results, its facets and the next page. */
const ENTRIES = 16;
/** A set this large is cheaper to match again than to keep. */
const MAX_DOCUMENTS = 200_000;

/**
 * The matched sets of recent searches, so the facets and later pages of a
 * search reuse its match instead of running it again. `generation` changes
 * whenever the data may have changed (the adapter supplies it: SQLite's
 * `data_version` and `total_changes()`); a changed generation empties the cache.
 */
export class MatchCache<T extends { readonly length: number } = readonly MatchedDocument[]> {
  private readonly entries = new Map<string, T>();
  private seen: string | null = null;

  constructor(private readonly generation: () => string) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.generation();
    if (now !== this.seen) {
      this.entries.clear();
      this.seen = now;
    }
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest goes first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const rows = await compute();
    if (rows.length <= MAX_DOCUMENTS) {
      if (this.entries.size >= ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, rows);
    }
    return rows;
  }
}
