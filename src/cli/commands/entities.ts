import type { Command } from 'commander';
import {
  getEntityView,
  officeHistoryView,
  listCorrections,
  listEntities,
  mergeEntities,
  describeStored,
  parseMentionText,
  renameEntity,
  resolveEntities,
  revertCorrection,
  splitEntity,
  undoCorrection,
  type EntityListItem,
  type RoleView,
} from '../../app/index.js';
import type { EntityDetail, OfficeTerm } from '../../store/index.js';
import { UsageError } from '../../core/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect } from '../options.js';
import { csv, table } from '../output.js';

const DB = ['--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)'] as const;

/** Drops flags commander left undefined, so the zod schemas see only what was given. */
function given(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** `Minister of Foreign Affairs, New Zealand 2023-11-27–2024-06-02` */
function roleText(role: RoleView): string {
  const office = role.of ? `${role.title}, ${role.of}` : role.title;
  const dates = role.from === role.to ? (role.from ?? '') : `${role.from ?? '?'}–${role.to ?? '?'}`;
  return dates ? `${office} ${dates}` : office;
}

/**
 * `parley entities`: list, show and correct the entities resolved across
 * the corpus. Corrections (merge, split, rename) are stored and replayed
 * after every resolution, so they survive re-ingest and `parley reindex`.
 */
export function registerEntities(program: Command, io: CliIo): void {
  const entities = program
    .command('entities')
    .description('People, organisations and places across documents: list, show, merge, split, rename, undo, revert');

  entities
    .command('list', { isDefault: true })
    .description('List entities by mentions (the default: `parley entities --search peters`)')
    .option(...DB)
    .option('--type <type>', 'person, org or place')
    .option('--search <name>', 'part of a name or alias; case and accents ignored')
    .option('--limit <n>', 'entities per page (1-200, default 20)')
    .option('--offset <n>', 'skip this many entities')
    .option('--json', 'print {"total", "results"} as JSON')
    .option('--csv', 'print CSV')
    .action(async (opts: { db?: string; type?: string; search?: string; limit?: string; offset?: string; json?: boolean; csv?: boolean }) => {
      const { db, json, csv: asCsv, ...params } = opts;
      const page = await withStore(dbSpec(db, io), (store) => listEntities(store, given(params)));
      if (json) {
        io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      const columns = ['id', 'name', 'type', 'mentions', 'documents', 'first seen', 'last seen', 'roles'];
      const cells = (e: EntityListItem) => [e.id, e.name, e.type, e.mentions, e.documents, e.firstSeen, e.lastSeen, e.roles.map(roleText).join('; ')];
      if (asCsv) {
        io.stdout.write(`${csv(['id', 'name', 'type', 'mentions', 'documents', 'first_seen', 'last_seen', 'roles'], page.results.map(cells))}\r\n`);
        return;
      }
      const rows = page.results.map((e) => cells(e).map((cell) => (cell === null ? '—' : String(cell))));
      io.stdout.write(`${table(columns, rows, [36, 30, 6, 8, 9, 10, 10, 70])}\n`);
      const offset = Number(params.offset ?? 0);
      io.stdout.write(`${page.total} entities; showing ${page.results.length ? offset + 1 : 0}–${offset + page.results.length}.\n`);
    });

  entities
    .command('show')
    .description('One entity: aliases, roles over time, its documents (newest first), who it is mentioned with')
    .argument('<id>', 'entity id, as `parley entities` prints it (person:winston-peters)')
    .option(...DB)
    .option('--limit <n>', 'documents to list (1-1000, default 100)')
    .option('--offset <n>', 'skip this many documents')
    .option('--json', 'print the entity as JSON (the shape of GET /api/entities/:id)')
    .action(async (id: string, opts: { db?: string; limit?: string; offset?: string; json?: boolean }) => {
      const { db, json, ...params } = opts;
      const entity = await withStore(dbSpec(db, io), (store) => getEntityView(store, id, given(params)));
      io.stdout.write(json ? `${JSON.stringify(entity, null, 2)}\n` : describeEntity(entity, Number(params.offset ?? 0)));
    });

  entities
    .command('office')
    .description('Who held an office over time: each holder, when attested, and until the successor the corpus shows')
    .argument('<title>', "the title, as releases write it ('Prime Minister', 'Foreign Minister')")
    .requiredOption('--of <owner>', "whose office: a country or organisation ('New Zealand', 'NATO')")
    .option(...DB)
    .option('--json', 'print {"office", "terms"} as JSON (the shape of GET /api/offices)')
    .option('--csv', 'print CSV')
    .action(async (title: string, opts: { db?: string; of: string; json?: boolean; csv?: boolean }) => {
      const view = await withStore(dbSpec(opts.db, io), (store) => officeHistoryView(store, { title, of: opts.of }));
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const cells = (t: OfficeTerm) => [t.id, t.name, t.firstAttested, t.lastAttested, t.until, t.documents];
      if (opts.csv) {
        io.stdout.write(`${csv(['id', 'name', 'first_attested', 'last_attested', 'until', 'documents'], view.terms.map(cells))}\r\n`);
        return;
      }
      const label = `${view.office.title}, ${view.office.of}`;
      if (view.terms.length === 0) {
        io.stdout.write(`No one in the store is named ${label}. A person's offices: \`parley entities show <id>\`.\n`);
        return;
      }
      const rows = view.terms.map((t) => cells(t).map((cell) => (cell === null ? '—' : String(cell))));
      io.stdout.write(`${label}\n${table(['id', 'name', 'first attested', 'last attested', 'until', 'documents'], rows, [36, 30, 14, 14, 10, 9])}\n`);
    });

  entities
    .command('merge')
    .description('Make entity B part of entity A: `merge B --into A`; A survives, keeping its id and name')
    .argument('<b>', 'the entity merged away (with --into); in the older form `merge A B`, the one that stays')
    .argument('[a]', 'older form only: the entity merged away, after the one that stays')
    .option('--into <a>', 'the entity that survives, keeping its id and name')
    .option(...DB)
    .option('--json', 'print the result as JSON (the shape of POST /api/entities/merge)')
    .action(async (first: string, second: string | undefined, opts: { db?: string; into?: string; json?: boolean }) => {
      const { into, from } = mergeArguments(first, second, opts.into);
      const result = await withStore(dbSpec(opts.db, io), (store) => mergeEntities(store, { into, from }));
      io.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message} ${result.reassigned} document entities moved. ${STORED}\n`);
    });

  entities
    .command('split')
    .description("Move an entity's mentions in some documents, or single mentions, to a new entity")
    .argument('<id>', 'the entity to split')
    .option('--doc <id>', 'a document whose mentions of <id> all move (repeatable)', collect)
    .option('--mention <docId:start-end>', "one mention, by its character span in a document (repeatable; `parley show <docId> --json` lists them under \"entities\")", collect)
    .option('--name <name>', "the new entity's name (its id follows from it); default: the same name, id <id>~2")
    .option(...DB)
    .option('--json', 'print the result as JSON (the shape of POST /api/entities/split)')
    .action(async (id: string, opts: { db?: string; doc?: string[]; mention?: string[]; name?: string; json?: boolean }) => {
      const mentions = opts.mention?.map(parseMentionText);
      const result = await withStore(dbSpec(opts.db, io), (store) => splitEntity(store, given({ id, documents: opts.doc, mentions, name: opts.name })));
      io.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message} ${STORED}\n`);
    });

  entities
    .command('rename')
    .description("Change an entity's canonical name; its id stays")
    .argument('<id>', 'the entity')
    .argument('<name>', 'its new name')
    .option(...DB)
    .option('--json', 'print the result as JSON (the shape of POST /api/entities/rename)')
    .action(async (id: string, name: string, opts: { db?: string; json?: boolean }) => {
      const result = await withStore(dbSpec(opts.db, io), (store) => renameEntity(store, { id, name }));
      io.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message} ${STORED}\n`);
    });

  entities
    .command('undo')
    .description('Take back the last correction and replay the others over a full resolution')
    .option(...DB)
    .option('--json', 'print the result as JSON (the shape of POST /api/entities/undo)')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const result = await withStore(dbSpec(opts.db, io), (store) => undoCorrection(store));
      io.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message}\n`);
    });

  entities
    .command('revert')
    .description('Take back correction N (as `parley entities corrections` numbers it) and replay the others over a full resolution')
    .argument('<n>', 'the number of the correction')
    .option(...DB)
    .option('--json', 'print the result as JSON (the shape of POST /api/entities/revert)')
    .action(async (n: string, opts: { db?: string; json?: boolean }) => {
      if (!/^\d+$/.test(n.trim())) throw new UsageError(`revert takes a correction number, not '${n}': \`parley entities corrections\` lists them with their numbers.`);
      const result = await withStore(dbSpec(opts.db, io), (store) => revertCorrection(store, { seq: Number(n) }));
      io.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.message}\n`);
    });

  entities
    .command('corrections')
    .description('List the stored corrections, in the order they are replayed')
    .option(...DB)
    .option('--json', 'print them as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const corrections = await withStore(dbSpec(opts.db, io), (store) => listCorrections(store));
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(corrections, null, 2)}\n`);
        return;
      }
      const rows = corrections.map((c) => [String(c.seq), c.at, c.kind, describeStored(c)]);
      io.stdout.write(`${table(['#', 'at', 'kind', 'what'], rows, [5, 24, 7, 100])}\n`);
    });

  entities
    .command('resolve')
    .description('Resolve every stored entity again (after changing the rules); corrections are replayed')
    .option(...DB)
    .action(async (opts: { db?: string }) => {
      const summary = await withStore(dbSpec(opts.db, io), (store) => resolveEntities(store));
      io.stderr.write(`Resolved entities again: ${summary.documents} documents indexed, ${summary.reassigned} document entities changed id.\n`);
    });
}

function describeEntity(entity: EntityDetail, offset: number): string {
  const facts: [string, string][] = [
    ['type', entity.type],
    ['mentions', `${entity.mentions} in ${entity.documents} documents`],
    ['seen', `${entity.firstSeen ?? '?'} – ${entity.lastSeen ?? '?'}`],
  ];
  if (entity.aliases.length) facts.push(['aliases', entity.aliases.join('; ')]);
  for (const role of entity.roles) facts.push(['role', `${roleText(role)} (${role.documents} documents)`]);
  const lines = [`${entity.name}  (${entity.id})`, ...facts.map(([k, v]) => `${k.padEnd(9)} ${v}`)];
  if (entity.documentsList.length) {
    lines.push('', `Documents, newest first (${offset + 1}–${offset + entity.documentsList.length} of ${entity.documents}):`);
    lines.push(
      table(
        ['published', 'id', 'mentions', 'title'],
        entity.documentsList.map((d) => [d.published ?? '—', d.id, String(d.mentions), d.title ?? '(untitled)']),
        [10, 16, 8, 70],
      ),
    );
  }
  if (entity.coMentioned.length) {
    lines.push('', 'Mentioned with:', ...entity.coMentioned.map((c) => `  ${String(c.count).padStart(5)}  ${c.name} (${c.id})`));
  }
  return `${lines.join('\n')}\n`;
}

const STORED = 'The correction is stored and replayed after every resolution; `parley entities undo` or `revert <N>` takes it back.';

/**
 * Which entity survives a merge. `merge B --into A` is the clear form; the
 * older `merge A B` (A survives) still works for existing scripts. Both at
 * once must agree, and one id alone needs --into.
 */
export function mergeArguments(first: string, second: string | undefined, into: string | undefined): { into: string; from: string } {
  if (into !== undefined && second === undefined) return { into, from: first };
  if (into === undefined && second !== undefined) return { into: first, from: second };
  if (into === undefined) {
    throw new UsageError(`merge needs the entity that survives: \`parley entities merge ${first} --into <id>\` merges ${first} into <id>, which keeps its id and name.`);
  }
  if (first === into && second !== undefined && second !== into) return { into, from: second };
  throw new UsageError(
    `merge ${first} ${second} --into ${into} is ambiguous: the older form \`merge ${first} ${second}\` keeps ${first}, but --into keeps ${into}. ` +
      `Give one id and --into: \`parley entities merge ${second} --into ${first}\` keeps ${first}; \`parley entities merge ${first} --into ${second}\` keeps ${second}.`,
  );
}
