import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { readDocument } from '../../../ingest/index.js';
import { lines, runDocument } from './support.js';

const fixtures = new URL('./fixtures/', import.meta.url);

// One file per source style (NZ release, AU transcript, UK and US news); rewrite with UPDATE=1 only on purpose.
for (const name of readdirSync(fixtures).filter((file) => /\.(txt|md)$/.test(file))) {
  test(`golden: ${name}`, () => {
    const path = new URL(name, fixtures).pathname;
    const r = runDocument(readDocument({ path, bytes: readFileSync(path) }));
    const quotes = r.output.quotes.map((q, i) => ({ line: lines(r)[i], ...q }));
    expectGolden(path.replace(/\.(txt|md)$/, '.json'), { quotes, messages: r.messages.map((m) => `${m.code} @${m.start}`) });
  });
}
