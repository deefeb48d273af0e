import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { parseClusters } from './clusters.js';
import { buildContext } from './document.js';
import { createRuntime, decodeScratch, firstPass, prepareAll, prepareText, secondPass, wordCache, type PreparedSentence, type Runtime, type Scorer } from './engine.js';
import { EMPTY_GAZETTEER, NAME_TYPES, parseGazetteer } from './gazetteer.js';
import { tokenConfidence } from './decode.js';
import { bilouSpans, NLABELS, TYPES } from './labels.js';
import type { Lexicons } from './lexicons.js';
import { deserialise } from './model-io.js';
import { TokenOffsets } from './token-offsets.js';
import { tokenizeInto } from './tokenize.js';
import type { DocumentContext, NerSpan, Token } from './types.js';

export interface Tagger {
  /** Tags one sentence; with `doc` (from `context`) the second pass uses the document's evidence. */
  tagSentence(text: string, tokens: readonly Token[], doc?: DocumentContext): NerSpan[];
  /** Tokenises and tags every sentence, with a first pass over the whole document feeding the second. */
  tagDocument(text: string, sentences: readonly { start: number; end: number }[]): NerSpan[];
  /** The document evidence `tagSentence` can use: a first pass over the given sentences. */
  context(text: string, sentences: readonly { start: number; end: number }[]): DocumentContext;
}

/** The header saved beside ner.bin. */
export interface ModelHeader {
  readonly format: 1;
  readonly weights: string;
  readonly clusters: string;
  readonly gazetteer: string;
  /** The training set's names (absent in older models). */
  readonly names?: string;
  readonly temperature: number;
  readonly [key: string]: unknown;
}

const EMPTY_CONTEXT: DocumentContext = { votes: new Map(), capitalisedInside: new Set(), lowerSeen: new Set() };

/** How many of the most frequent words get their single-word scores precomputed at load. */
const FREQUENT_WORDS = 15000;

export function createTagger(scorer: Scorer, lex: Lexicons): Tagger {
  return taggerOver(createRuntime(scorer, lex, lex.clusters.words.slice(0, FREQUENT_WORDS)));
}

function taggerOver(rt: Runtime): Tagger {
  // Tokens go in as written: the word cache normalises each spelling once.
  const wordsOf = (tokens: readonly Token[]): string[] => {
    const words = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) words[i] = tokens[i]!.text;
    return words;
  };
  const inv = 1 / rt.scorer.temperature;
  // Confidence only for the tokens of spans, from the sentence's final scores
  // (`p.local`, after the second pass): no per-sentence array for the many O tokens.
  // Scores are packed, near tokens only; a span's tokens are all near.
  // Tokens are the k-th sentence's offsets[bounds[k] … bounds[k+1]).
  const spans = (text: string, starts: Int32Array, ends: Int32Array, first: number, labels: Uint8Array, p: PreparedSentence, out: NerSpan[]): void => {
    let token = 0;
    let packed = 0; // near tokens before `token`
    for (const s of bilouSpans(labels)) {
      for (; token < s.start; token++) packed += p.near[token]!;
      const start = starts[first + s.start]!;
      const end = ends[first + s.end - 1]!;
      let score = 1;
      for (let i = s.start; i < s.end; i++) score = Math.min(score, tokenConfidence(p.local, (packed + i - s.start) * NLABELS, labels[i]!, inv));
      out.push({ type: TYPES[s.type]!, start, end, text: text.slice(start, end), score: Math.round(score * 1000) / 1000 });
    }
  };
  const firstPassOver = (text: string, sentences: readonly { start: number; end: number }[]) => {
    const scratch = decodeScratch();
    // One list of offsets for the whole document: no token strings or objects.
    const tokens = new TokenOffsets();
    const bounds = new Int32Array(sentences.length + 1);
    for (let k = 0; k < sentences.length; k++) {
      tokenizeInto(text, sentences[k]!.start, sentences[k]!.end, tokens);
      bounds[k + 1] = tokens.length;
    }
    const prepared = prepareText(text, tokens, bounds, rt, wordCache(rt));
    const first = prepared.map((p) => firstPass(p, rt, scratch));
    return { tokens, bounds, prepared, first, scratch, ctx: buildContext(prepared, first) };
  };
  return {
    tagSentence(text, tokens, doc) {
      const scratch = decodeScratch();
      const p = prepareAll([wordsOf(tokens)], rt, wordCache(rt))[0]!;
      const own = firstPass(p, rt, scratch);
      const ctx = doc ?? buildContext([p], [own]);
      const out: NerSpan[] = [];
      const starts = Int32Array.from(tokens, (t) => t.start);
      const ends = Int32Array.from(tokens, (t) => t.end);
      spans(text, starts, ends, 0, secondPass(p, rt, ctx, own, false, scratch).labels, p, out);
      return out;
    },
    tagDocument(text, sentences) {
      const { tokens, bounds, prepared, first, ctx, scratch } = firstPassOver(text, sentences);
      const out: NerSpan[] = [];
      prepared.forEach((p, k) => spans(text, tokens.starts, tokens.ends, bounds[k]!, secondPass(p, rt, ctx, first[k]!, false, scratch).labels, p, out));
      return out;
    },
    context(text, sentences) {
      return sentences.length === 0 ? EMPTY_CONTEXT : firstPassOver(text, sentences).ctx;
    },
  };
}

/**
 * The model folder: beside this module in the source tree; from a build in
 * dist/, the source tree's copy (tsc does not copy binary files).
 */
export function modelDir(): string {
  const here = new URL('./model/', import.meta.url);
  if (existsSync(new URL('ner.json', here))) return fileURLToPath(here);
  const source = new URL('../../../../src/extract/entities/tagger/model/', import.meta.url);
  if (existsSync(new URL('ner.json', source))) return fileURLToPath(source);
  throw new Error(`Tagger model not found in ${fileURLToPath(here)}: run npm run train:ner, or copy src/extract/entities/tagger/model/ there`);
}

/** Reads a model folder: ner.json and the files it names. */
export function readModel(dir: string): { header: ModelHeader; scorer: Scorer; lex: Lexicons; runtime: () => Runtime } {
  const header = JSON.parse(readFileSync(`${dir}/ner.json`, 'utf8')) as ModelHeader;
  if (header.format !== 1) throw new Error(`${dir}/ner.json: model format ${String(header.format)} is not supported; retrain with npm run train:ner`);
  const scorer = deserialise(readFileSync(`${dir}/${header.weights}`), header.temperature);
  const text = (file: string) => brotliDecompressSync(readFileSync(`${dir}/${file}`)).toString('utf8');
  const lex = {
    clusters: parseClusters(text(header.clusters)),
    gazetteer: parseGazetteer(text(header.gazetteer)),
    names: header.names ? parseGazetteer(text(header.names), NAME_TYPES) : EMPTY_GAZETTEER,
  };
  return { header, scorer, lex, runtime: () => createRuntime(scorer, lex, lex.clusters.words.slice(0, FREQUENT_WORDS)) };
}

export function readTagger(dir: string): Tagger {
  const { scorer, lex } = readModel(dir);
  return createTagger(scorer, lex);
}

let loaded: Tagger | undefined;

/** The committed model, loaded once (synchronously, from the package's own files). */
export function loadTagger(): Tagger {
  loaded ??= readTagger(modelDir());
  return loaded;
}
