/**
 * Maps `items` through an async `load` with up to `depth` loads in flight,
 * yielding results in input order. File reads wait on the disk and the thread
 * pool; keeping a few ahead lets parsing (the CPU-bound part) never sit idle.
 */
export async function* readAhead<T, R>(items: readonly T[], depth: number, load: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < depth) pending.push(load(items[next++] as T));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const result = await (pending.shift() as Promise<R>);
    fill();
    yield [items[i] as T, result];
  }
}
