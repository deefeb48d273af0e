import type { Fingerprints } from '../../core/index.js';
import type { Seed } from './types.js';

/** Every pairing of equal fingerprints of `a` and `b`, except those `skip` rejects (boilerplate). */
export function seedsBetween(a: Fingerprints, b: Fingerprints, skip?: (hash: bigint) => boolean): Seed[] {
  const positions = new Map<bigint, number[]>();
  for (let i = 0; i < a.hashes.length; i++) {
    const hash = a.hashes[i]!;
    const list = positions.get(hash);
    if (list) list.push(i);
    else positions.set(hash, [i]);
  }
  const seeds: Seed[] = [];
  for (let j = 0; j < b.hashes.length; j++) {
    const hash = b.hashes[j]!;
    const list = positions.get(hash);
    if (!list || skip?.(hash)) continue;
    for (const i of list) seeds.push({ aStart: a.starts[i]!, aEnd: a.ends[i]!, bStart: b.starts[j]!, bEnd: b.ends[j]! });
  }
  return seeds;
}
