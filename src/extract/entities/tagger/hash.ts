// 32-bit hashing for feature keys. A feature is the hash of (template, value):
// the model stores hashes, not strings, so the feature dictionary stays small
// and lookups need no string building in the hot path.

// murmur3's finaliser (signed, so hashes stay small integers in V8), shared with the fingerprints.
import { mix32 as fmix } from '../../../core/index.js';

export { fmix };

/** FNV-1a over UTF-16 code units of text[start, end), finalised. */
export function hashRange(text: string, start: number, end: number, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h ^ (end - start));
}

export function hashString(text: string, seed = 0): number {
  return hashRange(text, 0, text.length, seed);
}

/** Lower-cased hash of text[start, end) without building the lower-case string (ASCII and Latin-1 fold). */
export function hashRangeLower(text: string, start: number, end: number, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h ^ (end - start));
}

/** A feature key from a template id and one value hash. */
export function feat1(template: number, a: number): number {
  return fmix(((Math.imul(template, 0x9e3779b1) ^ a) + 0x7f4a7c15) | 0) || 1;
}

/** A feature key from a template id and two value hashes (order matters). */
export function feat2(template: number, a: number, b: number): number {
  return fmix(Math.imul(template, 0x9e3779b1) ^ a ^ Math.imul(b ^ 0x5bd1e995, 0x27d4eb2f)) || 1;
}

export function feat3(template: number, a: number, b: number, c: number): number {
  return feat2(template, a, fmix(b ^ Math.imul(c, 0x165667b1)));
}
