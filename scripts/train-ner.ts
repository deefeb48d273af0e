// npm run train:ner [-- --clusters] [--train-only] [--epochs N] [--seed N] [--seeds K] [--bags pairs|kinds|none] [--holdout K:F] [--prune X] [--names jackknife|none|leaky] [--out DIR]
// Trains the entity tagger on CoNLL++ train (dev for the epoch count and the
// confidence temperature) and writes src/extract/entities/tagger/model/:
// ner.json (header), ner.bin (weights), gazetteer.br (WikiANN names plus
// model/names-extra.txt), names.br (the training set's names) and
// clusters.br (Brown clusters, rebuilt only with --clusters: about 25 min on
// one core).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { parseClusters } from '../src/extract/entities/tagger/clusters.js';
import { createRuntime, tagWords, type Scorer } from '../src/extract/entities/tagger/engine.js';
import { NAME_TYPES, parseGazetteer } from '../src/extract/entities/tagger/gazetteer.js';
import type { Lexicons } from '../src/extract/entities/tagger/lexicons.js';
import { compile } from '../src/extract/entities/tagger/model.js';
import { serialise } from '../src/extract/entities/tagger/model-io.js';
import { train, weightsScorer, type TrainDocument } from '../src/extract/entities/tagger/train.js';
import { buildClusters, CLUSTERING } from './ner/build-clusters.js';
import { gazetteerLines } from './ner/build-gazetteer.js';
import { jackknifedNames, nameLines } from './ner/build-names.js';
import { averageWeights } from './ner/average.js';
import { BAG_LAYOUTS, bagsOf, droppedSlots, type BagLayout } from './ner/bags.js';
import { calibrate } from './ner/calibrate.js';
import type { LabelledDocument } from './ner/conll.js';
import { conllSplit, toTrain } from './ner/data.js';
import { evaluate, formatScores } from './ner/evaluate.js';

const { values: args } = parseArgs({
  options: {
    clusters: { type: 'boolean', default: false },
    // The committed model: train+dev (a train-only twin scores dev and fits the temperature).
    'with-dev': { type: 'boolean', default: true },
    'train-only': { type: 'boolean', default: false },
    epochs: { type: 'string', default: '14' },
    seed: { type: 'string', default: '1' },
    // Models trained with seeds seed … seed+seeds-1 are averaged (default: one per feature bag, or 4).
    seeds: { type: 'string' },
    prune: { type: 'string', default: '0.6' },
    'min-count': { type: 'string', default: '1' },
    // Training-set names: jackknifed (the default), none, or leaky (each document sees its own names: for comparison).
    names: { type: 'string', default: 'jackknife' },
    // Feature bagging (scripts/ner/bags.ts): pairs (6 models, each sees two kinds of feature), kinds (4, each without one), none.
    bags: { type: 'string', default: 'pairs' },
    // Cross-validation on train, to compare recipes beyond dev: K folds, fold F held out in place of dev.
    holdout: { type: 'string' },
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    out: { type: 'string', default: join(import.meta.dirname, '..', 'src', 'extract', 'entities', 'tagger', 'model') },
  },
});
// Flags first: a bad one must fail before any work (learning clusters takes 25 minutes).
const fold = holdoutFold(args.holdout);
if (fold && !args['train-only']) throw new Error('--holdout scores a recipe on train alone: add --train-only');
if (!(BAG_LAYOUTS as readonly string[]).includes(args.bags)) throw new Error(`--bags ${args.bags}: use ${BAG_LAYOUTS.join(', ')} (pairs is the default)`);
const bags = bagsOf(args.bags as BagLayout);
const shared = args.shared;
const out = args.out;
const started = Date.now();
const log = (m: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
if (!existsSync(join(shared, 'data', 'ner'))) throw new Error(`No training data at ${shared}/data/ner: pass --shared DIR`);
mkdirSync(out, { recursive: true });

const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
const clustersPath = join(out, CLUSTERING.file);
if (args.clusters || !existsSync(clustersPath)) {
  log(`learning Brown clusters → ${CLUSTERING.file} (${CLUSTERING.clusters} classes, ${CLUSTERING.maxWords} words; about 25 min) …`);
  buildClusters({ shared, out: clustersPath, ...CLUSTERING, log });
}
// WikiANN's names plus the hand-written model/names-extra.txt (credits, agencies, domain names).
const extra = readFileSync(join(out, 'names-extra.txt'), 'utf8').split('\n').filter((l) => l.includes('\t') && !l.startsWith('#'));
const gazText = [...gazetteerLines(shared), ...extra].join('\n') + '\n';
writeFileSync(join(out, 'gazetteer.br'), brotli(gazText));
const allTrain = conllSplit(shared, 'train');
const devRaw = fold ? allTrain.filter((_, d) => d % fold.folds === fold.held) : conllSplit(shared, 'dev');
const trainRaw = fold ? allTrain.filter((_, d) => d % fold.folds !== fold.held) : allTrain;
const withDev = args['with-dev'] && !args['train-only'];
const useNames = args.names !== 'none';
const clusters = parseClusters(brotliDecompressSync(readFileSync(clustersPath)).toString('utf8'));
const gazetteer = parseGazetteer(gazText);
const dev = toTrain(devRaw);
const epochs = Number(args.epochs);
const seeds = Array.from({ length: Number(args.seeds ?? (bags.length || 4)) }, (_, k) => Number(args.seed) + k);
const prune = Number(args.prune);
/** The feature kinds model `k` goes without (none when empty). */
const bagOf = (k: number) => (bags.length ? bags[k % bags.length]! : []);

// The model on train alone scores dev and fits the confidence temperature;
// with --with-dev, its twin trained on train+dev (same settings) is the one
// saved, with that temperature: dev can no longer judge a model that saw it.
const { lex: trainLex, weights: trainWeights } = fit(trainRaw, !withDev);
const temperature = calibrate(dev, trainLex, compile(trainWeights, { prune, temperature: 1 }));
const devScores = scoreDocs(dev, trainLex, compile(trainWeights, { prune, temperature }));
log(formatScores(fold ? `CoNLL++ train fold ${fold.held} of ${fold.folds}, held out (model on the other folds, compiled)` : 'CoNLL++ dev (train-only model, compiled)', devScores));
const { weights, namesText } = withDev ? fit([...trainRaw, ...devRaw], false) : { weights: trainWeights, namesText: trainNames(trainRaw) };
const model = compile(weights, { prune, temperature });
if (useNames) writeFileSync(join(out, 'names.br'), brotli(namesText));

/** `--holdout K:F` → fold F of K, validated. */
function holdoutFold(value: string | undefined): { folds: number; held: number } | null {
  if (value === undefined) return null;
  const m = /^(\d+):(\d+)$/.exec(value);
  const folds = m ? Number(m[1]) : NaN;
  const held = m ? Number(m[2]) : NaN;
  if (!m || folds < 2 || held >= folds) throw new Error(`--holdout ${value}: give K:F with K ≥ 2 folds and 0 ≤ F < K, e.g. --holdout 5:0`);
  return { folds, held };
}

function trainNames(raw: readonly LabelledDocument[]): string {
  return useNames ? nameLines(raw).join('\n') + '\n' : '';
}

/** Trains one model per seed on `raw` and averages them. */
function fit(raw: readonly LabelledDocument[], devScores: boolean) {
  const namesText = trainNames(raw);
  const lexicons: Lexicons = { clusters, gazetteer, names: parseGazetteer(namesText, NAME_TYPES) };
  log(`${raw.length} documents; ${clusters.size} clustered words, ${gazetteer.size} gazetteer names, ${lexicons.names.size} training-set names (${args.names})`);
  const docs: TrainDocument[] = toTrain(raw);
  const namesFor = args.names === 'jackknife' ? jackknifedNames(raw) : undefined;
  const runs = seeds.map((seed, k) => {
    const bag = bagOf(k);
    log(`seed ${seed}${bag.length ? `, without ${bag.join(' and ')} features` : ''}`);
    return train(docs, lexicons, {
      dropSlots: bag.length ? droppedSlots(bag) : undefined,
      epochs,
      seed,
      minCount: Number(args['min-count']),
      documentPass: true,
      namesFor,
      log,
      onEpoch: !devScores
        ? undefined
        : (epoch, w) => {
            if (epoch % 3 !== 0 && epoch !== epochs) return;
            const r = scoreDocs(dev, lexicons, weightsScorer(w));
            log(`  dev F1 (PER/ORG/LOC) ${(100 * r.micro.f1).toFixed(2)}`);
          },
    });
  });
  return { lex: lexicons, weights: averageWeights(runs), namesText };
}
const bin = serialise(model);
writeFileSync(join(out, 'ner.bin'), bin);
const header = {
  format: 1,
  weights: 'ner.bin',
  clusters: CLUSTERING.file,
  gazetteer: 'gazetteer.br',
  ...(useNames ? { names: 'names.br' } : {}),
  temperature,
  features: model.keys.length,
  trainedOn: withDev ? 'CoNLL++ train+dev (temperature from the train-only twin on dev)' : 'CoNLL++ train',
  devF1TrainOnly: Math.round(10000 * devScores.micro.f1) / 100,
  epochs,
  seeds,
  bags: bags.length ? seeds.map((_, k) => `without ${bagOf(k).join(' and ')}`) : 'none',
  prune,
};
writeFileSync(join(out, 'ner.json'), `${JSON.stringify(header, null, 2)}\n`);
log(`${model.keys.length} features, ner.bin ${(bin.length / 1024 / 1024).toFixed(2)} MB, temperature ${temperature}`);
log('done: run npm run eval:ner for the test score');

function scoreDocs(docs: readonly TrainDocument[], lexicons: Lexicons, scorer: Scorer) {
  const gold: Uint8Array[] = [];
  const pred: Uint8Array[] = [];
  const rt = createRuntime(scorer, lexicons);
  for (const doc of docs) {
    const tagged = tagWords(doc.map((s) => s.words), rt, false);
    doc.forEach((s, k) => {
      gold.push(s.labels);
      pred.push(tagged[k]!.labels);
    });
  }
  return evaluate(gold, pred);
}
