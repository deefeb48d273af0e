// Issue 14's rules, on word positions in the document's text:
//   - a gold quote is found when >= 80% of its words lie in ONE predicted quote;
//   - a predicted quote is right when >= 80% of its words are words of gold quotes (any of them);
//   - a found gold quote's speaker is judged on the predicted quote holding most of its words.
// Counting positions rather than bags of words means a repeated phrase
// elsewhere in the document never makes a wrong span right.
import { judgeSpeaker, showGoldSpeaker } from './speaker.js';
import type { EvalDoc, GoldKind, GoldQuote, PredictedQuote } from './types.js';
import { wordSpans, wordsIn, type Span } from './words.js';

export const FOUND_SHARE = 0.8;
export const RIGHT_SHARE = 0.8;

/**
 * Which kinds are compared (README, "Partial quotes"):
 * - `direct`, the headline: gold direct+turn against predicted direct+turn;
 * - `all`: every gold quote (direct, turn, partial) against every predicted one, kind ignored;
 * - `partial`: gold partial against predicted partial.
 */
export type Variant = 'direct' | 'all' | 'partial';
export const VARIANTS: readonly Variant[] = ['direct', 'all', 'partial'];

const GOLD_KINDS: Record<Variant, readonly GoldKind[]> = { direct: ['direct', 'turn'], all: ['direct', 'turn', 'partial'], partial: ['partial'] };
const PRED_KINDS: Record<Variant, readonly string[] | null> = { direct: ['direct', 'turn'], all: null, partial: ['partial'] };

export interface Counts {
  gold: number;
  predicted: number;
  /** Gold quotes found. */
  found: number;
  /** Predicted quotes right. */
  right: number;
  /** Found gold quotes that have a gold speaker: the denominator of speaker accuracy. */
  speakerGold: number;
  speakerRight: number;
  /** PolNeAR's strict variant (mention overlap only); equal to speakerRight for named gold. */
  speakerRightStrict: number;
  /** Found gold quotes with no gold speaker to which the stage still gave one (a guess). */
  speakerGuessed: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, found: 0, right: 0, speakerGold: 0, speakerRight: 0, speakerRightStrict: 0, speakerGuessed: 0 });

export function addCounts(into: Counts, x: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += x[k];
}

export interface Issue {
  readonly type: 'miss' | 'false-positive' | 'wrong-speaker';
  readonly doc: string;
  readonly start: number;
  /** One line: the quote, and what the other side had. */
  readonly detail: string;
}

export interface DocScore {
  readonly counts: Counts;
  readonly issues: Issue[];
}

export function predictedSpans(p: PredictedQuote): readonly Span[] {
  return p.parts && p.parts.length ? p.parts : [p];
}

/** A short excerpt of the text, on one line. */
export function snippet(text: string, span: Span, max = 90): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max / 2 - 2)} … ${s.slice(s.length - max / 2 + 2)}`;
}

export function scoreDoc(doc: EvalDoc, variant: Variant): DocScore {
  const all = wordSpans(doc.text);
  const gold = doc.gold.filter((g) => GOLD_KINDS[variant].includes(g.kind));
  const predKinds = PRED_KINDS[variant];
  const predicted = doc.predicted.filter((p) => predKinds === null || predKinds.includes(p.kind));
  const goldWords = gold.map((g) => new Set(wordsIn(all, [g])));
  const predWords = predicted.map((p) => new Set(wordsIn(all, predictedSpans(p))));
  const everyGoldWord = new Set(goldWords.flatMap((s) => [...s]));
  const counts = emptyCounts();
  const issues: Issue[] = [];

  gold.forEach((g, gi) => {
    const gw = goldWords[gi]!;
    if (gw.size === 0) return; // no words: nothing a word rule can say (loaders warn)
    counts.gold++;
    // The predicted quote holding most of the gold words; ties go to the tighter one.
    let best = -1;
    let bestShare = 0;
    predWords.forEach((pw, pi) => {
      let n = 0;
      for (const w of gw) if (pw.has(w)) n++;
      const share = n / gw.size;
      if (share > bestShare || (share === bestShare && best >= 0 && share > 0 && pw.size < predWords[best]!.size)) {
        best = pi;
        bestShare = share;
      }
    });
    if (bestShare < FOUND_SHARE) {
      issues.push({ type: 'miss', doc: doc.name, start: g.start, detail: missDetail(doc, g, gw, bestShare, best >= 0 ? predicted[best]! : null) });
      return;
    }
    counts.found++;
    const p = predicted[best]!;
    if (!g.speaker) {
      if (p.speaker) counts.speakerGuessed++;
      return;
    }
    counts.speakerGold++;
    const v = judgeSpeaker(g.speaker, p.speaker);
    if (v.lenient) counts.speakerRight++;
    if (v.strict) counts.speakerRightStrict++;
    if (!v.lenient) {
      const said = p.speaker ? `${p.speaker.name} [mention "${p.speaker.mention.text}", via ${p.speaker.via ?? '?'}]` : '(none)';
      issues.push({ type: 'wrong-speaker', doc: doc.name, start: g.start, detail: `${inContext(doc.text, g)} gold ${showGoldSpeaker(g.speaker)}, predicted ${said}` });
    }
  });

  predicted.forEach((p, pi) => {
    counts.predicted++;
    const pw = predWords[pi]!;
    let n = 0;
    for (const w of pw) if (everyGoldWord.has(w)) n++;
    const share = pw.size ? n / pw.size : 0;
    if (share >= RIGHT_SHARE) counts.right++;
    else {
      const who = p.speaker ? ` (${p.speaker.name})` : '';
      issues.push({ type: 'false-positive', doc: doc.name, start: p.start, detail: `${p.kind} ${inContext(doc.text, p)}${who}: ${pct(share)} gold words` });
    }
  });
  return { counts, issues };
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** The span's excerpt between ⟦ ⟧ with a little text either side, where cues and speakers sit. */
export function inContext(text: string, span: Span, side = 40): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, span.start - side), span.start)).trimStart();
  const after = flat(text.slice(span.end, span.end + side)).trimEnd();
  return `…${before}⟦${snippet(text, span, 80)}⟧${after}…`;
}

/** Why a gold quote was missed: its best predicted quote (of any kind, so a kind error shows as one). */
function missDetail(doc: EvalDoc, g: GoldQuote, gw: ReadonlySet<number>, share: number, best: PredictedQuote | null): string {
  const all = wordSpans(doc.text);
  let other = '';
  for (const p of doc.predicted) {
    const pw = new Set(wordsIn(all, predictedSpans(p)));
    let n = 0;
    for (const w of gw) if (pw.has(w)) n++;
    if (n / gw.size >= FOUND_SHARE && p !== best) other = `; predicted as ${p.kind}`;
  }
  const near = best && share > 0 ? `best ${pct(share)} in ${best.kind} "${snippet(doc.text, best, 60)}"` : 'nothing overlaps';
  return `${g.kind} ${inContext(doc.text, g)} (${showGoldSpeaker(g.speaker)}): ${near}${other}`;
}

export interface SetScore {
  readonly docs: number;
  readonly counts: Record<Variant, Counts>;
  readonly issues: Record<Variant, Issue[]>;
  /** Traps (quoted words that are no quote) and the predicted quotes of any kind lying in one. */
  readonly traps: { total: number; taken: number; issues: Issue[] };
}

/** Predicted quotes (any kind) with >= 80% of their words inside a trap: scare quotes, titles, nicknames taken for quotes. */
export function trapHits(doc: EvalDoc): Issue[] {
  if (!doc.traps?.length) return [];
  const all = wordSpans(doc.text);
  const trapWords = new Set(wordsIn(all, doc.traps));
  return doc.predicted.flatMap((p) => {
    const pw = wordsIn(all, predictedSpans(p));
    const n = pw.filter((w) => trapWords.has(w)).length;
    return pw.length && n / pw.length >= RIGHT_SHARE ? [{ type: 'false-positive' as const, doc: doc.name, start: p.start, detail: `trap taken as ${p.kind}: "${snippet(doc.text, p)}"` }] : [];
  });
}

export function scoreSet(docs: readonly EvalDoc[]): SetScore {
  const counts = { direct: emptyCounts(), all: emptyCounts(), partial: emptyCounts() };
  const issues: Record<Variant, Issue[]> = { direct: [], all: [], partial: [] };
  const traps = { total: 0, taken: 0, issues: [] as Issue[] };
  for (const d of docs) {
    for (const v of VARIANTS) {
      const s = scoreDoc(d, v);
      addCounts(counts[v], s.counts);
      issues[v].push(...s.issues);
    }
    traps.total += d.traps?.length ?? 0;
    const hits = trapHits(d);
    traps.taken += hits.length;
    traps.issues.push(...hits);
  }
  return { docs: docs.length, counts, issues, traps };
}

export interface Rates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerAccuracy: number;
  readonly speakerAccuracyStrict: number;
}

export function rates(c: Counts): Rates {
  const precision = c.predicted ? c.right / c.predicted : 0;
  const recall = c.gold ? c.found / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: c.speakerGold ? c.speakerRight / c.speakerGold : 0,
    speakerAccuracyStrict: c.speakerGold ? c.speakerRightStrict / c.speakerGold : 0,
  };
}
