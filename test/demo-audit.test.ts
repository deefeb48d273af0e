import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractPaths, ingestPaths, type ExtractRecord } from '../src/app/index.js';
import { ENTITIES_DEFAULTS } from '../src/extract/entities/index.js';
import { openSqliteStore } from '../src/store/index.js';
import { auditDemo } from '../scripts/audit/demo-audit.js';

const DEMO = join(import.meta.dirname, '..', 'demo', 'corpus');
const GIVEN = new Set(ENTITIES_DEFAULTS.lexicon.givenNames.map((n) => n.toLowerCase()));

/** Issue 13's audit of the demo corpus (`npm run audit:demo` prints the figures). */
describe('demo corpus audit', () => {
  it('no person holds one title for two owners; the listed name variants are one person', async () => {
    const records: ExtractRecord[] = [];
    for await (const record of extractPaths([DEMO], { includeText: true })) records.push(record);
    const audit = auditDemo(records);
    assert.deepEqual(audit.contradictions, [], 'an owner the corpus contradicts');
    const ids = (surface: string) => audit.variants.find((v) => v.surface === surface)?.ids.map((id) => id.replace(/ ×\d+$/, '')) ?? [];
    for (const [surface, person] of [
      ['CLARK', 'person:helen-clark'],
      ['Helen Clark', 'person:helen-clark'],
      ['Shipley', 'person:jenny-shipley'],
      ['Mrs Shipley', 'person:jenny-shipley'],
      ['Jenny Shipley', 'person:jenny-shipley'],
      ['BOLGER', 'person:jim-bolger'],
      ['Mr Bolger', 'person:jim-bolger'],
      ['Jim Bolger', 'person:jim-bolger'],
      ['Bush', 'person:george-w-bush'],
      ['George W. Bush', 'person:george-w-bush'],
    ] as const) {
      assert.deepEqual(ids(surface), [person], `${surface} is ${person}`);
    }
    // The elder George Bush, recalled in 1996-97, stays apart; in 2001-05 "George Bush" is the younger.
    assert.deepEqual(ids('George Bush'), ['person:george-w-bush', 'person:george-bush']);
    assert.ok(audit.ownerNull / audit.roleMentions < 0.15, `owners null: ${audit.ownerNull} of ${audit.roleMentions}`);
  });

  it('no lone given name is among the store’s top 200 people', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestPaths(store, [DEMO], { workers: 1 });
      const top = (await store.listEntities({ type: 'person', limit: 200 })).results;
      assert.ok(top.length >= 100);
      const lone = top.filter((e) => /^\p{Lu}\p{Ll}+$/u.test(e.name) && e.id === `person:${e.name.toLowerCase()}` && GIVEN.has(e.name.toLowerCase()));
      assert.deepEqual(lone.map((e) => e.name), []);
    } finally {
      await store.close();
    }
  });
});
