import type { Span } from '../../core/index.js';

/** Characters covered by the union of `spans`, as a fraction of `length` (0 for an empty text). */
export function coveredShare(spans: readonly Span[], length: number): number {
  if (length <= 0) return 0;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let covered = 0;
  let reach = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, reach);
    if (end > from) covered += end - from;
    reach = Math.max(reach, end);
  }
  return Math.min(1, covered / length);
}
