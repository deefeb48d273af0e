import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officeHistoryView } from '../../src/app/index.js';
import { linkBatch } from '../../src/link/index.js';
import { openSqliteStore, RoleOwners, type DocumentRecord, type ShownRole } from '../../src/store/index.js';
import { entityRecord } from '../support/entities.js';
import { docs, ingestBatches } from './fixtures.js';

const inferred = (title: string, of: string | null): ShownRole => ({ title, of, ofInferred: of !== null, tense: 'current' });

describe('whose office a role is (roleOf)', () => {
  const owners = new RoleOwners([
    { person: 'person:george-w-bush', title: 'President', of: 'United States', document: 'a' },
    { person: 'person:muddled', title: 'President', of: 'United States', document: 'a' },
    { person: 'person:muddled', title: 'President', of: 'Indonesia', document: 'b' },
    ...['a', 'b', 'c'].map((document) => ({ person: 'person:bill-clinton', title: 'President', of: 'United States', document })),
    { person: 'person:bill-clinton', title: 'President', of: 'Iraq', document: 'd' },
    // Inferred somewhere: what tells a country from a party.
    { person: 'person:george-w-bush', title: 'President', of: 'United States', document: 'e', inferred: true },
    { person: 'person:nicola-willis', title: 'Spokesperson for Finance', of: 'National Party', document: 'f' },
    { person: 'person:nicola-willis', title: 'Minister of Finance', of: 'New Zealand', document: 'g', inferred: true },
  ]);
  const table: [string, string, ShownRole, boolean, string | null][] = [
    ['a stated owner stands', 'person:x', { title: 'President', of: 'Indonesia', ofInferred: false, tense: 'current' }, true, 'Indonesia'],
    ['an inferred owner yields to the one stated elsewhere', 'person:george-w-bush', inferred('President', 'Indonesia'), true, 'United States'],
    ['an unknown owner takes the one stated elsewhere', 'person:george-w-bush', inferred('President', null), true, 'United States'],
    ['stated owners that disagree give null, not the inference', 'person:muddled', inferred('President', 'Australia'), true, null],
    ['an inference nothing contradicts stands', 'person:y', inferred('Prime Minister', 'New Zealand'), true, 'New Zealand'],
    ['an inference another holder overrules gives null', 'person:y', inferred('Prime Minister', 'Australia'), false, null],
    ['a stated owner three times outnumbered yields to the corpus', 'person:bill-clinton', { title: 'President', of: 'Iraq', ofInferred: false, tense: 'current' }, true, 'United States'],
    ['an inference takes the dominant stated owner', 'person:bill-clinton', inferred('President', 'Zimbabwe'), true, 'United States'],
    ['a stated owner not outnumbered stands', 'person:muddled', { title: 'President', of: 'Indonesia', ofInferred: false, tense: 'current' }, true, 'Indonesia'],
    ['an inference against the country every stated role serves gives null', 'person:george-w-bush', inferred('Governor', 'Australia'), true, null],
    ['a party stated elsewhere says nothing against a country', 'person:nicola-willis', inferred('Minister of Finance', 'New Zealand'), true, 'New Zealand'],
    ['an inference that agrees with it stands', 'person:george-w-bush', inferred('Governor', 'United States'), true, 'United States'],
  ];
  for (const [what, person, role, credited, expected] of table) it(what, () => assert.equal(owners.ownerOf(person, role, credited), expected));
});

describe('roleOf and roleTense in a run and in the store', () => {
  const muddled: DocumentRecord[] = [
    entityRecord({ published: '2003-05-01', text: 'US President George W. Bush spoke.', entities: [{ name: 'George W. Bush', roles: [{ title: 'President', of: 'United States', text: 'US President' }] }] }),
    entityRecord({ published: '2003-05-02', text: 'Indonesian President George W. Bush spoke.', entities: [{ name: 'George W. Bush', roles: [{ title: 'President', of: 'Indonesia', text: 'Indonesian President' }] }] }),
    entityRecord({ published: '2003-05-03', text: 'President George W. Bush spoke again.', entities: [{ name: 'George W. Bush', roles: [{ title: 'President', of: 'Australia', text: 'President', ofInferred: true }] }] }),
  ];
  const records = [...Object.values(docs), ...muddled];
  const expected: [DocumentRecord, string, string | null, 'current' | 'former' | 'future'][] = [
    [docs.clarkAu2008, 'Helen Clark', 'New Zealand', 'current'],
    [docs.formerPm, 'Helen Clark', 'New Zealand', 'former'],
    [docs.howard2003, 'John Howard', 'Australia', 'current'],
    [docs.blair2003, 'Tony Blair', null, 'current'],
    [docs.petersInferred, 'Winston Peters', 'New Zealand', 'current'],
    [muddled[2]!, 'George W. Bush', null, 'current'],
  ];

  it('extract (one run, no store) gives each person the owner the evidence allows', () => {
    const linked = linkBatch(records.map((r) => ({ id: r.document.id, published: r.document.meta.published, stages: r.stages })));
    for (const [record, name, roleOf, tense] of expected) {
      const mention = linked.get(record.document.id)?.entities.find((e) => e.name === name);
      assert.ok(mention?.role, `${name} has a role in: ${record.document.text}`);
      assert.deepEqual([mention.roleOf, mention.roleTense], [roleOf, tense], record.document.text);
    }
  });

  it('the store gives the same, after linking in batches', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestBatches(store, [records.slice(0, 10), records.slice(10)]);
      for (const [record, name, roleOf, tense] of expected) {
        const mention = (await store.documentEntities(record.document.id))?.mentions.find((e) => e.name === name);
        assert.deepEqual([mention?.roleOf, mention?.roleTense], [roleOf, tense], record.document.text);
      }
    } finally {
      await store.close();
    }
  });
});

describe('office-holder history per office and owner (parley entities office, GET /api/offices)', () => {
  it('lists each holder of New Zealand\'s prime ministership with attested dates and the term the successor ends; former and overruled roles take no part', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestBatches(store, [Object.values(docs)]);
      const view = await officeHistoryView(store, { title: 'PM', of: 'New Zealand' });
      assert.deepEqual(view.office, { title: 'Prime Minister', of: 'New Zealand' });
      assert.deepEqual(
        view.terms.map((t) => [t.id, t.firstAttested, t.lastAttested, t.until]),
        [
          ['person:helen-clark', '2000-03-02', '2000-03-02', '2023-06-01'],
          ['person:chris-hipkins', '2023-06-01', '2023-06-01', '2024-01-10'],
          ['person:christopher-luxon', '2024-01-10', '2024-01-10', null],
        ],
      );
      assert.deepEqual((await officeHistoryView(store, { title: 'Prime Minister', of: 'Narnia' })).terms, []);
      await assert.rejects(officeHistoryView(store, { title: 'Grand Vizier', of: 'New Zealand' }), /not an office Parley knows/);
      await assert.rejects(officeHistoryView(store, { title: 'Prime Minister' }), /of/);
    } finally {
      await store.close();
    }
  });
});
