// The words that name an engagement: "met", "talks", "a visit to", "a phone
// call", "the Strategic Dialogue", "the NATO summit", "signed".
import type { TextSpan } from '../../core/index.js';
import type { EventType } from './types.js';

/** A trigger found in a sentence. */
export interface Trigger extends TextSpan {
  readonly type: EventType;
  /**
   * `plural`: "meetings with", "bilaterals", "calls": one engagement per
   * counterpart. `travel`: a verb of going somewhere ("heads to", "is going to
   * Washington"), which names a visit and, in the present tense, a plan.
   */
  readonly plural: boolean;
  readonly travel: boolean;
  /** Verbs in the past tense ("met", "visited", "signed"): the engagement has happened unless a modal says otherwise. */
  readonly past: boolean;
}

interface Pattern {
  readonly type: EventType;
  /** Matched at a word boundary; flags `gu`, lower case unless the pattern says otherwise. */
  readonly re: RegExp;
  readonly travel?: boolean;
  readonly past?: boolean;
}

// Verbs are matched in lower case only ("Met" opening a sentence is allowed by
// the (?:M|m) forms), so proper names such as "Summit County" and "Call of
// Duty" need the context words each pattern asks for.
const PATTERNS: readonly Pattern[] = [
  { type: 'agreement', re: /\b(?:signed|signs|sign|signing)\b(?!\s+(?:off|up|onto|on\s+to)\b)(?=[^.;]{0,120}\b(?:agreement|arrangement|accord|treaty|memorandum|MoU|MOU|declaration|joint\s+statement|communiqu[eé]|convention|pact|protocol|charter|deal)s?\b)/gu, past: true },
  { type: 'agreement', re: /\bsigning\s+(?:of|ceremony)\b/gu },
  { type: 'call', re: /\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b/gu },
  { type: 'call', re: /\b(?:video\s*(?:call|conference|link)|videoconference)s?\b/gu },
  { type: 'call', re: /\b(?:spoke|speaks|spoken|talked)\b(?=[^.;]{0,80}\bby\s+(?:tele)?phone\b)/gu, past: true },
  { type: 'call', re: /\bphoned\b(?=\s+(?:\p{Lu}|his\b|her\b|the\s+\p{Lu}))/gu, past: true },
  { type: 'call', re: /\bcalled\b(?=\s+[“"‘']?(?:his|her|their)\s+(?:\p{L}+\s+){0,3}counterpart)/gu, past: true },
  { type: 'call', re: /\bcalls?\b(?=\s+with\b)/gu },
  { type: 'dialogue', re: /\b(?:Strategic|Security|Economic|Political|Space|Foreign\s+Policy|Ministerial|Leaders[’']?|Defence|Trade|Policy|High-Level|Bilateral|Annual)?\s*Dialogue\b/gu },
  { type: 'dialogue', re: /\bdialogue\b(?=\s+(?:with|between)\b)/gu },
  { type: 'dialogue', re: /\b(?:AUSMIN|2\+2|two-plus-two)\b/gu },
  { type: 'dialogue', re: /\b(?:consultations|Consultations)\b(?=[^.;]{0,60}\b(?:with|between)\b)/gu },
  { type: 'summit', re: /\b(?:[Ss]ummit|[Ss]ummits)\b/gu },
  { type: 'summit', re: /\b(?:Leaders[’']?|Ministers[’']?|Ministerial)\s+(?:Meeting|Retreat|Forum)\b/gu },
  { type: 'summit', re: /\b(?:CHOGM|G20\s+leaders|G7\s+leaders)\b/gu },
  { type: 'summit', re: /(?<=\p{Lu}\p{L}+\s)Ministerial\b/gu },
  { type: 'meet', re: /\b(?:[Mm]et|meets|meet|meeting)\b(?=\s+(?:with\s+)?(?:\p{Lu}|his\b|her\b|their\b|the\s+(?:\p{Lu}|new\b|visiting\b|two\b|leaders?\b|ministers?\b|prime\b|president\b|foreign\b|king\b|queen\b|delegation\b)|US\b|counterparts?\b|a\s+delegation|leaders?\b|officials?\b|ministers?\b))/gu, past: true },
  { type: 'meet', re: /\b(?:met|meet|meets)\b(?=\s+(?:on|in|at|during|for|today|yesterday|this|last|earlier)\b)/gu, past: true },
  { type: 'meet', re: /\b(?:[Mm]eetings?|[Bb]ilaterals?|[Tt]alks|[Dd]iscussions|[Cc]onsultations)\b(?=\s+(?:with|between)\b)/gu },
  // "held talks", "for talks", "following their talks": a discussion noun alone ("in discussions") is too often habitual.
  { type: 'meet', re: /\b(?:held|hold|holds|holding|had|have|has|having|for|during|after|following|productive|constructive|bilateral|formal|official)\s+(?:(?!(?:the|this|that|these|those|any|no|all)\b)(?:\p{Ll}[\p{Ll}-]*|their|his|her)\s+){0,2}?(?:talks|meetings?)\b/gu },
  { type: 'meet', re: /(?<!\bshow\s)\b(?:hosted|hosts|hosting|(?<=\b(?:will|to)\s)host)\b(?=\s+(?:\p{Lu}|his\b|her\b|a\s+delegation|visiting))/gu, past: true },
  // "welcomed Prime Minister Kishida to Wellington": a welcome is a meeting only when someone is welcomed somewhere.
  { type: 'meet', re: /\b(?:welcomed|welcomes|welcome|received)\b(?=\s+(?:[\p{L}.’'-]+\s+){1,7}?to\s+(?:the\s+)?\p{Lu})/gu, past: true },
  { type: 'meet', re: /\bsat\s+down\s+with\b/gu, past: true },
  { type: 'meet', re: /\b(?:spent|spends|spend)\s+(?:(?:an?|\p{N}+|\p{L}+)\s+){0,3}?(?:minutes|hours?|hour|time|morning|afternoon|evening|day)\s+(?:\p{L}+\s+){0,2}?with\b/gu, past: true },
  { type: 'visit', re: /\b(?:[Vv]isit(?:s|ed|ing)?)\b/gu, past: true },
  { type: 'visit', re: /\b(?:trip|tour|mission|travel)\s+to\b/gu },
  // Colloquial "going off to" and "going down to" name domestic trips more often than visits, so "going" needs "is now going to".
  { type: 'visit', re: /\b(?:travel(?:s|led|ling|ed|ing)?|heads?|heading|headed|fly|flies|flew|flying|(?<=\bnow\s)going|arrived?|arrives|arriving|depart(?:s|ed)?\s+for|leaves\s+for|left\s+for)\s+(?:(?:on|back|overseas|later|today|tomorrow|next\s+week|this\s+week)\s+)?(?:to|in|for)\b(?=\s+(?:the\s+)?\p{Lu})/gu, travel: true, past: true },
];

/** Past forms among the matched words: the rest are present or bare forms. */
const PAST_WORDS = /^(?:spent|met|signed|spoke|talked|spoken|phoned|called|hosted|welcomed|received|visited|held|had|travell?ed|headed|flew|arrived|departed|left|sat)\b/i;

/** Every trigger in `[from, to)` of `text`, in order; overlapping matches keep the earlier, then the longer. */
export function triggersIn(text: string, from: number, to: number): Trigger[] {
  const slice = text.slice(from, to);
  const found: Trigger[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const word = m[0].trim();
      if (word === '') continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = from + m.index + lead;
      // "meetings with A and B" are one meeting each; "talks with A and B" are one.
      const plural = /\b(?:meetings|bilaterals|calls)$/i.test(word);
      found.push({
        start,
        end: start + word.length,
        text: word,
        type: p.type,
        plural,
        travel: p.travel === true,
        past: PAST_WORDS.test(word),
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}
