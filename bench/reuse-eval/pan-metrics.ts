// Character-level precision, recall, granularity and plagdet, exactly as defined in
// Potthast, Stein, Barrón-Cedeño & Rosso (2010), "An Evaluation Framework for
// Plagiarism Detection", COLING 2010 (macro-averaged variant), with the edge cases
// of the PAN reference evaluator (pan09 perfmeasures): 1 when both sets are empty,
// 0 when only one is, granularity 1 when nothing is detected.
//
// A case s (or detection r) is a set of character references in two documents.
// r detects s iff they belong to the same document pair and overlap in both documents.
//   s ⊓ r = s ∩ r if r detects s, else ∅
//   recall    = 1/|S| Σ_s |∪_r (s ⊓ r)| / |s|
//   precision = 1/|R| Σ_r |∪_s (s ⊓ r)| / |r|
//   gran      = 1/|S_R| Σ_{s ∈ S_R} |R_s|   (S_R: detected cases, R_s: detections of s)
//   plagdet   = F1 / log2(1 + gran)
// |s| counts source and target characters. Document pairs are unordered here, so a
// detection that names the documents the other way round (story B → story A) still counts.
import type { Alignment, Span } from './types.js';

export interface PanScores {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
  detectedCases: number;
}

/** An alignment with its documents in a canonical order: `a` sorts before `b`. */
interface Oriented {
  key: string;
  a: Span;
  b: Span;
}

function orient(x: Alignment): Oriented {
  if (x.source.end < x.source.start || x.target.end < x.target.start) {
    throw new Error(`Invalid span in ${x.sourceId} → ${x.targetId}`);
  }
  return x.sourceId <= x.targetId
    ? { key: `${x.sourceId}\u0000${x.targetId}`, a: x.source, b: x.target }
    : { key: `${x.targetId}\u0000${x.sourceId}`, a: x.target, b: x.source };
}

const length = (s: Span) => s.end - s.start;
const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
const detects = (s: Oriented, r: Oriented) => overlaps(s.a, r.a) && overlaps(s.b, r.b);

/** Characters of `span` covered by the union of `others`. */
function coveredChars(span: Span, others: readonly Span[]): number {
  const clipped = others
    .map((o) => ({ start: Math.max(span.start, o.start), end: Math.min(span.end, o.end) }))
    .filter((o) => o.start < o.end)
    .sort((x, y) => x.start - y.start);
  let total = 0;
  let reach = span.start;
  for (const o of clipped) {
    const from = Math.max(reach, o.start);
    if (o.end > from) total += o.end - from;
    reach = Math.max(reach, o.end);
  }
  return total;
}

function byKey(items: readonly Oriented[]): Map<string, Oriented[]> {
  const index = new Map<string, Oriented[]>();
  for (const item of items) {
    const list = index.get(item.key);
    if (list) list.push(item);
    else index.set(item.key, [item]);
  }
  return index;
}

/** Mean over `xs` of the share of each x's characters covered by the ys that detect it (or that it detects). */
function macroCoverage(xs: readonly Oriented[], ys: readonly Oriented[]): number {
  if (xs.length === 0 && ys.length === 0) return 1;
  if (xs.length === 0 || ys.length === 0) return 0;
  const index = byKey(ys);
  let sum = 0;
  for (const x of xs) {
    const size = length(x.a) + length(x.b);
    if (size === 0) throw new Error('A case or detection must cover at least one character.');
    const hits = (index.get(x.key) ?? []).filter((y) => detects(x, y));
    if (hits.length === 0) continue;
    sum += (coveredChars(x.a, hits.map((h) => h.a)) + coveredChars(x.b, hits.map((h) => h.b))) / size;
  }
  return sum / xs.length;
}

export function macroRecall(cases: readonly Alignment[], detections: readonly Alignment[]): number {
  return macroCoverage(cases.map(orient), detections.map(orient));
}

/** Overlap is symmetric, so precision is recall with the roles swapped (as in the paper). */
export function macroPrecision(cases: readonly Alignment[], detections: readonly Alignment[]): number {
  return macroCoverage(detections.map(orient), cases.map(orient));
}

/** Returns the granularity and how many cases were detected at all. */
export function granularity(cases: readonly Alignment[], detections: readonly Alignment[]): { granularity: number; detectedCases: number } {
  const index = byKey(detections.map(orient));
  let detected = 0;
  let detectionsOfDetected = 0;
  for (const s of cases.map(orient)) {
    const n = (index.get(s.key) ?? []).filter((r) => detects(s, r)).length;
    if (n > 0) {
      detected += 1;
      detectionsOfDetected += n;
    }
  }
  return { granularity: detected === 0 ? 1 : detectionsOfDetected / detected, detectedCases: detected };
}

export function plagdet(precision: number, recall: number, gran: number): number {
  if (precision + recall === 0 || gran < 1) return 0;
  return (2 * precision * recall) / (precision + recall) / Math.log2(1 + gran);
}

export function panScores(cases: readonly Alignment[], detections: readonly Alignment[]): PanScores {
  const precision = macroPrecision(cases, detections);
  const recall = macroRecall(cases, detections);
  const gran = granularity(cases, detections);
  return {
    precision,
    recall,
    granularity: gran.granularity,
    plagdet: plagdet(precision, recall, gran.granularity),
    cases: cases.length,
    detections: detections.length,
    detectedCases: gran.detectedCases,
  };
}
