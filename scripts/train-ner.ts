// npm run train:ner [-- --clusters] [--with-dev] [--epochs N] [--seed N] [--prune X] [--out DIR]
// Trains the entity tagger on CoNLL++ train (dev for the epoch count and the
// confidence temperature) and writes src/extract/entities/tagger/model/:
// ner.json (header), ner.bin (weights), gazetteer.br (WikiANN names plus
// model/names-extra.txt) and
// clusters.br (Brown clusters, rebuilt only with --clusters: about 25 min on
// one core).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { parseClusters } from '../src/extract/entities/tagger/clusters.js';
import { createRuntime, tagWords, type Scorer } from '../src/extract/entities/tagger/engine.js';
import { parseGazetteer } from '../src/extract/entities/tagger/gazetteer.js';
import type { Lexicons } from '../src/extract/entities/tagger/lexicons.js';
import { compile } from '../src/extract/entities/tagger/model.js';
import { serialise } from '../src/extract/entities/tagger/model-io.js';
import { train, weightsScorer, type TrainDocument } from '../src/extract/entities/tagger/train.js';
import { buildClusters, CLUSTERING } from './ner/build-clusters.js';
import { gazetteerLines } from './ner/build-gazetteer.js';
import { calibrate } from './ner/calibrate.js';
import { conllSplit, toTrain } from './ner/data.js';
import { evaluate, formatScores } from './ner/evaluate.js';

const { values: args } = parseArgs({
  options: {
    clusters: { type: 'boolean', default: false },
    'with-dev': { type: 'boolean', default: false },
    epochs: { type: 'string', default: '14' },
    seed: { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.6' },
    'min-count': { type: 'string', default: '1' },
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    out: { type: 'string', default: join(import.meta.dirname, '..', 'src', 'extract', 'entities', 'tagger', 'model') },
  },
});
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
const lex: Lexicons = {
  clusters: parseClusters(brotliDecompressSync(readFileSync(clustersPath)).toString('utf8')),
  gazetteer: parseGazetteer(gazText),
};
log(`${lex.clusters.size} clustered words, ${lex.gazetteer.size} gazetteer names`);

const dev = toTrain(conllSplit(shared, 'dev'));
const trainDocs: TrainDocument[] = toTrain(conllSplit(shared, 'train'));
if (args['with-dev']) trainDocs.push(...dev);
const epochs = Number(args.epochs);
const weights = train(trainDocs, lex, {
  epochs,
  seed: Number(args.seed),
  minCount: Number(args['min-count']),
  documentPass: true,
  log,
  onEpoch: args['with-dev']
    ? undefined
    : (epoch, w) => {
        if (epoch % 3 !== 0 && epoch !== epochs) return;
        const r = scoreDocs(dev, lex, weightsScorer(w));
        log(`  dev F1 (PER/ORG/LOC) ${(100 * r.micro.f1).toFixed(2)}`);
      },
});
const prune = Number(args.prune);
let model = compile(weights, { prune, temperature: 1 });
const temperature = calibrate(dev, lex, model);
model = compile(weights, { prune, temperature });
const bin = serialise(model);
writeFileSync(join(out, 'ner.bin'), bin);
const header = {
  format: 1,
  weights: 'ner.bin',
  clusters: CLUSTERING.file,
  gazetteer: 'gazetteer.br',
  temperature,
  features: model.keys.length,
  trainedOn: args['with-dev'] ? 'CoNLL++ train+dev' : 'CoNLL++ train',
  epochs,
  seed: Number(args.seed),
  prune,
};
writeFileSync(join(out, 'ner.json'), `${JSON.stringify(header, null, 2)}\n`);
log(`${model.keys.length} features, ner.bin ${(bin.length / 1024 / 1024).toFixed(2)} MB, temperature ${temperature}`);
if (!args['with-dev']) log(formatScores('CoNLL++ dev (compiled model)', scoreDocs(dev, lex, model)));
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
