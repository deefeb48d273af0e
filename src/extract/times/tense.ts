/**
 * Which way a relative expression points, from the tense of the words
 * around it: "met on Friday" is the Friday before publication, "will travel
 * on Friday" the one after. The marker nearest the expression in its
 * sentence decides; none means no evidence.
 */

export type Tense = 'past' | 'future';

const FUTURE = [
  "will", "won't", "shall", "'ll", "’ll", 'going to', 'is to', 'are to', 'am to', 'due to', 'plans to', 'plan to', 'planning to',
  'planned', 'scheduled', 'expected to', 'is expected', 'are expected', 'set to', 'is due', 'are due', 'intends to', 'intend to', 'aims to', 'hopes to', 'would',
  'upcoming', 'forthcoming', 'ahead of', 'next', 'coming', 'to be held', 'to take place',
  'to travel', 'to visit', 'to meet', 'to attend', 'to host', 'to hold', 'to sign', 'to lead', 'to depart', 'to arrive', 'to speak',
  'to open', 'to launch', 'to address', 'to begin', 'to start', 'to announce', 'to vote', 'to return', 'to release', 'to join',
  // The present for a plan, as releases write it: "The Minister travels to Japan on Friday".
  'travels', 'departs', 'heads', 'leaves', 'arrives', 'begins', 'starts', 'opens', 'hosts', 'visits', 'attends', 'returns', 'flies',
  'convenes', 'commences', 'will be', 'until', 'as soon as', 'no later than', 'payable', 'effective', 'expires', 'expire', 'ends'
];
// "next to the embassy", "coming from Iraq": places and motion, not the future.
const FUTURE_RE = new RegExp(`(?<![\\p{L}'’])(?:${FUTURE.map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])(?<!next(?=\\s+to(?![\\p{L}])))(?<!coming(?=\\s+(?:from|out|under|off|down)(?![\\p{L}])))|(?<![\\p{L}])(?:is|are|am)\\s+(?:not\\s+)?\\p{Ll}+ing(?![\\p{L}])`, 'gu');

/** Past forms that are not "-ed"; "-ed" words count unless they are adjectives or future ("planned"). */
const PAST_WORDS = new Set(
  'was were had did said told met held made went came took gave left began spoke sent saw won lost paid led fell rose hit put agreed announced signed visited attended hosted returned arrived travelled traveled flew ran wrote thought brought bought sought caught fought taught became chose drove ate forgot found got heard kept knew meant read sat stood struck swore threw understood woke wore since ago last earlier previously'.split(' '),
);
const NOT_PAST = new Set(
  'need speed feed seed indeed proceed succeed exceed hundred red bed shed embed breed creed greed steed weed deed united limited based related concerned interested involved detailed advanced experienced dedicated supposed so-called planned scheduled expected proposed intended committed determined prepared pleased delighted honoured honored excited welcomed proud'.split(' '),
);
const WORD_RE = /(?<![\p{L}])\p{Ll}[\p{Ll}-]*(?![\p{L}])/gu;

const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|your|these|those|two|three|several|many|tax|state|official|ministerial|royal)\s+$/u;

interface Marker {
  readonly start: number;
  readonly end: number;
  readonly tense: Tense;
}

function markers(text: string, from: number, to: number): Marker[] {
  const span = text.slice(from, to);
  const out: Marker[] = [];
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(span); m !== null; m = FUTURE_RE.exec(span)) {
    // "heads of state", "his visits", "tax returns": the release present's verbs are also plural nouns.
    if (/^(?:travels|departs|heads|leaves|arrives|begins|starts|opens|hosts|visits|attends|returns|flies|ends)$/u.test(m[0]) && (/^\s+of(?![\p{L}])/u.test(span.slice(m.index + m[0].length, m.index + m[0].length + 4)) || NOUN_BEFORE.test(span.slice(Math.max(0, m.index - 12), m.index)))) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, tense: 'future' });
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(span); m !== null; m = WORD_RE.exec(span)) {
    const w = m[0];
    if (NOT_PAST.has(w)) continue;
    if (PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed'))) {
      const start = from + m.index;
      // "will be held", "is being signed": the auxiliary before the participle carries the tense.
      if (/(?:^|[^\p{L}])(?:be|being)\s+$/u.test(span.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "a still unspecified date", "the revised plan": an -ed word after a determiner is an adjective.
      if (!PAST_WORDS.has(w) && /(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|this|that|still|newly|so)\s+$/u.test(span.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "markets untouched by the crisis": a participle after a noun describes it; its clause's verb has the tense.
      if (!PAST_WORDS.has(w) && /^\s+by\s/u.test(span.slice(m.index + w.length, m.index + w.length + 4)) && !/(?:^|[^\p{L}])(?:was|were|been|be|being|is|are|has|have|had|get|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(span.slice(Math.max(0, m.index - 20), m.index))) continue;
      // A past word inside a future marker ("to be held") is the future's.
      if (!out.some((f) => f.start <= start && start < f.end)) out.push({ start, end: start + w.length, tense: 'past' });
    }
  }
  return out;
}

/**
 * The tense nearest to `[start, end)` within `[from, to)` (its sentence),
 * not crossing a `;` or a quotation boundary; null when there is none.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number): Tense | null {
  // A semicolon ends a clause, and so does a sentence.
  let a = from;
  let b = to;
  for (let i = start - 1; i >= from; i--) if (text[i] === ';') { a = i + 1; break; }
  for (let i = end; i < to; i++) if (text[i] === ';') { b = i; break; }
  const all = markers(text, a, b);
  // Within its own clause first ("met him on Friday and will travel …" is the past Friday), else the sentence's nearest.
  const left = lastBoundary(text, a, start);
  const right = firstBoundary(text, end, b);
  const own = all.filter((m) => m.start >= left && m.end <= right);
  return nearest(own.length > 0 ? own : all, start, end);
}

const BOUNDARY = /,|\s(?:and|but|while|whereas|before|after|when|which|who|where|although|because)\s|[()“”"]/gu;

function lastBoundary(text: string, from: number, at: number): number {
  let last = from;
  BOUNDARY.lastIndex = 0;
  const span = text.slice(from, at);
  for (let m = BOUNDARY.exec(span); m !== null; m = BOUNDARY.exec(span)) last = from + m.index + m[0].length;
  return last;
}

function firstBoundary(text: string, at: number, to: number): number {
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(text.slice(at, to));
  return m ? at + m.index : to;
}

function nearest(candidates: readonly Marker[], start: number, end: number): Tense | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const m of candidates) {
    if (m.end > start && m.start < end) continue;
    const distance = m.end <= start ? start - m.end : m.start - end;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best?.tense ?? null;
}
