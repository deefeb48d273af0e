import { canonicalName, entityKey, type EntitiesOutput, type EntityType, type RoleEvidence } from '../../src/extract/entities/index.js';
import type { DocumentRecord } from '../../src/store/index.js';
import { DEFAULT_STAGES, record, type RecordInit } from '../../src/store/test/builder.js';

/** One entity as a test states it: its name, the words that mention it, the roles the text gives it. */
export interface EntitySpec {
  readonly type?: EntityType;
  readonly name: string;
  /** Defaults to the key the entities stage gives the name. */
  readonly key?: string;
  /** What the stage read from honorifics and given names ("Mrs Bolger" → 'f'). */
  readonly gender?: 'f' | 'm';
  /** Surface strings, found in the text in order; defaults to the name once. */
  readonly mentions?: readonly string[];
  readonly roles?: readonly {
    readonly title: string;
    readonly of?: string | null;
    readonly text?: string;
    readonly source?: RoleEvidence['source'];
    readonly tense?: RoleEvidence['tense'];
    /** The owner was inferred, not stated: the stage's `ofInferred`. */
    readonly ofInferred?: boolean;
  }[];
}

export interface OfficeSpec {
  readonly text: string;
  readonly title: string;
  readonly of?: string | null;
}


/**
 * Builds an `entities` stage output for `text`, as the stage would: spans are
 * found by searching the text (each surface after the previous occurrence of
 * the same surface), so `text.slice(start, end) === mention.text` holds.
 */
export function entitiesOutput(text: string, specs: readonly EntitySpec[], offices: readonly OfficeSpec[] = []): EntitiesOutput {
  const cursor = new Map<string, number>();
  const find = (surface: string) => {
    const start = text.indexOf(surface, cursor.get(surface) ?? 0);
    if (start < 0) throw new Error(`test builder: '${surface}' is not in the text`);
    cursor.set(surface, start + surface.length);
    return { start, end: start + surface.length };
  };
  const mentions: EntitiesOutput['mentions'][number][] = [];
  const entities = specs.map((spec, entity) => {
    const type = spec.type ?? 'person';
    const indexes: number[] = [];
    for (const surface of spec.mentions ?? [spec.name]) {
      indexes.push(mentions.length);
      mentions.push({ type, text: surface, ...find(surface), entity, via: 'model', confidence: 0.9 });
    }
    const roles = (spec.roles ?? []).map((role) => {
      const words = role.text ?? role.title;
      const at = text.indexOf(words);
      return {
        title: role.title,
        of: role.of ?? null,
        text: words,
        start: Math.max(at, 0),
        end: Math.max(at, 0) + words.length,
        source: role.source ?? 'pattern',
        tense: role.tense ?? 'current',
        ...(role.ofInferred ? { ofInferred: true as const } : {}),
      };
    });
    return { type, name: spec.name, key: spec.key ?? entityKey(type, canonicalName(spec.name)), roles, mentions: indexes, ...(spec.gender ? { gender: spec.gender } : {}) };
  });
  mentions.sort((a, b) => a.start - b.start);
  // Mention indexes in `entities` follow the sort.
  const order = new Map(mentions.map((m, i) => [m, i]));
  const sorted = entities.map((e, entity) => ({ ...e, mentions: mentions.filter((m) => m.entity === entity).map((m) => order.get(m) as number) }));
  return {
    mentions,
    entities: sorted,
    officeMentions: offices.map((o) => ({ text: o.text, ...find(o.text), office: { title: o.title, of: o.of ?? null } })),
    country: null,
  };
}

export interface EntityRecordInit extends RecordInit {
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly offices?: readonly OfficeSpec[];
  /** Version of the `entities` stage record. */
  readonly version?: number;
}

/** A document record carrying an `entities` stage record, ready for `putDocuments`. */
export function entityRecord(init: EntityRecordInit): DocumentRecord {
  const { entities, offices, version, ...rest } = init;
  return record({
    ...rest,
    stages: [...DEFAULT_STAGES, { name: 'entities', version: version ?? 1, output: entitiesOutput(init.text, entities, offices) }],
  });
}
