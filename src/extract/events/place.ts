// Where an engagement happened: a place the sentence puts it in ("in
// Washington", "at the Pentagon", "to Canada", "visited Japan"), never a
// place that only qualifies a title ("US Secretary of State") or a list of
// counterparts' countries.
import type { Span } from '../../core/index.js';
import { mentionsStartingIn, type EntitiesOutput, type EntityMention } from '../entities/index.js';

/** A preposition or a verb of going right before the place, with up to three words between ("in the Canadian capital of Ottawa"). */
const LOCATIVE_BEFORE = /\b(?:in|at|to|visit(?:s|ed|ing)?|toured|tours|hosted\s+in|arrived\s+in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*|capital\s+of|city\s+of|capital,)\s+){0,3}?$/u;
/** A place followed by these words names a title or a people, not where: "US Secretary", "New Zealand's Foreign Minister". */
const QUALIFIES_AFTER = /^(?:[’']s\s+)?(?:\p{L}+\s+){0,2}(?:[Mm]inisters?|[Ss]ecretary|[Pp]resident|[Pp]rime|[Aa]mbassador|High\s+Commissioner|[Gg]overnment|officials?|counterparts?|delegation|[Ee]mbassy|Ministry|Department|[Ff]oreign|[Dd]efence|[Dd]eputy|[Tt]rade|[Vv]ice|[Ll]eaders?)\b/u;

export function placeOf(text: string, entities: EntitiesOutput, sentence: Span, trigger: Span, skip: readonly Span[]): EntityMention | null {
  let best: EntityMention | null = null;
  let bestDistance = Infinity;
  for (const m of mentionsStartingIn(entities, sentence, (x) => x.type === 'place' && x.end <= sentence.end)) {
    if (skip.some((s) => s.start < m.end && m.start < s.end)) continue;
    if (!LOCATIVE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) continue;
    const after = text.slice(m.end, m.end + 40);
    // "New Zealand’s involvement": a possessor, not where it happened.
    if (/^[’']s\b/u.test(after) || QUALIFIES_AFTER.test(after.trimStart())) continue;
    const distance = m.start >= trigger.end ? m.start - trigger.end : (trigger.start - m.end) * 1.5;
    // A place far along the sentence belongs to another clause ("… restricted to discussion on New Zealand’s involvement in Afghanistan").
    if (distance > 100) continue;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** A wire dateline opening the text: a place in capitals, then a comma, a bracket or a dash (`WASHINGTON, April 11 (Reuters) -`). */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}'’. -]*\p{Lu})(?=\s*(?:,|\(|[-–—]))/u;

/**
 * The place of the text's dateline, when the entities stage found a place
 * mention exactly there; null otherwise. A wire story is filed from where it
 * happened: a held meeting of the day with no place in its own sentence
 * took place there.
 */
export function datelinePlace(text: string, entities: EntitiesOutput): EntityMention | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  return mentionsStartingIn(entities, { start, end: start + 1 }, (x) => x.type === 'place' && x.end === end)[0] ?? null;
}
