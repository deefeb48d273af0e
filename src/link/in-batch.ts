import type { StageRecord } from '../core/index.js';
import type { EntityType, Office, ShownRole } from '../store/index.js';
import { canonicalName, type NameUse } from './canonical-name.js';
import { draftDocument, NameReader, type DraftDocument } from './draft.js';
import { OfficeHistory } from './office-history.js';
import { LINK_DEFAULTS, type LinkOptions } from './options.js';
import { creditedEvidence } from './role-credit.js';
import { RoleOwners, type StatedOwner } from '../store/index.js';
import { PeopleSeen, yearOf } from './short-forms.js';

export interface LinkedMention {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly name: string;
  /** The role the document gives the entity (the first stated current one, else a former or incoming one), or null. */
  readonly role: string | null;
  /** Whose office `role` is: a country or organisation, canonical name; null when unknown or when the evidence disagrees (`role-owner.ts`). */
  readonly roleOf: string | null;
  /** `current`, or `former` ("former Prime Minister", "then Foreign Minister") or `future` ("Prime Minister-elect"); null without a role. */
  readonly roleTense: 'current' | 'former' | 'future' | null;
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
  const { surnameWindowYears, dominance, variantWindowYears } = { ...LINK_DEFAULTS, ...options };
  const names = new NameReader();
  const drafts = documents.map((doc) => draftDocument(doc.id, doc.published, doc.stages, names));

  const seen = new PeopleSeen({ variantYears: variantWindowYears, dominance });
  for (const draft of drafts) {
    for (const e of draft.entities) if (e.type === 'person' && e.form === 'full') seen.add(e.block, { auto: e.own, initials: e.initials, year: yearOf(draft.published), rows: 1 });
  }

  const idOf = new Map<string, string>();
  const uses = new Map<string, Map<string, { rows: number; own: boolean; full: boolean }>>();
  const rowKey = (document: string, idx: number) => `${document}\u0000${idx}`;
  for (const draft of drafts) {
    for (const e of draft.entities) {
      const id = seen.resolve(e, draft.published, surnameWindowYears, dominance);
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
  const credited = creditedEvidence(evidence);
  const history = new OfficeHistory(credited);
  const creditedRoles = new Set(credited.map((e) => `${rowKey(e.document, e.entity)}\u0000${e.title}\u0000${e.of ?? ''}`));
  const owners = new RoleOwners(statedOwners(drafts, (document, idx) => idOf.get(rowKey(document, idx))));
  const shownOwner = (document: string, idx: number, person: string, role: ShownRole) =>
    owners.ownerOf(person, role, role.tense !== 'current' || creditedRoles.has(`${rowKey(document, idx)}\u0000${role.title}\u0000${role.of ?? ''}`));
  const linked = new Map<string, LinkedEntities>();
  for (const draft of drafts) linked.set(draft.id, view(draft, (document, idx) => idOf.get(rowKey(document, idx)), nameOf, history, shownOwner));
  return linked;
}

/** Every owner a document gives a person's title, stated or inferred, current or former. */
function statedOwners(drafts: readonly DraftDocument[], idOf: (document: string, idx: number) => string | undefined): StatedOwner[] {
  const stated: StatedOwner[] = [];
  for (const draft of drafts) {
    const add = (idx: number, title: string, of: string | null, inferred: boolean) => {
      const person = idOf(draft.id, idx);
      if (person !== undefined && of !== null) stated.push({ person, title, of, document: draft.id, inferred });
    };
    for (const role of draft.roles) add(role.entity, role.title, role.of, role.ofInferred);
    for (const e of draft.entities) if (e.role) add(e.idx, e.role.title, e.role.of, e.role.ofInferred);
  }
  return stated;
}

/** One document's mentions and office mentions with canonical ids and names. */
function view(
  draft: DraftDocument,
  idOf: (document: string, idx: number) => string | undefined,
  nameOf: ReadonlyMap<string, string>,
  history: OfficeHistory,
  shownOwner: (document: string, idx: number, person: string, role: ShownRole) => string | null,
): LinkedEntities {
  const byIdx = new Map(draft.entities.map((e) => [e.idx, e]));
  const entities: LinkedMention[] = [];
  const roleOf = new Map<number, string | null>();
  for (const m of draft.mentions) {
    const id = idOf(draft.id, m.entity);
    const type = byIdx.get(m.entity)?.type;
    if (id === undefined || type === undefined) continue;
    const shown = byIdx.get(m.entity)?.role ?? undefined;
    if (shown && !roleOf.has(m.entity)) roleOf.set(m.entity, shownOwner(draft.id, m.entity, id, shown));
    entities.push({
      type,
      text: m.text,
      start: m.start,
      end: m.end,
      id,
      name: nameOf.get(id) ?? id,
      role: shown?.title ?? null,
      roleOf: shown ? (roleOf.get(m.entity) ?? null) : null,
      roleTense: shown?.tense ?? null,
    });
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
