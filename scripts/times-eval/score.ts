// TempEval-3 style scoring of DATE expressions: strict (same span) and
// relaxed (overlapping) detection, value accuracy over relaxed matches, and
// value F1 = relaxed F1 × value accuracy.

export interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string | null;
}

export interface Gold {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  valueRight: number;
}

export interface Miss {
  readonly kind: 'missed' | 'spurious' | 'value';
  readonly text: string;
  readonly gold: string | null;
  readonly predicted: string | null;
  readonly context: string;
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, valueRight: 0 });

/**
 * Gold values are compared as Parley writes them: a time of day is its day
 * (`1998-02-13TNI` → `1998-02-13`, "last night"), a year with unknown
 * month or day is that year (`1968-XX` → `1968`), a week number has two
 * digits (`2000-W7` → `2000-W07`), a decade or century is its digits
 * (`198X` → `198`, `19XX` → `19`, the TIMEX3 forms Parley writes).
 */
export function normaliseValue(value: string): string {
  return value
    .replace(/T.*$/, '')
    .replace(/(?:-XX)+$/, '')
    .replace(/-W(\d)(?!\d)/, '-W0$1')
    .replace(/^(\d{3})X$|^(\d{2})XX$/, '$1$2');
}

export function scoreDocument(text: string, gold: readonly Gold[], predicted: readonly Predicted[], counts: Counts, misses: Miss[], dct = ''): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  const context = (s: number, e: number): string => `${dct ? `(${dct}) ` : ''}${text.slice(Math.max(0, s - 50), s)}[${text.slice(s, e)}]${text.slice(e, e + 50)}`.replace(/\s+/g, ' ');
  for (const g of gold) {
    let match = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i]!;
      if (used.has(i) || p.end <= g.start || p.start >= g.end) continue;
      if (match === -1 || (p.start === g.start && p.end === g.end)) match = i;
    }
    if (match === -1) {
      misses.push({ kind: 'missed', text: g.text, gold: g.value, predicted: null, context: context(g.start, g.end) });
      continue;
    }
    used.add(match);
    const p = predicted[match]!;
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (p.value !== null && normaliseValue(p.value) === normaliseValue(g.value)) counts.valueRight++;
    else misses.push({ kind: 'value', text: `${p.text} / ${g.text}`, gold: g.value, predicted: p.value, context: context(g.start, g.end) });
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) misses.push({ kind: 'spurious', text: p.text, gold: null, predicted: p.value, context: context(p.start, p.end) });
  });
}

export interface Figures {
  readonly strict: { p: number; r: number; f1: number };
  readonly relaxed: { p: number; r: number; f1: number };
  readonly valueAccuracy: number;
  readonly valueF1: number;
}

const prf = (hit: number, predicted: number, gold: number) => {
  const p = predicted === 0 ? 0 : hit / predicted;
  const r = gold === 0 ? 0 : hit / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export function figures(c: Counts): Figures {
  const relaxed = prf(c.relaxed, c.predicted, c.gold);
  const valueAccuracy = c.relaxed === 0 ? 0 : c.valueRight / c.relaxed;
  return { strict: prf(c.strict, c.predicted, c.gold), relaxed, valueAccuracy, valueF1: relaxed.f1 * valueAccuracy };
}
