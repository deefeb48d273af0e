import type { StageRecord } from '../core/index.js';
import { byPreference, oneHolderOffice, type RoleEvidence } from '../extract/entities/index.js';
import type { EntityType, IndexedEntity, IndexedMention, IndexedOfficeMention, IndexedRole, ShownRole } from '../store/index.js';
import { analyseName, type NameAnalysis } from './names.js';
import { ENTITIES_DEFAULTS } from '../extract/entities/index.js';

const GIVEN_NAMES = new Set(ENTITIES_DEFAULTS.lexicon.givenNames.map((name) => name.toLowerCase()));

/** "Neil", not "NEIL" (a transcript's speaker label is a surname) and not a surname the list lacks. */
const isLoneGivenName = (type: EntityType, form: string, display: string) =>
  type === 'person' && form === 'surname' && /^\p{Lu}\p{Ll}+$/u.test(display) && GIVEN_NAMES.has(display.toLowerCase());
import { entitiesOf } from './stage-output.js';

/**
 * One document entity before resolution: the stored shape without the ids
 * resolution assigns, plus `own`, the id the name gives on its own (short
 * forms may resolve to another).
 */
export type DraftEntity = Omit<IndexedEntity, 'auto' | 'entity'> & { readonly own: string };

/** A document's entity index before resolution. */
export interface DraftDocument {
  readonly id: string;
  readonly published: string | null;
  readonly entities: readonly DraftEntity[];
  readonly mentions: readonly IndexedMention[];
  readonly roles: readonly IndexedRole[];
  readonly officeMentions: readonly IndexedOfficeMention[];
}

/** Reads names once per run: the same few hundred names recur in every document. */
export class NameReader {
  private readonly cache = new Map<string, NameAnalysis | null>();

  read(type: EntityType, name: string, key: string): NameAnalysis | null {
    const cacheKey = `${type}\u0000${name}\u0000${key}`;
    let analysis = this.cache.get(cacheKey);
    if (analysis === undefined) {
      analysis = analyseName(type, name, key);
      // Bounded: a long run must not hold every name it ever saw.
      if (this.cache.size >= 50_000) this.cache.clear();
      this.cache.set(cacheKey, analysis);
    }
    return analysis;
  }
}

/** Builds the draft index of one document from its `entities` stage output. */
export function draftDocument(id: string, published: string | null, stages: readonly StageRecord[] | undefined, names: NameReader): DraftDocument {
  const output = entitiesOf(stages);
  const counts = new Map<number, number>();
  for (const m of output.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const entities: DraftEntity[] = [];
  const roles: IndexedRole[] = [];
  output.entities.forEach((entity, idx) => {
    if (!entity) return;
    const read = names.read(entity.type, entity.name, entity.key);
    if (!read) return;
    entities.push({
      role: entity.type === 'person' ? shownRole(entity.roles ?? []) : null,
      idx,
      type: entity.type,
      key: entity.key,
      name: read.display,
      block: read.block,
      form: read.form,
      initials: read.initials,
      own: read.id,
      loneGivenName: isLoneGivenName(entity.type, read.form, read.display),
      gender: entity.type === 'person' && (entity.gender === 'f' || entity.gender === 'm') ? entity.gender : null,
      mentions: counts.get(idx) ?? 0,
    });
    // Only people hold offices; a role on anything else is noise for the office history.
    if (entity.type !== 'person') return;
    for (const role of currentRoles(entity.roles ?? [])) {
      const of = typeof role.of === 'string' && role.of !== '' ? role.of : null;
      roles.push({
        entity: idx,
        title: role.title,
        of,
        start: Number.isInteger(role.start) ? role.start : 0,
        end: Number.isInteger(role.end) ? role.end : 0,
        text: typeof role.text === 'string' ? role.text : '',
        source: typeof role.source === 'string' ? role.source : 'pattern',
        // Outputs from before the stage said so count as stated: what they always meant here.
        ofInferred: role.ofInferred === true && of !== null,
        oneHolder: oneHolderOffice(role.title, of),
      });
    }
  });
  const kept = new Set(entities.map((e) => e.idx));
  return {
    id,
    published,
    entities,
    mentions: output.mentions
      .filter((m) => kept.has(m.entity))
      .map((m) => ({ entity: m.entity, start: m.start, end: m.end, text: m.text, via: typeof m.via === 'string' ? m.via : 'model' })),
    roles,
    officeMentions: output.officeMentions.map((o) => ({
      start: o.start,
      end: o.end,
      text: o.text,
      title: o.office.title,
      of: typeof o.office.of === 'string' && o.office.of !== '' ? o.office.of : null,
    })),
  };
}

/**
 * The role a document shows for a person: the primary current role, else the
 * first former or incoming one, so "former Prime Minister Helen Clark" still
 * reads as a Prime Minister, marked not current. Only current roles reach
 * `roles` and the office history.
 */
function shownRole(roles: readonly RoleEvidence[]): ShownRole | null {
  const valid = roles.filter((r) => typeof r?.title === 'string' && r.title !== '');
  const current = valid.filter((r) => r.tense === undefined || r.tense === 'current');
  // As the stage's `primaryRole`: stated in the text before front matter and byline, an office before a seat.
  const role = byPreference(current)[0] ?? valid[0];
  if (!role) return null;
  const of = typeof role.of === 'string' && role.of !== '' ? role.of : null;
  const tense = role.tense === 'former' || role.tense === 'future' ? role.tense : 'current';
  return { title: role.title, of, ofInferred: role.ofInferred === true && of !== null, tense };
}

/**
 * The roles that say the person held the office on the document's date, the
 * stage's primary role first (as `primaryRole` picks it: stated in the text
 * before front matter and byline). "Former" and "incoming" roles are left
 * out: they would put the person in office on the wrong dates. Outputs from
 * before the stage recorded a tense count as current.
 */
function currentRoles(roles: readonly RoleEvidence[]): RoleEvidence[] {
  const current = roles.filter((r) => typeof r?.title === 'string' && r.title !== '' && (r.tense === undefined || r.tense === 'current'));
  return byPreference(current);
}
