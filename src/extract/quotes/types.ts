import type { Span, TextSpan } from '../../core/index.js';
import type { Office } from '../entities/index.js';

/**
 * `direct`: a whole utterance in quotation marks, attributed or not
 * ("“We discussed …,” Mr Peters says"). `partial`: a few quoted words inside
 * reported speech with a cue (`Mr Key said New Zealand and the US were
 * "natural partners"`). `turn`: a transcript speaker's turn after a label
 * (`PRIME MINISTER: …`), the whole turn, marks or none.
 */
export type QuoteKind = 'direct' | 'partial' | 'turn';

/**
 * How the speaker was found, strongest first:
 * - `cue`: a speech verb or `according to` beside the quote names them ("Mr Peters says", "said Mr Key", "– Commissioner Jane Doe");
 * - `pronoun`: "he said"/"she said"/"they said", resolved to the nearest earlier person who fits (gender, number) among the entities stage's mentions;
 * - `role`: "the minister said": the person the document names in that office, or the office alone (`office`, `entity: null`) for the corpus to resolve by date;
 * - `label`: a transcript speaker's label ("CLARK:", "PRIME MINISTER:");
 * - `nearby`: no cue at the quote; the speaker the previous or next sentence names with a cue, or the speaker of the quote this one continues;
 * - `intro`: a line that introduces the next paragraph's quote ("And from Chairwoman Doe:");
 * - `release`: "I"/"we" in a release's uncued quote, or a release with no cue nearby: the release's minister or author from the metadata.
 */
export type SpeakerVia = 'cue' | 'pronoun' | 'role' | 'label' | 'nearby' | 'intro' | 'release';

export interface QuoteSpeaker {
  /**
   * Index into `EntitiesOutput.entities` (a person, or an organisation for "the
   * statement said" when the document names it), or null when the speaker is an
   * office no one in the document holds (`office` is then set) or an unnamed
   * journalist in a transcript.
   */
  readonly entity: number | null;
  /**
   * The words that name the speaker at this quote: "Mr Peters", "he", "the
   * minister", "PRIME MINISTER". For `release` speakers taken from metadata
   * outside `text`: an empty span at 0.
   */
  readonly mention: TextSpan;
  readonly via: SpeakerVia;
  /** For a speaker named only by office ("the Foreign Minister said"): the office, for corpus-level resolution by date. */
  readonly office?: Office;
}

/** One quote. `text === doc.text.slice(start, end)`: the quoted words without the outer quotation marks. */
export interface Quote extends TextSpan {
  readonly kind: QuoteKind;
  /** The speech verb as written ("says", "told", "according to", "–", ":"), or null with no cue (a label, a release's minister). */
  readonly cue: string | null;
  /** Where the cue is in `text`; absent when `cue` is null. */
  readonly cueSpan?: Span;
  /** Null when nobody can be told without guessing. */
  readonly speaker: QuoteSpeaker | null;
  /**
   * A quote running over several paragraphs (each opening with a mark, only the
   * last closing) is one quote; these are its paragraphs' spans, in order, with
   * the continuation marks left out. Absent for a one-paragraph quote.
   */
  readonly parts?: readonly Span[];
}

export interface QuotesOutput {
  /** In text order (by start, then longest first); a quote inside another's span is quoted speech within it. */
  readonly quotes: readonly Quote[];
}
