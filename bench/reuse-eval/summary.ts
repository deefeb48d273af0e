// Counts of a test set, for the CLI and the README.
import type { ReuseTestSet } from './types.js';

export interface SetCounts {
  documents: Record<string, number>;
  releasePairs: number;
  storyPairs: number;
  heavyPairs: number;
  passages: number;
  /** Release→story pairs using each edit, alone and in combination. */
  edits: Record<string, { alone: number; combined: number }>;
}

export function countSet(set: ReuseTestSet): SetCounts {
  const documents: Record<string, number> = {};
  for (const role of Object.values(set.roles)) documents[role] = (documents[role] ?? 0) + 1;
  const edits: Record<string, { alone: number; combined: number }> = {};
  let releasePairs = 0;
  let storyPairs = 0;
  for (const pair of set.pairs) {
    if (set.roles[pair.sourceId] !== 'release') {
      storyPairs += 1;
      continue;
    }
    releasePairs += 1;
    const parts = pair.edit.split('+');
    for (const part of parts) {
      const entry = (edits[part] ??= { alone: 0, combined: 0 });
      if (parts.length === 1) entry.alone += 1;
      else entry.combined += 1;
    }
  }
  return {
    documents,
    releasePairs,
    storyPairs,
    heavyPairs: set.pairs.filter((p) => p.heavy).length,
    passages: set.pairs.reduce((n, p) => n + p.passages.length, 0),
    edits,
  };
}

export function describeSet(set: ReuseTestSet): string {
  const c = countSet(set);
  const lines = [
    `documents: ${set.documents.length} (${Object.entries(c.documents).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `gold pairs: ${set.pairs.length} (release→story ${c.releasePairs}, story↔story ${c.storyPairs}; heavy ${c.heavyPairs}); passages ${c.passages}`,
    'release→story pairs by edit:   alone  combined',
    ...Object.entries(c.edits)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([edit, n]) => `  ${edit.padEnd(26)} ${String(n.alone).padStart(6)} ${String(n.combined).padStart(9)}`),
  ];
  return lines.join('\n');
}
