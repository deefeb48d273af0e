// npm run eval:quotes [-- --set polnear|fixtures|sample …] [--verbose] [--json] [--split train]
//
// Issue 14's quote bars (quote F1 >= 0.90, speaker accuracy >= 0.90) on three
// sets, through the real pipeline (`extractPaths`, what `parley extract` runs):
//   - polnear: PolNeAR dev (../shared/data/quotes/polnear), gold from its attributions;
//   - fixtures: our own documents in scripts/quotes-eval/fixtures (NZ, AU, UK, US styles, with traps);
//   - sample: ../shared/sample-corpus, gold in scripts/quotes-eval/sample-gold.json.
// Scoring rules and every choice: scripts/quotes-eval/README.md.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runSet, type EvalSet, type RunDoc } from './quotes-eval/eval-set.js';
import { fixturesSet } from './quotes-eval/fixtures.js';
import { polnearSet } from './quotes-eval/polnear.js';
import { issueLists, styleTable, table, toJson, type NamedScore } from './quotes-eval/report.js';
import { sampleSet } from './quotes-eval/sample.js';
import { scoreSet, type SetScore } from './quotes-eval/score.js';

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', multiple: true, default: ['polnear', 'fixtures', 'sample'] },
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (args.split !== 'dev' && args.split !== 'train') throw new Error(`--split is dev or train (PolNeAR test is held out and not on this machine), not ${args.split}`);
const split = args.split;
const makers: Record<string, () => EvalSet> = { polnear: () => polnearSet(split), fixtures: () => fixturesSet(), sample: () => sampleSet() };

/** Which stage the figures are for: the last commit touching src/extract/quotes, and whether the tree differs from it. */
function stageVersion(): string {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: import.meta.dirname, encoding: 'utf8' }).trim();
  try {
    const commit = git('log', '-1', '--format=%h %s', '--', '../src/extract/quotes', '../src/extract/index.ts').slice(0, 100);
    const dirty = git('status', '--porcelain', '--', '../src/extract/quotes', '../src/extract/index.ts');
    return `${commit}${dirty ? ' (+ uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

function byStyle(docs: readonly RunDoc[]): Map<string, SetScore> {
  const groups = new Map<string, RunDoc[]>();
  for (const d of docs) groups.set(d.style, [...(groups.get(d.style) ?? []), d]);
  return new Map([...groups].map(([k, v]) => [k, scoreSet(v)]));
}

const results: NamedScore[] = [];
for (const name of args.set) {
  const make = makers[name];
  if (!make) throw new Error(`unknown set "${name}": one of ${Object.keys(makers).join(', ')}`);
  const set = make();
  const run = await runSet(set);
  results.push({ name: set.name, score: scoreSet(run.docs), errors: run.errors, extractMs: run.extractMs, styles: byStyle(run.docs) });
}

const stage = stageVersion();
if (args.json) process.stdout.write(`${JSON.stringify(toJson(results, stage), null, 2)}\n`);
else {
  const out = [`# Quotes (issue 14 bars: F1 >= 90, speaker accuracy >= 90 on direct+turn); stage ${stage}`, '', ...table(results), ''];
  out.push('found: gold quotes with >= 80% of their words in one predicted quote; right: predicted quotes with >= 80% gold words;');
  out.push('speaker acc: over found gold quotes with a gold speaker (PolNeAR: lenient rule; spk strict: mention overlaps the Source).', '');
  for (const r of results) {
    const t = r.score.traps;
    if (t.total) out.push(`${r.name}: ${t.taken} predicted quotes in ${t.total} traps (scare quotes, titles, nicknames, programmes)`);
    if (r.errors.length) out.push(`${r.name}: ${r.errors.length} gold problems:`, ...r.errors.map((e) => `  ${e}`));
  }
  out.push('');
  if (args.verbose) for (const r of results) out.push(...styleTable(r), ...issueLists(r));
  out.push(`extract: ${results.map((r) => `${r.name} ${(r.extractMs / 1000).toFixed(1)} s`).join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
