/**
 * Answers of recent reads, kept in the server process: the same search, facet
 * count or document asked for again (a page reloaded, many users on the same
 * story) costs a copy instead of a trip to a worker and the database. Keyed by
 * the method and its arguments; emptied whenever `generation` changes (the
 * adapter's signal that the data may have changed). Errors are never kept.
 */
export class ReadCache {
  private readonly entries = new Map<string, unknown>();
  private seen: string | null = null;
  hits = 0;
  misses = 0;

  constructor(
    private readonly capacity: number,
    private readonly generation: () => string,
  ) {}

  async get(method: string, args: readonly unknown[], compute: () => Promise<unknown>): Promise<unknown> {
    if (this.capacity === 0) return compute();
    const now = this.generation();
    if (now !== this.seen) {
      this.entries.clear();
      this.seen = now;
    }
    const key = JSON.stringify([method, args]);
    if (this.entries.has(key)) {
      const value = this.entries.get(key);
      this.entries.delete(key);
      this.entries.set(key, value);
      this.hits += 1;
      // A copy: callers may build on what they get, and the kept answer must stay as the store gave it.
      return structuredClone(value);
    }
    this.misses += 1;
    const value = await compute();
    // The data may have changed while the read ran; keep it only if it did not.
    if (this.generation() === now) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, structuredClone(value));
    }
    return value;
  }
}
