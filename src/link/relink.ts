import type { EntityReassignment, Store } from '../store/index.js';
import { nameOverrides, replayCorrections } from './corrections.js';
import { NameReader } from './draft.js';
import { linkPending, type LinkPendingOptions, type LinkSummary } from './link-pending.js';
import { LINK_DEFAULTS } from './options.js';
import { PeopleSeen, yearOf } from './short-forms.js';

/**
 * Full resolution on demand (`parley entities resolve`): every stored
 * document entity is read again with today's rules, every short name is
 * resolved against the whole corpus, the corrections are replayed, and
 * every count, name and office holder is rebuilt, in one transaction. The
 * result equals what the incremental steps maintain; run it after changing
 * the rules (`names.ts`, `LINK_DEFAULTS`).
 */
export async function relinkAll(store: Store, options: LinkPendingOptions = {}): Promise<LinkSummary> {
  const { surnameWindowYears, dominance, variantWindowYears } = { ...LINK_DEFAULTS, ...options.options };
  const queued = await linkPending(store, options);
  const corrections = await store.entityCorrections();
  const replay = replayCorrections(corrections);
  const names = new NameReader();
  const rows = (await store.entityRows({ all: true })).map((row) => ({ row, read: names.read(row.type, row.name, row.key) }));

  const seen = new PeopleSeen({ variantYears: variantWindowYears, dominance });
  for (const { row, read } of rows) {
    if (read && row.type === 'person' && read.form === 'full') seen.add(read.block, { auto: read.id, initials: read.initials, year: yearOf(row.published), rows: 1 });
  }

  const reassign: EntityReassignment[] = [];
  for (const { row, read } of rows) {
    if (!read) continue;
    const auto = seen.resolve({ form: read.form, initials: read.initials, own: read.id, block: read.block, gender: row.gender }, row.published, surnameWindowYears, dominance);
    const entity = replay(auto, row.document, row.idx);
    if (auto === row.auto && entity === row.entity && read.block === row.block && read.form === row.form && read.initials === row.initials) continue;
    reassign.push({ document: row.document, idx: row.idx, block: read.block, form: read.form, initials: read.initials, auto, entity });
  }
  const { persons } = await store.pendingLinks(0);
  await store.putEntityLinks({ reassign, names: nameOverrides(corrections), consumed: persons, rebuild: true });
  return { documents: queued.documents, reassigned: queued.reassigned + reassign.length };
}
