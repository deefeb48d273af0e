// The test-set format shared by the generator, the metrics and the CLI.

/** UTF-16 offsets into a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One reused stretch: `source` in the pair's source document was reused as `target` in its target document. */
export interface GoldPassage {
  source: Span;
  target: Span;
}

export interface TestDoc {
  id: string;
  text: string;
  /** `YYYY-MM-DD`. */
  published: string;
  kind: 'release' | 'news';
}

/** A gold related pair; `edit` names the edits applied (`+`-joined, `verbatim` when none). */
export interface TestPair {
  sourceId: string;
  targetId: string;
  edit: string;
  heavy: boolean;
  passages: GoldPassage[];
}

/** How a document got into the set; for reporting only, a detector must never read it. */
export type DocRole = 'release' | 'story' | 'distractor' | 'unrelated';

export interface ReuseTestSet {
  documents: TestDoc[];
  /** Every gold related pair: release→story and story↔story (earlier story as source). */
  pairs: TestPair[];
  roles: Record<string, DocRole>;
}

/** A real text the generator builds from; the caller reads it (see corpus.ts). */
export interface SourceDocument {
  id: string;
  text: string;
  /** `YYYY-MM-DD` when known; otherwise the generator invents a date. */
  published?: string | null;
}

/** A reused passage between two named documents: a PAN "case" (gold) or "detection" (system output). */
export interface Alignment {
  sourceId: string;
  targetId: string;
  source: Span;
  target: Span;
}
