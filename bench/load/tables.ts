// Markdown tables for the report (BENCHMARKS.md and the terminal).
import { REQUEST_KINDS } from './mix.js';
import type { PhaseResult } from './phase.js';
import { formatOutcomes, isSuccess, summarize, type Recorder } from './stats.js';

export const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);

const errorsOf = (recorder: Recorder, label?: string) => formatOutcomes(recorder.outcomes(label), (outcome) => !isSuccess(outcome));

/** Normal clients: one row per endpoint kind, then all of them. */
export function phaseTable(result: PhaseResult): string {
  const { normal, seconds } = result;
  const row = (name: string, label?: string) => {
    const s = summarize(normal.latencies(label));
    const rate = seconds > 0 ? (s.count / seconds).toFixed(0) : '—';
    if (label === undefined) return `| **${name}** | ${s.count} | **${rate}** | ${ms(s.p50)} | ${ms(s.p95)} | **${ms(s.p99)}** | ${ms(s.max)} | ${errorsOf(normal)} |`;
    return `| ${name} | ${s.count} | ${rate} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${errorsOf(normal, label)} |`;
  };
  const kinds = REQUEST_KINDS.filter((kind) => normal.count(kind) > 0);
  return [
    '| endpoint | requests | req/s | p50 | p95 | p99 | max | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...kinds.map((kind) => row(kind, kind)),
    row('all'),
  ].join('\n');
}

/** The hostile client: one row per case, in the order sent. */
export function hostileTable(result: PhaseResult): string {
  const { hostile } = result;
  const rows = hostile.labels().map((label) => {
    const s = summarize(hostile.latencies(label));
    return `| ${label} | ${s.count} | ${formatOutcomes(hostile.outcomes(label))} | ${ms(s.p50)} | ${ms(s.max)} |`;
  });
  return ['| hostile case | sent | outcomes | p50 | max |', '|---|---|---|---|---|', ...rows].join('\n');
}

export interface BarVerdict {
  readonly p99: number;
  readonly errors: number;
  readonly met: boolean;
  readonly overBudget: number;
  readonly hostileMax: number;
}

/** The bar: normal p99 ≤ 150 ms with 0 errors while the hostile client runs; no hostile request over its budget. */
export function verdict(result: PhaseResult, budgetMs: number, p99Target = 150): BarVerdict {
  const p99 = summarize(result.normal.latencies()).p99;
  const errors = result.normal.errors();
  const hostileTimes = result.hostile.latencies();
  return {
    p99,
    errors,
    met: p99 <= p99Target && errors === 0,
    overBudget: hostileTimes.filter((t) => t > budgetMs).length,
    hostileMax: Math.max(0, ...hostileTimes),
  };
}

export function slowestList(result: PhaseResult, count = 3): string {
  return result.slowest
    .slice(0, count)
    .map((s) => `${ms(s.ms)} \`${decodeURIComponent(s.path.replace(/\+/g, ' ')).slice(0, 90)}\` (${s.outcome})`)
    .join('; ');
}
