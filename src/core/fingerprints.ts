/**
 * Winnowed fingerprints of a document's text: 64-bit hashes of word n-grams,
 * each with the UTF-16 span of the n-gram in `text`. The store keeps them in
 * its reuse index; `start`/`end` follow the annotation rules (end exclusive).
 */
export interface Fingerprints {
  /** Signed 64-bit keys, as a database's BIGINT holds them. */
  readonly hashes: BigInt64Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Whether a stage output is a fingerprint set: the store indexes these rather than storing them as JSON. */
export function isFingerprints(value: unknown): value is Fingerprints {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Fingerprints).hashes instanceof BigInt64Array &&
    (value as Fingerprints).starts instanceof Uint32Array &&
    (value as Fingerprints).ends instanceof Uint32Array
  );
}
