import type Database from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EntityLinkUpdate, RemoveCorrectionOptions } from '../entity-types.js';
import { fold } from '../fold.js';
import { holderOf, linkStatements, removalStatements } from '../sql/entity-maintenance.js';
import { creditStatements, markCredit } from '../sql/role-credit.js';
import {
  correctionRow,
  DOC_ENTITY_COLUMNS,
  docEntityValues,
  MENTION_COLUMNS,
  mentionValues,
  OFFICE_MENTION_COLUMNS,
  officeMentionValues,
  positionalInsert,
  ROLE_COLUMNS,
  roleValues,
} from '../sql/entity-rows.js';
import type { StoreTables } from '../sql/tables.js';
import { bind, bindAll, BulkInsert, type Bound } from './bound.js';

function param<T>(name: string): RawBuilder<T> {
  return sql.raw<T>(`@${name}`);
}

/** Sorts after every `YYYY-MM-DD`: the open upper end of an office range. */
const AFTER_ALL_DATES = '~';

/** The write path's statements, built once. */
function statements(db: Kysely<StoreTables>) {
  const p = param;
  return {
    findQueued: db
      .selectFrom('documents as d')
      .innerJoin('entity_queue as q', 'q.doc', 'd.seq')
      .select(['d.seq', 'd.published', 'q.stamp'])
      .where('d.id', '=', p<string>('id')),
    seqOf: db.selectFrom('documents').select('seq').where('id', '=', p<string>('id')),
    dequeue: db.deleteFrom('entity_queue').where('doc', '=', p<number>('doc')),
    addToBatch: db.insertInto('entity_batch').values({ doc: p('doc') }),
    dirtyEntityOf: db
      .insertInto('entity_dirty')
      .columns(['id'])
      .expression(db.selectFrom('doc_entities').select('entity').where('doc', '=', p<number>('doc')).where('idx', '=', p<number>('idx')))
      .onConflict((oc) => oc.doNothing()),
    dirtyId: db.insertInto('entity_dirty').values({ id: p('id') }).onConflict((oc) => oc.doNothing()),
    /** A reassigned person's one-holder roles are settled again, and so is what their stated ones overrule. */
    dirtyCreditOf: markCredit(db, (q) => q.where('doc', '=', p<number>('doc')).where('idx', '=', p<number>('idx'))),
    reassign: db
      .updateTable('doc_entities')
      .set({ block: p('block'), form: p('form'), initials: p('initials'), auto: p('auto'), entity: p('entity') })
      .where('doc', '=', p<number>('doc'))
      .where('idx', '=', p<number>('idx')),
    insertCorrection: db.insertInto('entity_corrections').values({ kind: p('kind'), args: p('args'), created_at: p('created_at') }),
    removeLastCorrection: db
      .deleteFrom('entity_corrections')
      .where('seq', '=', p<number>('seq'))
      .where('seq', '=', db.selectFrom('entity_corrections').select((e) => e.fn.max('seq').as('last'))),
    removeCorrection: db.deleteFrom('entity_corrections').where('seq', '=', p<number>('seq')),
    stampOf: db.selectFrom('documents').select(['seq', 'content_hash']).where('id', '=', p<string>('id')),
    nameEntity: db.updateTable('entities').set({ name: p('name'), folded: p('folded') }).where('id', '=', p<string>('id')),
    resolveBatchOffices: db.updateTable('office_mentions').set({ holder_role: holderOf(db) }).where('doc', 'in', db.selectFrom('entity_batch').select('entity_batch.doc')),
    resolveAllOffices: db.updateTable('office_mentions').set({ holder_role: holderOf(db) }).where('ordinal', '>=', 0),
    dirtyOfficeRanges: db
      .selectFrom('office_dirty')
      .select((e) => ['title', 'of', e.fn.min('published').as('lo'), e.fn.max('published').as('hi')])
      .groupBy(['title', 'of']),
    nextRoleDate: db
      .selectFrom('entity_roles')
      .select((e) => e.fn.min('published').as('next'))
      .where('title', '=', p<string>('title'))
      .where('of', '=', p<string>('of'))
      .where('published', '>', p<string>('after'))
      .where('credited', '=', 1),
    resolveOfficeRange: db
      .updateTable('office_mentions')
      .set({ holder_role: holderOf(db) })
      .where('title', '=', p<string>('title'))
      .where('of', '=', p<string>('of'))
      .where('published', '>=', p<string>('lo'))
      .where('published', '<', p<string>('hi')),
    clearOffices: db.deleteFrom('office_dirty'),
    consumePerson: db
      .deleteFrom('person_dirty')
      .where('block', '=', p<string>('block'))
      .where('auto', '=', p<string>('auto'))
      .where('year', '=', p<string>('year')),
  };
}

/**
 * The write path of entity resolution: one synchronous transaction per
 * `putEntityLinks`, statements built with Kysely and prepared once, as in
 * `writer.ts`. Per-row inserts for the batch's index; everything derived
 * (counts, aliases, names, office holders) is set-based SQL from
 * `sql/entity-maintenance.ts`.
 */
export class SqliteEntityWriter {
  private readonly s: { readonly [K in keyof ReturnType<typeof statements>]: Bound };
  private readonly link: { readonly [K in keyof Omit<ReturnType<typeof linkStatements>, 'markAllDirty' | 'rebuildPersons'>]: Bound };
  private readonly markAllDirty: Bound[];
  private readonly rebuildPersons: Bound[];
  private readonly credit: { readonly [K in keyof Omit<ReturnType<typeof creditStatements>, 'markAll'>]: Bound };
  private readonly markAllCredit: Bound[];
  private readonly bulk: Record<'entities' | 'mentions' | 'roles' | 'officeMentions', BulkInsert>;
  /** What a document write runs when its rows go: here, for documents whose index is built again (`requeue`). */
  private readonly removal: { readonly [K in keyof ReturnType<typeof removalStatements>]: Bound };
  /** Folded names for search; the same names recur in every batch. */
  private readonly folded = new Map<string, string>();

  constructor(
    private readonly raw: Database.Database,
    db: Kysely<StoreTables>,
  ) {
    this.s = bindAll(raw, statements(db));
    this.removal = bindAll(raw, removalStatements(db, param));
    const { markAllDirty, rebuildPersons, ...link } = linkStatements(db);
    this.link = bindAll(raw, link);
    this.markAllDirty = markAllDirty.map((query) => bind(raw, query));
    this.rebuildPersons = rebuildPersons.map((query) => bind(raw, query));
    const { markAll, ...credit } = creditStatements(db);
    this.credit = bindAll(raw, credit);
    this.markAllCredit = markAll.map((query) => bind(raw, query));
    const bulk = (table: 'doc_entities' | 'entity_mentions' | 'entity_roles' | 'office_mentions', columns: readonly string[]) =>
      new BulkInsert(raw, (rows) => positionalInsert(db, table, columns, rows), columns.length);
    this.bulk = {
      entities: bulk('doc_entities', DOC_ENTITY_COLUMNS),
      mentions: bulk('entity_mentions', MENTION_COLUMNS),
      roles: bulk('entity_roles', ROLE_COLUMNS),
      officeMentions: bulk('office_mentions', OFFICE_MENTION_COLUMNS),
    };
  }

  private fold(name: string): string {
    let folded = this.folded.get(name);
    if (folded === undefined) {
      folded = fold(name);
      if (this.folded.size >= 100_000) this.folded.clear();
      this.folded.set(name, folded);
    }
    return folded;
  }

  removeCorrection(seq: number, options: RemoveCorrectionOptions = {}): boolean {
    return this.raw
      .transaction(() => {
        const removed = (options.anywhere ? this.s.removeCorrection : this.s.removeLastCorrection).run({ seq }).changes > 0;
        // As after a document write, what the dropped rows touched is marked; the next step recounts it.
        if (removed) for (const id of options.requeue ?? []) this.requeue(id);
        return removed;
      })
      .immediate();
  }

  /**
   * Drops a document's entity index and queues it again, as a document write
   * does (what its rows touched is marked first); the next resolution step
   * builds it from its stage outputs. Call inside a transaction.
   */
  private requeue(id: string): void {
    const found = this.s.stampOf.get<{ seq: number; content_hash: string }>({ id });
    if (!found) return;
    const doc = found.seq;
    const r = this.removal;
    for (const step of ['dirtyEntities', 'dirtyPersons', 'dirtyOffices', 'dirtyCredit'] as const) r[step].run({ doc });
    for (const key of r.personCountsOf.all<{ block: string; auto: string; year: string; n: number }>({ doc })) r.countDownPerson.run(key);
    r.dropEmptyPersons.run();
    for (const step of ['deleteEntities', 'deleteMentions', 'deleteRoles', 'deleteOfficeMentions'] as const) r[step].run({ doc });
    r.enqueue.run({ doc, stamp: found.content_hash });
  }

  putEntityLinks(update: EntityLinkUpdate, at: string): void {
    try {
      this.write(update, at);
    } finally {
      for (const bulk of Object.values(this.bulk)) bulk.clear();
    }
  }

  private write(update: EntityLinkUpdate, at: string): void {
    this.raw
      .transaction(() => {
        const s = this.s;
        for (const id of update.requeue ?? []) this.requeue(id);
        for (const linked of update.documents ?? []) {
          const queued = s.findQueued.get<{ seq: number; published: string | null; stamp: string }>({ id: linked.id });
          // Gone, linked already, or changed since the index was built: its next step will do it.
          if (!queued || (linked.stamp !== undefined && linked.stamp !== queued.stamp)) continue;
          const doc = queued.seq;
          const { published } = queued;
          const { entities, mentions, roles, officeMentions } = linked.index;
          const b = this.bulk;
          for (const e of entities) b.entities.add(docEntityValues(doc, published, e, this.fold(e.name)));
          mentions.forEach((m, i) => b.mentions.add(mentionValues(doc, i, m)));
          roles.forEach((r, i) => b.roles.add(roleValues(doc, linked.id, i, published, r)));
          officeMentions.forEach((o, i) => b.officeMentions.add(officeMentionValues(doc, i, published, o)));
          s.dequeue.run({ doc });
          s.addToBatch.run({ doc });
        }

        for (const bulk of Object.values(this.bulk)) bulk.flush();

        for (const r of update.reassign ?? []) {
          const found = s.seqOf.get<{ seq: number }>({ id: r.document });
          if (!found) continue;
          const key = { doc: found.seq, idx: r.idx };
          s.dirtyEntityOf.run(key);
          s.dirtyCreditOf.run(key);
          s.reassign.run({ ...key, block: r.block, form: r.form, initials: r.initials, auto: r.auto, entity: r.entity });
          s.dirtyId.run({ id: r.entity });
        }
        if (update.correction) s.insertCorrection.run({ ...correctionRow(update.correction, at) });
        if (update.rebuild) for (const statement of [...this.markAllDirty, ...this.rebuildPersons, ...this.markAllCredit]) statement.run();

        const l = this.link;
        // Increments first, then the from-scratch recount of dirty ids overrides them.
        if (!update.rebuild) l.addPersons.run();
        l.addCounts.run();
        l.addAliases.run();
        l.dropDirty.run();
        l.recountDirty.run();
        l.realiasDirty.run();
        l.renameBatch.run();
        l.renameDirty.run();
        for (const { id, name } of update.names ?? []) s.nameEntity.run({ id, name, folded: fold(name) });

        this.settleCredit();
        this.resolveOffices(Boolean(update.rebuild));
        for (const key of update.consumed ?? []) s.consumePerson.run({ block: key.block, auto: key.auto, year: key.year ?? '' });
        l.clearDirty.run();
        l.clearBatch.run();
      })
      .immediate();
  }

  /** Which inferred owners count, for the titles the step touched (`sql/role-credit.ts`); before office holders, which read it. */
  private settleCredit(): void {
    const c = this.credit;
    this.link.dirtyBatchCredit.run();
    c.dropDates.run();
    c.addDates.run();
    c.dropUnconfirmed.run();
    c.noteChanges.run();
    c.settle.run();
    c.clear.run();
  }

  /**
   * Office mentions of the batch are resolved; so are those of other
   * documents whose answer may have changed: evidence added, removed or
   * (un)credited at date d can only change mentions dated from d up to the
   * next credited evidence date.
   */
  private resolveOffices(all: boolean): void {
    const s = this.s;
    if (all) {
      s.resolveAllOffices.run();
      s.clearOffices.run();
      return;
    }
    s.resolveBatchOffices.run();
    this.link.dirtyBatchOffices.run();
    for (const range of s.dirtyOfficeRanges.all<{ title: string; of: string; lo: string; hi: string }>()) {
      const office = { title: range.title, of: range.of };
      const next = s.nextRoleDate.get<{ next: string | null }>({ ...office, after: range.hi })?.next ?? AFTER_ALL_DATES;
      s.resolveOfficeRange.run({ ...office, lo: range.lo, hi: next });
    }
    s.clearOffices.run();
  }
}
