import type { ShiftQuery, ShiftResult, ShiftSide, ShiftSideSummary, Store } from '../../store/index.js';
import { parseParams } from '../entity-params.js';
import { shiftParamsSchema } from './params.js';
import { parseGroup, parsePeriod, type Group } from './periods.js';

/** One side as the contract shows it (docs/trends.md): what it is, and what the store counted of it. */
export interface ShiftSideView extends ShiftSideSummary {
  readonly from: string | null;
  readonly to: string | null;
  readonly group: string | null;
}

export interface ShiftView extends Omit<ShiftResult, 'a' | 'b'> {
  readonly a: ShiftSideView;
  readonly b: ShiftSideView;
}

const sideOfGroup = (group: Group): ShiftSide => ('kind' in group ? { kind: [group.kind] } : { source: [group.source] });

/**
 * Language shifts (`parley shifts`, `GET /api/shifts`): two periods, or two
 * groups (kinds or outlets), ranked by the store (src/store/shifts).
 */
export async function languageShifts(store: Store, raw: unknown): Promise<ShiftView> {
  const p = parseParams(shiftParamsSchema, raw);
  let query: ShiftQuery;
  let labels: [ShiftSideView, ShiftSideView];
  const blank = { documents: 0, words: 0, sample: 1 };
  if (p.from !== undefined && p.to !== undefined) {
    const a = parsePeriod(p.from, '--from (from)');
    const b = parsePeriod(p.to, '--to (to)');
    query = { a, b };
    labels = [{ ...a, group: null, ...blank }, { ...b, group: null, ...blank }];
  } else {
    const a = parseGroup(p.group as string, '--group (group)');
    const b = parseGroup(p.vs as string, '--vs (vs)');
    query = { a: sideOfGroup(a), b: sideOfGroup(b) };
    labels = [{ from: null, to: null, group: a.label, ...blank }, { from: null, to: null, group: b.label, ...blank }];
  }
  const result = await store.shifts({ ...query, source: p.source, kind: p.kind, minDocs: p.minDocs, limit: p.limit });
  return {
    a: { ...labels[0], ...result.a },
    b: { ...labels[1], ...result.b },
    rising: result.rising,
    falling: result.falling,
  };
}

/** One row per phrase, for `--csv`: the side, the statistic, the counts and the first documents' ids. */
export function shiftCsvRows(view: ShiftView): string[][] {
  const rows = [['side', 'phrase', 'z', 'delta', 'aCount', 'bCount', 'aDocs', 'bDocs', 'first']];
  for (const [side, list] of [['rising', view.rising], ['falling', view.falling]] as const) {
    for (const p of list) rows.push([side, p.phrase, String(p.z), String(p.delta), String(p.aCount), String(p.bCount), String(p.aDocs), String(p.bDocs), p.first.map((f) => f.id).join(' ')]);
  }
  return rows;
}
