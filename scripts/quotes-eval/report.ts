// The summary table, the issue lists, and the --json shape.
import { rates, VARIANTS, type Counts, type Issue, type SetScore, type Variant } from './score.js';

export const BARS = { f1: 0.9, speakerAccuracy: 0.9 } as const;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

const VARIANT_LABEL: Record<Variant, string> = { direct: 'direct+turn', all: 'all kinds', partial: 'partial' };

function row(set: string, docs: number, v: Variant, c: Counts): string {
  const r = rates(c);
  const n = (x: number, w = 5) => String(x).padStart(w);
  const bar = v === 'direct' ? (r.f1 >= BARS.f1 && r.speakerAccuracy >= BARS.speakerAccuracy ? ' ok' : ' below') : '';
  return `| ${set.padEnd(12)} | ${VARIANT_LABEL[v].padEnd(11)} | ${n(docs, 4)} | ${n(c.gold)} | ${n(c.predicted)} | ${n(c.found)} | ${n(c.right)} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${pct(r.speakerAccuracy)} (${c.speakerRight}/${c.speakerGold}) | ${pct(r.speakerAccuracyStrict)} |${bar}`;
}

export interface NamedScore {
  readonly name: string;
  readonly score: SetScore;
  readonly errors: readonly string[];
  readonly extractMs: number;
  /** Per style (fixtures), for --verbose. */
  readonly styles?: ReadonlyMap<string, SetScore>;
}

export function table(sets: readonly NamedScore[]): string[] {
  const out = [
    '| set          | compared    | docs | gold  | pred  | found | right |   P   |   R   |  F1   | speaker acc        | spk strict | bars',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const v of VARIANTS) for (const s of sets) out.push(row(s.name, s.score.docs, v, s.score.counts[v]));
  return out;
}

export function styleTable(s: NamedScore): string[] {
  if (!s.styles) return [];
  return [`### ${s.name} per style (direct+turn)`, '', ...table([...s.styles].sort().map(([name, score]) => ({ name, score, errors: [], extractMs: 0 }))).filter((l) => !/all kinds|partial /.test(l)), ''];
}

function list(title: string, issues: readonly Issue[]): string[] {
  if (!issues.length) return [];
  return [`#### ${title} (${issues.length})`, ...issues.map((i) => `- ${i.doc}@${i.start}: ${i.detail}`), ''];
}

export function issueLists(s: NamedScore): string[] {
  const d = s.score.issues.direct;
  return [
    `### ${s.name}`,
    '',
    ...list('misses (direct+turn)', d.filter((i) => i.type === 'miss')),
    ...list('false positives (direct+turn)', d.filter((i) => i.type === 'false-positive')),
    ...list('wrong speakers', d.filter((i) => i.type === 'wrong-speaker')),
    ...list('partial misses', s.score.issues.partial.filter((i) => i.type === 'miss')),
    ...list('partial false positives', s.score.issues.partial.filter((i) => i.type === 'false-positive')),
    ...list('traps taken for quotes', s.score.traps.issues),
  ];
}

export function toJson(sets: readonly NamedScore[], stage: string): unknown {
  return {
    stage,
    bars: BARS,
    sets: Object.fromEntries(
      sets.map((s) => [
        s.name,
        {
          docs: s.score.docs,
          ...Object.fromEntries(VARIANTS.map((v) => [v, { ...s.score.counts[v], ...rates(s.score.counts[v]) }])),
          traps: { total: s.score.traps.total, taken: s.score.traps.taken },
          goldErrors: s.errors,
          issues: { ...s.score.issues, traps: s.score.traps.issues },
          extractMs: Math.round(s.extractMs),
        },
      ]),
    ),
  };
}
