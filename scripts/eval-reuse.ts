// npm run eval:reuse: passage detection and document linking on a generated
// test set (bench/reuse-eval: real AU PM transcript slices as releases,
// stories reprinting them with newsroom edits, same-topic distractors),
// scored with PAN's character-level measures and linking P/R at a 20% share.
// Prints the tables and writes them into BENCHMARKS.md.
import { createPipeline, emptyMeta, type Document } from '../src/core/index.js';
import { fingerprintsStage } from '../src/extract/index.js';
import { alignTexts, linkReuse } from '../src/link/index.js';
import { openSqliteStore, type DocumentRecord } from '../src/store/index.js';
import { writeSection } from '../bench/report.js';
import {
  countSet,
  generateReuseSet,
  goldAlignments,
  goldLinks,
  linkingScores,
  panScores,
  readAuPmSources,
  type Alignment,
  type TestPair,
} from '../bench/reuse-eval/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RELEASES = arg('releases', 300);
const SEED = arg('seed', 1);

const set = generateReuseSet(readAuPmSources(RELEASES * 8), { seed: SEED, releases: RELEASES });
const counts = countSet(set);
const text = new Map(set.documents.map((d) => [d.id, d.text]));

// Passages: the detector aligns each gold pair, as in PAN's text-alignment task.
const detections = new Map<TestPair, Alignment[]>();
for (const pair of set.pairs) {
  const found = alignTexts(text.get(pair.sourceId)!, text.get(pair.targetId)!);
  detections.set(pair, found.map((p) => ({ sourceId: pair.sourceId, targetId: pair.targetId, source: p.source, target: p.target })));
}
const scoreOf = (keep: (pair: TestPair) => boolean) => {
  const pairs = set.pairs.filter(keep);
  return { pairs: pairs.length, ...panScores(goldAlignments(set, keep), pairs.flatMap((p) => detections.get(p)!)) };
};
const releasePair = (p: TestPair) => p.edit !== 'story-pair';
const rows = [
  ['light edits, release → story', scoreOf((p) => releasePair(p) && !p.heavy), 'P ≥ 0.98, R ≥ 0.97, gran ≤ 1.05'],
  ['heavy edits (every second sentence rewritten)', scoreOf((p) => releasePair(p) && p.heavy), 'R ≥ 0.80'],
  ['story ↔ story (light)', scoreOf((p) => !releasePair(p) && !p.heavy), ''],
  ['story ↔ story (heavy)', scoreOf((p) => !releasePair(p) && p.heavy), ''],
] as const;

// Linking: every document through the store and the index, as ingest does.
const store = await openSqliteStore(':memory:');
// Only the stage reuse needs.
const fingerprintsOnly = createPipeline([fingerprintsStage]);
const records: DocumentRecord[] = set.documents.map((d) => {
  const document: Document = {
    id: d.id,
    path: `${d.id}.txt`,
    format: 'text',
    bytes: Buffer.byteLength(d.text),
    text: d.text,
    meta: { ...emptyMeta(d.kind), published: d.published, publishedFrom: 'user' },
    messages: [],
  };
  return fingerprintsOnly.run(document);
});
await store.putDocuments(records);
const linked = await linkReuse(store);
const listed = await store.listReuse({ minShare: 0, limit: 1000 });
const predicted = [];
for (let offset = 0; offset < listed.total; offset += 1000) {
  const page = await store.listReuse({ minShare: 0, limit: 1000, offset });
  predicted.push(...page.pairs.map((p) => ({ sourceId: p.source.id, targetId: p.target.id, sourceShare: p.sourceShare, targetShare: p.targetShare })));
}
await store.close();
const gold = goldLinks(set);
const linking = linkingScores(predicted, gold, 0.2);
const heavyIds = new Set(set.pairs.filter((p) => p.heavy).map((p) => [p.sourceId, p.targetId].sort().join(' ')));
const lightGold = gold.filter((g) => !heavyIds.has([g.sourceId, g.targetId].sort().join(' ')));
const lightLinking = linkingScores(predicted.filter((p) => !heavyIds.has([p.sourceId, p.targetId].sort().join(' '))), lightGold, 0.2);

const f = (x: number) => x.toFixed(4);
const table = [
  '| pairs | gold pairs | precision | recall | granularity | plagdet | bar |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(([label, s, bar]) => `| ${label} | ${s.pairs} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.granularity)} | ${f(s.plagdet)} | ${bar} |`),
].join('\n');
const linkTable = [
  '| documents linked at share ≥ 0.20 | gold pairs | precision | recall | F1 | false positives | false negatives | bar |',
  '|---|---|---|---|---|---|---|---|',
  `| all pairs | ${gold.length} | ${f(linking.precision)} | ${f(linking.recall)} | ${f(linking.f1)} | ${linking.falsePositives} | ${linking.falseNegatives} | P ≥ 0.99, R ≥ 0.98 |`,
  `| pairs without heavy edits | ${lightGold.length} | ${f(lightLinking.precision)} | ${f(lightLinking.recall)} | ${f(lightLinking.f1)} | ${lightLinking.falsePositives} | ${lightLinking.falseNegatives} | |`,
].join('\n');
console.log(table);
console.log();
console.log(linkTable);
console.log(`\n${set.documents.length} documents (${JSON.stringify(counts.documents)}); linking: ${linked.strategy}, ${linked.pairs} pairs stored.`);

writeSection(
  'eval-reuse',
  `## Text reuse quality (\`npm run eval:reuse\`)

A generated set (\`bench/reuse-eval\`, seed ${SEED}): ${RELEASES} release-sized slices of real AU PM transcripts, ${set.documents.length} documents in all (releases, stories reprinting them with newsroom edits, same-topic distractors that share no text, unrelated documents), ${set.pairs.length} gold pairs (release → story and story ↔ story). Passages: PAN character-level macro precision and recall, granularity and plagdet (Potthast et al. 2010), the detector given each gold pair as in PAN's text-alignment task. Linking: every document ingested into a store and linked through the fingerprint index, pairs predicted where either share ≥ 0.20.

${table}

${linkTable}`,
);
