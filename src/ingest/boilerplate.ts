import { parseCalendarDate } from './calendar-date.js';
import model from './model/boilerplate.json' with { type: 'json' };
import { endsSentence, wordCount } from './paragraphs.js';

/**
 * Page furniture that must never reach a document's text: ads, agency
 * sign-offs, photo credits and captions, end markers. Rules look at one whole
 * line (or paragraph) at a time and are deliberately conservative: a missed ad
 * costs a little noise, a removed sentence loses a fact. The patterns live in
 * `model/boilerplate.json`; the structural rules (what a caption list or a
 * headline looks like) are here.
 */
export type BoilerplateCode =
  | 'boilerplate-advertisement'
  | 'boilerplate-signoff'
  | 'boilerplate-photo-credit'
  | 'boilerplate-caption'
  | 'boilerplate-ends'
  | 'boilerplate-eoe'
  | 'boilerplate-check-against-delivery'
  | 'boilerplate-staff-credits'
  | 'boilerplate-embargo';

export interface Boilerplate {
  readonly code: BoilerplateCode;
  readonly reason: string;
  /** For sign-offs: the agency, e.g. `NZPA`. */
  readonly agency?: string;
}

/**
 * Markers, ads and sign-offs are short; captions a little longer; only a
 * caption list runs long. Gating by length keeps the rules off the hot path
 * of long transcripts.
 */
const MAX_MARKER = 200;
const MAX_CAPTION = 320;
const MAX_LINE = 700;

const compile = (patterns: readonly string[]): RegExp[] => patterns.map((p) => new RegExp(p, 'iu'));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: readonly string[]): string =>
  [...names].sort((a, b) => b.length - a.length).map(escape).join('|');

const RULES: ReadonlyArray<{ code: BoilerplateCode; patterns: RegExp[]; reason: string }> = [
  { code: 'boilerplate-ends', patterns: compile(model.ends), reason: 'end-of-release marker' },
  { code: 'boilerplate-eoe', patterns: compile(model.eoe), reason: '"errors and omissions excepted" notice' },
  { code: 'boilerplate-check-against-delivery', patterns: compile(model.checkAgainstDelivery), reason: '"check against delivery" notice' },
  { code: 'boilerplate-advertisement', patterns: compile(model.advertisement), reason: 'advertisement' },
  { code: 'boilerplate-staff-credits', patterns: compile(model.staffCredits), reason: 'wire staff credits (reporting, writing, editing)' },
];

// Agency names are matched case-sensitively: "- AP" is a sign-off, "- ap" is not.
const AGENCY = alternation(model.agencies);
const SIGN_OFF = new RegExp(String.raw`^(?:[-–—]+\s*\(?|\()(${AGENCY})(?:\s*[/,&]\s*(?:${AGENCY}))*\)?\.?$`, 'u');

const CREDIT = alternation(model.creditSources);
const LABEL = alternation(model.captionLabels);
/** A credit source right after a separator ("– Getty Images", "/ Supplied", "via Reuters") or before one ("AP Photo/Evan Vucci"). */
const CREDIT_MARK = new RegExp(String.raw`(?:[-–—|/:]\s*|\bvia\s+)(?:${CREDIT})\b|^(?:${CREDIT})\s*[-–—|/:]`, 'iu');
/** "Photo: …", "File photo / …" opening the line is a caption whatever its punctuation. */
const LABEL_START = new RegExp(String.raw`^(?:${LABEL})\s*[:/|]`, 'iu');
/** "… Photo / Mark Mitchell" inside a line that is not a sentence. */
const LABEL_INSIDE = new RegExp(String.raw`\b(?:${LABEL})\s*[/:|]\s*\p{Lu}`, 'iu');
/**
 * A credit in brackets closing the line: "… in Washington (AP Photo/Evan Vucci)."
 * The marker must be followed by `/` or `:`, so "(AFP)" for the Australian
 * Federal Police ends a sentence, not a caption.
 */
const CREDIT_BRACKETED = new RegExp(String.raw`\([^()]*\b(?:${CREDIT}|${LABEL})\s*[/:][^()]*\)\.?$|\((?:Getty Images|Supplied)\)\.?$`, 'iu');
/** Captions are short; a long line with a credit in it is an article about photography. */
const MAX_CAPTION_WORDS = 40;

/**
 * "Tim Watts, Australia's Assistant Minister of Foreign Affairs": a name of up
 * to five capitalised words, a comma, a capitalised role. Prose apposition
 * ("Shane Stone, the Federal President") has a lower-case role and fails.
 */
const NAME_ROLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|le)){0,4}\s*,\s*[\p{Lu}\p{N}].{1,120}$/u;

export interface ClassifyOptions {
  /**
   * Whether the source can carry photo credits and captions (news pages: the
   * default). Transcripts cannot, and there a "Name, role; Name, role" line is
   * a speech's acknowledgements and a line ending "(AFP)" names the police.
   */
  readonly captions?: boolean;
}

/** Classifies one trimmed line with collapsed spaces; null when it is content. */
export function classifyLine(line: string, options: ClassifyOptions = {}): Boilerplate | null {
  if (line === '' || line.length > MAX_LINE) return null;
  if (line.length <= MAX_MARKER) {
    for (const rule of RULES) if (rule.patterns.some((p) => p.test(line))) return { code: rule.code, reason: rule.reason };
    const signOff = SIGN_OFF.exec(line);
    if (signOff) return { code: 'boilerplate-signoff', reason: `agency sign-off (${signOff[1]})`, agency: signOff[1] as string };
  }
  if (options.captions === false) return null;
  if (line.length <= MAX_CAPTION && wordCount(line) <= MAX_CAPTION_WORDS) {
    if (LABEL_START.test(line) || CREDIT_BRACKETED.test(line)) return { code: 'boilerplate-photo-credit', reason: 'photo credit or caption' };
    if (!endsSentence(line) && (CREDIT_MARK.test(line) || LABEL_INSIDE.test(line))) return { code: 'boilerplate-photo-credit', reason: 'photo credit or caption' };
  }
  if (isCaptionList(line)) return { code: 'boilerplate-caption', reason: 'caption listing people and their roles' };
  return null;
}

/**
 * A photo caption naming the people in the picture: at least three
 * `;`-separated "Name, role" segments making up most of the line. Prose with
 * semicolons fails because its segments start with ordinary words.
 */
export function isCaptionList(line: string): boolean {
  if (!line.includes(';')) return false;
  const segments = line
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.');
  if (segments.length < 3 || /^\p{Ll}/u.test(line)) return false;
  const named = segments.filter((s) => NAME_ROLE.test(s)).length;
  return named >= 3 && named / segments.length >= 0.6;
}

/**
 * Shaped like a headline: 2–16 words, starts with a capital, digit or quote,
 * no sentence-final punctuation (nor a trailing comma), not a dateline
 * ("WELLINGTON, April 11") and not just a date.
 */
export function isHeadlineShaped(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > 16 || line.length > 120) return false;
  if (endsSentence(line) || /[,\-–—]$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  if (/^\p{Lu}[\p{Lu} .'-]+,/u.test(line)) return false;
  return parseCalendarDate(line) === null;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const BYLINE = new RegExp(String.raw`^By\s+(${NAME}(?:\s+and\s+${NAME})?)(?:\s*[,|–—-]\s*[^.!?]{0,60})?$`, 'u');

const INLINE = model.inline.map((rule) => ({
  code: rule.code as BoilerplateCode,
  reason: rule.reason,
  pattern: new RegExp(rule.pattern, `${rule.flags}g`),
  // Most paragraphs fail the hint, which is far cheaper than the pattern on long text.
  hint: new RegExp(rule.hint, 'i'),
}));

export interface InlineCut {
  /** Where the marker was, as an offset into the returned text. */
  readonly at: number;
  readonly code: BoilerplateCode;
  readonly reason: string;
  readonly excerpt: string;
}

/**
 * Removes notices glued to real text ("24 May 1996 E&OE....", "CHECK AGAINST
 * DELIVERYI acknowledge…"), which whole-line rules cannot see. Used where such
 * notices occur (transcripts); news text has none.
 */
export function stripInlineMarkers(text: string): { text: string; cuts: InlineCut[] } {
  const found: Array<{ start: number; end: number; code: BoilerplateCode; reason: string }> = [];
  for (const rule of INLINE) {
    if (!rule.hint.test(text)) continue;
    for (const m of text.matchAll(rule.pattern)) found.push({ start: m.index, end: m.index + m[0].length, code: rule.code, reason: rule.reason });
  }
  if (found.length === 0) return { text, cuts: [] };
  found.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  const cuts: InlineCut[] = [];
  for (const f of found) {
    if (f.start < pos) continue; // overlaps one already removed
    out += text.slice(pos, f.start);
    cuts.push({ at: out.length, code: f.code, reason: f.reason, excerpt: text.slice(f.start, f.end).trim() });
    pos = f.end;
  }
  out += text.slice(pos);
  const lead = out.length - out.trimStart().length;
  const result = out.trim();
  return { text: result, cuts: cuts.map((c) => ({ ...c, at: Math.min(Math.max(0, c.at - lead), result.length) })) };
}

/** "By Jane Smith" (two to four capitalised words) or "By Jane Smith, Political Editor" → "Jane Smith"; null otherwise. */
export function bylineName(line: string): string | null {
  if (endsSentence(line) || wordCount(line) > 12) return null;
  const name = BYLINE.exec(line)?.[1];
  if (name === undefined) return null;
  // "By TERESA ALCANTARA Associated Press": the agency the reporter writes for, after the name with no comma.
  const reporter = name.replace(AGENCY_AFTER_NAME, '');
  return reporter.includes(' ') ? reporter : name;
}

/** News agencies a byline names after the reporter ("By Jane Smith Associated Press"). */
const AGENCY_AFTER_NAME = /\s+(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|AAP|Australian\s+Associated\s+Press|Bloomberg|Xinhua|Kyodo(?:\s+News)?|Yonhap|Bernama|Antara|PA(?:\s+Media)?|Press\s+Association)$/u;
