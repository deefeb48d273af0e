import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { linkBatch } from '../../src/link/index.js';
import { creditedEvidence } from '../../src/link/role-credit.js';
import { openSqliteStore, RoleOwners } from '../../src/store/index.js';
import { entityRecord } from '../support/entities.js';
import { ingestBatches } from './fixtures.js';

const PEOPLE = ['Alan Able', 'Bea Baker', 'Cy Cole'];
const COUNTRIES = ['Australia', 'New Zealand'];
// Half a year apart: a window of one year takes in some and not others.
const DATES = ['2001-01-01', '2001-07-01', '2002-01-01', '2002-07-01', '2003-01-01', '2003-07-01', '2004-01-01', '2004-07-01'];

const evidence = fc.record({ person: fc.nat(PEOPLE.length - 1), country: fc.nat(COUNTRIES.length - 1), date: fc.nat(DATES.length - 2), inferred: fc.boolean() });
const mention = fc.record({ country: fc.nat(COUNTRIES.length - 1), date: fc.nat(DATES.length - 1) });

/** Roles over time as the store should list them: the credited evidence per person and owner, owners as `RoleOwners` allows. */
function expectedRoles(roles: readonly { person: number; country: number; date: number; inferred: boolean }[]): Map<string, string[]> {
  const all = roles.map((r, doc) => ({ title: 'Prime Minister', of: COUNTRIES[r.country]!, person: PEOPLE[r.person]!, published: DATES[r.date]!, ofInferred: r.inferred, oneHolder: true, doc }));
  const credited = creditedEvidence(all);
  const owners = new RoleOwners(all.map((e) => ({ person: e.person, title: e.title, of: e.of, document: String(e.doc), inferred: e.ofInferred })));
  const spans = new Map<string, { from: string; to: string; docs: number }>();
  for (const e of credited) {
    const of = owners.ownerOf(e.person, { title: e.title, of: e.of, ofInferred: e.ofInferred, tense: 'current' }, true);
    const key = `${e.person}\u0000${of}`;
    const span = spans.get(key);
    if (!span) spans.set(key, { from: e.published, to: e.published, docs: 1 });
    else spans.set(key, { from: e.published < span.from ? e.published : span.from, to: e.published > span.to ? e.published : span.to, docs: span.docs + 1 });
  }
  const out = new Map<string, string[]>();
  for (const [key, s] of spans) {
    const [person, of] = key.split('\u0000');
    out.set(person!, [...(out.get(person!) ?? []), `${of} ${s.from}–${s.to} (${s.docs})`].sort());
  }
  return out;
}

describe('role credit', () => {
  it('the store and one batch credit the same evidence: roles and office mentions alike (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(evidence, { minLength: 1, maxLength: 10 }), fc.array(mention, { minLength: 1, maxLength: 4 }), async (roles, mentions) => {
        const records = [
          ...roles.map((r, i) =>
            entityRecord({
              published: DATES[r.date]!,
              text: `Prime Minister ${PEOPLE[r.person]} spoke (${i}).`,
              entities: [{ name: PEOPLE[r.person]!, roles: [{ title: 'Prime Minister', of: COUNTRIES[r.country]!, text: 'Prime Minister', ofInferred: r.inferred }] }],
            }),
          ),
          ...mentions.map((m, i) =>
            entityRecord({ published: DATES[m.date]!, text: `The Prime Minister replied (${i}).`, entities: [], offices: [{ text: 'The Prime Minister', title: 'Prime Minister', of: COUNTRIES[m.country]! }] }),
          ),
        ];
        const batch = linkBatch(records.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
        const store = await openSqliteStore(':memory:');
        try {
          // One document per step: the incremental path must reach what one batch sees at once.
          await ingestBatches(store, records.map((r) => [r]));
          for (const r of records.slice(roles.length)) {
            const stored = (await store.documentEntities(r.document.id))?.officeMentions[0]?.id ?? null;
            assert.equal(stored, batch.get(r.document.id)?.officeMentions[0]?.id ?? null);
          }
          const expected = expectedRoles(roles);
          for (const name of PEOPLE) {
            const id = `person:${name.toLowerCase().replace(' ', '-')}`;
            const listed = ((await store.getEntity(id))?.roles ?? []).map((r) => `${r.of} ${r.from}–${r.to} (${r.documents})`).sort();
            assert.deepEqual(listed, expected.get(name) ?? [], name);
          }
          await store.putEntityLinks({ rebuild: true });
          for (const r of records.slice(roles.length)) {
            assert.equal((await store.documentEntities(r.document.id))?.officeMentions[0]?.id ?? null, batch.get(r.document.id)?.officeMentions[0]?.id ?? null, 'after a rebuild');
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
