// The words that attribute speech, compiled once from model/cues.json.
import cues from './model/cues.json' with { type: 'json' };

export interface CueLexicon {
  /** Speech verbs, lower case ("says", "told"). Matched only as written in lower case, so "States" in "United States" is never one. */
  readonly verbs: ReadonlySet<string>;
  /** Multi-word cues ("according to"), lower case, single-spaced. */
  readonly phrases: readonly string[];
  /** Pronoun → what it can refer to: `m`, `f`, `p` (plural: an organisation or a group), `self` ("I", "we": the text's own author or speaker). */
  readonly pronouns: ReadonlyMap<string, 'm' | 'f' | 'p' | 'self'>;
  /** Nouns for a document or a body that speaks ("the statement said", "the ministry said"): an organisation named nearby is the speaker. */
  readonly documentNouns: ReadonlySet<string>;
  /** Nouns for a speaker who is never named ("officials said", "a source said"): no one is guessed. */
  readonly anonymousNouns: ReadonlySet<string>;
}

export const CUES: CueLexicon = Object.freeze({
  verbs: new Set(cues.verbs),
  phrases: cues.phrases.map((p) => p.toLowerCase()),
  pronouns: new Map(Object.entries(cues.pronouns) as [string, 'm' | 'f' | 'p' | 'self'][]),
  documentNouns: new Set(cues.documentNouns),
  anonymousNouns: new Set(cues.anonymousNouns),
});

/** A word with its offsets in the document's text. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of `text` between `from` and `to`, with offsets into `text`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A cue found in text: the verb or phrase as written, and where. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every cue between `from` and `to`, in order: verbs as single words, phrases word by word. */
export function cuesIn(text: string, from: number, to: number, lexicon: CueLexicon = CUES): Cue[] {
  const words = wordsIn(text, from, to);
  const out: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const phrase = lexicon.phrases.find((p) => {
      const parts = p.split(' ');
      return parts.every((part, k) => words[i + k]?.text.toLowerCase() === part);
    });
    if (phrase) {
      const last = words[i + phrase.split(' ').length - 1]!;
      out.push({ start: w.start, end: last.end, text: text.slice(w.start, last.end) });
      i += phrase.split(' ').length - 1;
    } else if (lexicon.verbs.has(w.text)) out.push({ start: w.start, end: w.end, text: w.text });
  }
  return out;
}
