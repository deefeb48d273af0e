// Latency and outcome bookkeeping: pure, so the percentile maths is unit-tested.

/** An HTTP status, or why there was none: the client's timeout fired, or the connection failed. */
export type Outcome = number | 'timeout' | 'network';

/**
 * Nearest-rank percentile of ascending `sorted` values: the smallest value
 * with at least p% of the values at or below it. 0 for no values.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0-100 (got ${p})`);
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const values = Array.from(sorted);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.at(-1) ?? 0,
    mean: values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

export const isSuccess = (outcome: Outcome): boolean => typeof outcome === 'number' && outcome >= 200 && outcome < 300;

/** Latencies and outcomes per label (an endpoint kind, or a hostile case). */
export class Recorder {
  readonly #latencies = new Map<string, number[]>();
  readonly #outcomes = new Map<string, Map<Outcome, number>>();

  add(label: string, outcome: Outcome, ms: number): void {
    let latencies = this.#latencies.get(label);
    if (!latencies) this.#latencies.set(label, (latencies = []));
    latencies.push(ms);
    let outcomes = this.#outcomes.get(label);
    if (!outcomes) this.#outcomes.set(label, (outcomes = new Map()));
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }

  labels(): string[] {
    return [...this.#latencies.keys()];
  }

  /** One label's latencies, or every label's together. */
  latencies(label?: string): number[] {
    return label === undefined ? [...this.#latencies.values()].flat() : [...(this.#latencies.get(label) ?? [])];
  }

  outcomes(label?: string): Map<Outcome, number> {
    const merged = new Map<Outcome, number>();
    const sources = label === undefined ? [...this.#outcomes.values()] : [this.#outcomes.get(label) ?? new Map<Outcome, number>()];
    for (const counts of sources) for (const [outcome, n] of counts) merged.set(outcome, (merged.get(outcome) ?? 0) + n);
    return merged;
  }

  count(label?: string): number {
    return this.latencies(label).length;
  }

  errors(label?: string): number {
    let n = 0;
    for (const [outcome, count] of this.outcomes(label)) if (!isSuccess(outcome)) n += count;
    return n;
  }
}

/** `200×812, 400×3, timeout×1`: statuses in order, then the failures without one. */
export function formatOutcomes(outcomes: ReadonlyMap<Outcome, number>, only: (outcome: Outcome) => boolean = () => true): string {
  const rank = (o: Outcome) => (typeof o === 'number' ? o : o === 'timeout' ? 1000 : 1001);
  const parts = [...outcomes]
    .filter(([outcome, n]) => n > 0 && only(outcome))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([outcome, n]) => `${outcome}×${n}`);
  return parts.length === 0 ? '0' : parts.join(', ');
}
