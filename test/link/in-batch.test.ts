import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractPaths } from '../../src/app/index.js';
import { createPipeline, type Stage } from '../../src/core/index.js';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { entitiesOutput, type EntitySpec } from '../support/entities.js';
import { tempDir } from '../support/temp.js';
import { assignment, docs, ingestBatches } from './fixtures.js';

describe('resolution within one run, without a store (parley extract)', () => {
  it('gives every mention the id the corpus-level resolution gives it', async () => {
    const all = Object.values(docs);
    const linked = linkBatch(all.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    const store = await openSqliteStore(':memory:');
    await ingestBatches(store, [all]);
    for (const record of all) {
      const fromStore = (await store.documentEntities(record.document.id))?.mentions.map(({ type, text, start, end, id, name, role, roleOf, roleTense }) => ({ type, text, start, end, id, name, role, roleOf, roleTense }));
      assert.deepEqual(linked.get(record.document.id)?.entities, fromStore, record.document.text);
      const offices = (await store.documentEntities(record.document.id))?.officeMentions;
      assert.deepEqual(linked.get(record.document.id)?.officeMentions, offices, record.document.text);
    }
    assert.ok(Object.keys(await assignment(store)).length > 0);
    await store.close();
  });

  it('prints canonical ids and names in extract records, linking across the files of the run', async () => {
    const tmp = tempDir();
    try {
      const texts: Record<string, EntitySpec[]> = {
        'Foreign Minister Winston Peters met Penny Wong.': [{ name: 'Winston Peters', roles: [{ title: 'Minister of Foreign Affairs', of: 'New Zealand', text: 'Foreign Minister' }] }, { name: 'Penny Wong' }],
        'Mr Peters later flew to Suva.': [{ name: 'Peters', mentions: ['Mr Peters'] }, { type: 'place', name: 'Suva' }],
      };
      const stage: Stage = { name: 'entities', version: 1, requires: [], run: (d) => ({ output: entitiesOutput(d.text, texts[d.text.trim()] ?? []), messages: [] }) };
      writeFileSync(join(tmp.dir, 'a.txt'), 'Foreign Minister Winston Peters met Penny Wong.\n');
      writeFileSync(join(tmp.dir, 'b.txt'), 'Mr Peters later flew to Suva.\n');
      const records = [];
      for await (const record of extractPaths([join(tmp.dir, 'a.txt'), join(tmp.dir, 'b.txt')], { pipeline: createPipeline([stage]) })) records.push(record);
      assert.deepEqual(records[1]?.entities.map((e) => [e.text, e.id, e.name, e.role]), [
        ['Mr Peters', 'person:winston-peters', 'Winston Peters', null],
        ['Suva', 'place:suva', 'Suva', null],
      ]);
      assert.deepEqual(records[0]?.entities[0], { type: 'person', text: 'Winston Peters', start: 17, end: 31, id: 'person:winston-peters', name: 'Winston Peters', role: 'Minister of Foreign Affairs', roleOf: 'New Zealand', roleTense: 'current' });
      assert.equal('text' in (records[0] ?? {}), false);
    } finally {
      tmp.cleanup();
    }
  });
});
