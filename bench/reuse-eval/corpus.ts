// Reads real source documents for the generator from the AU PM transcripts, through the
// repo's own reader so the text is exactly what Parley would store.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/ingest/index.js';
import { auPmCorpus } from '../corpus.js';
import type { SourceDocument } from './types.js';

/** Too short to slice a 2 KB release or a paragraph of new prose from. */
export const MIN_SOURCE_CHARS = 1500;

/**
 * The first `limit` transcripts (by file name) with at least MIN_SOURCE_CHARS of text.
 * `dir` defaults to ../shared/corpora/au-pm-transcripts (or PARLEY_BENCH_CORPUS).
 */
export function readAuPmSources(limit: number, dir: string = auPmCorpus()): SourceDocument[] {
  const out: SourceDocument[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    if (out.length >= limit) break;
    const path = join(dir, name);
    const doc = readDocument({ path, bytes: readFileSync(path) });
    if (doc.text.length < MIN_SOURCE_CHARS || doc.messages.some((m) => m.severity === 'error')) continue;
    out.push({ id: name.replace(/\.xml$/, ''), text: doc.text, published: doc.meta.published });
  }
  return out;
}
