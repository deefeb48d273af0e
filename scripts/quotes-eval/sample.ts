// The sample corpus (/work/shared/sample-corpus: five real documents, never
// copied into the repo); its gold is sample-gold.json, keyed by file name, in
// the format of gold-file.ts.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EvalSet } from './eval-set.js';
import { loadGold, type GoldFile } from './gold-file.js';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'sample-corpus');
export const SAMPLE_GOLD = join(import.meta.dirname, 'sample-gold.json');

/** The sample corpus (five real documents, not in the repo); its gold is sample-gold.json, keyed by file name. */
export function sampleSet(dir = SAMPLE_DIR, goldPath = SAMPLE_GOLD): EvalSet {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, GoldFile>;
  return {
    name: 'sample',
    paths: Object.keys(gold).sort().map((f) => join(dir, f)),
    goldFor(path, text) {
      const file = gold[basename(path)];
      if (!file) return { gold: [], traps: [], errors: [`no gold entry for ${basename(path)}`] };
      return { ...loadGold(text, file), style: file.style };
    },
  };
}
