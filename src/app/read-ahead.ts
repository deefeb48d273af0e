export interface ReadAheadLimits<T> {
  /** Loads in flight at most. */
  readonly depth: number;
  /**
   * Optional second bound on what is in flight, e.g. bytes: a window of many
   * small files is cheap, a window of many large ones is not. One item is
   * always let through, however heavy, so the window never stalls.
   */
  readonly maxWeight?: number;
  readonly weight?: (item: T) => number;
}

/**
 * Maps `items` through an async `load` with a bounded window of loads in
 * flight, yielding results in input order. File reads wait on the disk, and
 * extraction on worker threads; keeping a window ahead lets both run while
 * the consumer (storing, the CPU-bound part on this thread) works, and the
 * bound keeps memory flat however long the input list is. `items` may be an
 * async stream (the records of a JSONL file): it is pulled only as the
 * window has room, and closed if the consumer stops early.
 */
export async function* readAhead<T, R>(items: Iterable<T> | AsyncIterable<T>, limits: number | ReadAheadLimits<T>, load: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const { depth, maxWeight = Infinity, weight: weigh = () => 0 }: ReadAheadLimits<T> = typeof limits === 'number' ? { depth: limits } : limits;
  const source: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const pending: { item: T; weight: number; result: Promise<R> }[] = [];
  let inFlight = 0;
  let exhausted = false;
  // An item pulled but not started: the window had no weight left for it.
  let waiting: { item: T } | null = null;
  const fill = async () => {
    while (!exhausted && pending.length < depth) {
      if (waiting === null) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        waiting = { item: next.value };
      }
      const { item } = waiting;
      const w = weigh(item);
      if (pending.length > 0 && inFlight + w > maxWeight) break;
      waiting = null;
      inFlight += w;
      const result = load(item);
      // Settled later, in order; until then a rejection must not count as unhandled.
      result.catch(() => {});
      pending.push({ item, weight: w, result });
    }
  };
  try {
    await fill();
    while (pending.length > 0) {
      const head = pending.shift() as (typeof pending)[number];
      const result = await head.result;
      inFlight -= head.weight;
      await fill();
      yield [head.item, result];
    }
  } finally {
    if (!exhausted) await source.return?.();
  }
}
