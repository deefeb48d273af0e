/**
 * The first index in `items` (sorted so that `before` holds for a prefix and
 * fails for the rest) where `before` fails; `items.length` when it never does.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
