import abbreviations from './model/abbreviations.json' with { type: 'json' };
import attribution from './model/attribution.json' with { type: 'json' };
import starters from './model/sentence-starters.json' with { type: 'json' };

/**
 * The language data the segmenter runs on. English ships in `model/`; another
 * language is another set of these lists, not another code path.
 */
export interface SegmentLexicon {
  readonly abbreviations: {
    /** Never end a sentence: a name follows (Mr, Dr, Rt, Hon, Gen …). Also count as sentence openers. */
    readonly titles: readonly string[];
    /** Never end a sentence: the text goes on (vs, e.g, i.e …). */
    readonly inline: readonly string[];
    /** Case-sensitive; not a sentence end when a number follows (No. 10, p. 5). */
    readonly beforeNumber: readonly string[];
    /** End a sentence only when a common sentence opener follows (U.S, D.C, a.m, Jan, Inc …). */
    readonly ambiguous: readonly string[];
    /** Usually end a sentence: treated like an ordinary word (etc). */
    readonly final: readonly string[];
  };
  /** Capitalised words that open sentences and rarely continue a name, matched exactly. */
  readonly sentenceStarters: readonly string[];
  readonly attribution: {
    readonly speechVerbs: readonly string[];
    /** Lower-case words allowed inside a name phrase ("Secretary of State …"). */
    readonly connectors: readonly string[];
    /** First words of a short tail after the verb ("said today.", "told reporters."). */
    readonly tailStarts: readonly string[];
    readonly maxNameWords: number;
    readonly maxTailWords: number;
  };
}

/** What a full stop after a token means. */
export type StopKind = 'never' | 'before-number' | 'weak' | 'strong';

/** A lexicon turned into lookups, once per stage instance. */
export interface SegmentRules {
  /** Tokens matched as written (`before-number`: "No" but not "NO"). Checked first. */
  readonly exactStops: ReadonlyMap<string, StopKind>;
  /** Tokens matched by their lower-case form. */
  readonly caselessStops: ReadonlyMap<string, StopKind>;
  /** Longest listed token: anything longer without an inner dot is an ordinary word. */
  readonly longestToken: number;
  readonly starters: ReadonlySet<string>;
  readonly attribution: RegExp;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_LEXICON: SegmentLexicon = deepFreeze({
  abbreviations: {
    titles: abbreviations.titles,
    inline: abbreviations.inline,
    beforeNumber: abbreviations.beforeNumber,
    ambiguous: abbreviations.ambiguous,
    final: abbreviations.final,
  },
  sentenceStarters: starters.words,
  attribution: {
    speechVerbs: attribution.speechVerbs,
    connectors: attribution.connectors,
    tailStarts: attribution.tailStarts,
    maxNameWords: attribution.maxNameWords,
    maxTailWords: attribution.maxTailWords,
  },
});

export function compileLexicon(lexicon: SegmentLexicon): SegmentRules {
  const caselessStops = new Map<string, StopKind>();
  const exactStops = new Map<string, StopKind>();
  const { titles, inline, beforeNumber, ambiguous, final } = lexicon.abbreviations;
  // Later lists win on a clash, so the safer reading (never split) is set last.
  for (const token of final) caselessStops.set(token.toLowerCase(), 'strong');
  for (const token of ambiguous) caselessStops.set(token.toLowerCase(), 'weak');
  for (const token of inline) caselessStops.set(token.toLowerCase(), 'never');
  for (const token of titles) caselessStops.set(token.toLowerCase(), 'never');
  for (const token of beforeNumber) exactStops.set(token, 'before-number');
  let longestToken = 0;
  for (const token of [...caselessStops.keys(), ...exactStops.keys()]) longestToken = Math.max(longestToken, token.length);
  return {
    exactStops,
    caselessStops,
    longestToken,
    starters: new Set([...lexicon.sentenceStarters, ...titles]),
    attribution: attributionPattern(lexicon.attribution),
  };
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]): string => (words.length ? words.map(escape).join('|') : '(?!)');

/**
 * Matches, at the start of the text after a closed quote, a short attribution
 * that ends its sentence: `Mr Peters says.`, `Foreign Minister Winston Peters
 * said today.`, `He said,`. A clause that goes on (`Mr Peters said the talks
 * …`) does not match, so it becomes a sentence of its own.
 */
function attributionPattern(rules: SegmentLexicon['attribution']): RegExp {
  const name = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
  const word = String.raw`[\p{L}\p{N}\p{M}'’.\-]+`;
  const moreNames = Math.max(0, rules.maxNameWords - 1);
  const moreTail = Math.max(0, rules.maxTailWords - 1);
  return new RegExp(
    `^${name}(?:\\s+(?:${name}|(?:${anyOf(rules.connectors)})(?=\\s))){0,${moreNames}}\\s+(?:${anyOf(rules.speechVerbs)})` +
      `(?:[.!?…,;:]|\\s+(?:${anyOf(rules.tailStarts)})(?:\\s+${word}){0,${moreTail}}[.!?…,;:]|\\s*$)`,
    'u',
  );
}
