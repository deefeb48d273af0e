// Learns Brown clusters for the tagger from unlabelled text: the AU PM
// transcripts and the words (not the labels) of CoNLL++ train+dev and WikiANN
// train. The CoNLL++ test words are left out so that the score stays clean.
import { brotliCompressSync, constants } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { normaliseToken, clusterKey } from '../../src/extract/entities/tagger/normalise.js';
import { brownClusters } from './brown.js';
import { readConll, readWikiann } from './conll.js';
import { auPmTexts, clusterTokens } from './unlabelled.js';

export interface ClusterOptions {
  readonly shared: string;
  readonly out: string;
  readonly clusters: number;
  readonly maxWords: number;
  readonly minCount: number;
  /** WikiANN splits whose words join the text (none of them is evaluation data here). */
  readonly wikiann: readonly ('train' | 'dev' | 'test')[];
  /** How many times the CoNLL++ train+dev text is read: more weight for news English against the speeches. */
  readonly conllRepeat?: number;
  readonly log: (message: string) => void;
}

/** The clustering the tagger uses (what `train:ner --clusters` rebuilds). */
export const CLUSTERING = { file: 'clusters.br', clusters: 500, maxWords: 40000, minCount: 2, wikiann: ['train'] } as const;

function* sequences(shared: string, wikiann: ClusterOptions['wikiann'], conllRepeat: number, log: (m: string) => void): Generator<string[]> {
  let n = 0;
  for (let r = 0; r < conllRepeat; r++) for (const file of ['conllpp/conllpp_train.txt', 'conllpp/conllpp_dev.txt']) {
    for (const doc of readConll(`${shared}/data/ner/${file}`)) for (const s of doc) yield s.words.map((w) => clusterKey(normaliseToken(w)));
  }
  for (const split of wikiann) {
    for (const doc of readWikiann(`${shared}/data/ner/wikiann-en/${split}`)) for (const s of doc) yield s.words.map((w) => clusterKey(normaliseToken(w)));
  }
  for (const text of auPmTexts(`${shared}/corpora/au-pm-transcripts`)) {
    if (++n % 100000 === 0) log(`read ${n} paragraphs`);
    yield clusterTokens(text);
  }
}

/** Writes `word\tpath` lines (brotli-compressed), the most frequent words first. */
export function buildClusters(options: ClusterOptions): void {
  const words = brownClusters({
    sequences: sequences(options.shared, options.wikiann, options.conllRepeat ?? 1, options.log),
    clusters: options.clusters,
    minCount: options.minCount,
    maxWords: options.maxWords,
    progress: options.log,
  });
  const text = words.map((w) => `${w.word}\t${w.path}`).join('\n') + '\n';
  writeFileSync(options.out, brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  options.log(`${words.length} words → ${options.out}`);
}
