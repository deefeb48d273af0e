// Finding the cue and the words naming the speaker on either side of a quote.
import { cuesIn, type Cue } from './cues.js';
import type { Candidate, Candidates } from './speakers/index.js';

export interface Attribution {
  readonly cue: Cue;
  /** The words naming the speaker, or null when the cue names no one ("it was said"). */
  readonly candidate: Candidate | null;
  /** Where the attribution ends (the later of cue and speaker). */
  readonly end: number;
}

/** How far a speaker may stand from the cue ("Mr Peters, who is in Washington this week, says"). */
const SPEAKER_TO_CUE = 60;
/** How far into the text after a quote its attribution may start. */
const CUE_AFTER_QUOTE = 120;

/** Words that may stand between `at` and the candidate: an article, and capitalised titles the mention leaves out ("Senator", "Commissioner", "Europe Minister"). */
const BEFORE_CANDIDATE = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** A candidate starting at `at`, or after an article or titles there ("the Foreign Minister" when the office mention starts at "Foreign"; "Senator Ellery"). */
function candidateAt(text: string, candidates: Candidates, at: number, to: number): Candidate | null {
  for (const c of candidates.between(at, Math.min(to, at + 48))) {
    if (c.start === at || BEFORE_CANDIDATE.test(text.slice(at, c.start))) return c;
  }
  return null;
}

/**
 * After a quote, in [from, to): `, Mr Peters says`, `he said`, `said Mr Key`,
 * `, according to officials`, or a dash and a name (`– Commissioner Jane Doe`).
 */
export function attributionAfter(text: string, candidates: Candidates, from: number, to: number): Attribution | null {
  const at = from + /^[\s,;:]*/.exec(text.slice(from, to))![0].length;
  if (at >= to) return null;
  const dash = /^(?:[–—―]|--?)\s*/.exec(text.slice(at, to));
  if (dash) {
    const c = candidateAt(text, candidates, at + dash[0].length, to);
    if (!c || c.kind === 'pronoun') return null;
    const cue = { start: at, end: at + dash[0].trimEnd().length, text: dash[0].trimEnd() };
    return { cue, candidate: c, end: c.end };
  }
  const cue = cuesIn(text, at, Math.min(to, at + CUE_AFTER_QUOTE))[0];
  if (!cue) return null;
  if (cue.start === at) {
    const c = candidateAt(text, candidates, /^\s*/.exec(text.slice(cue.end, to))![0].length + cue.end, to);
    return { cue, candidate: c, end: c ? c.end : cue.end };
  }
  const c = candidateAt(text, candidates, at, to);
  if (c && c.end <= cue.start && cue.start - c.end <= SPEAKER_TO_CUE && !/[“”"‘’]|[.!?]\s+\p{Lu}/u.test(text.slice(c.end, cue.start))) return { cue, candidate: c, end: cue.end };
  return null;
}

/**
 * Before a quote, in [from, to): the last cue of the clause and its subject:
 * `Mr Key said: “…”`, `He added that the US was a “natural partner”`,
 * `According to the ministry, “…”`. The subject is the candidate right before
 * the cue, or else the clause's first; with none before it, one right after
 * the cue ("said Mr Key:").
 */
export function attributionBefore(text: string, candidates: Candidates, from: number, to: number): Attribution | null {
  const cue = cuesIn(text, from, to).at(-1);
  if (!cue) return null;
  const before = candidates.between(from, cue.start).filter((c) => c.end <= cue.start);
  const adjacent = before.filter((c) => cue.start - c.end <= 16 && !/[,;:]/.test(text.slice(c.end, cue.start))).at(-1);
  const first = before.find((c) => cue.start - c.end <= SPEAKER_TO_CUE);
  const subject = adjacent ?? first;
  if (subject) return { cue, candidate: subject, end: cue.end };
  const after = candidateAt(text, candidates, cue.end + /^\s*/.exec(text.slice(cue.end, to))![0].length, to);
  return { cue, candidate: after, end: after ? after.end : cue.end };
}
