// Our own documents (scripts/quotes-eval/fixtures): each document with its
// gold in a .json of the same name beside it (format: gold-file.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { EvalSet } from './eval-set.js';
import { loadGold, type GoldFile } from './gold-file.js';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export function fixturesSet(dir = FIXTURES_DIR): EvalSet {
  const paths = readdirSync(dir)
    .filter((f) => extname(f) !== '.json' && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
  return {
    name: 'fixtures',
    paths,
    goldFor(path, text) {
      const file = JSON.parse(readFileSync(path.slice(0, -extname(path).length) + '.json', 'utf8')) as GoldFile;
      return { ...loadGold(text, file), style: file.style };
    },
  };
}
