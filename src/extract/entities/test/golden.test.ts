import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { readDocument } from '../../../ingest/index.js';
import { entitiesStage } from '../index.js';
import { runStage } from './support.js';

const fixtures = new URL('./fixtures/', import.meta.url);

for (const name of readdirSync(fixtures).filter((file) => /\.(txt|md)$/.test(file) && file !== 'README.md')) {
  test(`golden: ${name}`, () => {
    const path = new URL(name, fixtures).pathname;
    const doc = readDocument({ path, bytes: readFileSync(path) });
    const { output, messages } = runStage(entitiesStage, doc);
    // Readable goldens: each entity with its mentions' texts inline.
    const entities = output.entities.map((e) => ({ ...e, mentions: e.mentions.map((i) => `${output.mentions[i]!.text} @${output.mentions[i]!.start}`) }));
    expectGolden(path.replace(/\.(txt|md)$/, '.json'), { output: { ...output, entities }, messages });
  });
}
