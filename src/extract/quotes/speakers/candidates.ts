// The words around a quote that can name its speaker: the entities stage's
// mentions and offices, pronouns, and noun phrases ("the minister", "a State
// Department spokesperson", "the statement", "officials").
import { firstIndex, SpansByStart, type Span } from '../../../core/index.js';
import type { EntitiesOutput, Office } from '../../entities/index.js';
import { CUES, wordsIn, type CueLexicon } from '../cues.js';

export type CandidateKind = 'person' | 'org' | 'office' | 'pronoun' | 'nominal';

export interface Candidate extends Span {
  readonly kind: CandidateKind;
  /** person, org: the entity's index. */
  readonly entity?: number;
  /** office: the office named. */
  readonly office?: Office;
  /** pronoun: what it may refer to. */
  readonly pronoun?: 'm' | 'f' | 'p' | 'self';
  /** nominal: the head noun, lower case ("minister", "statement", "officials"). */
  readonly noun?: string;
  /** nominal: an organisation named inside the phrase ("a State Department spokesperson"). */
  readonly org?: number;
}

/** Nouns for an office holder that the office gazetteer may not name on their own ("the minister said"). */
const OFFICE_NOUNS = new Set(['minister', 'president', 'premier', 'secretary', 'ambassador', 'chancellor', 'leader', 'envoy', 'commissioner', 'governor', 'senator', 'mayor', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'chief']);
export const isOfficeNoun = (noun: string): boolean => OFFICE_NOUNS.has(noun);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'two', 'three', 'several', 'some', 'our', 'this', 'that']);
/** Only subject forms can say something. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Honorifics the entities stage leaves out of a person's mention, which the speaker's mention keeps ("Mr Peters"). */
const HONORIFIC_BEFORE = /(?:\b(?:The\s+)?(?:Rt\.?\s+Hon|Right\s+Honourable|Hon|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Sen|Rep|Gen|Adm|Col|Capt|Brigadier|General)\.?\s+)+$/;

/** Enough text before a head noun for the five words that may qualify it. */
const LOOK_BACK_CHARS = 160;

const HEADS = new WeakMap<CueLexicon, RegExp>();

/**
 * Whole words (as `wordsIn` cuts them) that can head a candidate: subject
 * pronouns, office nouns and the lexicon's document and anonymous nouns, in
 * any case. The look-arounds stop where `wordsIn`'s words stop, so "he" in
 * "co-he" or "he's" is not one.
 */
function headsOf(lexicon: CueLexicon): RegExp {
  let heads = HEADS.get(lexicon);
  if (!heads) {
    const words = [...new Set([...SUBJECT_PRONOUNS, ...OFFICE_NOUNS, ...lexicon.documentNouns, ...lexicon.anonymousNouns])]
      .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    heads = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]['’.-])(?:${words.join('|')})(?![\\p{L}\\p{N}]|['’.-][\\p{L}\\p{N}])`, 'giu');
    HEADS.set(lexicon, heads);
  }
  return heads;
}

export interface Candidates {
  /** In text order. */
  readonly all: readonly Candidate[];
  /** Candidates starting in [from, to), in order. */
  between(from: number, to: number): Candidate[];
}


/**
 * The candidates of a document, computed once for each entities output and
 * lexicon: the quotes stage and the events stage both read them, of the
 * same output object, and a pure function of it need not run twice (it was
 * a third of the events stage's time). Weakly held: gone with the output.
 */
const computed = new WeakMap<EntitiesOutput, Map<CueLexicon, { readonly text: string; readonly candidates: Candidates }>>();

export function collectCandidates(text: string, entities: EntitiesOutput, lexicon: CueLexicon = CUES): Candidates {
  let byLexicon = computed.get(entities);
  if (!byLexicon) computed.set(entities, (byLexicon = new Map()));
  const known = byLexicon.get(lexicon);
  if (known && known.text === text) return known.candidates;
  const candidates = buildCandidates(text, entities, lexicon);
  byLexicon.set(lexicon, { text, candidates });
  return candidates;
}

function buildCandidates(text: string, entities: EntitiesOutput, lexicon: CueLexicon): Candidates {
  const taken: Candidate[] = [];
  for (const m of entities.mentions) {
    if (m.end <= m.start || (m.type !== 'person' && m.type !== 'org')) continue;
    let start = m.start;
    if (m.type === 'person') {
      const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (before) start = m.start - before[0].length;
    }
    taken.push({ start, end: m.end, kind: m.type, entity: m.entity });
  }
  const people = new SpansByStart(taken.filter((c) => c.kind === 'person'));
  for (const o of entities.officeMentions) {
    if (o.end <= o.start || people.first(o, () => true) !== undefined) continue;
    // The mention keeps its article: "the Foreign Minister".
    const article = /\b(?:the|a|an)\s+$/i.exec(text.slice(Math.max(0, o.start - 5), o.start));
    taken.push({ start: article ? o.start - article[0].length : o.start, end: o.end, kind: 'office', office: o.office });
  }
  // Only the words that can head a candidate are visited, found by one search over the
  // text; splitting every word of a long transcript into objects cost most of the stage.
  // Mentions and offices, by start: a nominal is checked against those near it, not all of them.
  const named = new SpansByStart(taken.slice());
  const heads = headsOf(lexicon);
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; m = heads.exec(text)) {
    const head = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const lower = head.text.toLowerCase();
    if (SUBJECT_PRONOUNS.has(lower)) {
      if (lower !== 'i' || head.text === 'I') taken.push({ start: head.start, end: head.end, kind: 'pronoun', pronoun: lexicon.pronouns.get(lower) ?? 'p' });
      continue;
    }
    // Back over the words that qualify the noun ("a senior State Department") to a determiner.
    const window = Math.max(0, head.start - LOOK_BACK_CHARS);
    const before = wordsIn(text, window, head.start);
    // A window that starts inside a word cuts it: that word is not looked at.
    if (window > 0) before.shift();
    const words = [...before, head];
    let from = words.length - 1;
    for (let j = words.length - 2; j >= Math.max(0, words.length - 6); j--) {
      const between = text.slice(words[j]!.end, words[j + 1]!.start);
      if (!/^[\s’'-]*$/.test(between) && !/^’s\s+$|^'s\s+$/.test(between)) break;
      from = j;
      if (DETERMINERS.has(words[j]!.text.toLowerCase())) break;
    }
    const hasDeterminer = DETERMINERS.has(words[from]!.text.toLowerCase());
    // Without a determiner only a plural stands alone ("officials said"); a singular is a title before a name.
    if (!hasDeterminer && !(lexicon.anonymousNouns.has(lower) && lower.endsWith('s'))) continue;
    const span = { start: hasDeterminer ? words[from]!.start : head.start, end: head.end };
    // Only mentions and offices block a nominal; pronouns and nominals never do.
    if (named.first(span, (c) => c.kind === 'office' || c.kind === 'person') !== undefined) continue;
    const org = named.first(span, (c) => c.kind === 'org' && c.start >= span.start && c.end <= span.end);
    taken.push({ ...span, kind: 'nominal', noun: lower, ...(org?.entity !== undefined ? { org: org.entity } : {}) });
  }
  // A nominal holding an organisation ("the ministry’s statement") stands for it; the organisation alone is not a second speaker there.
  // Only those nominals are looked through: every organisation against every candidate (pronouns
  // included) was quadratic, most of the stage's time on a long transcript.
  const holding = new Map<number, Candidate[]>();
  for (const n of taken) {
    if (n.kind !== 'nominal' || n.org === undefined) continue;
    const list = holding.get(n.org);
    if (list) list.push(n);
    else holding.set(n.org, [n]);
  }
  const held = (c: Candidate) => c.kind === 'org' && (holding.get(c.entity as number) ?? []).some((n) => n.start <= c.start && c.end <= n.end);
  const all = (holding.size === 0 ? taken : taken.filter((c) => !held(c)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    all,
    between(from, to) {
      const out: Candidate[] = [];
      for (let i = firstIndex(all, (c) => c.start < from); i < all.length && all[i]!.start < to; i++) out.push(all[i]!);
      return out;
    },
  };
}
