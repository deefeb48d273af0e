import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { readDocument } from '../../../ingest/index.js';
import { lines, names, runDocument } from './support.js';

const fixtures = new URL('./fixtures/', import.meta.url);

interface Gold {
  readonly published: string | null;
  readonly events: readonly { type: string; status: string; participants: string[]; date: string | null }[];
}

// One file per source style (NZ release, AU transcript, UK and US news). The
// hand-made gold (*.gold.json) must all be found; the stage's whole output is
// the golden (*.events.json), rewritten with UPDATE=1 only on purpose.
for (const name of readdirSync(fixtures).filter((file) => /\.(txt|md)$/.test(file))) {
  test(`golden: ${name}`, () => {
    const path = new URL(name, fixtures).pathname;
    const gold = JSON.parse(readFileSync(path.replace(/\.(txt|md)$/, '.gold.json'), 'utf8')) as Gold;
    const read = readDocument({ path, bytes: readFileSync(path) });
    const doc = read.meta.published === null ? { ...read, meta: { ...read.meta, published: gold.published, publishedFrom: 'user' as const } } : read;
    const r = runDocument(doc);
    for (const g of gold.events) {
      const found = r.events.find((e) => e.type === g.type && e.status === g.status && e.date === g.date && g.participants.every((p) => names(r, e).includes(p)));
      assert.ok(found, `not found: ${JSON.stringify(g)} in\n${lines(r).join('\n')}`);
    }
    for (const e of r.events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    expectGolden(path.replace(/\.(txt|md)$/, '.events.json'), { events: lines(r) });
  });
}
