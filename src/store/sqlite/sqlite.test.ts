import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError } from '../../core/index.js';
import { storeContract } from '../contract.js';
import { record } from '../test/builder.js';
import { linked, type IndexedSpec } from '../test/entities.js';
import { openSqliteStore } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const tempPath = () => join(dir, `store-${(files += 1)}.db`);

storeContract('SQLite :memory:', () => openSqliteStore(':memory:'));
storeContract('SQLite file', () => openSqliteStore(tempPath()));

describe('SQLite store on disk', () => {
  it('keeps documents across reopening, and migrating again changes nothing', async () => {
    const path = tempPath();
    const doc = record({ title: 'Persistent', text: 'The tuatara survives a restart.' });
    const first = await openSqliteStore(path);
    await first.putDocuments([doc]);
    await first.close();

    const migrations = () => new Database(path, { readonly: true }).prepare('select name from kysely_migration order by name').all();
    const before = migrations();
    const second = await openSqliteStore(path);
    assert.deepEqual(migrations(), before);
    assert.deepEqual((await second.getDocument(doc.document.id))?.document, doc.document);
    assert.deepEqual((await second.search({ q: 'tuatara' })).results.map((hit) => hit.id), [doc.document.id]);
    assert.equal((await second.putDocuments([doc])).unchanged, 1);
    await second.close();
  });

  it('records its migrations and uses WAL with foreign keys on', async () => {
    const path = tempPath();
    const store = await openSqliteStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare('select name from kysely_migration order by name').all(), [{ name: '0001-documents' }, { name: '0002-entities' }, { name: '0003-reuse' }, { name: '0004-role-credit' }, { name: '0005-sources' }, { name: '0006-fts-prefix' }, { name: '0007-shown-roles' }, { name: '0008-quotes' }, { name: '0009-events' }, { name: '0010-quote-keys' }, { name: '0011-trend-index' }, { name: '0012-quote-contained' }]);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('queues the documents of a database from before entities, so the next resolution step indexes them', async () => {
    const path = tempPath();
    const store = await openSqliteStore(path);
    const doc = record({ text: 'Stored before entities existed.' });
    await store.putDocuments([doc]);
    await store.close();
    // Undo 0002 (and what came after it) to stand for a database an older Parley wrote.
    const db = new Database(path);
    const tables = db.prepare("select name from sqlite_schema where type = 'table' and name not in ('documents', 'document_values', 'messages', 'stage_runs', 'kysely_migration', 'kysely_migration_lock') and name not like 'documents_fts%' and name not like 'quotes_fts%' and name not like 'sqlite_%'").all() as { name: string }[];
    db.pragma('foreign_keys = OFF');
    db.exec('drop table quotes_fts');
    for (const { name } of tables) db.exec(`drop table "${name}"`);
    db.exec('drop index documents_trend');
    db.prepare("delete from kysely_migration where name >= '0002'").run();
    db.close();
    const reopened = await openSqliteStore(path);
    assert.deepEqual((await reopened.pendingLinks(10)).documents.map((d) => d.id), [doc.document.id]);
    await reopened.close();
  });

  it('opens a database from before role credit: its roles read as stated and credited, new ones are settled', async () => {
    const path = tempPath();
    const store = await openSqliteStore(path);
    const PM = { title: 'Prime Minister', of: 'Australia' };
    const old = record({ published: '2003-07-22', text: 'Prime Minister Tony Blair spoke.' });
    await store.putDocuments([old]);
    await store.putEntityLinks({ documents: [linked(old, [{ id: 'person:tony-blair', name: 'Tony Blair', roles: [PM] }])] });
    await store.close();
    // Undo 0004 to stand for a database an older Parley wrote.
    const db = new Database(path);
    for (const column of ['of_inferred', 'one_holder', 'credited']) db.exec(`alter table entity_roles drop column ${column}`);
    db.exec('drop table holder_dates; drop table credit_dirty');
    db.exec('drop table sources');
    db.exec('drop index doc_entities_given');
    db.exec('drop table quotes_fts; drop table quote_clusters; drop table quote_dirty; drop table quote_pending; drop table quote_shingles; drop table quotes');
    db.exec('drop table engagement_countries; drop table engagement_participants; drop table engagements; drop table event_dirty; drop table event_pending; drop table event_participants; drop table events; drop table times');
    for (const column of ['role_title', 'role_of', 'role_of_inferred', 'role_tense', 'lone_given', 'gender', 'own']) db.exec(`alter table doc_entities drop column ${column}`);
    db.exec('drop index documents_trend');
    db.prepare("delete from kysely_migration where name >= '0004'").run();
    db.close();

    const reopened = await openSqliteStore(path);
    const roles = async (id: string) => (await reopened.getEntity(id))?.roles.map((r) => [r.title, r.of, r.documents]);
    assert.deepEqual(await roles('person:tony-blair'), [['Prime Minister', 'Australia', 1]], 'an old row counts as it did');
    const howard = record({ published: '2003-01-01', text: 'Australian Prime Minister John Howard spoke.' });
    const howardLater = record({ published: '2004-01-01', text: 'John Howard, Prime Minister of Australia, spoke.' });
    const blair = record({ published: '2003-08-01', text: 'Prime Minister Tony Blair spoke again.' });
    await reopened.putDocuments([howard, howardLater, blair]);
    const person = (id: string, name: string, roles: IndexedSpec['roles']) => ({ id, name, roles });
    await reopened.putEntityLinks({
      documents: [
        linked(howard, [person('person:john-howard', 'John Howard', [{ ...PM, oneHolder: true }])]),
        linked(howardLater, [person('person:john-howard', 'John Howard', [{ ...PM, oneHolder: true }])]),
        linked(blair, [person('person:tony-blair', 'Tony Blair', [{ ...PM, oneHolder: true, ofInferred: true }])]),
      ],
    });
    assert.deepEqual(await roles('person:tony-blair'), [['Prime Minister', 'Australia', 1]], 'the old row still counts; the new inferred one yields');
    assert.deepEqual(await roles('person:john-howard'), [['Prime Minister', 'Australia', 2]]);
    await reopened.close();
  });

  it('explains a file that is not a database, naming the path and the fix', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(100));
    await assert.rejects(openSqliteStore(path), (error: unknown) => {
      assert.ok(error instanceof StoreError, String(error));
      assert.ok(error.message.includes(path), error.message);
      assert.match(error.message, /not a Parley database.*point --db at/);
      assert.ok(error.cause);
      return true;
    });
  });

  it('explains a folder that does not exist', async () => {
    const path = join(dir, 'missing', 'parley.db');
    await assert.rejects(openSqliteStore(path), (error: unknown) => error instanceof StoreError && error.message.includes(path));
  });

  it('waits for a write lock held by another connection, saying so, and writes once it is free', async () => {
    const path = tempPath();
    const waits: number[] = [];
    const store = await openSqliteStore(path, { busyTimeoutMs: 20, onLockWait: (ms) => waits.push(ms) });
    const other = new Database(path);
    other.exec('begin immediate');
    const release = setTimeout(() => other.exec('rollback'), 1500);
    try {
      const written = await store.putDocuments([record({ text: 'Written after the other writer let go.' })]);
      assert.equal(written.inserted, 1);
      assert.ok(waits.length >= 1, 'the wait was reported');
      assert.ok(waits.every((ms, i) => i === 0 || ms > (waits[i - 1] as number)), 'reports count up');
    } finally {
      clearTimeout(release);
      other.close();
      await store.close();
    }
  });

  it('reports a write lock held past lockWaitMs as StoreError', async () => {
    const path = tempPath();
    const store = await openSqliteStore(path, { busyTimeoutMs: 20, lockWaitMs: 100 });
    const other = new Database(path);
    other.pragma('busy_timeout = 0');
    other.exec('begin immediate');
    try {
      await assert.rejects(store.putDocuments([record()]), (error: unknown) => error instanceof StoreError && /locked/.test(error.message) && error.cause !== undefined);
    } finally {
      other.exec('rollback');
      other.close();
      await store.close();
    }
  });
});
