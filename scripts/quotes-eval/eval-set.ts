// A set of documents with gold, and running the real pipeline over it.
import { basename } from 'node:path';
import { extractPaths, type ExtractRecord } from '../../src/app/index.js';
import { readPredicted } from './predicted.js';
import type { EvalDoc, GoldQuote } from './types.js';
import type { Span } from './words.js';

export interface DocGold {
  readonly gold: readonly GoldQuote[];
  readonly traps: readonly Span[];
  /** Gold that could not be placed in the text: printed, so a broken gold never passes silently. */
  readonly errors: readonly string[];
  readonly style?: string;
}

export interface EvalSet {
  readonly name: string;
  readonly paths: readonly string[];
  /** The gold for one document, located in Parley's normalised text of it. */
  goldFor(path: string, text: string): DocGold;
}

export interface RunDoc extends EvalDoc {
  readonly path: string;
  readonly style: string;
}

export interface RunResult {
  readonly docs: RunDoc[];
  readonly errors: string[];
  readonly extractMs: number;
}

/**
 * The documents go through `extractPaths`, what `parley extract` runs, as one
 * batch (speaker ids are resolved across the batch, as they are in a real run).
 */
export async function runSet(set: EvalSet): Promise<RunResult> {
  const t0 = performance.now();
  const records: ExtractRecord[] = [];
  for await (const r of extractPaths(set.paths, { includeText: true })) records.push(r);
  const extractMs = performance.now() - t0;
  const docs: RunDoc[] = [];
  const errors: string[] = [];
  for (const r of records) {
    const name = basename(r.path);
    for (const m of r.messages) if (m.severity === 'error') errors.push(`${name}: ${m.code} ${m.reason}`);
    const text = r.text ?? '';
    const g = set.goldFor(r.path, text);
    errors.push(...g.errors.map((e) => `${name}: ${e}`));
    docs.push({ name, path: r.path, style: g.style ?? set.name, text, gold: g.gold, traps: g.traps, predicted: readPredicted(r.quotes, name) });
  }
  return { docs, errors, extractMs };
}
