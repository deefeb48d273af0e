// Planned, held or cancelled, from the words of the clause around a trigger.
// PLOVER codes a future meeting as AGREE and no event coder tells the two
// apart reliably; the tense and modality of the clause usually do.
import type { TimeExpression } from '../times/index.js';
import type { Trigger } from './triggers.js';
import type { EventStatus } from './types.js';

const CANCELLED = /\b(?:cancel(?:l)?ed|cancel(?:l)?ing|cancels|postpone[ds]?|postponing|called\s+off|calls\s+off|scrapped|scraps|abandoned|shelved|pulled\s+out\s+of|pull\s+out\s+of|withdrew\s+from|will\s+not\s+(?:attend|go|travel|meet)|won[’']t\s+(?:attend|go|travel|meet)|did\s+not\s+(?:attend|go|travel|take\s+place)|didn[’']t\s+(?:attend|go)|was\s+not\s+held|fell\s+through|boycott(?:ed|ing)?)\b/iu;

/**
 * Words before a trigger (in its clause) that put it in the future: modals,
 * "is going to", "is due to", "plans to", "to be held", "ahead of".
 */
const FUTURE_BEFORE = /\b(?:will|shall|'ll|’ll|would|(?:is|are|was|were|am|be)\s+(?:now\s+|also\s+|currently\s+)?(?:going|due|set|expected|scheduled|slated|planning|planned|hoping|preparing|poised|likely|about|hoped|invited|intending)\s+to|(?:is|are)\s+to|plans?\s+to|planned\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|wants?\s+to|seeks?\s+to|looks?\s+forward\s+to|looking\s+forward\s+to|to\s+be\s+held|ahead\s+of|in\s+the\s+lead-up\s+to|upcoming|forthcoming|next|proposed|planned|invitation\s+to|invited\s+\p{L}+\s+to|prepar(?:e|es|ing)\s+for|agreed\s+to|agree\s+to)\b/iu;

/** Modals of the future in the trigger's clause. */
const MODAL_BEFORE = /\b(?:will|shall|'ll|’ll|(?:is|are|am)\s+(?:now\s+)?(?:going|due|set|scheduled|slated)\s+to)\b/iu;

/** "will be held", "to be held", "scheduled for" after the trigger. */
const FUTURE_AFTER = /^[^.;]{0,40}?\b(?:will\s+be\s+held|to\s+be\s+held|is\s+scheduled|scheduled\s+for|is\s+planned|planned\s+for|will\s+take\s+place|takes\s+place\s+next|is\s+due)\b/iu;

/** Present tense of going somewhere: "Mr Key now heads to Ottawa for talks", "is travelling to Washington". */
const PRESENT_TRAVEL = /\b(?:now\s+)?(?:heads|is\s+heading|are\s+heading|is\s+travelling|is\s+traveling|are\s+travelling|is\s+flying|flies|travels|leaves|departs|is\s+going)\b/iu;

/** Past markers that override a future-looking word earlier in the sentence ("who will retire next year, met …"). */
const PAST_AFTER_MODAL = /\b(?:has|have|had)\s+(?:now\s+|also\s+|already\s+)?(?:met|visited|held|signed|spoken|called|hosted|travelled|traveled|been)\b/iu;

/** Where the trigger's clause begins: after the last clause break before it within the sentence. */
function clauseBefore(text: string, sentenceStart: number, trigger: Trigger): string {
  const before = text.slice(sentenceStart, trigger.start);
  // A relative or subordinate clause before the trigger ends at a comma or semicolon; keep the nearest 120 characters.
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  return clause.slice(-140);
}

export interface StatusInput {
  readonly text: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly trigger: Trigger;
  /** The time expression dating the engagement, if any. */
  readonly time: TimeExpression | null;
  readonly published: string | null;
}

export function statusOf(input: StatusInput): EventStatus {
  const { text, trigger, time } = input;
  const sentence = text.slice(input.sentenceStart, input.sentenceEnd);
  const near = text.slice(Math.max(input.sentenceStart, trigger.start - 100), Math.min(input.sentenceEnd, trigger.end + 100));
  if (CANCELLED.test(near)) return 'cancelled';
  const before = clauseBefore(text, input.sentenceStart, trigger);
  const after = text.slice(trigger.end, input.sentenceEnd);
  if (PAST_AFTER_MODAL.test(before)) return 'held';
  // A modal in the trigger's own clause outranks a date's reading: "I will be going to Washington for talks … on Monday the 10th".
  if (MODAL_BEFORE.test(before)) return 'planned';
  // A date resolved into the future, or read as future from its clause, settles it.
  if (time && time.value !== null && input.published !== null) {
    const startsAfter = time.value.length >= 10 && time.value.slice(0, 10) > input.published;
    if (startsAfter || (time.direction === 'future' && time.value.slice(0, input.published.length) !== input.published)) return 'planned';
    if (time.direction === 'past') return FUTURE_BEFORE.test(before) && /\b(?:would|was\s+(?:due|set|expected|scheduled))\b/i.test(before) ? 'planned' : 'held';
  }
  if (FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after)) return 'planned';
  // "Mr Key now heads to Ottawa for talks with …": going there now, meeting there later.
  if (PRESENT_TRAVEL.test(before) || (trigger.travel && PRESENT_TRAVEL.test(text.slice(Math.max(input.sentenceStart, trigger.start - 20), trigger.end)))) return 'planned';
  if (/\b(?:will|to\s+be\s+held)\b/i.test(sentence) && !trigger.past && !/\b(?:met|held|visited|signed)\b/.test(before)) return 'planned';
  return 'held';
}
