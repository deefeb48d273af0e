import type { Span } from '../../core/index.js';

export type EntityType = 'person' | 'org' | 'place';

/** An office as Parley names it: a canonical title and whose office it is. */
export interface Office {
  /** Canonical title from the offices gazetteer: `Minister of Foreign Affairs`, `Secretary of State`. */
  readonly title: string;
  /** The country or organisation the office belongs to (`New Zealand`, `United States`, `NATO`), or null when unknown. */
  readonly of: string | null;
}

/** Evidence that a person holds an office in this document. */
export interface RoleEvidence extends Office, Span {
  /** The words that state the role, e.g. `US Secretary of State`. Front matter and byline roles are outside `text`: an empty span at the person's first mention. */
  readonly text: string;
  /** `pattern`: "Foreign Minister Winston Peters", "his Canadian counterpart Stephen Harper"; `apposition`: after the name, "Tim Watts, Australia's Assistant Minister…", "Peters, who is Foreign Minister", "Blinken is the US Secretary of State"; `front-matter`: ministers/portfolios; `byline`. */
  readonly source: 'pattern' | 'apposition' | 'front-matter' | 'byline';
  /** `former`: "former Prime Minister Helen Clark"; `future`: "Prime Minister-elect", "incoming Secretary of State". */
  readonly tense: 'current' | 'former' | 'future';
  /**
   * Present (and true) when `of` is Parley's inference, not something the text,
   * front matter or byline states: the document's country ("Prime Minister Tony
   * Blair" in an Australian transcript → Australia), the office's only country
   * (`Secretary of State` → United States) or the country the text names most.
   * Corpus-level resolution lets such an owner yield to stated evidence.
   */
  readonly ofInferred?: true;
}

/** When a role is held: now, before, or to come. */
export type Tense = RoleEvidence['tense'];

/** One mention of an entity in the text. `text === doc.text.slice(start, end)`. */
export interface EntityMention extends Span {
  readonly type: EntityType;
  readonly text: string;
  /** Index into `EntitiesOutput.entities`: mentions of one entity in this document share it. */
  readonly entity: number;
  /**
   * How the mention was found. `coreference`: a surname or honorific mention linked to a full name.
   * `metadata`: a person the document's metadata names (a PM transcript's prime minister, a release's
   * `ministers`, a byline) and its text does not: an empty span at 0 (`text` is `''`), the entity's only mention.
   */
  readonly via: 'model' | 'gazetteer' | 'rule' | 'coreference' | 'metadata';
  /** In [0, 1]. */
  readonly confidence: number;
}

/** One entity of one document, before resolution across documents. */
export interface DocumentEntity {
  readonly type: EntityType;
  /** The fullest form in the document, without honorifics or possessives: `Winston Peters`. */
  readonly name: string;
  /** A stable id derived from the name (`person:winston-peters`); corpus-level resolution may map it to another. */
  readonly key: string;
  readonly roles: readonly RoleEvidence[];
  /** Indexes into `EntitiesOutput.mentions`. */
  readonly mentions: readonly number[];
  /**
   * People only, present when known: `f` or `m`, as the mentions' honorifics ("Mrs", "Dame"; "Mr", "Sir")
   * and listed given names (`model/given-name-genders.json`) say, when they agree. Corpus-level
   * resolution may use it to keep "Mrs Bolger" (a surname entity) from joining Jim Bolger.
   */
  readonly gender?: 'f' | 'm';
  /**
   * People only, present (and true) for a lone given name linked to no full name in the document
   * ("Neil", an interviewer's first name): its mentions' confidence is at most 0.3, and corpus-level
   * resolution should keep it out of top entities and from joining a full name on its own.
   */
  readonly weak?: true;
}

/** "the Foreign Minister", "the US Secretary of State": an office named without a person. */
export interface OfficeMention extends Span {
  readonly text: string;
  readonly office: Office;
}

export interface EntitiesOutput {
  readonly mentions: readonly EntityMention[];
  readonly entities: readonly DocumentEntity[];
  /** Resolved across the corpus to whoever held the office on the document's date. */
  readonly officeMentions: readonly OfficeMention[];
  /** The country the document speaks for, which unstated offices default to, and where that came from; null when unclear. */
  readonly country: { readonly name: string; readonly from: 'url' | 'source' | 'publisher' | 'front-matter' | 'dateline' | 'mentions' | 'holders' } | null;
  /**
   * A transcript's speaker labels ("CLARK", "PRIME MINISTER", "JOURNALIST"; the colon
   * after it excluded), in order; absent when the text has none. A `name` or `office`
   * label is also a person's mention at the same span; a `none` label names nobody.
   * The quotes stage reads the turns from them.
   */
  readonly speakerLabels?: readonly SpeakerLabelSpan[];
}

/** A speaker's label opening a transcript turn. */
export interface SpeakerLabelSpan extends Span {
  readonly text: string;
  readonly kind: 'name' | 'office' | 'none';
}
