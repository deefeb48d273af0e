import type { Span } from '../../core/index.js';
import { chainSeeds } from './chain.js';
import { denseSeeds, type DenseText } from './dense.js';
import { extendPassage } from './extend.js';
import { extendBySentences } from './extend-sentences.js';
import type { ReuseOptions } from './options.js';
import type { AlignedPassage, Seed } from './types.js';

/**
 * Seeds to passages: chain them, widen each chain to where the shared words
 * really start and end, merge what now overlaps, and drop what is too short
 * to be reuse rather than a shared phrase. Sorted by position in `b`.
 */
function alignSeeds(a: DenseText, b: DenseText, seeds: readonly Seed[], options: ReuseOptions): AlignedPassage[] {
  if (seeds.length === 0) return [];
  const chains = chainSeeds(seeds, options).map((p) => extendBySentences(a, b, extendPassage(a, b, p, options.extendChars)));
  const merged = mergeOverlapping(chains);
  // A pair is related only through a passage of real length; once it is, shorter shared pieces
  // (a moved sentence, a quote kept between new paragraphs) are reuse too.
  const long = (p: AlignedPassage) => length(p.a) >= options.minPassageChars && length(p.b) >= options.minPassageChars;
  if (!merged.some(long)) return [];
  return merged.filter((p) => length(p.a) >= options.minFragmentChars && length(p.b) >= options.minFragmentChars);
}

/** Passages between two prepared texts, seeded by every shared word n-gram. */
export function alignDense(a: DenseText, b: DenseText, options: ReuseOptions): AlignedPassage[] {
  return alignSeeds(a, b, denseSeeds(a, b), options);
}

/**
 * Two passages that overlap in both documents are one passage; one that
 * overlaps another only in `b` (the same target words matched twice, against
 * a sentence repeated in `a`) gives way to the longer.
 */
function mergeOverlapping(passages: readonly AlignedPassage[]): AlignedPassage[] {
  const sorted = [...passages].sort((x, y) => x.b.start - y.b.start || x.a.start - y.a.start);
  const out: AlignedPassage[] = [];
  for (const passage of sorted) {
    const index = out.findIndex((kept) => overlaps(kept.b, passage.b));
    if (index < 0) {
      out.push(passage);
      continue;
    }
    const kept = out[index]!;
    if (overlaps(kept.a, passage.a)) out[index] = { a: union(kept.a, passage.a), b: union(kept.b, passage.b) };
    else if (length(passage.b) > length(kept.b)) out[index] = passage;
  }
  return out.sort((x, y) => x.b.start - y.b.start);
}

function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

function union(x: Span, y: Span): Span {
  return { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
}

function length(span: Span): number {
  return span.end - span.start;
}
