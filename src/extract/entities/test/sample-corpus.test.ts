import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createPipeline, spanMatches } from '../../../core/index.js';
import { readDocument } from '../../../ingest/index.js';
import { segmentStage } from '../../segment/index.js';
import { entitiesStage } from '../index.js';
import type { EntitiesOutput } from '../types.js';
import { roleText } from './support.js';

// The project's defining examples live beside the repo, not in it: skip when absent.
const dir = new URL('../../../../../shared/sample-corpus/', import.meta.url).pathname;
const present = existsSync(dir);
const skip = present ? false : `no ${dir}`;

/** Per file: each person named in the reader's `text` → the roles the text (or front matter) states. */
const expected: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  '000': { 'Winston Peters': ['Minister of Foreign Affairs of New Zealand'], 'Antony Blinken': ['Secretary of State of United States'] },
  '001': { 'Winston Peters': ['Minister of Foreign Affairs of New Zealand'] },
  '002': { 'John Key': ['Prime Minister of New Zealand'], 'Joe Biden': ['Vice President of United States'], 'Stephen Harper': ['Prime Minister of Canada'] },
  '003': { 'Christopher Landau': ['Deputy Secretary of State of United States'], 'Bede Corry': ['Secretary of Foreign Affairs and Trade of New Zealand'] },
  '004': {
    'Winston Peters': ['Minister of Foreign Affairs of New Zealand'],
    'Antony Blinken': ['Secretary of State of United States'],
    'António Guterres': ['Secretary General of United Nations'],
    'Kurt Campbell': ['Deputy Secretary of State of United States'], // "Blinken’s deputy, Kurt Campbell"
    'Fumio Kishida': ['Prime Minister of Japan'],
    'Judith Collins': ['Minister of Defence of New Zealand'],
    'Nanaia Mahuta': [],
    'Jacinda Ardern': ['Prime Minister of New Zealand'],
    'Helen Clark': [],
    'Jens Stoltenberg': ['Secretary General of NATO'],
  },
};

/** Mentions that must link to a person: [file, mention text, entity name]. */
const links: ReadonlyArray<readonly [string, string, string]> = [
  ['000', 'Peters', 'Winston Peters'],
  ['000', 'Blinken', 'Antony Blinken'],
  ['001', 'Peters', 'Winston Peters'],
  ['002', 'Key', 'John Key'],
  ['002', 'Biden', 'Joe Biden'],
  ['003', 'Landau', 'Christopher Landau'],
  ['003', 'Corry', 'Bede Corry'],
  ['004', 'Peters', 'Winston Peters'],
  ['004', 'Blinken', 'Antony Blinken'],
  ['004', 'Campbell', 'Kurt Campbell'],
  ['004', 'Collins', 'Judith Collins'],
  ['004', 'Clark', 'Helen Clark'],
];

function run(): Map<string, { text: string; out: EntitiesOutput }> {
  const pipeline = createPipeline([segmentStage, entitiesStage]);
  const results = new Map<string, { text: string; out: EntitiesOutput }>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    const processed = pipeline.run(readDocument({ path, bytes: readFileSync(path) }));
    const out = processed.stages.find((s) => s.name === 'entities')!.output as EntitiesOutput;
    results.set(name.slice(0, 3), { text: processed.document.text, out });
  }
  return results;
}

test('sample corpus: every person in the text is found with the stated roles, and nobody else', { skip }, () => {
  const results = run();
  for (const [file, persons] of Object.entries(expected)) {
    const { out } = results.get(file)!;
    const found = Object.fromEntries(
      out.entities.filter((e) => e.type === 'person').map((e) => [e.name, [...new Set(e.roles.filter((r) => r.tense === 'current').map(roleText))]]),
    );
    assert.deepEqual(found, persons, `file ${file}`);
  }
});

test('sample corpus: surnames (after an honorific, which the mention leaves out) link to the full name', { skip }, () => {
  const results = run();
  for (const [file, mention, name] of links) {
    const { out } = results.get(file)!;
    const hits = out.mentions.filter((m) => m.type === 'person' && m.text === mention);
    assert.ok(hits.length > 0, `${file}: no mention "${mention}"`);
    for (const m of hits) assert.equal(out.entities[m.entity]!.name, name, `${file}: "${mention}" at ${m.start}`);
  }
});

test('sample corpus: captions and credits removed by the reader leave no trace', { skip }, () => {
  const { out } = run().get('004')!;
  const names = out.entities.map((e) => e.name);
  for (const gone of ['Tim Watts', 'Kyoto Tsuji', 'Taeyul Co', 'Junko Kimura', 'Getty Images']) assert.ok(!names.includes(gone), gone);
});

test('sample corpus: every span reproduces its text', { skip }, () => {
  for (const [file, { text, out }] of run()) {
    for (const span of [...out.mentions, ...out.officeMentions, ...out.entities.flatMap((e) => e.roles)]) assert.ok(spanMatches(text, span), `${file}: ${JSON.stringify(span)}`);
  }
});
