import type { EntityIndex, EntityType, IndexedEntity, LinkedDocument, NameForm } from '../entity-types.js';
import type { DocumentRecord } from '../store.js';

/** One document entity as a store test states it; ids are given, not resolved (resolution is src/link's). */
export interface IndexedSpec {
  readonly id: string;
  readonly name: string;
  /** Surface strings found in the text in order; defaults to the name once. */
  readonly mentions?: readonly string[];
  /** Stated and not one-holder unless said. */
  readonly roles?: readonly { readonly title: string; readonly of?: string | null; readonly ofInferred?: boolean; readonly oneHolder?: boolean }[];
  readonly auto?: string;
  readonly block?: string;
  readonly form?: NameForm;
  readonly initials?: string | null;
}

/**
 * The entity index of `doc`, spans found in its text: what src/link would
 * hand the store for it, with the ids spelled out.
 */
export function entityIndex(doc: DocumentRecord, specs: readonly IndexedSpec[], offices: readonly { text: string; title: string; of?: string | null }[] = []): EntityIndex {
  const text = doc.document.text;
  const cursor = new Map<string, number>();
  const find = (surface: string) => {
    const start = text.indexOf(surface, cursor.get(surface) ?? 0);
    if (start < 0) throw new Error(`test builder: '${surface}' is not in the text`);
    cursor.set(surface, start + surface.length);
    return { start, end: start + surface.length, text: surface };
  };
  const entities: IndexedEntity[] = [];
  const mentions: EntityIndex['mentions'][number][] = [];
  const roles: EntityIndex['roles'][number][] = [];
  specs.forEach((spec, idx) => {
    const type = spec.id.split(':')[0] as EntityType;
    const surfaces = spec.mentions ?? [spec.name];
    for (const surface of surfaces) mentions.push({ entity: idx, via: 'model', ...find(surface) });
    for (const role of spec.roles ?? []) {
      const ofInferred = role.ofInferred ?? false;
      // An inferred owner comes from the text's title alone; a stated one stands for any given owner.
      roles.push({ entity: idx, title: role.title, of: role.of ?? null, start: 0, end: 0, text: '', source: ofInferred ? 'pattern' : 'front-matter', ofInferred, oneHolder: role.oneHolder ?? false });
    }
    entities.push({
      idx,
      type,
      key: spec.auto ?? spec.id,
      name: spec.name,
      block: spec.block ?? spec.auto ?? spec.id,
      form: spec.form ?? 'full',
      initials: spec.initials ?? null,
      auto: spec.auto ?? spec.id,
      entity: spec.id,
      mentions: surfaces.length,
      role: type === 'person' && spec.roles?.[0] ? { title: spec.roles[0].title, of: spec.roles[0].of ?? null, ofInferred: spec.roles[0].ofInferred ?? false, tense: 'current' } : null,
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, roles, officeMentions: offices.map((o) => ({ ...find(o.text), title: o.title, of: o.of ?? null })) };
}

export function linked(doc: DocumentRecord, specs: readonly IndexedSpec[], offices?: readonly { text: string; title: string; of?: string | null }[]): LinkedDocument {
  return { id: doc.document.id, index: entityIndex(doc, specs, offices) };
}
