import { createHash } from 'node:crypto';

/** 16 hex digits (64 bits) of SHA-256: short enough for URLs, wide enough for archives. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/**
 * MurmurHash3's 32-bit finaliser: every input bit affects every output bit.
 * Signed, so hashes stay small integers in V8 rather than boxed numbers.
 */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
