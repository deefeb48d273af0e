// From the words that name a speaker to the entity who spoke.
import { firstIndex, type Document, type Span } from '../../../core/index.js';
import type { EntitiesOutput, EntityMention } from '../../entities/index.js';
import type { Sentence } from '../../segment/index.js';
import type { QuoteSpeaker, SpeakerVia } from '../types.js';
import { CUES, type CueLexicon } from '../cues.js';
import type { Candidate } from './candidates.js';

export interface SpeakerContext {
  readonly doc: Document;
  readonly entities: EntitiesOutput;
  readonly sentences: readonly Sentence[];
  /** Quoted stretches: a person named inside a quote is not what a later "he" refers to. */
  readonly quoted: readonly Span[];
  /** Who "I" and "we" are where no turn says otherwise: the release's one minister, or null. */
  readonly author: QuoteSpeaker | null;
  readonly lexicon?: CueLexicon;
}

/** How far back (in sentences) a pronoun or a role looks for its person. */
const LOOK_BACK_SENTENCES = 12;


const sorted = new WeakMap<EntitiesOutput, readonly EntityMention[]>();
/** The mentions in text order, sorted once per document. */
function byStart(entities: EntitiesOutput): readonly EntityMention[] {
  let out = sorted.get(entities);
  if (!out) sorted.set(entities, (out = [...entities.mentions].sort((a, b) => a.start - b.start)));
  return out;
}


const inside = (spans: readonly Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);

function mention(ctx: SpeakerContext, c: Span): QuoteSpeaker['mention'] {
  return { start: c.start, end: c.end, text: ctx.doc.text.slice(c.start, c.end) };
}

/**
 * The subject a pronoun refers to: in the nearest sentence before it (its own
 * sentence first, up to the pronoun) that names a person who fits, the first
 * such person named (a sentence's subject comes first far more often than its
 * object: "Mr Peters met Antony Blinken … he said" is Peters). Mentions inside
 * quotes do not count.
 */
function antecedent(ctx: SpeakerContext, at: number, fits: (entity: number) => boolean, type: 'person' | 'org', nearest = false): number | null {
  // The last sentence starting at or before `at`.
  const s = firstIndex(ctx.sentences, (x) => x.start <= at) - 1;
  const mentions = byStart(ctx.entities);
  for (let k = s; k >= 0 && k > s - LOOK_BACK_SENTENCES; k--) {
    const sentence = ctx.sentences[k]!;
    const to = k === s ? at : sentence.end;
    let best: number | null = null;
    for (let i = firstIndex(mentions, (m) => m.start < sentence.start); i < mentions.length && mentions[i]!.start < to; i++) {
      const m = mentions[i]!;
      if (m.end <= m.start || m.type !== type) continue;
      if (inside(ctx.quoted, m.start) || ctx.entities.entities[m.entity]?.weak) continue;
      if (!fits(m.entity)) continue;
      best = m.entity;
      if (!nearest) break;
    }
    if (best !== null) return best;
  }
  return null;
}

/** The person nearest before `at` holding a current role that `matches`. */
function holder(ctx: SpeakerContext, at: number, matches: (title: string, of: string | null) => boolean): number | null {
  let best: number | null = null;
  let bestAt = -1;
  ctx.entities.entities.forEach((e, index) => {
    if (e.type !== 'person' || !e.roles.some((r) => r.tense === 'current' && matches(r.title, r.of))) return;
    const before = e.mentions.map((m) => ctx.entities.mentions[m]!).filter((m) => m.start <= at);
    const last = before.length ? Math.max(...before.map((m) => m.start)) : -0.5;
    if (last > bestAt) {
      best = index;
      bestAt = last;
    }
  });
  return best;
}

/**
 * The speaker a candidate names at `at` (where the quote is), or null when it
 * names no one who can be told without guessing ("officials said", "he" with
 * no one before it).
 */
export function resolveSpeaker(ctx: SpeakerContext, c: Candidate, via: SpeakerVia, at: number): QuoteSpeaker | null {
  const lexicon = ctx.lexicon ?? CUES;
  const named = mention(ctx, c);
  const gender = (entity: number) => ctx.entities.entities[entity]?.gender;
  switch (c.kind) {
    case 'person':
    case 'org':
      return { entity: c.entity!, mention: named, via };
    case 'office': {
      // An office with no owner stated is the document's country's ("the Prime Minister said" in a No 10 readout).
      const office = c.office!.of === null && ctx.entities.country ? { ...c.office!, of: ctx.entities.country.name } : c.office!;
      const who = holder(ctx, at, (title, of) => title === office.title && (of === office.of || of === null || office.of === null));
      return { entity: who, mention: named, via: 'role', office };
    }
    case 'pronoun': {
      if (c.pronoun === 'self') return ctx.author ? { ...ctx.author, mention: named, via: 'release' } : null;
      if (c.pronoun === 'p') return null;
      const want = c.pronoun;
      const who = antecedent(ctx, c.start, (e) => gender(e) === undefined || gender(e) === want, 'person');
      return who === null ? null : { entity: who, mention: named, via: 'pronoun' };
    }
    case 'nominal': {
      const noun = c.noun!;
      const spokesOrg = noun.startsWith('spokes') ? (c.org ?? antecedent(ctx, c.start, () => true, 'org', true)) : null;
      if (spokesOrg !== null) {
        // "a Downing Street spokesman said" / "the spokesman said" after the body is named: the body's spokesperson.
        const org = ctx.entities.entities[spokesOrg]!.name;
        const who = holder(ctx, at, (title, of) => /spokes/i.test(title) && of === org);
        return { entity: who, mention: named, via: 'role', office: { title: 'Spokesperson', of: org } };
      }
      // "A Downing Street spokesman" with no organisation recognised: the capitalised words name the body.
      const body = noun.startsWith('spokes') ? /^(?:the|a|an)\s+((?:\p{Lu}[\p{L}’'.-]*\s+)+)\S+$/iu.exec(named.text)?.[1]?.trim() : undefined;
      if (body) return { entity: null, mention: named, via: 'role', office: { title: 'Spokesperson', of: body } };
      if (lexicon.anonymousNouns.has(noun)) return null;
      if (lexicon.documentNouns.has(noun)) {
        // The body nearest before: "… according to a statement from the US State Department. “…,” the statement said."
        const org = c.org ?? antecedent(ctx, c.start, () => true, 'org', true);
        return org === null ? null : { entity: org, mention: named, via: 'cue' };
      }
      const who = holder(ctx, at, (title) => title.toLowerCase().split(/\s+/).includes(noun));
      return who === null ? null : { entity: who, mention: named, via: 'role' };
    }
  }
}

const HONORIFICS = /^(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable|hon\.?|mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame)\s+/i;

/**
 * The one minister a release speaks for, from its metadata (`ministers`), as
 * an entity of the document; null for anything but a release with exactly one.
 */
export function releaseAuthor(doc: Document, entities: EntitiesOutput): QuoteSpeaker | null {
  if (doc.meta.kind !== 'release' || doc.meta.ministers.length !== 1) return null;
  const name = doc.meta.ministers[0]!.replace(HONORIFICS, '').replace(HONORIFICS, '').trim().toLowerCase();
  const surname = name.split(/\s+/).pop() ?? '';
  const index = entities.entities.findIndex((e) => e.type === 'person' && e.name.toLowerCase() === name);
  const fallback = index >= 0 ? index : entities.entities.findIndex((e) => e.type === 'person' && e.name.toLowerCase().split(/\s+/).pop() === surname);
  if (fallback < 0) return null;
  const first = entities.mentions[entities.entities[fallback]!.mentions[0]!];
  const at = first && first.via === 'metadata' ? { start: 0, end: 0, text: '' } : first ? { start: first.start, end: first.end, text: first.text } : { start: 0, end: 0, text: '' };
  return { entity: fallback, mention: at, via: 'release' };
}
