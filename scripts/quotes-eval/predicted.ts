// Reading `record.quotes` (typed `unknown[]` in ExtractRecord until the stage
// lands) into the scorer's shape. Checked field by field: a record that breaks
// docs/quotes.md fails loudly here rather than scoring as silence.
import type { PredictedQuote, PredictedSpeaker } from './types.js';
import type { Span } from './words.js';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
const num = (o: Obj, k: string, where: string): number => {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`${where}: "${k}" is not an integer (${JSON.stringify(v)})`);
  return v;
};
const str = (o: Obj, k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);

function span(x: unknown, where: string): Span {
  if (!isObj(x)) throw new Error(`${where}: not a span`);
  return { start: num(x, 'start', where), end: num(x, 'end', where) };
}

function speaker(x: unknown, where: string): PredictedSpeaker | null {
  if (x === null || x === undefined) return null;
  if (!isObj(x)) throw new Error(`${where}: speaker is not an object`);
  const m = x['mention'];
  const mention = isObj(m) ? { ...span(m, `${where}.mention`), text: str(m, 'text') ?? '' } : { start: 0, end: 0, text: '' };
  return { id: str(x, 'id'), name: str(x, 'name') ?? '', mention, via: str(x, 'via') };
}

export function readPredicted(quotes: readonly unknown[], doc: string): PredictedQuote[] {
  return quotes.map((q, i) => {
    const where = `${doc} quotes[${i}]`;
    if (!isObj(q)) throw new Error(`${where}: not an object`);
    const parts = Array.isArray(q['parts']) ? (q['parts'] as unknown[]).map((p, k) => span(p, `${where}.parts[${k}]`)) : undefined;
    return {
      ...span(q, where),
      text: str(q, 'text') ?? '',
      kind: str(q, 'kind') ?? 'direct',
      cue: str(q, 'cue'),
      speaker: speaker(q['speaker'], where),
      ...(parts && parts.length ? { parts } : {}),
    };
  });
}
