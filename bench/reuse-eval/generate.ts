// node --import tsx bench/reuse-eval/generate.ts --out .bench/reuse-set.json --releases 300 --seed 1
// Writes a reuse test set built from the AU PM transcripts and prints its counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readAuPmSources } from './corpus.js';
import { generateReuseSet } from './generator.js';
import { describeSet } from './summary.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.bench/reuse-set.json' },
    releases: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    sources: { type: 'string' },
  },
});
const releases = Number(values.releases);
const seed = Number(values.seed);
if (!Number.isInteger(releases) || releases < 1 || !Number.isInteger(seed)) throw new Error('--releases and --seed must be integers');
// Each release uses itself, up to four stories' worth of new prose, a distractor, and half an unrelated document; rejects need headroom.
const sources = readAuPmSources(values.sources ? Number(values.sources) : releases * 8);
const set = generateReuseSet(sources, { seed, releases });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(set)}\n`);
process.stdout.write(`${describeSet(set)}\nfrom ${sources.length} source documents → ${values.out}\n`);
