import type { DocumentMeta } from '../../../core/index.js';
import type { Candidate } from '../candidates/index.js';
import { nameWords, type PersonMention } from './coreference.js';
import { STARTS_GIVEN_NAME, type OfficeInfo, type Rules } from '../lexicon/index.js';
import { canonicalName, isNameWord, nameFold, skipHonorifics } from '../names/index.js';
import { canonicalOfficeWith } from '../offices/index.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

/**
 * A speaker's label in a transcript: words in capitals opening a line or an
 * utterance, then a colon ("CLARK:", "MR HOWARD:", "PRIME MINISTER:",
 * "JOURNALIST:"). Token indexes [start, end), the colon excluded.
 */
export interface SpeakerLabel {
  readonly start: number;
  readonly end: number;
  /**
   * `name`: a person's name, honorifics allowed ("CLARK", "MR HOWARD", "RAY
   * HADLEY"); `office`: an office alone ("PRIME MINISTER"), whose holder only
   * the metadata can tell; `none`: nobody the document names ("JOURNALIST",
   * "QUESTION") or no speaker at all ("SUBJECTS").
   */
  readonly kind: 'name' | 'office' | 'none';
  /** For `office`: the office. */
  readonly office: OfficeInfo | null;
  /** For `name`: where the name starts, after honorifics or a title ("PREMIER CARPENTER": CARPENTER). */
  readonly nameStart?: number;
}

/** Most words a label runs to. */
const MAX_LABEL_WORDS = 5;
/** A word in capitals (initials, apostrophes and hyphens allowed), or "McGRATH". */
const CAPITALS_WORD = /^(?:Mc|Mac)?\p{Lu}[\p{Lu}'’.-]*$/u;
/** What may come right before a label in joined transcript paragraphs: the end of the last utterance. */
const UTTERANCE_END = new Set(['.', '?', '!', '"', '”', ')', ']', '…']);

const OFFICE_WORDS = new WeakMap<Rules, Set<string>>();
/** Lower-case words of canonical office titles ("prime", "minister", "treasurer"), once per rules. */
function officeWords(rules: Rules): Set<string> {
  let out = OFFICE_WORDS.get(rules);
  if (!out) {
    out = new Set([...rules.officeByTitle.keys()].flatMap((t) => t.split(/[\s-]+/)).filter((w) => w.length > 3 && !/^(of|and|for|the)$/.test(w)));
    OFFICE_WORDS.set(rules, out);
  }
  return out;
}

/** The document's author as labels may name him: the office the metadata gives and his family name ("PRIME MINISTER HOWARD:"). */
export interface LabelledAuthor {
  readonly office: string;
  readonly surname: string;
}

/** Speaker labels of a text, in order. */
export function speakerLabels(tokens: readonly Tok[], text: string, rules: Rules, author: LabelledAuthor | null = null): SpeakerLabel[] {
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensUtterance(tokens, i, text)) continue;
    let j = i;
    while (j < tokens.length && j - i < MAX_LABEL_WORDS && tokens[j]!.kind === WORD && CAPITALS_WORD.test(tokens[j]!.text) && (j === i || !newlineIn(text, tokens[j - 1]!.end, tokens[j]!.start))) j++;
    const colon = tokens[j];
    if (j === i || !colon || colon.kind !== PUNCT || colon.text !== ':' || !tokens.slice(i, j).some((t) => /\p{Lu}{2}/u.test(t.text))) continue;
    found.push({ start: i, end: j });
    i = j;
  }
  // A speaker speaks more than once; a word said once as a label ("SUBJECTS:", "NOTE:") is a heading unless it is a name the document knows.
  const keys = found.map((l) => labelKey(tokens, l));
  const times = new Map<string, number>();
  for (const key of keys) times.set(key, (times.get(key) ?? 0) + 1);
  // Fields spelled out: spreading the two objects cost more than classifying the label.
  return found.map((l, n) => {
    const { kind, office, nameStart } = classify(tokens, text, l, rules, times.get(keys[n]!)! > 1, author);
    return nameStart === undefined ? { start: l.start, end: l.end, kind, office } : { start: l.start, end: l.end, kind, office, nameStart };
  });
}

const labelKey = (tokens: readonly Tok[], l: { start: number; end: number }) =>
  tokens
    .slice(l.start, l.end)
    .map((t) => t.key)
    .join(' ');

/** Is there a line break in text[from, to)? Asked between every two words: no slice, no regex. */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function opensUtterance(tokens: readonly Tok[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (t.kind !== WORD) return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (newlineIn(text, prev.end, t.start)) return true;
  return prev.kind === PUNCT && UTTERANCE_END.has(prev.text);
}

function classify(tokens: readonly Tok[], text: string, l: { start: number; end: number }, rules: Rules, repeated: boolean, author: LabelledAuthor | null): Pick<SpeakerLabel, 'kind' | 'office' | 'nameStart'> {
  const words = tokens.slice(l.start, l.end);
  if (words.some((t) => rules.notPersonNames.has(t.key.replace(/\.$/, '')))) return { kind: 'none', office: null };
  const raw = text.slice(tokens[l.start]!.start, tokens[l.end - 1]!.end).replace(/^THE\s+/u, '');
  const title = canonicalOfficeWith(raw, rules);
  if (title) return { kind: 'office', office: rules.officeByTitle.get(title.toLowerCase()) ?? null };
  const nameStart = skipHonorifics(tokens, l.start, rules);
  if (nameStart >= l.end) return { kind: 'none', office: null };
  // "PRIME MINISTER ALBANESE", "PREMIER CARPENTER": the name after a title is the speaker, and the title is his (the role rules read it).
  const office = rules.offices.match(tokens, l.start);
  if (office && office.end < l.end && allNameWords(tokens, office.end, l.end, rules) && !tokens.slice(office.end, l.end).some((t) => officeWords(rules).has(t.key))) {
    // "PRIME MINISTER HOWARD:" in Howard's own transcript is the author, as "PRIME MINISTER:" is, whoever else is a Howard.
    const byAuthor = author !== null && office.value.title === author.office && l.end === office.end + 1 && nameFold(tokens[office.end]!.text) === author.surname;
    return byAuthor ? { kind: 'office', office: office.value, nameStart: office.end } : { kind: 'name', office: null, nameStart: office.end };
  }
  // "PRIME MINSTER", "PREME MINISTER": a mistyped office is nobody's name.
  if (office || words.some((t) => officeWords(rules).has(t.key))) return { kind: 'none', office: null };
  if (!allNameWords(tokens, nameStart, l.end, rules)) return { kind: 'none', office: null };
  const vouched = repeated || nameStart > l.start || l.end - nameStart >= 2 || ((rules.starts.get(tokens[nameStart]!.key) ?? 0) & STARTS_GIVEN_NAME) !== 0;
  return { kind: vouched ? 'name' : 'none', office: null };
}

/** Are tokens [from, to) all words a name may hold, none of them a place or organisation the gazetteer knows? */
function allNameWords(tokens: readonly Tok[], from: number, to: number, rules: Rules): boolean {
  for (let k = from; k < to; k++) if (!isNameWord(tokens[k]!, rules) || rules.gazetteer.match(tokens, k)) return false;
  return true;
}

/**
 * Candidates with the labels applied: a `none` label makes no entity (what
 * overlaps it is dropped: "JOURNALIST", "QUESTION" are nobody), an `office`
 * label none either (the metadata's person gets it, `labelMentions`), and a
 * `name` label is a person ("CLARK", "MR HOWARD"), however the tagger typed it.
 */
export function withSpeakerLabels(candidates: readonly Candidate[], labels: readonly SpeakerLabel[], tokens: readonly Tok[], rules: Rules): Candidate[] {
  if (labels.length === 0) return [...candidates];
  const label = new Int32Array(tokens.length).fill(-1);
  labels.forEach((l, k) => label.fill(k, l.start, l.end));
  const overlaps = (c: Candidate): number => {
    for (let k = c.start; k < c.end; k++) if (label[k]! >= 0) return label[k]!;
    return -1;
  };
  const out = candidates.filter((c) => {
    const k = overlaps(c);
    if (k < 0) return true;
    const l = labels[k]!;
    if (l.kind !== 'name') return false;
    // A gazetteer's reading of a name label stands only for a known person; the tagger's is replaced below.
    return c.type === 'person' && c.start >= (l.nameStart ?? l.start) && c.end <= l.end;
  });
  for (const l of labels) {
    const start = l.nameStart ?? l.start;
    if (l.kind !== 'name' || out.some((c) => c.type === 'person' && c.start >= start && c.end <= l.end)) continue;
    out.push({ start, end: l.end, type: 'person', via: 'rule', confidence: 0.8, anchor: 'title', nameStart: l.nameStart ?? skipHonorifics(tokens, l.start, rules), gaz: null });
  }
  return out;
}

/** The office the metadata gives the document's author: a PM transcript's `prime-minister` field (`extra.primeMinister`) → Prime Minister. */
export function authorOffice(meta: DocumentMeta, rules: Rules): { name: string; office: OfficeInfo } | null {
  const pm = meta.extra.primeMinister;
  if (!pm) return null;
  const name = canonicalName(pm);
  const office = rules.officeByTitle.get('prime minister');
  if (!office || name.split(' ').length < 2) return null;
  return { name, office };
}

/** Whether an outside name is the named person (folded). */
export const sameName = (a: string, b: string): boolean => nameFold(a) === nameFold(b);

/** An `office` label as a mention of the person holding the office: named as that person. */
export function labelOf(l: SpeakerLabel, name: string): PersonMention {
  // "PRIME MINISTER HOWARD": the mention is the name; "PRIME MINISTER" alone is all there is.
  return { start: l.nameStart ?? l.start, end: l.end, name, words: nameWords(name), via: 'rule', confidence: 0.9, candidate: null };
}
