import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The AU PM transcripts in ../shared; benchmarks need them and say so clearly when absent. */
export function auPmCorpus(): string {
  const dir = process.env.PARLEY_BENCH_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'au-pm-transcripts');
  if (!existsSync(dir)) {
    throw new Error(`Benchmark corpus not found at ${dir}: put ../shared beside the repo or set PARLEY_BENCH_CORPUS.`);
  }
  return dir;
}
