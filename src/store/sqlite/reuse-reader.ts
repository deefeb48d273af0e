import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { DocumentFingerprint, FingerprintChunk, FingerprintPosting } from '../reuse-types.js';
import type { StoreTables } from '../sql/tables.js';

/** Rows per chunk of a full scan: big enough to amortise the hand-off, small enough to stay in cache. */
const SCAN_CHUNK = 65_536;

/**
 * Reads fingerprints through prepared statements with the driver's 64-bit
 * integers on (`safeIntegers`), which Kysely cannot set per statement: a
 * hash above 2^53 read as a JavaScript number would lose its low bits.
 */
export class SqliteReuseReader {
  private readonly ofDocument: Database.Statement;
  private readonly postings: Database.Statement;
  private readonly scan: Database.Statement;

  constructor(raw: Database.Database, db: Kysely<StoreTables>) {
    const prepare = (query: { compile(): { sql: string } }) => raw.prepare(query.compile().sql);
    this.ofDocument = prepare(
      db.selectFrom('fingerprints').select(['hash', 'start', 'end']).where('doc', '=', sql.raw<number>('?')).orderBy('start'),
    ).safeIntegers(true);
    this.postings = prepare(
      db.selectFrom('fingerprints').select(['doc', 'start', 'end']).where('hash', '=', sql.raw<bigint>('?')).limit(sql.raw<number>('?')),
    );
    this.scan = prepare(db.selectFrom('fingerprints').select(['hash', 'doc', 'start', 'end']).orderBy('hash').orderBy('doc').orderBy('start'))
      .safeIntegers(true)
      .raw(true);
  }

  documentFingerprints(doc: number): DocumentFingerprint[] {
    return (this.ofDocument.all(doc) as Array<{ hash: bigint; start: bigint; end: bigint }>).map((r) => ({
      hash: r.hash,
      start: Number(r.start),
      end: Number(r.end),
    }));
  }

  /** Up to `limit` postings per hash: a hash with more is boilerplate, and its full list is never needed. */
  fingerprintPostings(hashes: readonly bigint[], limit: number): Map<bigint, FingerprintPosting[]> {
    const out = new Map<bigint, FingerprintPosting[]>();
    for (const hash of hashes) {
      if (!out.has(hash)) out.set(hash, this.postings.all(hash, limit) as FingerprintPosting[]);
    }
    return out;
  }

  /** The whole index in hash order, read to the end at once: the connection is busy while a scan is open. */
  allFingerprints(): FingerprintChunk[] {
    const chunks: FingerprintChunk[] = [];
    let chunk = emptyChunk();
    let length = 0;
    for (const row of this.scan.iterate() as IterableIterator<[bigint, bigint, bigint, bigint]>) {
      chunk.hashes[length] = row[0];
      chunk.docs[length] = Number(row[1]);
      chunk.starts[length] = Number(row[2]);
      chunk.ends[length] = Number(row[3]);
      if (++length === SCAN_CHUNK) {
        chunks.push({ ...chunk, length });
        chunk = emptyChunk();
        length = 0;
      }
    }
    if (length > 0) chunks.push({ ...chunk, length });
    return chunks;
  }
}

function emptyChunk(): Omit<FingerprintChunk, 'length'> {
  return {
    hashes: new BigInt64Array(SCAN_CHUNK),
    docs: new Int32Array(SCAN_CHUNK),
    starts: new Uint32Array(SCAN_CHUNK),
    ends: new Uint32Array(SCAN_CHUNK),
  };
}
