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
  /**
   * Words any match holds (one of them, as written: the patterns are case-sensitive). A literal
   * prefilter: about one sentence in a hundred names an engagement, and running every pattern
   * over every sentence was most of the stage. At most 31 patterns: each is a bit of a number.
   */
  readonly needs: readonly string[];
  readonly travel?: boolean;
  readonly past?: boolean;
}

// Verbs are matched in lower case only ("Met" opening a sentence is allowed by
// the (?:M|m) forms), so proper names such as "Summit County" and "Call of
// Duty" need the context words each pattern asks for.
const PATTERNS: readonly Pattern[] = [
  { type: 'agreement', re: /\b(?:signed|signs|sign|signing)\b(?!\s+(?:off|up|onto|on\s+to)\b)(?=[^.;]{0,120}\b(?:agreement|arrangement|accord|treaty|memorandum|MoU|MOU|declaration|joint\s+statement|communiqu[eé]|convention|pact|protocol|charter|deal)s?\b)/gu, past: true, needs: ['sign'] },
  { type: 'agreement', re: /\bsigning\s+(?:of|ceremony)\b/gu, needs: ['signing'] },
  { type: 'call', re: /\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b/gu, needs: ['phone'] },
  { type: 'call', re: /\b(?:video\s*(?:call|conference|link)|videoconference)s?\b/gu, needs: ['video'] },
  { type: 'call', re: /\b(?:spoke|speaks|spoken|talked)\b(?=[^.;]{0,80}\bby\s+(?:tele)?phone\b)/gu, past: true, needs: ['phone'] },
  { type: 'call', re: /\bphoned\b(?=\s+(?:\p{Lu}|his\b|her\b|the\s+\p{Lu}))/gu, past: true, needs: ['phoned'] },
  { type: 'call', re: /\bcalled\b(?=\s+[“"‘']?(?:his|her|their)\s+(?:\p{L}+\s+){0,3}counterpart)/gu, past: true, needs: ['counterpart'] },
  { type: 'call', re: /\bcalls?\b(?=\s+with\b)/gu, needs: ['call'] },
  { type: 'dialogue', re: /\b(?:Strategic|Security|Economic|Political|Space|Foreign\s+Policy|Ministerial|Leaders[’']?|Defence|Trade|Policy|High-Level|Bilateral|Annual)?\s*Dialogue\b/gu, needs: ['Dialogue'] },
  { type: 'dialogue', re: /\bdialogue\b(?=\s+(?:with|between)\b)/gu, needs: ['dialogue'] },
  { type: 'dialogue', re: /\b(?:AUSMIN|2\+2|two-plus-two)\b/gu, needs: ['AUSMIN', '2+2', 'two-plus-two'] },
  { type: 'dialogue', re: /\b(?:consultations|Consultations)\b(?=[^.;]{0,60}\b(?:with|between)\b)/gu, needs: ['onsultations'] },
  { type: 'summit', re: /\b(?:[Ss]ummit|[Ss]ummits)\b/gu, needs: ['ummit'] },
  { type: 'summit', re: /\b(?:Leaders[’']?|Ministers[’']?|Ministerial)\s+(?:Meeting|Retreat|Forum)\b/gu, needs: ['Meeting', 'Retreat', 'Forum'] },
  { type: 'summit', re: /\b(?:CHOGM|G20\s+leaders|G7\s+leaders)\b/gu, needs: ['CHOGM', 'G20', 'G7'] },
  { type: 'summit', re: /(?<=\p{Lu}\p{L}+\s)Ministerial\b/gu, needs: ['Ministerial'] },
  { type: 'meet', re: /\b(?:[Mm]et|meets|meet|meeting)\b(?=\s+(?:with\s+)?(?:\p{Lu}|his\b|her\b|their\b|the\s+(?:\p{Lu}|new\b|visiting\b|two\b|leaders?\b|ministers?\b|prime\b|president\b|foreign\b|king\b|queen\b|delegation\b)|US\b|counterparts?\b|a\s+delegation|leaders?\b|officials?\b|ministers?\b))/gu, past: true, needs: ['met', 'Met', 'meet'] },
  { type: 'meet', re: /\b(?:met|meet|meets)\b(?=\s+(?:on|in|at|during|for|today|yesterday|this|last|earlier)\b)/gu, past: true, needs: ['met', 'meet'] },
  { type: 'meet', re: /\b(?:[Mm]eetings?|[Bb]ilaterals?|[Tt]alks|[Dd]iscussions|[Cc]onsultations)\b(?=\s+(?:with|between)\b)/gu, needs: ['eeting', 'ilateral', 'alks', 'iscussions', 'onsultations'] },
  // "held talks", "for talks", "following their talks": a discussion noun alone ("in discussions") is too often habitual.
  { type: 'meet', re: /\b(?:held|hold|holds|holding|had|have|has|having|for|during|after|following|productive|constructive|bilateral|formal|official)\s+(?:(?!(?:the|this|that|these|those|any|no|all)\b)(?:\p{Ll}[\p{Ll}-]*|their|his|her)\s+){0,2}?(?:talks|meetings?)\b/gu, needs: ['talks', 'meeting'] },
  { type: 'meet', re: /(?<!\bshow\s)\b(?:hosted|hosts|hosting|(?<=\b(?:will|to)\s)host)\b(?=\s+(?:\p{Lu}|his\b|her\b|a\s+delegation|visiting))/gu, past: true, needs: ['host'] },
  // "welcomed Prime Minister Kishida to Wellington": a welcome is a meeting only when someone is welcomed somewhere.
  { type: 'meet', re: /\b(?:welcomed|welcomes|welcome|received)\b(?=\s+(?:[\p{L}.’'-]+\s+){1,7}?to\s+(?:the\s+)?\p{Lu})/gu, past: true, needs: ['welcome', 'received'] },
  { type: 'meet', re: /\bsat\s+down\s+with\b/gu, past: true, needs: ['sat'] },
  { type: 'meet', re: /\b(?:spent|spends|spend)\s+(?:(?:an?|\p{N}+|\p{L}+)\s+){0,3}?(?:minutes|hours?|hour|time|morning|afternoon|evening|day)\s+(?:\p{L}+\s+){0,2}?with\b/gu, past: true, needs: ['spen'] },
  { type: 'visit', re: /\b(?:[Vv]isit(?:s|ed|ing)?)\b/gu, past: true, needs: ['isit'] },
  { type: 'visit', re: /\b(?:trip|tour|mission|travel)\s+to\b/gu, needs: ['trip', 'tour', 'mission', 'travel'] },
  // Colloquial "going off to" and "going down to" name domestic trips more often than visits, so "going" needs "is now going to".
  { type: 'visit', re: /\b(?:travel(?:s|led|ling|ed|ing)?|heads?|heading|headed|fly|flies|flew|flying|(?<=\bnow\s)going|arrived?|arrives|arriving|depart(?:s|ed)?\s+for|leaves\s+for|left\s+for)\s+(?:(?:on|back|overseas|later|today|tomorrow|next\s+week|this\s+week)\s+)?(?:to|in|for)\b(?=\s+(?:the\s+)?\p{Lu})/gu, travel: true, past: true, needs: ['travel', 'head', 'fly', 'flie', 'flew', 'going', 'arriv', 'depart', 'leaves', 'left'] },
];

/** Past forms among the matched words: the rest are present or bare forms. */
const PAST_WORDS = /^(?:spent|met|signed|spoke|talked|spoken|phoned|called|hosted|welcomed|received|visited|held|had|travell?ed|headed|flew|arrived|departed|left|sat)\b/i;

/** Every pattern's words, longest first, in one search: a sentence is read once for all of them, not once a word. */
const NEEDED = [...new Set(PATTERNS.flatMap((p) => p.needs))].sort((a, b) => b.length - a.length);
const NEEDED_WORD = new RegExp(NEEDED.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/**
 * The patterns (a bit each) a word found at a position lets run. The search
 * returns the longest word there, and every shorter word found there too
 * starts it ("meeting" holds "meet"), so it lets their patterns run as well.
 */
const PATTERNS_OF = new Map(NEEDED.map((w) => [w, PATTERNS.reduce((bits, p, i) => (p.needs.some((n) => w.startsWith(n)) ? bits | (1 << i) : bits), 0)]));

/** Which patterns may match in `slice`, a bit each: those with one of their words in it. */
function possiblePatterns(slice: string): number {
  let bits = 0;
  NEEDED_WORD.lastIndex = 0;
  for (let m = NEEDED_WORD.exec(slice); m; m = NEEDED_WORD.exec(slice)) {
    bits |= PATTERNS_OF.get(m[0])!;
    // On by one character, not past the word: another word may start inside it ("eeting" in "meeting").
    NEEDED_WORD.lastIndex = m.index + 1;
  }
  return bits;
}

/** Every trigger in `[from, to)` of `text`, in order; overlapping matches keep the earlier, then the longer. */
export function triggersIn(text: string, from: number, to: number): Trigger[] {
  const slice = text.slice(from, to);
  const possible = possiblePatterns(slice);
  if (possible === 0) return [];
  const found: Trigger[] = [];
  for (const [i, p] of PATTERNS.entries()) {
    if ((possible & (1 << i)) === 0) continue;
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
