/** The reuse index (migration `0003-reuse`). */
export interface ReuseTables {
  /** Winnowed fingerprints, keyed by hash first: candidate lookups and the batch scan read them in hash order. */
  fingerprints: FingerprintsTable;
  /** Documents whose pairs are not computed yet: written with the document, worked off by src/link/reuse. */
  reuse_pending: ReusePendingTable;
  reuse_pairs: ReusePairsTable;
}

export interface FingerprintsTable {
  /** Signed 64-bit. */
  hash: bigint;
  doc: number;
  start: number;
  end: number;
}

export interface ReusePendingTable {
  doc: number;
}

export interface ReusePairsTable {
  source: number;
  target: number;
  source_share: number;
  target_share: number;
  /** max(source_share, target_share), indexed for the share threshold. */
  top_share: number;
  lag_days: number | null;
  /** JSON `[{source: {start, end}, target: {start, end}}]`. */
  passages: string;
}
