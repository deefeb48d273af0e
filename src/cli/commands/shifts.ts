import type { Command } from 'commander';
import { languageShifts, shiftCsvRows, type ShiftSideView, type ShiftView } from '../../app/index.js';
import { UsageError } from '../../core/index.js';
import type { ShiftedPhrase } from '../../store/index.js';
import { dbSpec, withStore, type CliIo } from '../context.js';
import { collect, dropUndefined } from '../options.js';
import { csv, table } from '../output.js';

interface ShiftFlags {
  db?: string;
  from?: string;
  to?: string;
  group?: string;
  vs?: string;
  source?: string[];
  kind?: string[];
  minDocs?: string;
  limit?: string;
  json?: boolean;
  csv?: boolean;
}

export function registerShifts(program: Command, io: CliIo): void {
  program
    .command('shifts')
    .description('The phrases (1-4 words) whose use rose or fell most between two periods or two groups (weighted log-odds, informative Dirichlet prior)')
    .option('--db <path>', 'SQLite file (default ./parley.db or $PARLEY_DB)')
    .option('--from <period>', 'the earlier period: 1996..2000, 2001-09..2002-03, 2001-09-11..2001-12-31 or one year')
    .option('--to <period>', 'the later period, written the same way')
    .option('--group <group>', 'instead of periods: one group, kind:K or source:S (e.g. kind:release)')
    .option('--vs <group>', 'the group to compare it with (e.g. kind:news)')
    .option('--source <source>', 'both sides only from this source (repeatable)', collect)
    .option('--kind <kind>', 'both sides only of this kind (repeatable)', collect)
    .option('--min-docs <n>', 'a phrase must be in at least n documents on the side where it is more common (default 5)')
    .option('--limit <n>', 'phrases per side (1-200, default 25)')
    .option('--json', 'print the comparison as JSON (docs/trends.md), as GET /api/shifts gives it')
    .option('--csv', 'print CSV, one row per phrase')
    .action(async (opts: ShiftFlags) => {
      const { db, json, csv: asCsv, ...params } = opts;
      if (json && asCsv) throw new UsageError('--json and --csv both given: choose one.');
      const view = await withStore(dbSpec(db, io), (store) => languageShifts(store, dropUndefined(params)));
      if (json) return void io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
      const [head, ...rows] = shiftCsvRows(view);
      if (asCsv) return void io.stdout.write(`${csv(head as string[], rows)}\r\n`);
      io.stdout.write(humanShifts(view));
    });
}

const sideName = (s: ShiftSideView) => s.group ?? `${s.from}..${s.to}`;

function rows(list: readonly ShiftedPhrase[]): string[][] {
  return list.map((p) => [p.phrase, p.z.toFixed(1), `${p.aCount} (${p.aDocs} docs)`, `${p.bCount} (${p.bDocs} docs)`, p.first[0] ? `${p.first[0].published ?? '—'} ${p.first[0].id}` : '', p.speakers.map((s) => s.name).join(', ')]);
}

function humanShifts(view: ShiftView): string {
  const a = sideName(view.a);
  const b = sideName(view.b);
  const head = ['phrase', 'z', a, b, 'first used', 'first speakers'];
  const widths = [32, 7, 18, 18, 36, 36];
  return [
    `${a}: ${view.a.documents} documents, ${view.a.words} words. ${b}: ${view.b.documents} documents, ${view.b.words} words.`,
    '',
    `Rising (more in ${b}):`,
    view.rising.length ? table(head, rows(view.rising), widths) : '  none',
    '',
    `Falling (more in ${a}):`,
    view.falling.length ? table(head.slice(0, 4), rows(view.falling).map((r) => r.slice(0, 4)), widths) : '  none',
    '',
  ].join('\n');
}
