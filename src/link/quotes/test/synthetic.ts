import { documentId, emptyMeta, type Kind, type StageRecord } from '../../../core/index.js';
import type { DocumentRecord } from '../../../store/index.js';

/**
 * A seeded corpus of documents quoting each other, for clustering tests and
 * the bench: originals with quotes of 8 to 40 invented words (so no two
 * originals share a 4-word run by chance), and reprints that carry an
 * earlier document's quotes as newsrooms do: whole, trimmed at an end, with
 * a clause dropped, split in two by the attribution, with other marks and
 * case. `truth` maps each quote to the original it copies.
 */
export interface QuoteCorpus {
  readonly records: DocumentRecord[];
  /** `<documentId>:<start>` → the id of the original quote it carries (an original maps to itself). */
  readonly truth: Map<string, string>;
}

export interface QuoteCorpusOptions {
  readonly documents: number;
  /** Share of documents reprinting an earlier document's quotes. */
  readonly reprintShare?: number;
  readonly seed?: number;
  /** Reprints copy from the last this many documents (news follows releases within days). */
  readonly window?: number;
}

type Edit = 'whole' | 'trim-end' | 'trim-start' | 'drop-clause' | 'split' | 'marks';
const EDITS: readonly Edit[] = ['whole', 'trim-end', 'trim-start', 'drop-clause', 'split', 'marks'];
const SYLLABLES = ['ka', 'to', 'ri', 'ma', 'ne', 'lu', 'so', 'vi', 'pe', 'da', 'mo', 'shi', 'ga', 'bu', 'fe', 'zo'];
const DAY_MS = 86_400_000;

export function quoteCorpus(options: QuoteCorpusOptions): QuoteCorpus {
  let state = (options.seed ?? 7) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
  const words = (n: number) => Array.from({ length: n }, word);
  const reprintShare = options.reprintShare ?? 0.2;
  const window = options.window ?? 200;

  const records: DocumentRecord[] = [];
  const truth = new Map<string, string>();
  /** Each stored document's quotes: words and the original each copies. */
  const carried: { words: string[]; original: string }[][] = [];
  for (let i = 0; i < options.documents; i++) {
    const published = new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 40) * DAY_MS).toISOString().slice(0, 10);
    const reprint = i > 0 && next() < reprintShare;
    const kind: Kind = reprint ? 'news' : next() < 0.5 ? 'release' : 'speech';
    const quotes: { words: string[]; original: string | null; marks: boolean }[] = [];
    if (reprint) {
      const from = carried[Math.max(0, i - 1 - Math.floor(next() * Math.min(window, i)))] ?? [];
      for (const q of from) if (next() < 0.8) for (const part of edit(q.words, pick(EDITS), next)) quotes.push({ words: part, original: q.original, marks: next() < 0.5 });
    }
    const own = 1 + Math.floor(next() * 3);
    for (let k = 0; k < own; k++) quotes.push({ words: words(8 + Math.floor(next() * 33)), original: null, marks: false });

    let text = `${capital(words(10).join(' '))}.`;
    const spans: { start: number; end: number; original: string | null; words: string[] }[] = [];
    for (const q of quotes) {
      const body = q.marks ? q.words.map((w, n) => (n === 0 ? w.toUpperCase() : w)).join(' — ') : capital(q.words.join(' '));
      text += q.marks ? ' "' : ' “';
      spans.push({ start: text.length, end: text.length + body.length, original: q.original, words: q.words });
      text += body;
      text += `${q.marks ? '"' : '”'} ${pick(['the minister said.', 'he said.', 'Mr Doe says.', 'she told reporters.'])} ${capital(words(12).join(' '))}.`;
    }
    const id = documentId(null, text);
    const quoteStage: StageRecord = {
      name: 'quotes',
      version: 1,
      output: { quotes: spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'direct', cue: 'said', speaker: null })) },
    };
    records.push({
      document: { id, path: `synthetic/${i}.txt`, format: 'text', bytes: text.length, text, meta: { ...emptyMeta(kind), published, source: reprint ? 'Wire' : 'beehive.govt.nz' }, messages: [] },
      stages: [quoteStage],
    });
    const mine: { words: string[]; original: string }[] = [];
    for (const s of spans) {
      const quoteId = `${id}:${s.start}`;
      const original = s.original ?? quoteId;
      truth.set(quoteId, original);
      mine.push({ words: s.words, original });
    }
    carried.push(mine);
  }
  return { records, truth };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a newsroom does to a quote; every part keeps at least 9 words, as a
 * reprint worth finding does (a shorter part inside a longer quote is a line
 * any speech may hold: `minContained`).
 */
function edit(words: string[], how: Edit, next: () => number): string[][] {
  const cut = (share: number) => Math.max(0, Math.min(words.length - 9, Math.floor(words.length * share)));
  switch (how) {
    case 'whole':
    case 'marks':
      return [words];
    case 'trim-end':
      return [words.slice(0, words.length - cut(0.3))];
    case 'trim-start':
      return [words.slice(cut(0.3))];
    case 'drop-clause': {
      if (words.length < 16) return [words];
      const at = 4 + Math.floor(next() * (words.length - 12));
      return [[...words.slice(0, at), ...words.slice(at + 3)]];
    }
    case 'split': {
      if (words.length < 18) return [words];
      const half = Math.floor(words.length / 2);
      return [words.slice(0, half), words.slice(half)];
    }
  }
}
