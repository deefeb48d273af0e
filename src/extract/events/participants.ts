// Who takes part in an engagement: the side that acts (before the trigger, or
// after an opening phrase such as "During his visit, Mr Peters …") and the
// side it engages ("with his counterpart Stephen Harper", "met Antony
// Blinken"). People first; an organisation only where no person stands on
// that side; an office ("the Foreign Minister of Belgium") as itself.
import { spanAt, type Span } from '../../core/index.js';
import type { Candidate, Candidates, SpeakerContext } from '../quotes/speakers/index.js';
import { resolveSpeaker } from '../quotes/speakers/index.js';
import type { Trigger } from './triggers.js';
import type { EventParticipant } from './types.js';

/** Where the engaged side stops: a new clause, a reporting verb, a relative clause. */
const COUNTERPART_END = /[;:()]|\s[–—]\s|,\s+(?:who|which|where|while|when|after|before|as|but|and\s+(?:he|she|they|it|the|both)|with\s+(?:both|the\s+two))\b|\b(?:said|says|told|announced|where|which|who)\b/u;

/**
 * Words after which an acting side ends before the trigger: a relative
 * clause's own subject is not the actor. A comma splice too: the comma before
 * a new subject and its verb ("…this year, it is the anniversary of the
 * signing …": the "I" of the first clause signed nothing); only the comma, so
 * the new clause's own subject ("…, he was signing") still acts.
 */
const BREAK = String.raw`[;:]|\s[–—]\s|\b(?:said|says|told|announced|that|after|before|when|while|because|although)\b|\band\s+(?=(?:in|on|at|last|this|next|then)\b)|,(?=\s+(?:it|he|she|they|we|I|there|this|that)\s+(?:is|was|were|are|has|had|have|will|would)\b)`;
const ACTOR_BREAK = new RegExp(`(?:${BREAK})(?![\\s\\S]*(?:${BREAK}))`, 'u');

/** Opening phrases whose subject follows the comma: "During his visit to X, Mr Peters …", "Speaking after the summit, Mr Key …". */
const OPENING_PHRASE = /^(?:During|While|Whilst|At|On|In|Following|After|Before|Ahead\s+of|Speaking|Following|Prior\s+to|Since|As\s+part\s+of|On\s+the\s+sidelines\s+of)\b/u;

export interface Side {
  readonly actors: readonly EventParticipant[];
  readonly counterparts: readonly EventParticipant[];
}

export interface ParticipantInput {
  readonly text: string;
  readonly sentence: Span;
  readonly trigger: Trigger;
  readonly candidates: Candidates;
  readonly speakers: SpeakerContext;
  /** Quotes of the document, by start (as the quotes stage orders them): "I" and "we" inside one are its speaker. */
  readonly quotes: readonly { readonly start: number; readonly end: number; readonly speaker: EventParticipant | null }[];
  /** Spans that name something else than a participant (the counterpart list's places, the trigger itself). */
  readonly skip: readonly Span[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** One candidate as a participant, or null when it names nobody who can be told. */
function participant(input: ParticipantInput, c: Candidate): EventParticipant | null {
  const text = input.text.slice(c.start, c.end);
  const mention = { start: c.start, end: c.end, text };
  if (c.kind === 'pronoun' && c.pronoun === 'self') {
    const quote = spanAt(input.quotes, c.start);
    if (quote?.speaker) return { ...quote.speaker, mention };
  }
  if (c.kind === 'nominal' && c.noun !== undefined && !/^(?:minister|president|premier|secretary|ambassador|chancellor|leader|envoy|commissioner|governor|senator)$/.test(c.noun)) return null;
  const resolved = resolveSpeaker(input.speakers, c, 'cue', c.start);
  if (!resolved) return null;
  if (resolved.entity === null && !resolved.office) return null;
  return { entity: resolved.entity, mention, ...(resolved.office ? { office: resolved.office } : {}) };
}

function usable(input: ParticipantInput, c: Candidate): boolean {
  if (input.skip.some((s) => overlaps(s, c)) || overlaps(c, input.trigger)) return false;
  if (c.kind === 'person' && input.speakers.entities.entities[c.entity!]?.weak) return false;
  if (c.kind === 'pronoun' && c.pronoun === 'p') return false;
  return true;
}

/** People (and offices, pronouns) if any stand in the span, else organisations; with `orgs`, both. */
function sideOf(input: ParticipantInput, from: number, to: number, orgs = false): EventParticipant[] {
  const all = input.candidates.between(from, to).filter((c) => c.end <= to && usable(input, c));
  // "The Prime Minister, Keir Starmer, …": a title in apposition names the person beside it, not another.
  const found = all.filter((c) => !((c.kind === 'nominal' || c.kind === 'office') && all.some((p) => p.kind === 'person' && p.start >= c.end && /^[\s,]*$/.test(input.text.slice(c.end, p.start)))));
  const people = found.filter((c) => c.kind !== 'org');
  // An organisation right before a person ("NATO Secretary General Jens Stoltenberg") names the person's office, not a second party.
  const chosen = people.length > 0 && !orgs ? people : found;
  const out: EventParticipant[] = [];
  for (const c of chosen) {
    const p = participant(input, c);
    if (p && !out.some((o) => same(o, p))) out.push(p);
  }
  return out;
}

export function same(a: EventParticipant, b: EventParticipant): boolean {
  if (a.entity !== null || b.entity !== null) return a.entity === b.entity;
  return a.office?.title === b.office?.title && a.office?.of === b.office?.of;
}

/** The acting and engaged sides of the trigger in its sentence. */
export function sidesOf(input: ParticipantInput): Side {
  const { text, sentence, trigger } = input;
  const before = text.slice(sentence.start, trigger.start);
  const cut = ACTOR_BREAK.exec(before);
  const actorFrom = cut ? sentence.start + cut.index + cut[0].length : sentence.start;
  let actors = sideOf(input, actorFrom, trigger.start);
  const afterText = text.slice(trigger.end, sentence.end);
  const stop = COUNTERPART_END.exec(afterText);
  const counterpartEnd = stop ? trigger.end + stop.index : sentence.end;
  let counterparts = sideOf(input, trigger.end, counterpartEnd);
  if (actors.length === 0 && OPENING_PHRASE.test(before.trimStart())) {
    // "During his visit to the United States, Mr Peters engaged with …": the subject after the opening phrase's comma.
    const comma = text.indexOf(',', trigger.end);
    if (comma >= 0 && comma < sentence.end) {
      const rest = text.slice(comma + 1, sentence.end);
      const next = COUNTERPART_END.exec(rest.replace(/^\s*/, ''));
      const subjectEnd = next ? comma + 1 + (rest.length - rest.replace(/^\s*/, '').length) + next.index : sentence.end;
      const subject = sideOf(input, comma + 1, Math.min(subjectEnd, comma + 1 + 80));
      if (subject.length > 0) {
        actors = subject.slice(0, 1);
        if (counterparts.some((c) => same(c, actors[0]!))) counterparts = counterparts.filter((c) => !same(c, actors[0]!));
      }
    }
  }
  counterparts = counterparts.filter((c) => !actors.some((a) => same(a, c)));
  if (actors.length + counterparts.length < 2) {
    // "Talks between NATO and the New Zealand delegation led by Winston Peters": an organisation is the other party.
    const withOrgs = sideOf(input, trigger.end, counterpartEnd, true).filter((c) => !actors.some((a) => same(a, c)));
    if (withOrgs.length > counterparts.length) counterparts = withOrgs;
  }
  return { actors, counterparts };
}
