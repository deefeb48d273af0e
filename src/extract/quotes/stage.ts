import { firstIndex, spanAt, type Document, type Span, type Stage } from '../../core/index.js';
import type { EntitiesOutput } from '../entities/index.js';
import type { SegmentOutput, Sentence } from '../segment/index.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { CUES, wordsIn, type CueLexicon } from './cues.js';
import { afterNamingWords, looksLikeTitle } from './kinds.js';
import { pairMarks, type MarkedQuote } from './marks/index.js';
import { collectCandidates, isOfficeNoun, releaseAuthor, resolveSpeaker, type Candidates, type SpeakerContext } from './speakers/index.js';
import { mentionOverlapping } from '../entities/index.js';
import { turnQuote, turnSpeaker, turnsOf, type Turn } from './turns.js';
import type { Quote, QuoteKind, QuoteSpeaker, QuotesOutput } from './types.js';

export interface QuotesOptions {
  /** Speech verbs and speaker nouns; English by default (model/cues.json). */
  readonly lexicon?: CueLexicon;
}

/** An uncued quote this short that opens and closes a sentence is a title or a slogan more often than speech. */
const MIN_UNCUED_WORDS = 3;

interface Decided {
  readonly marked: MarkedQuote;
  readonly quote: Quote;
  readonly cue: Attribution | null;
}

/** Everything one document's quotes are read against. */
class Reading {
  readonly text: string;
  readonly candidates: Candidates;
  readonly speakers: SpeakerContext;
  readonly outer: readonly MarkedQuote[];
  readonly decided: Decided[] = [];

  constructor(
    readonly doc: Document,
    readonly segment: SegmentOutput,
    readonly entities: EntitiesOutput,
    marked: readonly MarkedQuote[],
    readonly lexicon: CueLexicon,
  ) {
    this.text = doc.text;
    this.candidates = collectCandidates(doc.text, entities, lexicon);
    // By start, and never overlapping one another: looked up by binary search (`spanAt`).
    this.outer = marked.filter((q) => q.depth === 0).sort((a, b) => a.start - b.start);
    this.speakers = { doc, entities, sentences: segment.sentences, quoted: this.outer, author: releaseAuthor(doc, entities), lexicon };
  }

  paragraph(i: number): Span {
    return this.segment.paragraphs[i]!;
  }

  /** The sentence holding `at`, or the next one when `at` falls between sentences. */
  sentenceAt(at: number): Sentence | null {
    const sentences = this.segment.sentences;
    return sentences[firstIndex(sentences, (x) => x.end <= at)] ?? null;
  }

  /** Where the text a quote follows begins: its sentence, after any quote earlier in it, within `bounds`. */
  before(q: MarkedQuote, bounds: Span): Span {
    const open = q.openMark ?? q.start;
    const sentence = this.sentenceAt(open);
    let from = Math.max(bounds.start, sentence && sentence.start <= open ? sentence.start : bounds.start);
    for (const other of this.outer) if (other !== q && other.closeMark !== null && other.closeMark < open && other.closeMark + 1 > from) from = other.closeMark + 1;
    return { start: Math.min(from, open), end: open };
  }

  /** The text after a quote to the end of its sentence, before any next quote, within `bounds`. */
  after(q: MarkedQuote, bounds: Span): Span {
    const from = q.closeMark !== null ? q.closeMark + 1 : q.end;
    const sentence = this.sentenceAt(from);
    let to = Math.min(bounds.end, sentence ? Math.max(sentence.end, from) : bounds.end);
    for (const other of this.outer) if (other !== q && other.openMark !== null && other.openMark >= from && other.openMark < to) to = other.openMark;
    return { start: from, end: Math.max(from, to) };
  }

  speaker(found: Attribution, at: number): QuoteSpeaker | null {
    const c = found.candidate;
    if (!c) return null;
    const resolved = resolveSpeaker(this.speakers, c, 'cue', at);
    if (resolved || c.kind !== 'nominal' || !isOfficeNoun(c.noun!) || c.noun!.startsWith('spokes')) return resolved;
    // "the minister added" where no one's role says minister: the person quoted just before.
    const last = this.decided.at(-1)?.quote.speaker;
    const person = last && last.entity !== null && this.entities.entities[last.entity]?.type === 'person' ? last : null;
    return person ? { entity: person.entity, mention: { start: c.start, end: c.end, text: this.text.slice(c.start, c.end) }, via: 'role' } : null;
  }
}

function quoteOf(r: Reading, q: MarkedQuote, kind: QuoteKind, cue: Attribution | null, speaker: QuoteSpeaker | null): Quote {
  return {
    start: q.start,
    end: q.end,
    text: r.text.slice(q.start, q.end),
    kind,
    cue: cue ? cue.cue.text : null,
    ...(cue ? { cueSpan: { start: cue.cue.start, end: cue.cue.end } } : {}),
    speaker,
    ...(q.parts ? { parts: q.parts.map((p) => ({ start: p.start, end: p.end })) } : {}),
  };
}

/** Whether the quote opens and closes its sentence, and the cue on either side. */
function read(r: Reading, q: MarkedQuote, bounds: Span) {
  const text = r.text;
  const before = r.before(q, bounds);
  const after = r.after(q, bounds);
  const preText = text.slice(before.start, before.end).trim();
  const pre = attributionBefore(text, r.candidates, before.start, before.end);
  let post = attributionAfter(text, r.candidates, after.start, after.end);
  // Cues for the whole sentence: "He said it had survived “difficult times”, but was continuing to go “from strength to strength”"
  // and "… would be “testing” but would produce “solid benefits” for the US …, he said."
  const sentence = r.sentenceAt(q.openMark ?? q.start);
  const wide = sentence && sentence.start >= bounds.start ? sentenceCue(r, sentence, q) : null;
  const body = text.slice(q.start, q.end);
  // "“We will go.” Mr Peters says the deal …": a new sentence about the quote, not its attribution.
  if (post && /[.]$/.test(body) && !/^\s*([.!?]|,|$)/.test(text.slice(post.end, after.end))) post = null;
  const startsUpper = /^[^\p{L}]*\p{Lu}/u.test(body);
  const opens =
    preText === '' ||
    /:$/.test(preText) ||
    (pre !== null && /[,—–-]$/.test(preText)) ||
    (pre !== null && startsUpper && (q.openMark ?? q.start) - pre.end <= 3);
  const rest = text.slice(after.start, after.end).trim();
  const closes = rest === '' || /^[.!?;)\]…]+$/.test(rest) || post !== null;
  return { before, pre, post, opens, closes, preText, wide };
}

/** A cue that attributes a whole sentence: before the quote from the sentence's start, or `, he said.` closing it. */
function sentenceCue(r: Reading, sentence: Span, q: MarkedQuote): Attribution | null {
  const text = r.text;
  const open = q.openMark ?? q.start;
  const before = attributionBefore(text, r.candidates, sentence.start, open);
  if (before && spanAt(r.outer, before.cue.start) === undefined) return before;
  const close = q.closeMark ?? q.end;
  const comma = text.lastIndexOf(',', sentence.end - 1);
  if (comma <= close) return null;
  const found = attributionAfter(text, r.candidates, comma + 1, sentence.end);
  return found && /^[\s.!?]*$/.test(text.slice(found.end, sentence.end)) ? found : null;
}

/** The speaker of an uncued quote from what surrounds it, weakest last; null rather than a guess. */
function nearby(r: Reading, q: MarkedQuote): { speaker: QuoteSpeaker; cue: Attribution | null } | null {
  const text = r.text;
  const paragraph = r.paragraph(q.paragraph);
  const opensParagraph = (q.openMark ?? q.start) <= paragraph.start;
  const last = r.decided.at(-1);
  // The second half of a split quote ("“…,” Mr Peters says. “On Ukraine, …”") or another quote later in the paragraph.
  if (last && last.marked.lastParagraph === q.paragraph && last.quote.speaker && last.quote.kind === 'direct') return { speaker: last.quote.speaker, cue: last.cue };
  if (opensParagraph && q.paragraph > 0) {
    const prev = r.paragraph(q.paragraph - 1);
    const prevText = text.slice(prev.start, prev.end);
    // "And from Chairwoman Doe:" / "Mr Key said:" with the quote in the next paragraph.
    if (/:\s*$/.test(prevText)) {
      const sentence = r.sentenceAt(prev.end - 1);
      const from = Math.max(prev.start, sentence?.start ?? prev.start);
      const found = attributionBefore(text, r.candidates, from, prev.end);
      const speaker = found ? r.speaker(found, q.start) : null;
      if (found && speaker) return { speaker, cue: found };
      const named = r.candidates.between(from, prev.end).filter((c) => c.kind === 'person' || c.kind === 'org' || c.kind === 'office' || c.kind === 'nominal').at(-1);
      const intro = named ? resolveSpeaker(r.speakers, named, 'intro', q.start) : null;
      if (intro) return { speaker: { ...intro, via: intro.via === 'role' ? 'role' : 'intro' }, cue: null };
    }
    if (last && last.marked.lastParagraph === q.paragraph - 1 && last.quote.speaker && last.quote.kind !== 'turn') return { speaker: { ...last.quote.speaker, via: 'nearby' }, cue: null };
    // The paragraph before reports the speaker's words or opens with them: "He indicated there might be more …" / "Mr Key highlighted areas …".
    const sentence = r.sentenceAt(prev.end - 1);
    const found = sentence ? attributionBefore(text, r.candidates, Math.max(prev.start, sentence.start), prev.end) : null;
    const reported = found ? r.speaker(found, q.start) : null;
    if (reported) return { speaker: { ...reported, via: 'nearby' }, cue: null };
    const subject = r.candidates.between(prev.start, prev.start + 5)[0];
    const named = subject && subject.kind === 'person' ? resolveSpeaker(r.speakers, subject, 'nearby', q.start) : null;
    if (named) return { speaker: named, cue: null };
  } else {
    // A cue in the sentence before, in the same paragraph: "Mr Peters was asked about AUKUS. “We …”".
    const sentence = r.sentenceAt(q.openMark ?? q.start);
    const previous = sentence ? r.segment.sentences[r.segment.sentences.indexOf(sentence) - 1] : undefined;
    if (previous && previous.paragraph === q.paragraph) {
      const found = attributionBefore(text, r.candidates, previous.start, previous.end);
      const speaker = found ? r.speaker(found, q.start) : null;
      if (found && speaker) return { speaker: { ...speaker, via: 'nearby' }, cue: null };
    }
  }
  const author = r.speakers.author;
  return author ? { speaker: author, cue: null } : null;
}

/**
 * A quote that never closed was kept to its paragraph's end, and may have run
 * on into text that is not speech (a photo caption glued to the paragraph:
 * "… cooperation. Talks between NATO and the delegation led by Winston Peters
 * at NATO hq yesterday."). People rarely name themselves in full while
 * speaking, so the quote ends before the first later sentence naming its own
 * speaker.
 */
function trimUnclosed(r: Reading, q: MarkedQuote, speaker: QuoteSpeaker | null): MarkedQuote {
  if (q.closeMark !== null || !speaker || speaker.entity === null) return q;
  const parts = q.parts ?? [{ start: q.start, end: q.end }];
  const last = parts[parts.length - 1]!;
  const self = mentionOverlapping(r.entities, last, (m) => m.entity === speaker.entity && m.start > last.start && m.end <= last.end && m.text.includes(' '));
  const sentence = self ? r.sentenceAt(self.start) : null;
  if (!sentence || sentence.start <= last.start) return q;
  let end = sentence.start;
  while (end > last.start && /\s/.test(r.text[end - 1]!)) end--;
  const trimmed = [...parts.slice(0, -1), { start: last.start, end }];
  return { ...q, end, ...(trimmed.length > 1 ? { parts: trimmed } : {}) };
}

/** One quoted stretch: a direct or partial quote with its speaker and the cue that attributes it, or null when it is not speech. */
function decide(r: Reading, q: MarkedQuote, bounds: Span, inTurn: boolean): { quote: Quote; cue: Attribution | null } | null {
  const text = r.text;
  const { pre, post, opens, closes, before, wide } = read(r, q, bounds);
  const words = wordsIn(text, q.start, q.end).map((w) => w.text);
  if (afterNamingWords(text.slice(Math.max(0, before.end - 40), before.end))) return null;
  const direct = opens && closes;
  // The first attribution that names someone, else the first at all ("…, adding:" names no one; the sentence's subject does).
  const options = direct ? [post, pre && (opens || pre.end >= before.end - 3) ? pre : null, post || pre ? wide : null] : [post, pre, wide];
  const cue = options.find((a) => a?.candidate) ?? options.find((a) => a) ?? null;
  if (!direct && !cue) return null;
  if (looksLikeTitle(words) && !(direct && cue)) return null;
  if (inTurn && !cue) return null;
  if (cue) {
    const speaker = r.speaker(cue, q.start);
    return { quote: quoteOf(r, trimUnclosed(r, q, speaker), direct ? 'direct' : 'partial', cue, speaker), cue };
  }
  if (words.length < MIN_UNCUED_WORDS) return null;
  const near = q.depth === 0 ? nearby(r, q) : null;
  const speaker = near?.speaker ?? null;
  return { quote: quoteOf(r, trimUnclosed(r, q, speaker), 'direct', near?.cue ?? null, speaker), cue: near?.cue ?? null };
}

const ORIGIN_NAME = 'quotes';

/**
 * Direct and partial quotes and transcript turns, each with its cue and its
 * speaker resolved to one of the entities stage's entities. See README.md for
 * the rules and what is left alone.
 */
export function createQuotesStage(options: QuotesOptions = {}): Stage<QuotesOutput> {
  const lexicon = options.lexicon ?? CUES;
  const stage: Stage<QuotesOutput> = {
    name: ORIGIN_NAME,
    version: 1,
    requires: Object.freeze(['segment', 'entities']),
    run(doc, context) {
      const segment = context.outputs.get('segment') as SegmentOutput | undefined;
      const entities = context.outputs.get('entities') as EntitiesOutput | undefined;
      if (!segment || !entities) return { output: { quotes: [] }, messages: [] };
      const { quotes: marked, messages } = pairMarks(doc.text, segment.paragraphs);
      const r = new Reading(doc, segment, entities, marked, lexicon);
      const turns: Turn[] = turnsOf(doc.text, entities.speakerLabels ?? []);
      const out: Quote[] = turns.map((t) => turnQuote(doc.text, t, turnSpeaker(entities, t.label)));
      const outerOf = new Map<MarkedQuote, Quote>();
      for (const q of r.outer) {
        const p = r.paragraph(q.paragraph);
        const bounds = { start: p.start, end: r.paragraph(q.lastParagraph).end };
        const decided = decide(r, q, bounds, spanAt(turns, q.start) !== undefined);
        if (!decided) continue;
        const { quote } = decided;
        r.decided.push({ marked: q, ...decided });
        outerOf.set(q, quote);
        out.push(quote);
      }
      // A quote within a quote is kept when a cue inside the outer one attributes it ("… he told me ‘we will stay’").
      for (const q of marked) {
        if (q.depth !== 1) continue;
        const host = spanAt(r.outer, q.start);
        if (!host || q.end > host.end || !outerOf.has(host)) continue;
        const { pre, post } = read(r, q, { start: host.start, end: host.end });
        const cue = post ?? pre;
        if (!cue || afterNamingWords(doc.text.slice(Math.max(host.start, (q.openMark ?? q.start) - 40), q.openMark ?? q.start))) continue;
        out.push(quoteOf(r, q, post ? 'direct' : 'partial', cue, r.speaker(cue, q.start)));
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return { output: { quotes: out }, messages };
    },
  };
  return Object.freeze(stage);
}

export const quotesStage: Stage<QuotesOutput> = createQuotesStage();
