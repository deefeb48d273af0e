import type { Generated } from 'kysely';

/**
 * The quote index (migration `0008-quotes`), the same on every adapter. Per
 * document, rewritten whenever the document is: `quotes` (and its full-text
 * index, kept by each adapter), `quote_shingles`. Work lists, written in the
 * same transaction as the document write that causes the work:
 * `quote_pending` (documents whose quotes are not clustered yet) and
 * `quote_dirty` (groups that lost a member). Across the corpus, kept by each
 * clustering step: `quote_clusters`.
 */
export interface QuoteTables {
  quotes: QuotesTable;
  quote_shingles: QuoteShinglesTable;
  quote_pending: QuotePendingTable;
  quote_dirty: QuoteDirtyTable;
  quote_clusters: QuoteClustersTable;
}

export interface QuotesTable {
  /** Internal key; never reused (a group label is some quote's key). */
  seq: Generated<number>;
  doc: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  cue: string | null;
  /** Index into the document's entities (`doc_entities.idx`); null: an office or nobody. */
  speaker_idx: number | null;
  /** The entities stage's name for that entity: shown until resolution has indexed the document. */
  speaker_name: string | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  /** How the speaker was found; null: no speaker. */
  via: string | null;
  /** A speaker named only by office; `office_of` '' when the owner is unknown. */
  office_title: string | null;
  office_of: string | null;
  /** The document's date, copied so the newest-first listing and date filters read one index. */
  published: string | null;
  /** Union-find label: the quotes of one group share it. Null until the first clustering step. */
  grp: number | null;
  /** Distinct shingles, set by clustering (0 until then, or for a quote too short to have any). */
  shingles: Generated<number>;
  /**
   * The keys the quote is indexed by in `quote_shingles`, a JSON array, set
   * by clustering (null until then): its rows there go with it (a trigger of
   * migration `0010-quote-keys`), which needs no second index on that table.
   */
  keys: string | null;
}

/**
 * A quote's keys (src/link/quotes): hashes of its winnowed 4-word shingles
 * and of its whole normalised text. Keyed by hash alone (migration
 * `0010-quote-keys`): no foreign key and no index by quote, so a step's rows
 * go in, sorted, as appends to one B-tree.
 */
export interface QuoteShinglesTable {
  hash: number;
  quote: number;
}

export interface QuotePendingTable {
  doc: number;
}

export interface QuoteDirtyTable {
  grp: number;
}

export interface QuoteClustersTable {
  grp: number;
  id: string;
  documents: number;
  /** `quotes.seq` of the earliest member. */
  earliest: number;
}
