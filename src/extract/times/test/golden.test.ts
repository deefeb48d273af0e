import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { readDocument } from '../../../ingest/index.js';
import { runDocument } from './support.js';

const fixtures = new URL('./fixtures/', import.meta.url);

// One file per source style (NZ release, AU transcript, UK and US news), values hand-checked; rewrite with UPDATE=1 only on purpose.
for (const name of readdirSync(fixtures).filter((file) => /\.(txt|md)$/.test(file))) {
  test(`golden: ${name}`, () => {
    const path = new URL(name, fixtures).pathname;
    const doc = readDocument({ path, bytes: readFileSync(path) });
    const r = runDocument(doc);
    expectGolden(path.replace(/\.(txt|md)$/, '.json'), {
      published: doc.meta.published,
      publishedFrom: doc.meta.publishedFrom,
      times: r.output.times,
      messages: r.messages.map((m) => `${m.code} @${m.start}`),
    });
  });
}
