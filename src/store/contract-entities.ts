import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { UsageError } from '../core/index.js';
import type { DocumentRecord, Store } from './store.js';
import { edit, record } from './test/builder.js';
import { linked, type IndexedSpec } from './test/entities.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };
const PETERS = { id: 'person:winston-peters', name: 'Winston Peters', block: 'person:peters', initials: 'w' } as const;

interface Fixture {
  readonly doc: DocumentRecord;
  readonly specs: readonly IndexedSpec[];
  readonly offices?: readonly { text: string; title: string; of?: string | null }[];
}

/** Four documents whose ids resolution has already decided. */
const d1: Fixture = {
  doc: record({ title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', text: 'Foreign Minister Winston Peters met Antony Blinken in Washington. Mr Peters praised NATO.' }),
  specs: [
    { ...PETERS, mentions: ['Winston Peters', 'Mr Peters'], roles: [MFA] },
    { id: 'person:antony-blinken', name: 'Antony Blinken', block: 'person:blinken', initials: 'a', roles: [{ title: 'Secretary of State', of: 'United States' }] },
    { id: 'place:washington', name: 'Washington' },
    { id: 'org:nato', name: 'NATO' },
  ],
};
const d2: Fixture = {
  doc: record({ title: 'Talks in Tāmaki Makaurau', published: '2023-11-20', kind: 'news', text: 'Peters and Penny Wong met in Tāmaki Makaurau before flying to NATO.' }),
  specs: [
    { id: 'person:winston-peters', name: 'Peters', auto: 'person:peters', block: 'person:peters', form: 'surname' },
    { id: 'person:penny-wong', name: 'Penny Wong', block: 'person:wong', initials: 'p' },
    { id: 'place:tamaki-makaurau', name: 'Tāmaki Makaurau' },
    { id: 'org:nato', name: 'NATO' },
  ],
};
const d3: Fixture = {
  doc: record({ title: 'Brussels', published: '2024-07-01', text: 'The Foreign Minister visited Brussels for the North Atlantic Treaty Organization summit.' }),
  specs: [
    { id: 'place:brussels', name: 'Brussels' },
    { id: 'org:nato', name: 'North Atlantic Treaty Organization' },
  ],
  offices: [{ text: 'The Foreign Minister', ...MFA }],
};
const d4: Fixture = {
  doc: record({ title: 'Note', published: null, text: 'Winston Peters wrote an undated note.' }),
  specs: [{ ...PETERS }],
};
const ALL = [d1, d2, d3, d4];

/** A full-name person as resolution indexes them: "John Howard" is `person:john-howard` in block `person:howard`. */
function fullName(name: string, roles: IndexedSpec['roles'] = []): IndexedSpec {
  const words = name.split(' ');
  return { id: `person:${name.toLowerCase().replaceAll(' ', '-')}`, name, block: `person:${words.at(-1)!.toLowerCase()}`, initials: words[0]![0]!.toLowerCase(), roles };
}

/** A one-document fixture dated `published`. */
const dated = (published: string, text: string, specs: readonly IndexedSpec[], offices?: Fixture['offices']): Fixture => ({ doc: record({ published, text }), specs, ...(offices ? { offices } : {}) });

/** Prime Minister of `of`, a one-holder office; inferred or stated. */
const onePm = (of: string, ofInferred = false) => ({ title: 'Prime Minister', of, oneHolder: true, ofInferred });

/** Entity cases of the store contract; `open` must return a new, empty store. */
export function entityContract(open: () => Promise<Store>): void {
  describe('entities', () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const close = () => store.close();

    const index = (f: Fixture, stamp?: string) => ({ ...linked(f.doc, f.specs, f.offices), stamp });
    const seed = async (fixtures = ALL) => {
      await store.putDocuments(fixtures.map((f) => f.doc));
      await store.putEntityLinks({ documents: fixtures.map((f) => index(f)) });
    };
    const summary = async (id: string) => {
      const page = await store.listEntities({ search: undefined, limit: 200 });
      const found = page.results.find((e) => e.id === id);
      return found && { mentions: found.mentions, documents: found.documents, firstSeen: found.firstSeen, lastSeen: found.lastSeen, name: found.name };
    };

    it('queues written documents until their index is written; a stale stamp waits', async () => {
      try {
        await store.putDocuments([d1.doc]);
        const pending = await store.pendingLinks(10);
        assert.deepEqual(pending.documents.map(({ id, published }) => ({ id, published })), [{ id: d1.doc.document.id, published: '2024-04-11' }]);
        const stamp = pending.documents[0]?.stamp as string;
        await store.putEntityLinks({ documents: [index(d1, 'not-the-stamp')] });
        assert.equal((await store.pendingLinks(10)).documents.length, 1, 'a step built from other content is not written');
        await store.putEntityLinks({ documents: [index(d1, stamp)] });
        assert.deepEqual((await store.pendingLinks(10)).documents, []);
        assert.equal((await store.documentEntities(d1.doc.document.id))?.mentions.length, 5);
        await store.putDocuments([d1.doc]);
        assert.deepEqual((await store.pendingLinks(10)).documents, [], 'an unchanged document is not queued again');

        await store.putDocuments([edit(d1.doc, { title: 'Edited' })]);
        assert.equal((await store.pendingLinks(10)).documents.length, 1, 'a changed document is queued again');
        assert.deepEqual((await store.documentEntities(d1.doc.document.id))?.mentions, [], 'its old index went with the old version');
        await store.putEntityLinks({});
        assert.equal(await summary('person:winston-peters'), undefined, 'entities recounted without it');
        await store.putStages(d1.doc.document.id, d1.doc.stages, []);
        assert.equal((await store.pendingLinks(10)).documents.length, 1, 're-staging queues it too');
        assert.equal(await store.documentEntities('no-such-id'), null);
      } finally {
        await close();
      }
    });

    it('lists a role of unknown country under the one known country of its title, apart when there are two', async () => {
      try {
        const role = (of: string | null, title = MFA.title) => ({ title, of });
        const doc = (title: string, published: string, text: string, roles: ReturnType<typeof role>[]): Fixture => ({
          doc: record({ title, published, text }),
          specs: [{ ...PETERS, roles }],
        });
        await seed([
          doc('Unowned', '2024-01-10', 'The Foreign Minister Winston Peters spoke.', [role(null)]),
          doc('Owned', '2024-05-02', 'Foreign Minister Winston Peters spoke again.', [role('New Zealand')]),
          doc('Other office', '2024-06-01', 'Winston Peters, a minister, spoke.', [role(null, 'Prime Minister')]),
        ]);
        const roles = async () => (await store.listEntities({ search: 'peters' })).results[0]?.roles;
        assert.deepEqual(await roles(), [
          { ...MFA, from: '2024-01-10', to: '2024-05-02', documents: 2 },
          { title: 'Prime Minister', of: null, from: '2024-06-01', to: '2024-06-01', documents: 1 },
        ]);
        const second = doc('Second country', '2024-07-01', 'Winston Peters, a foreign minister abroad, spoke.', [role('Australia')]);
        await store.putDocuments([second.doc]);
        await store.putEntityLinks({ documents: [index(second)] });
        assert.deepEqual(await roles(), [
          { title: MFA.title, of: null, from: '2024-01-10', to: '2024-01-10', documents: 1 },
          { ...MFA, from: '2024-05-02', to: '2024-05-02', documents: 1 },
          { title: 'Prime Minister', of: null, from: '2024-06-01', to: '2024-06-01', documents: 1 },
          { title: MFA.title, of: 'Australia', from: '2024-07-01', to: '2024-07-01', documents: 1 },
        ]);
        assert.deepEqual((await store.getEntity('person:winston-peters'))?.roles, await roles(), 'the entity page lists the same spans');
      } finally {
        await close();
      }
    });

    it('counts mentions, documents and first and last dates per entity', async () => {
      try {
        await seed();
        assert.deepEqual(await summary('person:winston-peters'), { mentions: 4, documents: 3, firstSeen: '2023-11-20', lastSeen: '2024-04-11', name: 'Winston Peters' });
        assert.deepEqual(await summary('org:nato'), { mentions: 3, documents: 3, firstSeen: '2023-11-20', lastSeen: '2024-07-01', name: 'NATO' });
        await store.deleteDocument(d1.doc.document.id);
        await store.putEntityLinks({});
        assert.deepEqual(await summary('person:winston-peters'), { mentions: 2, documents: 2, firstSeen: '2023-11-20', lastSeen: '2023-11-20', name: 'Winston Peters' });
        assert.equal(await summary('place:washington'), undefined);
      } finally {
        await close();
      }
    });

    it('lists entities by mentions, filtered by type and by name or alias, paged', async () => {
      try {
        await seed();
        const ids = async (query: Parameters<Store['listEntities']>[0]) => (await store.listEntities(query)).results.map((e) => e.id);
        assert.deepEqual(await ids({}), [
          'person:winston-peters', 'org:nato', 'person:antony-blinken', 'person:penny-wong', 'place:brussels', 'place:tamaki-makaurau', 'place:washington',
        ]);
        assert.equal((await store.listEntities({})).total, 7);
        assert.deepEqual(await ids({ type: 'person' }), ['person:winston-peters', 'person:antony-blinken', 'person:penny-wong']);
        assert.deepEqual(await ids({ search: 'PETER' }), ['person:winston-peters']);
        assert.deepEqual(await ids({ search: 'atlantic' }), ['org:nato'], 'aliases are searched');
        assert.deepEqual(await ids({ search: 'tamaki' }), ['place:tamaki-makaurau'], 'accents are folded');
        assert.deepEqual(await ids({ search: 'tāmaki', type: 'person' }), []);
        assert.deepEqual(await ids({ search: '100%_' }), [], 'LIKE wildcards are literal');
        const page = await store.listEntities({ limit: 2, offset: 1 });
        assert.deepEqual([page.total, page.results.map((e) => e.id)], [7, ['org:nato', 'person:antony-blinken']]);
        assert.deepEqual((await store.listEntities({ offset: 50 })).results, []);
        const [peters] = (await store.listEntities({ limit: 1 })).results;
        assert.deepEqual(peters?.roles, [{ ...MFA, from: '2024-04-11', to: '2024-04-11', documents: 1 }]);
      } finally {
        await close();
      }
    });

    it('refuses bad listing parameters with UsageError naming them', async () => {
      try {
        for (const [query, field] of [
          [{ type: 'ship' }, 'ship'],
          [{ limit: 500 }, 'limit'],
          [{ offset: -1 }, 'offset'],
          [{ search: 'x'.repeat(300) }, 'search'],
        ] as const) {
          await assert.rejects(store.listEntities(query as never), (error: unknown) => error instanceof UsageError && error.message.includes(field));
        }
        await assert.rejects(store.getEntity('x', { limit: -1 }), UsageError);
      } finally {
        await close();
      }
    });

    it('returns one entity with aliases, roles, documents newest first and co-mentioned entities', async () => {
      try {
        await seed();
        const peters = await store.getEntity('person:winston-peters');
        assert.ok(peters);
        assert.deepEqual(peters.aliases, ['Peters']);
        assert.deepEqual(peters.roles, [{ ...MFA, from: '2024-04-11', to: '2024-04-11', documents: 1 }]);
        assert.deepEqual(
          peters.documentsList.map((d) => [d.id, d.published, d.mentions]),
          [[d1.doc.document.id, '2024-04-11', 2], [d2.doc.document.id, '2023-11-20', 1], [d4.doc.document.id, null, 1]],
        );
        assert.deepEqual(peters.documentsList[0], { id: d1.doc.document.id, title: 'Peters meets Blinken', published: '2024-04-11', source: 'beehive.govt.nz', kind: 'release', mentions: 2 });
        assert.deepEqual(peters.coMentioned.map((c) => [c.id, c.count]), [
          ['org:nato', 2], ['person:antony-blinken', 1], ['person:penny-wong', 1], ['place:tamaki-makaurau', 1], ['place:washington', 1],
        ]);
        assert.deepEqual(peters.coMentioned[0], { id: 'org:nato', type: 'org', name: 'NATO', count: 2 });
        const paged = await store.getEntity('person:winston-peters', { limit: 1, offset: 1, coMentioned: 2 });
        assert.deepEqual(paged?.documentsList.map((d) => d.id), [d2.doc.document.id]);
        assert.equal(paged?.documents, 3, 'the count is of every document, not the page');
        assert.equal(paged?.coMentioned.length, 2);
        assert.deepEqual((await store.getEntity('org:nato'))?.aliases, ['North Atlantic Treaty Organization']);
        assert.equal(await store.getEntity('person:nobody'), null);
      } finally {
        await close();
      }
    });

    it('gives each mention its canonical entity and role, in text order', async () => {
      try {
        await seed();
        const view = await store.documentEntities(d1.doc.document.id);
        assert.deepEqual(
          view?.mentions.map((m) => [m.text, m.id, m.name, m.role]),
          [
            ['Winston Peters', 'person:winston-peters', 'Winston Peters', MFA.title],
            ['Antony Blinken', 'person:antony-blinken', 'Antony Blinken', 'Secretary of State'],
            ['Washington', 'place:washington', 'Washington', null],
            ['Mr Peters', 'person:winston-peters', 'Winston Peters', MFA.title],
            ['NATO', 'org:nato', 'NATO', null],
          ],
        );
        const text = d1.doc.document.text;
        for (const m of view?.mentions ?? []) assert.equal(text.slice(m.start, m.end), m.text);
        assert.equal(view?.mentions[0]?.type, 'person');
      } finally {
        await close();
      }
    });

    it('answers who held an office at a date: the latest evidence on or before it', async () => {
      try {
        await seed();
        assert.deepEqual(await store.officeHolder(MFA, '2024-05-01'), { id: 'person:winston-peters', name: 'Winston Peters', since: '2024-04-11', document: d1.doc.document.id });
        assert.deepEqual((await store.officeHolder(MFA, '2024-04-11'))?.id, 'person:winston-peters', 'on the day itself');
        assert.equal(await store.officeHolder(MFA, '2024-04-10'), null, 'nothing before the first evidence');
        assert.equal(await store.officeHolder({ title: MFA.title, of: null }, '2025-01-01'), null, 'an unknown country is its own office');
        assert.deepEqual((await store.documentEntities(d3.doc.document.id))?.officeMentions, [
          { text: 'The Foreign Minister', start: 0, end: 20, office: MFA, id: 'person:winston-peters', name: 'Winston Peters' },
        ]);
      } finally {
        await close();
      }
    });

    it('resolves office mentions again when evidence nearer their date arrives or goes', async () => {
      try {
        await seed();
        const later: Fixture = {
          doc: record({ published: '2024-06-15', text: 'Judith Collins spoke as Foreign Minister.' }),
          specs: [{ id: 'person:judith-collins', name: 'Judith Collins', block: 'person:collins', initials: 'j', roles: [MFA] }],
        };
        await seed([later]);
        const holder = async () => (await store.documentEntities(d3.doc.document.id))?.officeMentions[0]?.id;
        assert.equal(await holder(), 'person:judith-collins');
        await store.deleteDocument(later.doc.document.id);
        assert.equal(await holder(), null, 'the evidence went with its document');
        await store.putEntityLinks({});
        assert.equal(await holder(), 'person:winston-peters');
        const early: Fixture = {
          doc: record({ published: '2020-01-01', text: 'Nanaia Mahuta was Foreign Minister.' }),
          specs: [{ id: 'person:nanaia-mahuta', name: 'Nanaia Mahuta', block: 'person:mahuta', initials: 'n', roles: [MFA] }],
        };
        await seed([early]);
        assert.equal(await holder(), 'person:winston-peters', 'older evidence does not displace newer');
        assert.equal((await store.officeHolder(MFA, '2021-06-01'))?.id, 'person:nanaia-mahuta');
      } finally {
        await close();
      }
    });

    it('credits no inferred owner of a one-holder office that stated evidence gives someone else', async () => {
      try {
        const australia = (ofInferred = false) => onePm('Australia', ofInferred);
        // Howard is stated to be Australia's Prime Minister once; his evidence around 2003 is inferred.
        const howard97 = dated('1997-03-10', 'Australian Prime Minister John Howard spoke.', [fullName('John Howard', [australia()])]);
        const howard03 = dated('2003-01-10', 'Prime Minister John Howard spoke.', [fullName('John Howard', [australia(true)])]);
        const howard04 = dated('2004-02-01', 'Prime Minister John Howard spoke again.', [fullName('John Howard', [australia(true)])]);
        // Inferred from an Australian transcript: "Prime Minister Tony Blair", within a year of Howard's evidence on both sides.
        const blair = dated('2003-07-22', 'I spoke to Prime Minister Tony Blair today.', [fullName('Tony Blair', [australia(true)])]);
        const pmSaid = dated('2003-07-23', 'The Prime Minister flew home.', [], [{ text: 'The Prime Minister', title: 'Prime Minister', of: 'Australia' }]);
        // Stated New Zealand's, inferred Australia's long after Howard's evidence: the title's other country decides.
        const clarkNz = dated('2000-03-02', 'New Zealand Prime Minister Helen Clark spoke.', [fullName('Helen Clark', [onePm('New Zealand')])]);
        const clarkAu = dated('2008-02-26', 'I welcome Prime Minister Helen Clark.', [fullName('Helen Clark', [australia(true)])]);
        // Keating stated on Rudd's date (a slip in the text): a person stated for the office anywhere keeps the inferred role.
        const keating = dated('2008-06-13', 'Prime Minister Paul Keating and Prime Minister Kevin Rudd spoke.', [fullName('Paul Keating', [australia()]), fullName('Kevin Rudd', [australia(true)])]);
        const rudd = dated('2008-08-12', 'Australian Prime Minister Kevin Rudd spoke.', [fullName('Kevin Rudd', [australia()])]);
        // Nothing contradicts: Peters stays New Zealand's Foreign Minister.
        const peters = dated('2024-04-11', 'Foreign Minister Winston Peters spoke.', [{ ...PETERS, roles: [{ ...MFA, ofInferred: true, oneHolder: true }] }]);
        const fixtures = [howard97, howard03, howard04, blair, pmSaid, clarkNz, clarkAu, keating, rudd, peters];

        const roles = async (id: string) => ((await store.getEntity(id))?.roles ?? []).map((r) => `${r.title}, ${r.of ?? '?'} ${r.from}–${r.to} (${r.documents})`);
        const holder = async () => (await store.documentEntities(pmSaid.doc.document.id))?.officeMentions[0]?.id ?? null;
        const check = async (when: string) => {
          assert.deepEqual(await roles('person:tony-blair'), [], `Blair is not Australia's Prime Minister (${when})`);
          assert.deepEqual(await roles('person:helen-clark'), ['Prime Minister, New Zealand 2000-03-02–2000-03-02 (1)'], `Clark is New Zealand's only (${when})`);
          assert.deepEqual(await roles('person:john-howard'), ['Prime Minister, Australia 1997-03-10–2004-02-01 (3)'], when);
          assert.deepEqual(await roles('person:kevin-rudd'), ['Prime Minister, Australia 2008-06-13–2008-08-12 (2)'], `Rudd keeps his inferred role (${when})`);
          assert.deepEqual(await roles('person:paul-keating'), ['Prime Minister, Australia 2008-06-13–2008-06-13 (1)'], `stated roles are never dropped (${when})`);
          assert.deepEqual(await roles(PETERS.id), ['Minister of Foreign Affairs, New Zealand 2024-04-11–2024-04-11 (1)'], `nothing contradicts Peters (${when})`);
          assert.equal(await holder(), 'person:john-howard', `"The Prime Minister" the day after Blair's mention is Howard (${when})`);
          assert.equal((await store.officeHolder({ title: 'Prime Minister', of: 'Australia' }, '2008-03-01'))?.id, 'person:john-howard', `Clark's inferred evidence is passed over (${when})`);
          assert.equal((await store.officeHolder(MFA, '2024-05-01'))?.id, PETERS.id, when);
        };

        await seed(fixtures);
        await check('in one batch');
        await store.putEntityLinks({ rebuild: true });
        await check('after a rebuild');

        // Howard's only stated evidence goes: his inferred evidence no longer overrules, and Blair's role counts again.
        await store.deleteDocument(howard97.doc.document.id);
        await store.putEntityLinks({});
        assert.deepEqual(await roles('person:tony-blair'), ['Prime Minister, Australia 2003-07-22–2003-07-22 (1)']);
        assert.equal(await holder(), 'person:tony-blair');
        // And comes back: Blair yields again.
        await seed([howard97]);
        await check('stated evidence arriving later');
      } finally {
        await close();
      }
    });

    it('lets no holder of two terms overrule whoever held the office between them', async () => {
      try {
        const fm = (ofInferred = false) => ({ ...MFA, oneHolder: true, ofInferred });
        await seed([
          dated('2007-06-01', 'Winston Peters, New Zealand’s Foreign Minister, spoke.', [{ ...PETERS, roles: [fm()] }]),
          dated('2012-03-01', 'Foreign Minister Murray McCully spoke.', [fullName('Murray McCully', [fm(true)])]),
          dated('2018-06-01', 'New Zealand Foreign Minister Winston Peters spoke.', [{ ...PETERS, roles: [fm()] }]),
        ]);
        assert.deepEqual((await store.getEntity('person:murray-mccully'))?.roles.map((r) => [r.title, r.of]), [[MFA.title, MFA.of]]);
        assert.equal((await store.officeHolder(MFA, '2012-06-01'))?.id, 'person:murray-mccully');
      } finally {
        await close();
      }
    });

    it('passes over an inferred owner as soon as its person is stated for the title elsewhere', async () => {
      try {
        const said = dated('2003-07-23', 'The Prime Minister flew home.', [], [{ text: 'The Prime Minister', title: 'Prime Minister', of: 'Australia' }]);
        await seed([dated('2003-07-22', 'I spoke to Prime Minister Tony Blair.', [fullName('Tony Blair', [onePm('Australia', true)])]), said]);
        const holder = async () => (await store.documentEntities(said.doc.document.id))?.officeMentions[0]?.id ?? null;
        assert.equal(await holder(), 'person:tony-blair', 'nothing contradicts it yet');
        // Evidence of another office (Britain's, years later) changes who held Australia's in 2003.
        await seed([dated('2006-01-01', 'British Prime Minister Tony Blair spoke.', [fullName('Tony Blair', [onePm('United Kingdom')])])]);
        assert.equal(await holder(), null);
        assert.deepEqual((await store.getEntity('person:tony-blair'))?.roles.map((r) => r.of), ['United Kingdom']);
      } finally {
        await close();
      }
    });

    it('resolves office mentions again past evidence that is not credited', async () => {
      try {
        const australia = (ofInferred = false) => onePm('Australia', ofInferred);
        const said = dated('2002-06-01', 'The Prime Minister spoke.', [], [{ text: 'The Prime Minister', title: 'Prime Minister', of: 'Australia' }]);
        await seed([
          dated('2001-01-01', 'Australian Prime Minister Alan Able spoke.', [fullName('Alan Able', [australia()])]),
          dated('2003-01-01', 'Alan Able, Prime Minister of Australia, spoke.', [fullName('Alan Able', [australia()])]),
          // Inside Able's evidence on both sides, so not credited: it must not bound the range a later change re-resolves.
          dated('2002-01-01', 'Prime Minister Bea Baker spoke.', [fullName('Bea Baker', [australia(true)])]),
          said,
        ]);
        const holder = async () => (await store.documentEntities(said.doc.document.id))?.officeMentions[0]?.id;
        assert.equal(await holder(), 'person:alan-able');
        await seed([dated('2001-06-01', 'Australian Prime Minister Cy Cole spoke.', [fullName('Cy Cole', [australia()])])]);
        assert.equal(await holder(), 'person:cy-cole', 'the latest credited evidence before the mention');
      } finally {
        await close();
      }
    });

    it('settles an inferred owner again when its person is reassigned', async () => {
      try {
        const australia = (ofInferred = false) => onePm('Australia', ofInferred);
        const howard = (published: string, text: string) => dated(published, text, [fullName('John Howard', [australia()])]);
        const inferred = dated('2003-06-01', 'Prime Minister Howard spoke.', [{ id: 'person:howard', name: 'Howard', block: 'person:howard', form: 'surname', roles: [australia(true)] }]);
        await seed([howard('2003-01-01', 'Australian Prime Minister John Howard spoke.'), howard('2004-01-01', 'Prime Minister John Howard spoke again.'), inferred]);
        const listed = async (id: string) => (await store.getEntity(id))?.roles.map((r) => [r.title, r.of, r.documents]) ?? [];
        assert.deepEqual(await listed('person:howard'), [], 'a surname of its own is another person, inside the stated span');
        await store.putEntityLinks({ reassign: [{ document: inferred.doc.document.id, idx: 0, block: 'person:howard', form: 'surname', initials: null, auto: 'person:howard', entity: 'person:john-howard' }] });
        assert.deepEqual(await listed('person:john-howard'), [['Prime Minister', 'Australia', 3]], 'once the same person, the inferred role counts');
      } finally {
        await close();
      }
    });

    it('reassigns document entities, recounting both ids and dropping one left without rows', async () => {
      try {
        await seed();
        const row = { document: d2.doc.document.id, idx: 0, block: 'person:peters', form: 'surname' as const, initials: null, auto: 'person:peters' };
        await store.putEntityLinks({ reassign: [{ ...row, entity: 'person:peters' }] });
        assert.deepEqual(await summary('person:winston-peters'), { mentions: 3, documents: 2, firstSeen: '2024-04-11', lastSeen: '2024-04-11', name: 'Winston Peters' });
        assert.deepEqual(await summary('person:peters'), { mentions: 1, documents: 1, firstSeen: '2023-11-20', lastSeen: '2023-11-20', name: 'Peters' });
        assert.equal((await store.documentEntities(d2.doc.document.id))?.mentions[0]?.id, 'person:peters');
        await store.putEntityLinks({ reassign: [{ ...row, entity: 'person:winston-peters' }] });
        assert.equal(await store.getEntity('person:peters'), null);
        assert.equal((await summary('person:winston-peters'))?.mentions, 4);
      } finally {
        await close();
      }
    });

    it('keeps a name the corrections set, and records corrections in order', async () => {
      try {
        await seed();
        await store.putEntityLinks({ names: [{ id: 'person:winston-peters', name: 'Rt Hon Winston Peters' }], correction: { kind: 'rename', id: 'person:winston-peters', name: 'Rt Hon Winston Peters' } });
        assert.equal((await store.getEntity('person:winston-peters'))?.name, 'Rt Hon Winston Peters');
        assert.deepEqual((await store.listEntities({ search: 'rt hon' })).results.map((e) => e.id), ['person:winston-peters']);
        await store.putEntityLinks({ correction: { kind: 'merge', into: 'org:nato', from: 'org:north-atlantic' } });
        await store.putEntityLinks({ correction: { kind: 'split', id: 'org:nato', documents: [d3.doc.document.id], newId: 'org:nato~2', name: 'NATO summit' } });
        const corrections = await store.entityCorrections();
        assert.deepEqual(corrections.map(({ at, ...c }) => (assert.ok(!Number.isNaN(Date.parse(at))), c)), [
          { kind: 'rename', id: 'person:winston-peters', name: 'Rt Hon Winston Peters', seq: 1 },
          { kind: 'merge', into: 'org:nato', from: 'org:north-atlantic', seq: 2 },
          { kind: 'split', id: 'org:nato', documents: [d3.doc.document.id], newId: 'org:nato~2', name: 'NATO summit', seq: 3 },
        ]);
        // Undo takes back the last correction only.
        assert.equal(await store.removeCorrection(2), false, 'not the last');
        assert.equal(await store.removeCorrection(99), false, 'no such correction');
        assert.equal(await store.removeCorrection(3), true);
        assert.deepEqual((await store.entityCorrections()).map((c) => c.seq), [1, 2]);
        assert.equal(await store.removeCorrection(2), true, 'now the last');
        await assert.rejects(store.removeCorrection(0), UsageError);
        assert.deepEqual((await store.entityCorrections()).map((c) => c.seq), [1]);
      } finally {
        await close();
      }
    });

    it('keeps the single mentions a split names, and reverts any correction by its number', async () => {
      try {
        await seed();
        const moved = { document: d1.doc.document.id, start: 66, end: 75 };
        await store.putEntityLinks({ correction: { kind: 'merge', into: 'org:nato', from: 'org:north-atlantic' } });
        await store.putEntityLinks({ correction: { kind: 'split', id: 'person:winston-peters', documents: [], newId: 'person:peters~2', name: 'Mr Peters', mentions: [moved] } });
        await store.putEntityLinks({ correction: { kind: 'rename', id: 'org:nato', name: 'NATO (alliance)' } });
        assert.deepEqual(
          (await store.entityCorrections()).map(({ at: _at, ...c }) => c),
          [
            { kind: 'merge', into: 'org:nato', from: 'org:north-atlantic', seq: 1 },
            { kind: 'split', id: 'person:winston-peters', documents: [], newId: 'person:peters~2', name: 'Mr Peters', mentions: [moved], seq: 2 },
            { kind: 'rename', id: 'org:nato', name: 'NATO (alliance)', seq: 3 },
          ],
          'a split keeps its mentions, spans and all',
        );
        // Undo only takes the last; revert (`anywhere`) takes any, and the others keep their numbers.
        assert.equal(await store.removeCorrection(1), false, 'undo: not the last');
        assert.equal(await store.removeCorrection(1, { anywhere: true }), true, 'revert: anywhere');
        assert.equal(await store.removeCorrection(1, { anywhere: true }), false, 'gone already');
        assert.equal(await store.removeCorrection(42, { anywhere: true }), false, 'never was');
        await assert.rejects(store.removeCorrection(-1, { anywhere: true }), UsageError);
        assert.deepEqual((await store.entityCorrections()).map((c) => c.seq), [2, 3]);
        const fourth = await store.putEntityLinks({ correction: { kind: 'rename', id: 'org:nato', name: 'NATO' } }).then(() => store.entityCorrections());
        assert.deepEqual(fourth.map((c) => c.seq), [2, 3, 4], 'a new correction numbers after the last, never reusing a taken-back one in the middle');
      } finally {
        await close();
      }
    });

    it('drops a requeued document\'s index and queues it again, in the same transaction as a correction or its removal', async () => {
      try {
        await seed();
        assert.deepEqual((await store.pendingLinks(10)).documents, []);
        const before = await summary('person:winston-peters');
        assert.deepEqual(before && [before.mentions, before.documents], [4, 3]);
        const split = { kind: 'split', id: 'person:winston-peters', documents: [], newId: 'person:peters~2', name: 'Mr Peters', mentions: [{ document: d1.doc.document.id, start: 66, end: 75 }] } as const;
        await store.putEntityLinks({ correction: split, requeue: [d1.doc.document.id, 'no-such-document'] });
        assert.deepEqual((await store.pendingLinks(10)).documents.map((d) => d.id), [d1.doc.document.id], 'queued; an unknown id is skipped');
        assert.deepEqual((await store.documentEntities(d1.doc.document.id))?.mentions, [], 'its index is gone until it is linked again');
        const after = await summary('person:winston-peters');
        assert.deepEqual(after && [after.mentions, after.documents], [2, 2], 'counts follow at once');
        assert.equal(await summary('person:antony-blinken'), undefined, 'an entity only the document held is gone');
        assert.equal((await store.entityCorrections()).length, 1, 'the correction is stored with it');

        // Linking it again, with the mention on an entity of its own.
        const stamp = (await store.pendingLinks(10)).documents[0]?.stamp;
        await store.putEntityLinks({ documents: [index(d1, stamp)] });
        assert.deepEqual((await store.pendingLinks(10)).documents, []);
        assert.equal((await summary('person:winston-peters'))?.mentions, 4);

        // Removing the correction requeues too; a removal that finds nothing requeues nothing.
        assert.equal(await store.removeCorrection(7, { requeue: [d2.doc.document.id] }), false);
        assert.deepEqual((await store.pendingLinks(10)).documents, []);
        assert.equal(await store.removeCorrection(1, { requeue: [d1.doc.document.id] }), true);
        assert.deepEqual((await store.pendingLinks(10)).documents.map((d) => d.id), [d1.doc.document.id]);
        assert.deepEqual(await store.entityCorrections(), []);
      } finally {
        await close();
      }
    });

    it('filters search by entities: any id within a type, every type given', async () => {
      try {
        await seed();
        const ids = async (filters: Record<string, string[]>) => (await store.search({ filters })).results.map((h) => h.id).sort();
        const id = (f: Fixture) => f.doc.document.id;
        assert.deepEqual(await ids({ person: ['person:winston-peters'] }), [d1, d2, d4].map(id).sort());
        assert.deepEqual(await ids({ person: ['person:antony-blinken', 'person:penny-wong'] }), [d1, d2].map(id).sort());
        assert.deepEqual(await ids({ person: ['person:winston-peters'], place: ['place:washington'] }), [id(d1)]);
        assert.deepEqual(await ids({ org: ['org:nato'], person: ['person:penny-wong'] }), [id(d2)]);
        assert.deepEqual(await ids({ place: ['place:atlantis'] }), []);
        await assert.rejects(store.search({ filters: { person: ['org:nato'] } }), (error: unknown) => error instanceof UsageError && /person/.test(error.message) && /org:nato/.test(error.message));
      } finally {
        await close();
      }
    });

    it('facets by entity with canonical names as labels, alike over everything and over a matching set', async () => {
      try {
        await seed();
        const all = await store.facets({});
        assert.deepEqual(all.person, [
          { value: 'person:winston-peters', label: 'Winston Peters', count: 3 },
          { value: 'person:antony-blinken', label: 'Antony Blinken', count: 1 },
          { value: 'person:penny-wong', label: 'Penny Wong', count: 1 },
        ]);
        assert.deepEqual(all.org, [{ value: 'org:nato', label: 'NATO', count: 3 }]);
        assert.deepEqual(all.place.map((f) => f.value), ['place:brussels', 'place:tamaki-makaurau', 'place:washington']);
        const everything = await store.facets({ filters: { kind: ['release', 'news'] } });
        assert.deepEqual([everything.person, everything.org, everything.place], [all.person, all.org, all.place]);
        const narrowed = await store.facets({ q: 'Blinken' });
        assert.deepEqual(narrowed.person.map((f) => [f.value, f.count]), [['person:antony-blinken', 1], ['person:winston-peters', 1]]);
        const filtered = await store.facets({ filters: { person: ['person:penny-wong'] } });
        assert.deepEqual(filtered.org, [{ value: 'org:nato', label: 'NATO', count: 1 }]);
      } finally {
        await close();
      }
    });

    it('answers what resolution reads: people per year, short names, rows', async () => {
      try {
        await seed();
        const key = { block: 'person:peters', auto: 'person:winston-peters', initials: 'w' };
        assert.deepEqual(await store.personYears(['person:peters', 'person:wong', 'person:nobody']), [
          { ...key, year: null, rows: 1 },
          { ...key, year: '2024', rows: 1 },
          { block: 'person:wong', auto: 'person:penny-wong', initials: 'p', year: '2023', rows: 1 },
        ], 'full names only, per year, with their document counts; the surname "Peters" of 2023 is not one');
        const short = await store.entityRows({ shortForms: [{ block: 'person:peters', fromYear: '2023', toYear: '2023' }] });
        assert.deepEqual(short.map((r) => [r.document, r.idx, r.name, r.form, r.auto, r.entity]), [[d2.doc.document.id, 0, 'Peters', 'surname', 'person:peters', 'person:winston-peters']]);
        assert.deepEqual(await store.entityRows({ shortForms: [{ block: 'person:peters', fromYear: null, toYear: null }] }), [], 'without years: initials and undated surnames only');
        assert.equal((await store.entityRows({ shortForms: [{ block: 'person:peters', fromYear: '2022', toYear: '2023' }, { block: 'person:peters', fromYear: '2023', toYear: '2025' }] })).length, 1, 'overlapping ranges, one row');
        assert.deepEqual(await store.entityRows({ shortForms: [{ block: 'person:peters', fromYear: '2024', toYear: '2025' }] }), []);
        assert.deepEqual(await store.entityRows({ shortForms: [{ block: 'person:wong', fromYear: null, toYear: null }] }), [], 'full names are not short forms');
        const wong = await store.entityRows({ entities: ['person:penny-wong'] });
        assert.deepEqual(wong, [{ document: d2.doc.document.id, published: '2023-11-20', idx: 1, type: 'person', key: 'person:penny-wong', name: 'Penny Wong', block: 'person:wong', form: 'full', initials: 'p', auto: 'person:penny-wong', entity: 'person:penny-wong', gender: null }]);
        assert.equal((await store.entityRows({ all: true })).length, 11);

        await store.deleteDocument(d1.doc.document.id);
        const { persons } = await store.pendingLinks(10);
        assert.deepEqual(persons, [
          { block: 'person:blinken', auto: 'person:antony-blinken', year: '2024' },
          { block: 'person:peters', auto: 'person:winston-peters', year: '2024' },
        ], 'removed full names are noted for the next step');
        assert.deepEqual(await store.personYears(['person:peters', 'person:blinken']), [{ ...key, year: null, rows: 1 }], 'and counted out at once');
        await store.putEntityLinks({ consumed: persons });
        assert.deepEqual((await store.pendingLinks(10)).persons, []);
      } finally {
        await close();
      }
    });

    it('writes a resolution step completely or not at all', async () => {
      try {
        await store.putDocuments([d1.doc, d2.doc]);
        const broken = index(d2);
        const twice = { ...broken, index: { ...broken.index, entities: [...broken.index.entities, broken.index.entities[0]!] } };
        await assert.rejects(store.putEntityLinks({ documents: [index(d1), twice] }));
        assert.equal((await store.pendingLinks(10)).documents.length, 2);
        assert.deepEqual((await store.documentEntities(d1.doc.document.id))?.mentions, []);
        assert.deepEqual((await store.listEntities({})).total, 0);
      } finally {
        await close();
      }
    });

    it('rebuilds every count, name and office holder to the same result', async () => {
      try {
        await seed();
        const snapshot = async () => [
          await store.listEntities({}),
          await store.documentEntities(d3.doc.document.id),
          await store.facets({}),
          await store.personYears(['person:peters', 'person:wong', 'person:blinken']),
          await store.getEntity('org:nato'),
        ];
        const before = await snapshot();
        await store.putEntityLinks({ rebuild: true });
        assert.deepEqual(await snapshot(), before);
      } finally {
        await close();
      }
    });
  });
}
