import type { Kind, Span } from '../core/index.js';

// Types of the reuse index: written and read by src/link/reuse, queried by src/app.
// Documents are named here by the store's internal key (`doc`), a small
// integer that is cheap to group and join on at archive scale; every query
// result for users carries the public `id` instead.

/** A document as reuse linking needs it. */
export interface ReuseDocument {
  readonly doc: number;
  readonly id: string;
  readonly published: string | null;
  readonly kind: Kind;
  readonly textLength: number;
}

/** One stored fingerprint: where its n-gram sits in its document. */
export interface FingerprintPosting {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
}

/** A document's own fingerprints, hash by hash. */
export interface DocumentFingerprint {
  readonly hash: bigint;
  readonly start: number;
  readonly end: number;
}

/** A run of the whole fingerprint index in hash order, column by column (what a batch pass reads). */
export interface FingerprintChunk {
  readonly length: number;
  readonly hashes: BigInt64Array;
  readonly docs: Int32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

export interface ReusePassage {
  readonly source: Span;
  readonly target: Span;
}

/** A related pair as stored: `source` came first (see the reuse contract). */
export interface ReusePairRecord {
  readonly source: number;
  readonly target: number;
  readonly sourceShare: number;
  readonly targetShare: number;
  readonly lagDays: number | null;
  readonly passages: readonly ReusePassage[];
}

/** One linking step, written in one transaction: these documents are done, and these are their pairs. */
export interface ReuseUpdate {
  readonly done: readonly number[];
  readonly pairs: readonly ReusePairRecord[];
}

export interface ReuseCounts {
  readonly documents: number;
  readonly pending: number;
  readonly fingerprints: number;
}

export interface ReuseQuery {
  /** Only pairs that include this document (public id). */
  readonly document?: string | undefined;
  /** With `document`: only the pair of `document` and this document (public id). */
  readonly other?: string | undefined;
  /** Pairs where either share reaches this fraction; 0.2 by default. */
  readonly minShare?: number | undefined;
  /** Only pairs with a document from one of these sources (outlets). */
  readonly source?: readonly string[] | undefined;
  /** Only pairs with a document of one of these kinds. */
  readonly kind?: readonly Kind[] | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface ReuseDocumentRef {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
}

export interface ReusePair {
  readonly source: ReuseDocumentRef;
  readonly target: ReuseDocumentRef;
  readonly sourceShare: number;
  readonly targetShare: number;
  readonly lagDays: number | null;
  readonly passages: readonly ReusePassage[];
}

/** Pairs with the larger share first. */
export interface ReusePage {
  readonly total: number;
  readonly pairs: readonly ReusePair[];
}
