// The PolNeAR set: dev by default (train only for analysis; test is an
// evaluation set we never see and is not on this machine).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { aligner } from './align.js';
import type { DocGold, EvalSet } from './eval-set.js';
import { parseAnn } from './polnear-ann.js';
import { goldFromAttributions } from './polnear-gold.js';
import type { GoldQuote } from './types.js';

export const POLNEAR_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'quotes', 'polnear');

/**
 * One annotation per article: the first annotator metadata.tsv lists for it
 * (several annotators annotated some articles; mixing them would count a
 * quote twice or pick per quote the kinder annotator).
 */
export function annotationFiles(dir: string, split: 'dev' | 'train'): Map<string, string> {
  const out = new Map<string, string>();
  const rows = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1);
  const annDir = join(dir, split, 'attributions');
  const present = new Set(readdirSync(annDir));
  for (const row of rows) {
    const [compartment, filename, , annotators] = row.split('\t');
    if (compartment !== split || !filename || !annotators) continue;
    const first = annotators.split('|')[0]!;
    let file = `${filename}_${first}.ann`;
    // Fall back to the first file of the article, should the listing and the files disagree.
    if (!present.has(file)) file = [...present].filter((f) => f.startsWith(`${filename}_`)).sort()[0] ?? '';
    if (file) out.set(filename, join(annDir, file));
  }
  return out;
}

export function polnearSet(split: 'dev' | 'train' = 'dev', dir = POLNEAR_DIR): EvalSet {
  const textDir = join(dir, split, 'text');
  if (!existsSync(textDir)) throw new Error(`PolNeAR ${split} not found at ${textDir}`);
  const anns = annotationFiles(dir, split);
  const paths = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt') && anns.has(f.slice(0, -4)))
    .sort()
    .map((f) => join(textDir, f));
  return {
    name: `polnear-${split}`,
    paths,
    goldFor(path: string, text: string): DocGold {
      const raw = readFileSync(path, 'utf8');
      const attributions = parseAnn(readFileSync(anns.get(basename(path, '.txt'))!, 'utf8'));
      const toParley = aligner(raw, text);
      const gold: GoldQuote[] = [];
      const errors: string[] = [];
      for (const g of goldFromAttributions(raw, attributions)) {
        const at = toParley(g);
        if (!at) {
          errors.push(`gold ${g.kind} at ${g.start} is not in Parley's text: "${raw.slice(g.start, g.end).slice(0, 60)}"`);
          continue;
        }
        const spans = g.source ? g.source.spans.map(toParley).filter((s) => s !== null) : [];
        const speaker = g.source ? { type: 'source' as const, spans, text: g.source.text, antecedent: g.source.antecedent } : null;
        gold.push({ ...at, kind: g.kind, speaker, text: raw.slice(g.start, g.end) });
      }
      return { gold, traps: [], errors, style: basename(path).split('_')[0] ?? 'polnear' };
    },
  };
}
