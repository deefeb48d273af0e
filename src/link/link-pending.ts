import type { StageRecord } from '../core/index.js';
import type { DocumentRecord, EntityReassignment, LinkedDocument, PersonYear, ShortFormRange, Store } from '../store/index.js';
import { applyMentionMoves, movedMentions, nameOverrides, replayCorrections } from './corrections.js';
import { draftDocument, NameReader, type DraftDocument } from './draft.js';
import { LINK_DEFAULTS, type LinkOptions } from './options.js';
import { PeopleSeen, yearOf, yearsAround } from './short-forms.js';

export interface LinkSummary {
  /** Documents whose entity index was written. */
  readonly documents: number;
  /** Stored document entities that changed canonical id. */
  readonly reassigned: number;
}

/** What resolution needs of a document just stored: its id and its stage records (the entities stage's is the one read). */
export type LinkableRecord = Pick<DocumentRecord, 'stages'> & { readonly document: Pick<DocumentRecord['document'], 'id'> };

export interface LinkPendingOptions {
  /** The batch just stored, so its stage outputs need not be read back. */
  readonly records?: Iterable<LinkableRecord>;
  readonly options?: Partial<LinkOptions>;
}

const personKey = (k: PersonYear) => `${k.block}\u0000${k.auto}\u0000${k.year ?? ''}`;
const blockAuto = (k: { block: string; auto: string }) => `${k.block}\u0000${k.auto}`;

/**
 * The incremental resolution step, run after every ingest batch: indexes the
 * queued documents and revisits only what they can change. Its cost follows
 * the batch, not the corpus:
 * - a full name, an org or a place resolves to its own id at once;
 * - a short name ("Peters", "W. Peters") resolves against the full-name
 *   people of its block: one small `person_years` read per batch, plus the
 *   batch's own;
 * - a stored short name is revisited only when a full name of its block
 *   appears in, or vanishes from, a year within its window (for initials and
 *   undated surnames: from the block altogether).
 * The user's corrections are replayed over every id computed. Everything is
 * written in one transaction; the queue it came from is in the store, so a
 * crash before that loses nothing.
 */
export async function linkPending(store: Store, { records = [], options = {} }: LinkPendingOptions = {}): Promise<LinkSummary> {
  const { surnameWindowYears, dominance, variantWindowYears, batchSize } = { ...LINK_DEFAULTS, ...options };
  const inMemory = new Map<string, readonly StageRecord[]>();
  for (const record of records) inMemory.set(record.document.id, record.stages);
  const names = new NameReader();
  let corrections: Awaited<ReturnType<Store['entityCorrections']>> | null = null;
  let documents = 0;
  let reassigned = 0;

  for (;;) {
    const pending = await store.pendingLinks(batchSize);
    if (pending.documents.length === 0 && pending.persons.length === 0) break;
    corrections ??= await store.entityCorrections();
    const replay = replayCorrections(corrections);
    const moves = movedMentions(corrections);

    const drafts: (DraftDocument & { stamp: string })[] = [];
    for (const doc of pending.documents) {
      // Read back only what this process did not just write (a crashed run's queue, a reindex elsewhere).
      const stages = inMemory.get(doc.id) ?? (await store.getDocument(doc.id))?.stages;
      drafts.push({ ...applyMentionMoves(draftDocument(doc.id, doc.published, stages, names), moves), stamp: doc.stamp });
    }

    // Full-name people: as stored before this batch, and the batch's own.
    const blocks = new Set(pending.persons.map((k) => k.block));
    const added = new Map<string, PersonYear>();
    // Fuller names ("George W. Bush") the batch adds: one-given-name full names near them may now stand for them.
    const fuller = new Set<string>();
    const seen = new PeopleSeen({ variantYears: variantWindowYears, dominance });
    for (const draft of drafts) {
      for (const e of draft.entities) {
        if (e.type !== 'person') continue;
        blocks.add(e.block);
        if (e.form !== 'full') continue;
        const year = yearOf(draft.published);
        seen.add(e.block, { auto: e.own, initials: e.initials, year, rows: 1 });
        added.set(personKey({ block: e.block, auto: e.own, year }), { block: e.block, auto: e.own, year });
        if ((e.initials?.length ?? 0) > 1) fuller.add(personKey({ block: e.block, auto: e.own, year }));
      }
    }
    const stored = await store.personYears([...blocks]);
    for (const row of stored) seen.add(row.block, row);
    const resolve = (row: Parameters<PeopleSeen['resolve']>[0], published: string | null) => seen.resolve(row, published, surnameWindowYears, dominance);

    const linked: LinkedDocument[] = drafts.map((draft) => ({
      id: draft.id,
      stamp: draft.stamp,
      index: {
        entities: draft.entities.map((e) => {
          const auto = resolve(e, draft.published);
          return { idx: e.idx, type: e.type, key: e.key, name: e.name, block: e.block, form: e.form, initials: e.initials, auto, entity: replay(auto, draft.id, e.idx), mentions: e.mentions, role: e.role, loneGivenName: e.loneGivenName ?? false, gender: e.gender ?? null, own: e.own };
        }),
        mentions: draft.mentions,
        roles: draft.roles,
        officeMentions: draft.officeMentions,
      },
    }));

    const reassign: EntityReassignment[] = [];
    const ranges = changedRanges(stored, added, pending.persons, { surname: surnameWindowYears, variant: variantWindowYears, fuller });
    for (const row of ranges.length ? await store.entityRows({ shortForms: ranges }) : []) {
      const own = names.read(row.type, row.name, row.key)?.id ?? row.auto;
      const auto = resolve({ form: row.form, initials: row.initials, own, block: row.block, gender: row.gender }, row.published);
      const entity = replay(auto, row.document, row.idx);
      if (auto === row.auto && entity === row.entity) continue;
      reassign.push({ document: row.document, idx: row.idx, block: row.block, form: row.form, initials: row.initials, auto, entity });
    }

    await store.putEntityLinks({ documents: linked, reassign, names: nameOverrides(corrections), consumed: pending.persons });
    documents += linked.length;
    reassigned += reassign.length;
    if (pending.documents.length < batchSize) break;
  }
  return { documents, reassigned };
}

/**
 * Where stored short names may now resolve differently. A full name counted
 * more (`added`) or less (`removed`) in a year changes the candidates, or
 * their weight for dominance, of dated surnames within the window around
 * that year; if the person appears in, or vanishes from, the block
 * altogether, also those of initials and undated surnames, which look at
 * every year and know no dominance.
 */
function changedRanges(
  stored: readonly PersonYear[],
  added: ReadonlyMap<string, PersonYear>,
  removed: readonly PersonYear[],
  windows: { readonly surname: number; readonly variant: number; readonly fuller: ReadonlySet<string> },
): ShortFormRange[] {
  const years = windows.surname;
  const storedKeys = new Set(stored.map(personKey));
  const storedPeople = new Set(stored.map(blockAuto));
  const addedPeople = new Set([...added.values()].map(blockAuto));
  const whole = new Set<string>();
  const dated = new Map<string, ShortFormRange>();
  const given = new Map<string, ShortFormRange>();
  // Full-name people per block by year, before and in this batch: a count can only tip a choice among two or more.
  const people = new Map<string, { auto: string; year: number }[]>();
  for (const p of [...stored, ...added.values(), ...removed]) {
    if (p.year !== null) (people.get(p.block) ?? people.set(p.block, []).get(p.block)!).push({ auto: p.auto, year: Number(p.year) });
  }
  // A count change at year Y reaches surnames of Y ± (variant + surname) windows, whose candidates lie one surname window further.
  const reach = windows.variant + 2 * years;
  const alone = (key: PersonYear) => {
    const y = Number(key.year);
    const near = new Set((people.get(key.block) ?? []).filter((p) => Math.abs(p.year - y) <= reach).map((p) => p.auto));
    near.add(key.auto);
    return near.size <= 1;
  };
  const changed = (key: PersonYear, wholeBlock: boolean, variants = false, presence = true) => {
    if (wholeBlock) whole.add(key.block);
    if (key.year === null) return;
    // Only the count changed, and no one else of the block is near: no short name can resolve differently.
    if (!presence && alone(key)) return;
    // A fuller name changes which one-given-name full names stand for it, and so the surnames around those.
    const reach = variants && windows.variant > 0 ? years + windows.variant : years;
    const range = { block: key.block, ...yearsAround(key.year, reach) };
    dated.set(`${range.block}\u0000${range.fromYear}\u0000${range.toYear}`, range);
    if (variants && windows.variant > 0) {
      const near = { block: key.block, ...yearsAround(key.year, windows.variant), given: true as const };
      given.set(`${near.block}\u0000${near.fromYear}`, near);
    }
  };
  // Any change of a year's count may tip a dated surname's dominance; presence alone matters to the rest.
  for (const [key, value] of added) changed(value, !storedKeys.has(key) && !storedPeople.has(blockAuto(value)), windows.fuller.has(key), !storedKeys.has(key));
  for (const value of removed) {
    const key = personKey(value);
    const vanished = !storedKeys.has(key) && !added.has(key);
    changed(value, vanished && !storedPeople.has(blockAuto(value)) && !addedPeople.has(blockAuto(value)), true, vanished);
  }
  return [...[...whole].sort().map((block) => ({ block, fromYear: null, toYear: null })), ...dated.values(), ...given.values()];
}
