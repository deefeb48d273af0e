import { createHash } from 'node:crypto';
import type { StageVersion } from './protocol.js';

/**
 * Bump when any reader (src/ingest) turns the same bytes into a different
 * document, so every stored source hash stops matching and the next ingest
 * reads everything again. Readers carry no versions of their own; this is
 * the one place that stands for all of them.
 */
export const READER_VERSION = 5;

/**
 * What decides whether an input needs reading again: its path (a document
 * records where it came from), its bytes, the readers' version and every
 * stage's name and version. Equal hashes mean extraction would store exactly
 * what is stored already.
 */
export function sourceHash(path: string, bytes: Uint8Array, stages: readonly StageVersion[], published?: string | null): string {
  // `--published` changes what an undated file becomes, so it is part of the hash, only when given.
  const header = JSON.stringify({ reader: READER_VERSION, path, stages: stages.map((s) => [s.name, s.version]), ...(published ? { published } : {}) });
  return createHash('sha256').update(header).update('\u0000').update(bytes).digest('base64url');
}
