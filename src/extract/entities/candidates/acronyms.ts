import { candidateName, type Candidate } from './candidate.js';
import type { GazValue, Rules } from '../lexicon/index.js';
import { PUNCT, WORD, type Tok } from '../text/index.js';

/** A long form the text defines with its acronym: "Trans-Pacific Partnership (TPP)". Token indexes. */
interface Definition {
  readonly start: number;
  readonly end: number;
  readonly acronym: string;
}

const ACRONYM = /^[A-Z]{2,10}$/;

const isPunct = (t: Tok | undefined, text: string) => t !== undefined && t.kind === PUNCT && t.text === text;

/**
 * Whether the words spell the acronym by their initials: each capitalised
 * word gives the next letter; a filler ("of", "and", "&") may give one or
 * none ("Department of Foreign Affairs and Trade (DFAT)").
 */
function spells(words: readonly Tok[], acronym: string, rules: Rules, i = 0, j = 0): boolean {
  if (i === words.length) return j === acronym.length;
  const t = words[i]!;
  const initial = t.text[0]!.toUpperCase() === acronym[j];
  if (t.cap) return initial && spells(words, acronym, rules, i + 1, j + 1);
  return spells(words, acronym, rules, i + 1, j) || (initial && spells(words, acronym, rules, i + 1, j + 1));
}

/** Where the long form before the "(" at `open` starts: the nearest capitalised word from which the words spell the acronym, or -1. */
function longFormStart(tokens: readonly Tok[], open: number, acronym: string, rules: Rules): number {
  const sentence = tokens[open]!.sentence;
  const words: Tok[] = [];
  for (let k = open - 1; k >= 0 && words.length < acronym.length * 2 + 2; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (t.kind === PUNCT && t.glued && t.text === '-') continue; // "Trans-Pacific": two words
    const filler = t.kind === PUNCT ? t.text === '&' : !t.cap && rules.acronymFillers.has(t.key);
    if (!filler && (t.kind !== WORD || !t.cap)) break;
    words.unshift(t);
    if (t.cap && spells(words, acronym, rules)) return k;
  }
  return -1;
}

function definitions(tokens: readonly Tok[], rules: Rules): Definition[] {
  const out: Definition[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!isPunct(tokens[i], '(') || !isPunct(tokens[i + 2], ')')) continue;
    const acronym = tokens[i + 1]!;
    if (acronym.kind !== WORD || !ACRONYM.test(acronym.text)) continue;
    const start = longFormStart(tokens, i, acronym.text, rules);
    if (start !== -1) out.push({ start, end: i, acronym: acronym.text });
  }
  return out;
}

/**
 * Acronyms the text defines ("the Trans-Pacific Partnership (TPP)"): the long
 * form becomes one mention, and every use of the acronym a mention of the
 * same entity, overriding what the gazetteer takes it for. The first
 * definition of an acronym wins; a long form holding a person, or cut across
 * by a longer mention, defines nothing.
 */
export function linkAcronyms(accepted: readonly Candidate[], tokens: readonly Tok[], text: string, rules: Rules): Candidate[] {
  const defs = definitions(tokens, rules);
  if (defs.length === 0) return accepted as Candidate[];
  const kept: (Candidate | null)[] = [...accepted];
  const at = new Int32Array(tokens.length).fill(-1);
  accepted.forEach((c, i) => at.fill(i, c.start, c.end));
  const added: Candidate[] = [];
  const meaning = new Map<string, GazValue>();
  for (const d of defs) {
    if (meaning.has(d.acronym)) continue;
    const inside = new Set<number>();
    let clear = true;
    for (let k = d.start; k < d.end; k++) {
      const i = at[k]!;
      if (i === -1) continue;
      const c = accepted[i]!;
      if (c.type === 'person' || c.start < d.start || c.end > d.end) clear = false;
      inside.add(i);
    }
    if (!clear) continue;
    const whole = [...inside].map((i) => accepted[i]!).find((c) => c.start === d.start && c.end === d.end);
    const long: Candidate = whole ?? { start: d.start, end: d.end, type: 'org', via: 'rule', confidence: 0.9, anchor: 'gazetteer', nameStart: d.start, gaz: null };
    const value: GazValue = long.gaz ?? { type: long.type, name: candidateName(long, tokens, text), kind: long.type === 'place' ? 'place' : 'org', country: null };
    for (const i of inside) kept[i] = null;
    added.push({ ...long, gaz: value });
    meaning.set(d.acronym, value);
  }
  for (let k = 0; k < tokens.length; k++) {
    const value = tokens[k]!.kind === WORD ? meaning.get(tokens[k]!.text) : undefined;
    if (!value) continue;
    const i = at[k]!;
    const c = i === -1 ? null : accepted[i]!;
    if (c && (c.start !== k || c.end !== k + 1 || !kept[i])) continue; // inside a longer name, or a long form
    if (c?.gaz === value || (c?.gaz?.name === value.name && c.type === value.type)) continue;
    if (c) kept[i] = null;
    added.push({ start: k, end: k + 1, type: value.type, via: 'rule', confidence: 0.85, anchor: 'gazetteer', nameStart: k, gaz: value });
  }
  return [...kept.filter((c): c is Candidate => c !== null), ...added].sort((a, b) => a.start - b.start);
}
