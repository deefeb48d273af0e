// Exact-span precision, recall and F1 per type, and micro-averaged over the
// scored types (PER, ORG, LOC: MISC is reported but not in the headline score).
import { bilouSpans, TYPES } from '../../src/extract/entities/tagger/labels.js';

export interface TypeScore {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const SCORED = ['PER', 'ORG', 'LOC'] as const;

/** Precision over `predicted` (`rightP` of them right), recall over `gold` (`rightR` found), their harmonic mean; 0 for an empty side. */
export function prf(gold: number, predicted: number, rightP: number, rightR = rightP): { precision: number; recall: number; f1: number } {
  const precision = predicted ? rightP / predicted : 0;
  const recall = gold ? rightR / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function score(type: string, gold: number, predicted: number, correct: number): TypeScore {
  return { type, gold, predicted, correct, ...prf(gold, predicted, correct) };
}

/** Scores per type, then `micro` over PER/ORG/LOC. Inputs: BILOU label arrays per sentence. */
export function evaluate(gold: readonly Uint8Array[], predicted: readonly Uint8Array[]): { types: TypeScore[]; micro: TypeScore } {
  const g = new Array(TYPES.length).fill(0) as number[];
  const p = new Array(TYPES.length).fill(0) as number[];
  const c = new Array(TYPES.length).fill(0) as number[];
  for (let s = 0; s < gold.length; s++) {
    const gs = bilouSpans(gold[s]!);
    const ps = bilouSpans(predicted[s]!);
    const keys = new Set(gs.map((x) => `${x.type}:${x.start}:${x.end}`));
    for (const x of gs) g[x.type]!++;
    for (const x of ps) {
      p[x.type]!++;
      if (keys.has(`${x.type}:${x.start}:${x.end}`)) c[x.type]!++;
    }
  }
  const types = TYPES.map((t, k) => score(t, g[k]!, p[k]!, c[k]!));
  const scored = types.filter((t) => (SCORED as readonly string[]).includes(t.type));
  const sum = (f: (t: TypeScore) => number) => scored.reduce((a, t) => a + f(t), 0);
  return { types, micro: score('micro', sum((t) => t.gold), sum((t) => t.predicted), sum((t) => t.correct)) };
}

export function formatScores(name: string, result: { types: TypeScore[]; micro: TypeScore }): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = [...result.types, result.micro].map(
    (t) => `| ${t.type.padEnd(5)} | ${pct(t.precision)} | ${pct(t.recall)} | ${pct(t.f1)} | ${String(t.gold).padStart(5)} |`,
  );
  return [`${name}`, '', '| type  |      P |      R |     F1 |  gold |', '|---|---|---|---|---|', ...rows].join('\n');
}
