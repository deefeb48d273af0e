import { parseCalendarDate } from './calendar-date.js';
import model from './model/page-chrome.json' with { type: 'json' };
import { endsSentence, wordCount } from './paragraphs.js';

/**
 * Page chrome of web pages saved as text or Markdown (Scoop, Beehive, party
 * and parliament sites, gov.uk, state.gov, PM Transcripts): site headers and
 * breadcrumbs, "Press Release: …" and "Speech: Hon …" labels, embargo
 * notices, ALL-CAPS speech headers, share widgets and footers.
 *
 * Chrome is found line by line, and only where pages put it:
 * - `anywhere` lines are unmistakable as a whole line ("Share this page",
 *   "EMBARGOED UNTIL 12.30PM 4 MARCH", "Home | Politics | Parliament");
 * - `head` lines ("Press release", "Published 4 March 2025", "From: …",
 *   "Speech: Hon …", "SPEECH BY THE HON …") only among the first lines, before
 *   the first line of prose;
 * - `tail` lines ("Contact: press@…", "© …", "- END -") only after the last
 *   line of prose.
 * A body sentence that merely contains such words ("The embargo on arms was
 * lifted.", "Speech by the Prime Minister was well received.") is never
 * chrome: every rule matches one whole line, and prose ends the zones.
 *
 * A header that names the speaker or author ("Speech: Hon Winston Peters",
 * "SPEECH BY THE HON JENNY SHIPLEY, PRIME MINISTER, …", "From: … and The Rt
 * Hon David Lammy MP", "Winston Peters Press Releases") gives its person as
 * `person` ("Jenny Shipley, Prime Minister": the role only when the header
 * states one), which readers put into `meta.byline` when that is empty.
 */
export type ChromeCode =
  | 'boilerplate-header'
  | 'boilerplate-speech-header'
  | 'boilerplate-embargo'
  | 'boilerplate-share'
  | 'boilerplate-footer'
  | 'boilerplate-ends';

export interface Chrome {
  readonly code: ChromeCode;
  readonly reason: string;
  /** The person the header names as speaker or author, "Name" or "Name, Role". */
  readonly person?: string;
  /** The date a "Published: …" line states, `YYYY-MM-DD`. */
  readonly published?: string;
}

/** One line (or paragraph) of a document, in order; `removed` when another rule already took it out. */
export interface ChromeUnit {
  readonly text: string;
  readonly removed: boolean;
  /** Another reading of the same line, also matched: a Markdown list item's source ("- END -" reads "END -"). */
  readonly alt?: string;
}

const REASONS: Record<ChromeCode, string> = {
  'boilerplate-header': 'page header (site, section or release label)',
  'boilerplate-speech-header': 'speech or transcript header',
  'boilerplate-embargo': 'embargo notice',
  'boilerplate-share': 'share and print links',
  'boilerplate-footer': 'page footer',
  'boilerplate-ends': 'end-of-release marker',
};

/** Chrome lines are short; a longer line is content whatever it says. */
const MAX_CHROME = 240;
/** How many lines from either end are looked at, at most. */
const ZONE = 16;
/** How many lines that are neither chrome nor prose (a headline, a date, a place) the head zone steps over. */
const HEAD_SKIPS = 4;
const TAIL_SKIPS = 3;

type Rule = { code: ChromeCode; pattern: RegExp };
const rules = (groups: Record<string, string[]>): Rule[] =>
  Object.entries(groups).flatMap(([code, patterns]) => patterns.map((p) => ({ code: code as ChromeCode, pattern: new RegExp(p, 'iu') })));
const ANYWHERE = rules(model.anywhere);
const HEAD = rules(model.head);
const TAIL = rules(model.tail);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: readonly string[]): string =>
  [...names].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, '\\s+')).join('|');

const HONORIFIC = String.raw`(?:${alternation(model.honorifics)})\.?`;
const OPENER = alternation(model.speechOpeners);
const OFFICE = alternation(model.offices);
/** "Speech: Hon Winston Peters", "Remarks — Secretary Antony J. Blinken": a label, a colon or dash, who. */
const LABELLED_SPEECH = new RegExp(String.raw`^(?:${OPENER})\s*[:–—-]\s*(.{2,160})$`, 'iu');
/** "SPEECH BY THE HON …", "Address by the Rt Hon Helen Clark, Prime Minister, to …", "TRANSCRIPT OF THE PRIME MINISTER …". */
const SPEECH_BY = new RegExp(String.raw`^(?:${OPENER})\s+(?:by|of|to|at|on|with|from|delivered by|given by)\b`, 'iu');
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_PREFIX = new RegExp(String.raw`^((?:\d{1,2}\s+)?${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})\s+`, 'iu');
/** A header names someone formally, with an honorific or an office. */
const FORMAL = new RegExp(String.raw`(?:^|\s)(?:${HONORIFIC}|${OFFICE}|MP)(?=[\s,]|$)`, 'u');
/** "Speech by the Prime Minister was well received": a verb makes it a sentence, not a header. */
const FINITE_VERB = /\b(?:was|were|is|are|has|had|have|will|would|did|does|says|said|drew|won|got|made)\b/iu;
/** "THE HON JOHN HOWARD MP" on a line of its own under a speech header. */
const HONORIFIC_LINE = new RegExp(String.raw`^${HONORIFIC}\s+[\p{L}.'’ -]{3,60}$`, 'iu');
const HONORIFIC_AT = new RegExp(String.raw`(?:^|[\s,;:(])(${HONORIFIC})\s+`, 'giu');
const NOT_NAME = new Set(model.notNames.map((w) => w.toLowerCase()));
/** Words that end a name in a header: "… JOHN HOWARD MP DOORSTOP INTERVIEW", "… PETERS TO THE …". */
const NAME_STOP = new Set(['mp', 'mhr', 'qc', 'kc', 'to', 'at', 'on', 'in', 'for', 'and', 'with', 'during', 'of', 'the', 'doorstop', 'interview', 'speech', 'address', 'remarks', 'press', 'joint', 'radio', 'television', 'transcript', 'opening', 'launch', 'parliament']);
const OFFICE_BEFORE_NAME = new RegExp(String.raw`^(?:the\s+)?(${OFFICE})\s+(?=\p{Lu})`, 'iu');
const OFFICE_AT_START = new RegExp(String.raw`^(?:the\s+)?((?:${OFFICE})(?:\s+(?:of|for)\s+(?:the\s+)?[\p{L}&' -]{2,60}?)?)\s*$`, 'iu');

/** Classifies the lines of a document; the result holds a hit for each chrome line, by index. */
export function findPageChrome(units: readonly ChromeUnit[]): Map<number, Chrome> {
  const hits = new Map<number, Chrome>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as ChromeUnit;
    if (unit.removed || unit.text === '' || unit.text.length > MAX_CHROME) continue;
    const found = anywhere(unit.text) ?? (unit.alt === undefined ? null : anywhere(unit.alt));
    if (found) hits.set(i, found);
  }
  headZone(units, hits);
  tailZone(units, hits);
  return hits;
}

/** The first person a header names, for `meta.byline`; null when none does. */
export function chromePerson(hits: ReadonlyMap<number, Chrome>): string | null {
  for (const index of [...hits.keys()].sort((a, b) => a - b)) {
    const person = hits.get(index)?.person;
    if (person) return person;
  }
  return null;
}

/** The date a "Published: …" header states; null when none does. */
export function chromePublished(hits: ReadonlyMap<number, Chrome>): string | null {
  for (const index of [...hits.keys()].sort((a, b) => a - b)) {
    const published = hits.get(index)?.published;
    if (published) return published;
  }
  return null;
}

function headZone(units: readonly ChromeUnit[], hits: Map<number, Chrome>): void {
  let skips = 0;
  let chromeSeen = false;
  let standfirst = false;
  let inSpeechHeader = false;
  let seen = 0;
  for (let i = 0; i < units.length && seen < ZONE; i++) {
    const unit = units[i] as ChromeUnit;
    if (unit.text === '') continue;
    seen++;
    if (unit.removed || hits.has(i)) {
      inSpeechHeader &&= hits.get(i)?.code === 'boilerplate-speech-header';
      continue;
    }
    const line = unit.text;
    const found: Chrome | null = line.length <= MAX_CHROME ? (headChrome(line, inSpeechHeader) ?? (unit.alt === undefined ? null : headChrome(unit.alt, false))) : null;
    if (found) {
      hits.set(i, found);
      chromeSeen = true;
      inSpeechHeader = found.code === 'boilerplate-speech-header' && isAllCaps(line.replace(DATE_PREFIX, ''));
      continue;
    }
    inSpeechHeader = false;
    if (++skips > HEAD_SKIPS) return;
    if (isProse(line)) {
      // Prose ends the head, except one standfirst between header lines
      // (gov.uk puts its summary above "From: …" and "Published …").
      if (!chromeSeen || standfirst) return;
      standfirst = true;
    }
  }
}

function tailZone(units: readonly ChromeUnit[], hits: Map<number, Chrome>): void {
  let skips = 0;
  let seen = 0;
  for (let i = units.length - 1; i >= 0 && seen < ZONE; i--) {
    const unit = units[i] as ChromeUnit;
    if (unit.text === '') continue;
    seen++;
    if (unit.removed || hits.has(i)) continue;
    const line = unit.text;
    const code = line.length <= MAX_CHROME ? (match(TAIL, line) ?? (unit.alt === undefined ? null : match(TAIL, unit.alt))) : null;
    if (code) {
      hits.set(i, hit(code));
      continue;
    }
    if (isProse(line) || ++skips > TAIL_SKIPS) return;
  }
}

function headChrome(line: string, inSpeechHeader: boolean): Chrome | null {
  const speech = speechHeader(line, inSpeechHeader);
  if (speech) return speech;
  // Header labels are not sentences: "From: the minister's diary showed three meetings." is body text.
  if (endsSentence(line) && wordCount(line) > 3) return null;
  for (const rule of HEAD) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const who = m.groups?.who;
    if (who !== undefined) {
      const person = personalName(who);
      return person ? { ...hit(rule.code), person } : hit(rule.code);
    }
    const person = honorificPerson(line);
    return person ? { ...hit(rule.code), person } : hit(rule.code);
  }
  return null;
}

/**
 * "Speech: Hon Winston Peters", "SPEECH BY THE HON JENNY SHIPLEY, PRIME
 * MINISTER, TO …", "TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP
 * DOORSTOP INTERVIEW, WELLINGTON", and, right under an ALL-CAPS one, its
 * further ALL-CAPS lines ("THE HON JOHN HOWARD MP", "DOORSTOP INTERVIEW",
 * "PARLIAMENT HOUSE"), but never a speaker label ("PRIME MINISTER:").
 */
function speechHeader(line: string, inSpeechHeader: boolean): Chrome | null {
  if (/:$/.test(line) || wordCount(line) > 40) return null;
  const labelled = LABELLED_SPEECH.exec(line);
  if (labelled && !endsSentence(line)) {
    const person = honorificPerson(line) ?? personalName((labelled[1] as string).split(/\s*[,–—(]\s*|\s+-\s+/)[0] as string);
    return withPerson(hit('boilerplate-speech-header'), person);
  }
  const caps = isAllCaps(line);
  if (SPEECH_BY.test(line) && !endsSentence(line) && (caps || formalHeader(line))) {
    return withPerson(hit('boilerplate-speech-header'), honorificPerson(line) ?? byPerson(line));
  }
  // "8 May 1997 ADDRESS BY THE PRIME MINISTER": a transcript's date glued to its header.
  const dated = DATE_PREFIX.exec(line);
  if (dated && isAllCaps(line.slice(dated[0].length)) && SPEECH_BY.test(line.slice(dated[0].length))) {
    const published = parseCalendarDate(dated[1] as string);
    const chrome = withPerson(hit('boilerplate-speech-header'), honorificPerson(line));
    return published ? { ...chrome, published } : chrome;
  }
  if (HONORIFIC_LINE.test(line) && !endsSentence(line) && wordCount(line) <= 8 && (caps || inSpeechHeader || /\bMP$/.test(line))) {
    return withPerson(hit('boilerplate-speech-header'), honorificPerson(line));
  }
  if (inSpeechHeader && caps && wordCount(line) <= 20 && !endsSentence(line.replace(/[.,]$/, ''))) {
    return withPerson(hit('boilerplate-speech-header'), honorificPerson(line));
  }
  return null;
}

/** A mixed-case header rather than a sentence: it names someone formally and has no verb. */
function formalHeader(line: string): boolean {
  return FORMAL.test(line) && wordCount(line) <= 30 && !FINITE_VERB.test(line);
}

/** A line that is chrome wherever it stands; a "Published …" line only when it holds a date. */
function anywhere(line: string): Chrome | null {
  if (line.length > MAX_CHROME) return null;
  for (const rule of ANYWHERE) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    // An embargo notice is a few words; a long line that opens with "Embargo" is a sentence about one.
    if (rule.code === 'boilerplate-embargo' && wordCount(line) > 12) continue;
    const date = m.groups?.date;
    if (date === undefined) return hit(rule.code);
    // "Published: Tue 4 Feb 2025 10:12 AM": only a line that really holds a date.
    const published = parseCalendarDate(date.replace(/[\s,.-]+$/, ''));
    if (published !== null) return { ...hit(rule.code), published };
  }
  return null;
}

function withPerson(chrome: Chrome, person: string | null): Chrome {
  return person ? { ...chrome, person } : chrome;
}

function hit(code: ChromeCode): Chrome {
  return { code, reason: REASONS[code] };
}

function match(list: readonly Rule[], line: string): ChromeCode | null {
  for (const rule of list) if (rule.pattern.test(line)) return rule.code;
  return null;
}

/** A line of body text: a sentence of some length, or too long for any header. */
function isProse(line: string): boolean {
  const words = wordCount(line);
  return (endsSentence(line) && words >= 6) || words > 24;
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && !/\p{Ll}/u.test(letters);
}

/**
 * The person after an honorific: "… and The Rt Hon David Lammy MP" → "David
 * Lammy"; with the office the header gives them, before ("TRANSCRIPT OF THE
 * PRIME MINISTER THE HON JOHN HOWARD MP") or after the name ("THE HON JENNY
 * SHIPLEY, PRIME MINISTER, TO …").
 */
function honorificPerson(line: string): string | null {
  HONORIFIC_AT.lastIndex = 0;
  const m = HONORIFIC_AT.exec(line);
  if (!m) return null;
  const after = line.slice(m.index + m[0].length);
  const name = nameAt(after);
  if (!name) return null;
  const before = line.slice(0, m.index).replace(/[\s,]+$/, '');
  const prior = /(?:\bby|\bof|[:,])\s+(?:the\s+)?([^,:]{3,80})$/iu.exec(before);
  const role = officeOf(prior?.[1] ?? '') ?? officeOf(after.slice(name.consumed).replace(/^[\s,]*(?:MP\b)?[\s,]*/u, '').split(/,|\s+(?:to|at|on|in|during)\s+/iu)[0] ?? '');
  return role ? `${name.text}, ${role}` : name.text;
}

/** "SPEECH BY JENNY SHIPLEY, PRIME MINISTER, TO …": a name right after "by", without an honorific. */
function byPerson(line: string): string | null {
  const m = /\bby\s+(.+)$/iu.exec(line);
  if (!m) return null;
  let rest = m[1] as string;
  // "Remarks by Secretary of State Antony J. Blinken": the office before the name.
  const office = OFFICE_BEFORE_NAME.exec(rest);
  if (office) rest = rest.slice(office[0].length);
  const name = nameAt(rest);
  if (!name || NOT_NAME.has(name.text.split(' ')[0]?.toLowerCase() ?? '')) return null;
  if (officeOf(name.text)) return null;
  const role = (office ? officeOf(office[1] as string) : null) ?? officeOf(rest.slice(name.consumed).replace(/^[\s,]+/, '').split(/,|\s+(?:to|at|on|in|during)\s+/iu)[0] ?? '');
  return role ? `${name.text}, ${role}` : name.text;
}

/** Two to four name words at the start of `text`, title-cased when written in capitals; null when there are not two. */
function nameAt(text: string): { text: string; consumed: number } | null {
  const words: string[] = [];
  const re = /\s*([\p{Lu}][\p{L}'’.-]*)(?=[\s,;:)]|$)/uy;
  let consumed = 0;
  while (words.length < 4) {
    re.lastIndex = consumed;
    const m = re.exec(text);
    if (!m) break;
    const word = m[1] as string;
    if (NAME_STOP.has(word.toLowerCase().replace(/\.$/, ''))) break;
    words.push(word);
    consumed = re.lastIndex;
  }
  // A lone initial is not a name word to end on ("JOHN W." is), and "J. OHN" is an OCR break.
  while (words.length > 0 && /^\p{L}$/u.test(words[words.length - 1] as string)) words.pop();
  if (words.length < 2 || words.some((w) => NOT_NAME.has(w.toLowerCase()))) return null;
  return { text: words.map(titleCase).join(' '), consumed };
}

/** "Winston Peters" (from "Winston Peters Press Releases"): two to four capitalised words and nothing that names an organisation. */
function personalName(text: string): string | null {
  const clean = text.trim().replace(/^(?:the\s+)?/i, '');
  const honorific = new RegExp(String.raw`^${HONORIFIC}\s+`, 'iu').exec(clean);
  const name = nameAt(honorific ? clean.slice(honorific[0].length) : clean);
  if (!name) return null;
  const rest = (honorific ? clean.slice(honorific[0].length) : clean).slice(name.consumed).trim();
  if (rest !== '' && !/^(?:MP|MHR)?\s*(?:[,(–—-].*)?$/u.test(rest)) return null;
  if (officeOf(name.text)) return null;
  return name.text;
}

/** An office as written in a header, title-cased: "PRIME MINISTER" → "Prime Minister"; null when `text` is not one. */
function officeOf(text: string): string | null {
  const m = OFFICE_AT_START.exec(text.trim());
  if (!m) return null;
  return (m[1] as string).split(/\s+/).map((w, i) => (i > 0 && /^(?:of|for|the|and)$/i.test(w) ? w.toLowerCase() : titleCase(w))).join(' ');
}

/** "SHIPLEY" → "Shipley", "MCCULLY" → "McCully", "O'CONNOR" → "O'Connor"; mixed-case words are kept. */
function titleCase(word: string): string {
  if (/\p{Ll}/u.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
}
