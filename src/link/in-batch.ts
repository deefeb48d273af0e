import type { StageRecord } from '../core/index.js';
import type { EntityType, Office } from '../store/index.js';
import { canonicalName, type NameUse } from './canonical-name.js';
import { draftDocument, NameReader, type DraftDocument } from './draft.js';
import { OfficeHistory } from './office-history.js';
import { LINK_DEFAULTS, type LinkOptions } from './options.js';
import { creditedEvidence } from './role-credit.js';
import { PeopleSeen, yearOf } from './short-forms.js';

export interface LinkedMention {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly name: string;
  /** The role the document gives the entity (the first stated), or null. */
  readonly role: string | null;
}

export interface LinkedOfficeMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly office: Office;
  readonly id: string | null;
  readonly name: string | null;
}

export interface LinkedEntities {
  /** In text order. */
  readonly entities: readonly LinkedMention[];
  readonly officeMentions: readonly LinkedOfficeMention[];
}

export interface BatchDocument {
  readonly id: string;
  readonly published: string | null;
  readonly stages: readonly StageRecord[];
}

/**
 * Resolution across the documents of one run, without a store (what
 * `parley extract` prints): the same rules as the corpus-level resolution,
 * over this batch only, and no user corrections. Office mentions resolve
 * against the role history these documents give, less the inferred owners
 * their stated evidence overrules (`role-credit.ts`).
 */
export function linkBatch(documents: readonly BatchDocument[], options: Partial<LinkOptions> = {}): Map<string, LinkedEntities> {
  const { surnameWindowYears } = { ...LINK_DEFAULTS, ...options };
  const names = new NameReader();
  const drafts = documents.map((doc) => draftDocument(doc.id, doc.published, doc.stages, names));

  const seen = new PeopleSeen();
  for (const draft of drafts) {
    for (const e of draft.entities) if (e.type === 'person' && e.form === 'full') seen.add(e.block, { auto: e.own, initials: e.initials, year: yearOf(draft.published) });
  }

  const idOf = new Map<string, string>();
  const uses = new Map<string, Map<string, { rows: number; own: boolean; full: boolean }>>();
  const rowKey = (document: string, idx: number) => `${document}\u0000${idx}`;
  for (const draft of drafts) {
    for (const e of draft.entities) {
      const id = seen.resolve(e, draft.published, surnameWindowYears);
      idOf.set(rowKey(draft.id, e.idx), id);
      const byName = uses.get(id) ?? new Map();
      const use = byName.get(e.name) ?? { rows: 0, own: false, full: false };
      byName.set(e.name, { rows: use.rows + 1, own: use.own || id === e.own, full: use.full || e.form === 'full' });
      uses.set(id, byName);
    }
  }
  const nameOf = new Map<string, string>();
  for (const [id, byName] of uses) {
    const list: NameUse[] = [...byName].map(([name, use]) => ({ name, ...use }));
    nameOf.set(id, canonicalName(list) ?? id);
  }

  const evidence = drafts.flatMap((draft) =>
    draft.roles.map((role, ordinal) => ({
      title: role.title,
      of: role.of,
      published: draft.published,
      document: draft.id,
      entity: role.entity,
      ordinal,
      person: idOf.get(rowKey(draft.id, role.entity)) ?? '',
      ofInferred: role.ofInferred,
      oneHolder: role.oneHolder,
    })),
  );
  const history = new OfficeHistory(creditedEvidence(evidence));
  const linked = new Map<string, LinkedEntities>();
  for (const draft of drafts) linked.set(draft.id, view(draft, (document, idx) => idOf.get(rowKey(document, idx)), nameOf, history));
  return linked;
}

/** One document's mentions and office mentions with canonical ids and names. */
function view(
  draft: DraftDocument,
  idOf: (document: string, idx: number) => string | undefined,
  nameOf: ReadonlyMap<string, string>,
  history: OfficeHistory,
): LinkedEntities {
  const types = new Map(draft.entities.map((e) => [e.idx, e.type]));
  const firstRole = new Map<number, string>();
  for (const role of draft.roles) if (!firstRole.has(role.entity)) firstRole.set(role.entity, role.title);
  const entities: LinkedMention[] = [];
  for (const m of draft.mentions) {
    const id = idOf(draft.id, m.entity);
    const type = types.get(m.entity);
    if (id === undefined || type === undefined) continue;
    entities.push({ type, text: m.text, start: m.start, end: m.end, id, name: nameOf.get(id) ?? id, role: firstRole.get(m.entity) ?? null });
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const officeMentions = draft.officeMentions.map((o): LinkedOfficeMention => {
    const office = { title: o.title, of: o.of };
    const holder = history.holderAt(office, draft.published);
    const id = holder ? (idOf(holder.document, holder.entity) ?? null) : null;
    return { text: o.text, start: o.start, end: o.end, office, id, name: id === null ? null : (nameOf.get(id) ?? id) };
  });
  return { entities, officeMentions };
}
