import { spanAt, type Document, type Span, type Stage } from '../../core/index.js';
import { mentionsStartingIn, type EntitiesOutput, type EntityMention, type Office } from '../entities/index.js';
import type { QuotesOutput } from '../quotes/index.js';
import { collectCandidates, releaseAuthor, type Candidates, type SpeakerContext } from '../quotes/speakers/index.js';
import type { SegmentOutput, Sentence } from '../segment/index.js';
import type { TimesOutput } from '../times/index.js';
import { counterpartList, counterpartsOf } from './counterparts.js';
import { levelOf } from './level.js';
import { same, sidesOf, type ParticipantInput } from './participants.js';
import { datelinePlace, placeOf } from './place.js';
import { ploverOf } from './plover.js';
import { statusOf } from './status.js';
import { triggersIn, type Trigger } from './triggers.js';
import type { EngagementMention, EventParticipant, EventsOutput, EventStatus, EventType } from './types.js';
import { timeOf } from './when.js';

/** When one sentence names one engagement twice ("heads to Ottawa for talks with Harper"), the more specific name wins. */
const PRECEDENCE: Readonly<Record<EventType, number>> = { dialogue: 6, call: 5, agreement: 4, meet: 3, summit: 2, visit: 1 };

/** A negation right before a trigger. Cancellations ("was cancelled") are kept, as `cancelled`. */
const NEGATED = /(?:\b(?:not|never|no|refus(?:e|ed|es|al)\s+to|declined\s+to|without)|n[’']t)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Words that refer back to the two sides of the engagement just reported. */
const BOTH = /\b(?:the\s+two|both)\s+(?:leaders|ministers|sides|men|women|officials|foreign\s+ministers|prime\s+ministers|presidents)\b|\bthe\s+pair\b/iu;

/** Types that need someone on the other side: one person meeting no one is not a meeting. */
const NEEDS_COUNTERPART = new Set<EventType>(['meet', 'call', 'dialogue']);

/** Everything one document's engagements are read against. */
class Reading {
  readonly text: string;
  readonly candidates: Candidates;
  readonly speakers: SpeakerContext;
  readonly quotes: ParticipantInput['quotes'];
  /** The document's place mentions, the first of each text: names are matched by their words, once per distinct name. */
  readonly placesByText: readonly EntityMention[];

  constructor(
    readonly doc: Document,
    readonly segment: SegmentOutput,
    readonly entities: EntitiesOutput,
    readonly times: TimesOutput,
    quotes: QuotesOutput,
  ) {
    this.text = doc.text;
    this.candidates = collectCandidates(doc.text, entities);
    const direct = quotes.quotes.filter((q) => q.kind !== 'partial');
    this.speakers = { doc, entities, sentences: segment.sentences, quoted: direct, author: releaseAuthor(doc, entities) };
    const places = new Map<string, EntityMention>();
    for (const m of entities.mentions) if (m.type === 'place' && m.text.length > 1 && !places.has(m.text)) places.set(m.text, m);
    this.placesByText = [...places.values()];
    this.quotes = direct.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? { entity: q.speaker.entity, mention: q.speaker.mention, ...(q.speaker.office ? { office: q.speaker.office } : {}) } : null,
    }));
  }

  /** The place of the text's wire dateline, if any (`WASHINGTON, April 11 (Reuters) -`). */
  get dateline(): EntityMention | null {
    return (this.datelineFound ??= { place: datelinePlace(this.text, this.entities) }).place;
  }

  private datelineFound: { readonly place: EntityMention | null } | undefined;

  /** Whether a report is news of the day: no date of its own, or a day at most two before the publication date. */
  ofTheDay(time: TimesOutput['times'][number] | null): boolean {
    if (time === null) return true;
    const published = this.doc.meta.published;
    if (time.grain !== 'day' || time.value === null || published === null) return false;
    const days = (Date.parse(published.slice(0, 10)) - Date.parse(time.value)) / 86_400_000;
    return days >= 0 && days <= 2;
  }

  /** A person's office as the document states it now; for an office participant, the office. */
  officeOf(p: EventParticipant): Office | null {
    if (p.office) return p.office;
    if (p.entity === null) return null;
    const role = this.entities.entities[p.entity]?.roles.find((r) => r.tense === 'current');
    return role ? { title: role.title, of: role.of } : null;
  }

  /**
   * Who acts when the sentence names no one before its trigger ("The visit …
   * includes meetings with …"): the speaker of the quote it is in, else the
   * subject of the sentence before it in its paragraph.
   */
  impliedActor(index: number, trigger: Trigger): EventParticipant | null {
    const quote = spanAt(this.quotes, trigger.start);
    if (quote?.speaker) return quote.speaker;
    const sentences = this.segment.sentences;
    // Two sentences back, across a paragraph break: a news story often gives a sentence its own paragraph.
    for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
      const prior = sentences[k]!;
      const sides = sidesOf(this.input(prior, { start: prior.end, end: prior.end, text: '', type: 'meet', plural: false, travel: false, past: false }, []));
      if (sides.actors[0]) return sides.actors[0];
    }
    return null;
  }

  /** Whether the words before the trigger name a place or body that acts ("Iraq is currently hosting …"): then no one else is implied. */
  namesOtherActor(sentence: Span, trigger: Trigger): boolean {
    // Only a subject counts: a name within the sentence's first few words.
    const opening = /^(?:\S+\s+){0,2}/u.exec(this.text.slice(sentence.start, trigger.start))![0].length;
    return mentionsStartingIn(this.entities, { start: sentence.start, end: sentence.start + opening + 1 }, (m) => m.type !== 'person' && m.end <= trigger.start).length > 0;
  }

  /** Places named in the words right before a trigger, inside its name ("the New Zealand–United States Strategic Dialogue"). */
  countriesNamedBefore(trigger: Trigger): EventParticipant[] {
    const from = Math.max(0, trigger.start - 60);
    const name = /(?:\b(?:the|a|an|upcoming|second|first|third|annual|inaugural)\s+)((?:[\p{Lu}][\p{L}.]*[\s–—-]*)+)$/u.exec(this.text.slice(from, trigger.start));
    if (!name) return [];
    // Each part of the name between dashes opens with a place the document names ("U.S.", "New Zealand"):
    // matched by text, since the tagger often reads the whole name as one organisation.
    const out: EventParticipant[] = [];
    let at = trigger.start - name[1]!.length;
    for (const part of name[1]!.split(/(?<=[–—-])/u)) {
      const place = this.placesByText.find((m) => part.startsWith(m.text) && /^[\s–—-]/u.test(part.slice(m.text.length) || ' '));
      if (place && !out.some((o) => o.entity === place.entity)) out.push({ entity: place.entity, mention: { start: at, end: at + place.text.length, text: place.text } });
      at += part.length;
    }
    return out;
  }

  input(sentence: Span, trigger: Trigger, skip: readonly Span[]): ParticipantInput {
    return { text: this.text, sentence, trigger, candidates: this.candidates, speakers: this.speakers, quotes: this.quotes, skip };
  }

  /** The engagements one trigger names: one per counterpart after "meetings with", else one. */
  read(sentence: Sentence, index: number, trigger: Trigger, previous: EngagementMention | null): EngagementMention[] {
    const list = counterpartList(this.text, this.entities, trigger.end, sentence.end);
    const skip = list ? [list.span] : [];
    const sides = sidesOf(this.input(sentence, trigger, skip));
    let actors = sides.actors;
    let explicit = actors.length > 0;
    const near = this.text.slice(sentence.start, Math.min(sentence.end, trigger.end + 40));
    if (actors.length === 0 && sides.counterparts.length === 0 && previous && BOTH.test(near)) {
      // "The two leaders signed …", "A summit between the two leaders …": the people of the engagement just reported.
      actors = previous.participants;
      explicit = true;
    } else if (actors.length === 0 && !this.namesOtherActor(sentence, trigger) && !(sides.counterparts.length >= 2 && /^\s+between\b/u.test(this.text.slice(trigger.end, trigger.end + 10)))) {
      // ("discussions between Mr Costello and Mrs Sheldon" names both sides: no one else is implied.)
      const implied = this.impliedActor(index, trigger);
      if (implied) actors = [implied];
      // "A planned visit to Beijing has been postponed": a sentence that opens with the visit is about the actor just named.
      if (implied && trigger.type === 'visit' && /^(?:A|An|The|His|Her|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(this.text.slice(sentence.start, trigger.start))) explicit = true;
    }
    // What follows "a visit" is where, not whom: "The visit … includes meetings with Blinken" names its meetings separately.
    let counterparts = trigger.type === 'visit' ? [] : sides.counterparts;
    if (list) {
      // The titles a list's countries get are the actor's own ("his counterparts from Belgium …").
      const actorOffice = actors[0] ? this.officeOf(actors[0]) : null;
      counterparts = [...counterparts, ...counterpartsOf(list, actorOffice)];
    }
    counterparts = counterparts.filter((c) => !actors.some((a) => same(a, c)));
    if (trigger.type === 'dialogue' && actors.length + counterparts.length < 2) {
      // "the upcoming U.S.–New Zealand Space Dialogue": the countries its name joins take part.
      const named = this.countriesNamedBefore(trigger);
      if (named.length >= 2) {
        actors = [];
        counterparts = named;
      }
    }
    const groups: EventParticipant[][] =
      (trigger.plural || list) && counterparts.length > 1 ? counterparts.map((c) => [...actors, c]) : [[...actors, ...counterparts]];
    // "I haven't had any discussions with Chirac", "our refusal to sign the protocol": no engagement is reported.
    if (NEGATED.test(this.text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start))) return [];
    const t = timeOf(this.times.times, sentence, trigger);
    const time = t === null ? null : this.times.times[t]!;
    const status = statusOf({ text: this.text, sentenceStart: sentence.start, sentenceEnd: sentence.end, trigger, time, published: this.doc.meta.published });
    const own = placeOf(this.text, this.entities, sentence, trigger, skip);
    const place = own ?? (status === 'held' && trigger.type !== 'call' && this.ofTheDay(time) ? this.dateline : null);
    const out: EngagementMention[] = [];
    for (const participants of groups) {
      // Someone must act: an organisation alone ("the annual NATO summit") is a setting, not an engagement.
      const countries = trigger.type === 'dialogue' && participants.every((p) => p.entity !== null && this.entities.entities[p.entity]?.type === 'place');
      if (!countries && !participants.some((p) => p.office || (p.entity !== null && this.entities.entities[p.entity]?.type === 'person'))) continue;
      // A summit or a visit with nobody named in its own sentence is background, not a report of one.
      // "The ANZUS Treaty, signed in San Francisco in 1951": a signing with no signer in its sentence is history, not the speaker's act.
      if ((trigger.type === 'summit' || trigger.type === 'visit' || trigger.type === 'agreement') && !explicit && !countries) continue;
      if (NEEDS_COUNTERPART.has(trigger.type) && participants.length < 2) continue;
      if (trigger.type === 'visit' && own === null && participants.length < 2) continue;
      const roled = participants.map((p) => {
        const role = this.officeOf(p);
        return role && !p.office ? { ...p, role } : p;
      });
      const placeName = place ? this.entities.entities[place.entity]?.name ?? null : null;
      const homes = roled.map((p) => this.officeOf(p)?.of ?? null);
      const atHome = placeName === null ? null : homes.includes(placeName) ? true : homes.every((h) => h !== null) ? null : null;
      out.push({
        type: trigger.type,
        status,
        level: levelOf(roled.map((p) => this.officeOf(p))),
        plover: ploverOf({ type: trigger.type, status, participants: roled.length, atHome }),
        participants: roled,
        place: place ? { entity: place.entity, mention: { start: place.start, end: place.end, text: place.text } } : null,
        date: time?.value ?? null,
        dateGrain: time?.grain ?? null,
        time: t,
        dateText: time?.text ?? null,
        trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
        evidence: { start: sentence.start, end: sentence.end },
      });
    }
    return out;
  }
}

const key = (p: EventParticipant) => (p.entity !== null ? `e${p.entity}` : `o${p.office?.title}|${p.office?.of}`);
const keys = (e: EngagementMention) => new Set(e.participants.map(key));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));

function stronger(a: EventStatus, b: EventStatus): EventStatus {
  if (a === 'cancelled' || b === 'cancelled') return 'cancelled';
  return a === 'planned' || b === 'planned' ? 'planned' : 'held';
}

/** One sentence's engagements, with the same people named by two triggers kept once, under the more specific type. */
function mergeSentence(events: EngagementMention[]): EngagementMention[] {
  const out: EngagementMention[] = [];
  for (const e of events) {
    const k = keys(e);
    const i = out.findIndex((o) => {
      const ok = keys(o);
      return subset(k, ok) || subset(ok, k);
    });
    if (i < 0) {
      out.push(e);
      continue;
    }
    const o = out[i]!;
    const [win, lose] = PRECEDENCE[e.type] > PRECEDENCE[o.type] || (PRECEDENCE[e.type] === PRECEDENCE[o.type] && e.participants.length > o.participants.length) ? [e, o] : [o, e];
    const status = win.type === 'visit' || lose.type === 'visit' ? stronger(win.status, lose.status) : win.status;
    out[i] = { ...win, status, place: win.place ?? lose.place, date: win.date ?? lose.date, dateGrain: win.dateGrain ?? lose.dateGrain, time: win.time ?? lose.time, dateText: win.dateText ?? lose.dateText, plover: status === win.status ? win.plover : ploverOf({ type: win.type, status, participants: win.participants.length, atHome: null }) };
  }
  return out;
}

/** Across the document: the same engagement named again ("The meeting with Blinken …") is kept once, at its first report. */
function mergeDocument(events: EngagementMention[]): EngagementMention[] {
  const out: EngagementMention[] = [];
  for (const e of events) {
    const k = keys(e);
    const i = out.findIndex((o) => o.type === e.type && o.status === e.status && subset(k, keys(o)) && subset(keys(o), k) && (o.date === null || e.date === null || o.date === e.date));
    if (i < 0) out.push(e);
    else {
      const o = out[i]!;
      out[i] = { ...o, place: o.place ?? e.place, date: o.date ?? e.date, dateGrain: o.dateGrain ?? e.dateGrain, time: o.time ?? e.time, dateText: o.dateText ?? e.dateText };
    }
  }
  return out;
}

export function createEventsStage(): Stage<EventsOutput> {
  return {
    name: 'events',
    version: 2,
    requires: ['segment', 'entities', 'times', 'quotes'],
    run(doc, context) {
      const segment = context.outputs.get('segment') as SegmentOutput;
      const entities = context.outputs.get('entities') as EntitiesOutput;
      const times = (context.outputs.get('times') as TimesOutput | undefined) ?? { times: [] };
      const quotes = (context.outputs.get('quotes') as QuotesOutput | undefined) ?? { quotes: [] };
      // Read at the first trigger: the speaker candidates it collects over the whole text cost
      // about a third of the stage, and half the transcripts name no engagement at all.
      let reading: Reading | null = null;
      const events: EngagementMention[] = [];
      segment.sentences.forEach((sentence, index) => {
        // A question reports nothing: "Have you given any thought to going to Townsville?"
        if (doc.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return;
        const triggers = triggersIn(doc.text, sentence.start, sentence.end);
        if (triggers.length === 0) return;
        const reader = (reading ??= new Reading(doc, segment, entities, times, quotes));
        const previous = events[events.length - 1] ?? null;
        events.push(...mergeSentence(triggers.flatMap((t) => reader.read(sentence, index, t, previous))));
      });
      return { output: { events: mergeDocument(events) }, messages: [] };
    },
  };
}

export const eventsStage: Stage<EventsOutput> = createEventsStage();
