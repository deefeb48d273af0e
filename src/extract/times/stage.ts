import { message, type Document, type DocumentMeta, type Message, type Span, type Stage } from '../../core/index.js';
import type { SegmentOutput, Sentence } from '../segment/index.js';
import { isRelative, type Anchor } from './anchor.js';
import { formatDay, parseIsoDay, weekdayOf } from './calendar.js';
import { dayOrderOf, type DayOrder } from './day-order.js';
import { resolve, type Resolved } from './resolve.js';
import { findCandidates, rulesThatMayMatch, type WindowCandidate } from './rules.js';
import { dropLoneWeak, longestFirst, mergeRanges } from './select.js';
import { tenseAt } from './tense.js';
import type { TimeExpression, TimesOutput } from './types.js';
import { PREFILTER } from './words.js';

export type Hemisphere = 'north' | 'south';

export interface TimesOptions {
  /** Numeric dates (`11/04/2024`): by default from the source (month first for US sources, else day first). */
  readonly dayOrder?: DayOrder;
  /** Which months a season names: by default from the source (south for `.nz` and `.au`), else north. */
  readonly hemisphere?: Hemisphere;
  /** Also emit TIMEX3 reference values ("now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF). Off: they date nothing. */
  readonly references?: boolean;
}

export const TIMES_DEFAULTS = Object.freeze({ references: true });

const ORIGIN = 'times';

const SOUTHERN_HOST = /\.(?:nz|au)$/i;
const SOUTHERN_SOURCE = /(?:^|[^\p{L}])(?:NZ|New Zealand|Australia|Australian|RNZ|Stuff|NZ Herald|ABC News|SBS|AAP|NZPA|Newsroom)(?:[^\p{L}]|$)/u;

export function hemisphereOf(meta: Pick<DocumentMeta, 'source' | 'url'>): Hemisphere {
  let host = '';
  try {
    host = meta.url ? new URL(meta.url).hostname : '';
  } catch {
    host = '';
  }
  if (SOUTHERN_HOST.test(host) || SOUTHERN_HOST.test(meta.source ?? '') || SOUTHERN_SOURCE.test(meta.source ?? '')) return 'south';
  return 'north';
}

/** What the times of one text are read against. */
export interface ResolveTimesOptions extends TimesOptions {
  /** Paragraphs to look in (segment's); the whole text as one when absent. */
  readonly paragraphs?: readonly Span[];
  /** Sentences, for the tense around each expression; the paragraph when absent. */
  readonly sentences?: readonly Sentence[];
}

/**
 * The temporal expressions of `text`, resolved against `published`
 * (`YYYY-MM-DD`, or null: relative expressions then get a null value). Pure:
 * the same text and date give the same answer on any machine, any day.
 */
export function resolveTimes(text: string, published: string | null, options: ResolveTimesOptions = {}): TimeExpression[] {
  const dayOrder = options.dayOrder ?? 'day-first';
  const southern = (options.hemisphere ?? 'north') === 'south';
  const references = options.references ?? TIMES_DEFAULTS.references;
  const pub = published === null ? null : parseIsoDay(published);
  const paragraphs = options.paragraphs ?? [{ start: 0, end: text.length }];
  const sentences = options.sentences ?? [];

  const candidates: WindowCandidate[] = [];
  for (const p of paragraphs) {
    const window = text.slice(p.start, p.end);
    // The rules' own words first (one search): the date-word prefilter is slow on a paragraph
    // holding none of its words, and where some rule's word is found it mostly stops at once.
    const possible = rulesThatMayMatch(window);
    if (possible === 0 || !PREFILTER.test(window)) continue;
    candidates.push(...findCandidates({ text: window, dayOrder, references }, p.start, possible));
  }
  if (candidates.length === 0) return [];
  const kept = mergeRanges(text, dropLoneWeak(text, longestFirst(candidates)));
  const reporting = reportingQuarter(kept, pub, southern);
  // An earnings story (one naming a quarter or "the latest period") compares with the year-ago quarter.
  const earnings = reporting !== null || kept.some((c) => c.anchor.kind === 'reporting');

  let s = 0;
  return kept.map((k) => {
    const c: WindowCandidate = earnings && k.found.quarterly ? { ...k, anchor: { kind: 'reporting', y: null, back: 4 } } : k;
    // Candidates come in document order, so the sentence search only moves forward.
    while (s < sentences.length && sentences[s]!.end <= c.start) s++;
    const sentence = sentences[s] && sentences[s]!.start <= c.start ? sentences[s]! : (paragraphs.find((p) => p.start <= c.start && c.end <= p.end) ?? { start: 0, end: text.length });
    const tense = c.found.tense ?? (needsTense(c.anchor, c.found.shift) ? tenseAt(text, sentence.start, sentence.end, c.start, c.end) : null);
    const context = { published: pub, tense, shift: c.found.shift, yearShift: c.found.yearShift, southern, reporting };
    const first = resolve(c.anchor, context);
    const last = c.until ? untilOf(c.until, c.anchor, first, context) : null;
    // With no publication date, a weekday after a dated start ("11/04/2024 to Friday") is counted on from it: nothing relative is left.
    const countedOn = pub === null && c.until?.kind === 'weekday' && !isRelative(c.anchor);
    const relative = isRelative(c.anchor) || (c.until !== null && isRelative(c.until) && !countedOn);
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: first.value,
      grain: first.grain,
      until: last && last.value !== null && last.grain !== null ? { value: last.value, grain: last.grain } : null,
      relative,
      direction: relative ? first.direction : null,
    };
  });
}

/** The quarter a story reports on: its first named quarter ("third-quarter profit"), resolved; null when it names none. */
function reportingQuarter(kept: readonly WindowCandidate[], pub: number | null, southern: boolean): number | null {
  // A yearless quarter names the story's own; results are for one that has begun ("fiscal first quarter ended Sept. 29").
  const quarters = kept.filter((c) => c.anchor.kind === 'quarter' && c.until === null);
  const first = quarters.find((c) => isRelative(c.anchor) && c.found.yearShift === null) ?? quarters[0];
  if (!first || pub === null) return null;
  const r = resolve(first.anchor, { published: pub, tense: 'past', shift: null, yearShift: first.found.yearShift, southern });
  const m = r.value === null ? null : /^(\d{4})-Q([1-4])$/.exec(r.value);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
}

function needsTense(a: Anchor, shift: string | null): boolean {
  if (shift === 'last' || shift === 'next') return false;
  switch (a.kind) {
    case 'weekday':
      return a.shift !== 'last' && a.shift !== 'next';
    case 'month':
    case 'season':
      return a.y === null && a.shift === null;
    case 'offset':
      return a.unit === 'weekend' && a.n === 0;
    case 'day':
    case 'week-of':
    case 'nth-weekday':
    case 'quarter':
    case 'half':
      return a.y === null;
    default:
      return false;
  }
}

/**
 * A range's last value. After a weekday, a weekday counts on from the first
 * day ("Monday to Wednesday"); after a full date it is read on its own and
 * only counted on when that falls before the start ("from Sept. 14 to
 * Thursday" written on Monday 30 October is the Thursday just gone).
 */
function untilOf(until: Anchor, from: Anchor, first: Resolved, context: Parameters<typeof resolve>[1]): Resolved {
  if (until.kind === 'weekday' && first.dayNumber !== null && from.kind !== 'weekday') {
    const own = resolve(until, context);
    if (own.dayNumber !== null && own.dayNumber > first.dayNumber) return own;
  }
  if (until.kind === 'weekday' && first.dayNumber !== null) {
    const n = first.dayNumber + ((until.wd - weekdayOf(first.dayNumber) + 7) % 7);
    return { value: formatDay(n), grain: 'day', direction: first.direction, dayNumber: n };
  }
  return resolve(until, context);
}

/**
 * Temporal expressions (TIMEX3 DATEs) with values resolved against the
 * publication date. See README.md for the rules and what is left alone.
 */
export function createTimesStage(options: TimesOptions = {}): Stage<TimesOutput> {
  const stage: Stage<TimesOutput> = {
    name: ORIGIN,
    version: 2,
    requires: Object.freeze(['segment']),
    run(doc: Document, context) {
      const segment = context.outputs.get('segment') as SegmentOutput | undefined;
      const times = resolveTimes(doc.text, doc.meta.published, {
        dayOrder: options.dayOrder ?? dayOrderOf(doc.meta),
        hemisphere: options.hemisphere ?? hemisphereOf(doc.meta),
        references: options.references ?? TIMES_DEFAULTS.references,
        ...(segment ? { paragraphs: segment.paragraphs, sentences: segment.sentences } : {}),
      });
      const messages: Message[] = [];
      const unresolved = times.filter((t) => t.relative && t.value === null);
      if (unresolved.length > 0 && (doc.meta.published === null || parseIsoDay(doc.meta.published) === null)) {
        const first = unresolved[0]!;
        const n = unresolved.length;
        messages.push(
          message({
            code: 'no-publication-date-for-times',
            reason: `${n} relative date ${n === 1 ? 'expression' : 'expressions'} (first: "${first.text}") cannot be resolved: the document has no publication date. Give one with \`parley ingest --published YYYY-MM-DD\` or a published field in its front matter.`,
            origin: ORIGIN,
            start: first.start,
            end: first.end,
            excerpt: first.text,
          }),
        );
      }
      return { output: { times }, messages };
    },
  };
  return Object.freeze(stage);
}

export const timesStage: Stage<TimesOutput> = createTimesStage();
