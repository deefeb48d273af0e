import { createHash } from 'node:crypto';

/** 16 hex digits (64 bits) of SHA-256: short enough for URLs, wide enough for archives. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}
