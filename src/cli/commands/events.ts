import type { Command } from 'commander';
import { eventNetwork, listEvents, toGraphml } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import { EVENT_MAX_LIMIT, periodOf, type Engagement, type Store } from '../../store/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined } from '../options.js';
import { csv, table } from '../output.js';

interface FilterFlags {
  db?: string;
  type?: string[];
  participant?: string[];
  country?: string[];
  match?: string;
  level?: string[];
  status?: string[];
  from?: string;
  to?: string;
  source?: string[];
  kind?: string[];
}

const COLUMNS = ['date', 'type', 'status', 'level', 'participants', 'place', 'sources', 'id'];

/** The filters the three commands share, as `GET /api/events` names them. */
function withFilters(command: Command): Command {
  return command
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--type <type>', 'meet, visit, call, dialogue, summit or agreement (repeatable)', collect)
    .option('--participant <name|id>', 'with this participant: an id (person:winston-peters) or a name (repeatable: any of them, or all with --match all)', collect)
    .option('--country <name>', "a participant's country: whose office they hold, or a country taking part (repeatable)", collect)
    .option('--match <any|all>', 'any (default): any listed participant and any listed country; all: every one of them together, e.g. --country "New Zealand" --country "United States" --match all')
    .option('--level <level>', 'leader, minister, official or other (repeatable)', collect)
    .option('--status <status>', 'held, planned or cancelled (repeatable)', collect)
    .option('--from <date>', 'on or after YYYY-MM-DD (the engagement date)')
    .option('--to <date>', 'on or before YYYY-MM-DD')
    .option('--source <source>', 'reported by this source (repeatable)', collect)
    .option('--kind <kind>', 'reported in a release, news, speech or other (repeatable)', collect);
}

export function registerEvents(program: Command, io: CliIo): void {
  withFilters(program.command('events').description('Engagements (meetings, visits, calls, talks, summits, signings) merged across reports, oldest first'))
    .option('--limit <n>', `engagements per page (1-${EVENT_MAX_LIMIT}, default 50)`)
    .option('--offset <n>', 'skip this many engagements')
    .option('--order <order>', 'asc (oldest first, default) or desc (newest first)')
    .option('--json', 'print {"total", "results"} as GET /api/events gives it')
    .option('--csv', 'print CSV, one engagement per row')
    .action(async (opts: FilterFlags & { limit?: string; offset?: string; order?: string; json?: boolean; csv?: boolean }) => {
      const { db, json, csv: asCsv, ...filters } = opts;
      if (json && asCsv) throw new UsageError('--json and --csv both given: choose one.');
      const page = await withStore(dbSpec(db, io), (store) => listEvents(store, dropUndefined(filters)));
      if (json) return void io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      if (asCsv) return void io.stdout.write(`${csv(COLUMNS, page.results.map(csvRow))}\r\n`);
      io.stdout.write(`${table(COLUMNS, page.results.map(humanRow), [10, 9, 9, 8, 60, 20, 30, 15])}\n`);
      const offset = Number(opts.offset ?? 0);
      io.stdout.write(`${page.total} engagements; showing ${page.results.length ? offset + 1 : 0}–${offset + page.results.length}.\n`);
    });

  withFilters(program.command('timeline').description('Engagements in date order, grouped by month: date, type, status, participants, place, first source'))
    .option('--limit <n>', 'at most this many engagements (default: all)')
    .action(async (opts: FilterFlags & { limit?: string }) => {
      const { db, limit, ...filters } = opts;
      const max = limit === undefined ? Number.POSITIVE_INFINITY : Number(limit);
      if (!Number.isInteger(max) && max !== Number.POSITIVE_INFINITY) throw new UsageError(`--limit must be a positive whole number (got '${limit}').`);
      if (max < 1) throw new UsageError(`--limit must be a positive whole number (got '${limit}').`);
      const all = await withStore(dbSpec(db, io), (store) => everyEngagement(store, dropUndefined(filters), max));
      let month: string | null | undefined;
      for (const e of all) {
        // A week, quarter or year goes under the month it starts in, as the order has it.
        const m = periodOf(e.date)?.first.slice(0, 7) ?? null;
        if (m !== month) {
          io.stdout.write(`${month === undefined ? '' : '\n'}${m ?? 'Undated'}\n`);
          month = m;
        }
        const first = e.sources[0];
        const source = first ? `${first.document.source ?? first.document.kind}${first.document.published ? ` ${first.document.published}` : ''}` : '—';
        const place = e.place ? ` in ${e.place.name}` : '';
        io.stdout.write(`  ${(e.date ?? '—').padEnd(10)}  ${e.type} (${e.status}): ${names(e)}${place} [${source}]\n`);
      }
      io.stdout.write(`${all.length === 0 ? '' : '\n'}${all.length} engagements.\n`);
    });

  withFilters(program.command('network').description('Who engages with whom: people or countries, weighted by shared engagements'))
    .option('--by <what>', 'person (default) or country')
    .option('--json', 'print {"nodes", "edges"} as GET /api/network gives it')
    .option('--graphml', 'print GraphML (for Gephi): nodes with label, type and weight; edges with weight')
    .action(async (opts: FilterFlags & { by?: string; json?: boolean; graphml?: boolean }) => {
      const { db, json, graphml, ...filters } = opts;
      if (json && graphml) throw new UsageError('--json and --graphml both given: choose one.');
      const network = await withStore(dbSpec(db, io), (store) => eventNetwork(store, dropUndefined(filters)));
      if (graphml) return void io.stdout.write(toGraphml(network));
      if (json) return void io.stdout.write(`${JSON.stringify(network, null, 2)}\n`);
      const label = new Map(network.nodes.map((n) => [n.id, n.label]));
      io.stdout.write(`${table(['engagements', 'between', 'and'], network.edges.map((e) => [String(e.weight), label.get(e.source) ?? e.source, label.get(e.target) ?? e.target]), [11, 40, 40])}\n`);
      io.stdout.write(`${network.nodes.length} ${opts.by === 'country' ? 'countries' : 'participants'}, ${network.edges.length} pairs; --json or --graphml for the whole graph.\n`);
    });
}

/** Every engagement the filters pass, page by page, up to `max`. */
async function everyEngagement(store: Store, filters: Record<string, unknown>, max: number): Promise<Engagement[]> {
  const out: Engagement[] = [];
  for (;;) {
    const page = await listEvents(store, { ...filters, limit: Math.min(EVENT_MAX_LIMIT, max - out.length), offset: out.length });
    out.push(...page.results);
    if (page.results.length === 0 || out.length >= page.total || out.length >= max) return out;
  }
}

const names = (e: Engagement) => e.participants.map((p) => p.name).join(' – ');
const sourceList = (e: Engagement) => [...new Set(e.sources.map((s) => s.document.source ?? s.document.kind))].join(', ');

function humanRow(e: Engagement): string[] {
  return [e.date ?? '—', e.type, e.status, e.level, names(e), e.place?.name ?? '—', `${e.sources.length}: ${sourceList(e)}`, e.id];
}

function csvRow(e: Engagement): (string | number | null)[] {
  return [e.date, e.type, e.status, e.level, e.participants.map((p) => p.name).join('; '), e.place?.name ?? null, e.sources.map((s) => s.document.id).join('; '), e.id];
}
