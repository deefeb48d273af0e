import type { Kind } from '../core/index.js';
import type { Office } from './entity-types.js';

// Types of the quote index: written from each document's `quotes` stage output,
// clustered by src/link/quotes, queried by src/app (docs/quotes.md).

export type QuoteKind = 'direct' | 'partial' | 'turn';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'turn'];

export interface QuoteDocumentRef {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  readonly path: string;
}

/** Who said it, resolved across the corpus. */
export interface QuoteSpeakerView {
  /** Canonical entity id; null only for an office no one is known to hold at the document's date. */
  readonly id: string | null;
  /** Canonical name; the office title when only the office is known. */
  readonly name: string;
  /** The words naming the speaker at this quote; an empty span at 0 for a release's minister from metadata. */
  readonly mention: { readonly text: string; readonly start: number; readonly end: number };
  readonly via: string;
  /** Only for a speaker named by office ("the Foreign Minister said"). */
  readonly office?: Office;
}

/** One quote as the CLI and API list it (docs/quotes.md, "A quote row"). */
export interface QuoteRow {
  /** `<documentId>:<start>`: stable while the document is unchanged. */
  readonly id: string;
  readonly document: QuoteDocumentRef;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: string | null;
  readonly speaker: QuoteSpeakerView | null;
  /** `qc-…` when another document carries the same quote; else null. */
  readonly cluster: string | null;
  /** Documents in its cluster; 1 when none. */
  readonly clusterSize: number;
}

export interface QuoteQuery {
  /** An entity id (`person:winston-peters`), or a name matched against entity names and aliases (folded, substring). */
  readonly speaker?: string | undefined;
  /** A canonical office title (the app canonicalises what users type): quotes whose speaker held it at the quote's date. */
  readonly role?: string | undefined;
  /** Whose office `role` is; absent: any owner the corpus shows for the title. */
  readonly of?: string | undefined;
  /** Full-text over quote text, in Parley's search syntax (no `title:`: quotes have none). */
  readonly contains?: string | null | undefined;
  /** Inclusive calendar dates, `YYYY-MM-DD`, of the quoting document. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly source?: readonly string[] | undefined;
  readonly kind?: readonly Kind[] | undefined;
  /** A cluster id (`qc-…`): its members only. */
  readonly cluster?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Newest first (then document, then position in its text). */
export interface QuotePage {
  readonly total: number;
  readonly results: readonly QuoteRow[];
}

export interface QuoteClusterMember extends QuoteRow {
  /** Days from the earliest member's date; null when either date is unknown. */
  readonly lagDays: number | null;
}

export interface QuoteCluster {
  readonly id: string;
  /** Documents carrying it. */
  readonly size: number;
  readonly earliest: { readonly id: string; readonly published: string | null };
  /** Oldest first: by date (unknown last), a release before news, document id, start. */
  readonly members: readonly QuoteClusterMember[];
}

// Clustering (src/link/quotes). Quotes are named by the store's internal key
// (`quote`), documents by theirs (`doc`); every query result carries public ids.

/** A quote waiting to be matched: new (its document was queued) or a member of a cluster that lost a quote. */
export interface PendingQuote {
  readonly quote: number;
  readonly doc: number;
  readonly text: string;
  /** Its group now (the label union-find merged it under); its own key when new. */
  readonly group: number;
  /** True when its shingles are already in the index (a rematch after a removal). */
  readonly indexed: boolean;
}

export interface QuoteWork {
  /** Documents whose quotes are not indexed yet, by internal key. */
  readonly documents: readonly number[];
  /** Their quotes, and the remaining members of groups a removal touched, in key order. */
  readonly quotes: readonly PendingQuote[];
  /** Groups a removal touched, to be rebuilt from their remaining members. */
  readonly dirtyGroups: readonly number[];
}

/** One indexed quote holding a key. */
export interface ShinglePosting {
  readonly quote: number;
  readonly doc: number;
  readonly group: number;
  /** The quote's text, to verify a candidate pair on (one string per quote, however many keys it holds). */
  readonly text: string;
  /** How many distinct shingles it has: a pair whose lengths cannot match is turned down before the text is read into keys. */
  readonly shingles: number;
}

/** What clustering needs of a group's members to name the cluster and date its members. */
export interface QuoteMemberInfo {
  readonly quote: number;
  readonly doc: number;
  readonly documentId: string;
  readonly published: string | null;
  readonly kind: Kind;
  readonly start: number;
  readonly group: number;
}

export interface QuoteClusterRecord {
  /** The group label. */
  readonly group: number;
  readonly id: string;
  /** Distinct documents; only groups of 2 or more are clusters. */
  readonly documents: number;
  /** Internal key of the earliest member (lag days count from its document's date). */
  readonly earliest: number;
}

/** One clustering step, written in one transaction. */
export interface QuoteLinkUpdate {
  /** Documents whose quotes are now indexed and grouped (dequeued). */
  readonly done: readonly number[];
  /** Dirty groups rebuilt (cleared from the work list, their cluster records dropped). */
  readonly rebuilt: readonly number[];
  /** Each processed quote: the keys it is indexed by (new ones are indexed) and its count of distinct shingles. */
  readonly indexed: readonly { readonly quote: number; readonly hashes: readonly number[]; readonly shingles: number }[];
  /** Whole groups relabelled: every quote labelled `from` becomes `to`. Applied before `assign`. */
  readonly relabel: readonly { readonly from: number; readonly to: number }[];
  /** Single quotes given a group. */
  readonly assign: readonly { readonly quote: number; readonly group: number }[];
  /** Cluster records of groups that no longer exist, or changed. */
  readonly dropClusters: readonly number[];
  readonly clusters: readonly QuoteClusterRecord[];
}
