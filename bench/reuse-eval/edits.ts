// The edits a news desk makes when it reprints a release. Each takes the story's
// paragraphs and returns new ones, or null when it cannot apply (too few paragraphs, no
// attribution to rewrite...), so the label only ever names edits that happened.
import { rewriteAttribution } from './attribution.js';
import { BOILERPLATE } from './boilerplate.js';
import type { Filler } from './filler.js';
import { restyleQuotes, type QuoteStyle } from './quotes.js';
import type { Random } from './random.js';
import type { Paragraph, Unit } from './story.js';
import { shingles, words } from './text.js';

export interface EditContext {
  random: Random;
  filler: Filler;
}

export type Edit = (paras: Paragraph[], ctx: EditContext) => Paragraph[] | null;

const reusedCount = (p: Paragraph) => p.filter((u) => u.role === 'reused').length;
const wordCount = (u: Unit) => u.text.split(/\s+/).length;
const newUnit = (text: string, role: 'inline' | 'new' | 'boilerplate'): Unit => ({ text, role, si: null });

/** Keeps a prefix of the paragraphs. */
const trim: Edit = (paras, { random }) => {
  if (paras.length < 2) return null;
  return paras.slice(0, random.int(Math.max(1, Math.ceil(paras.length * 0.4)), paras.length - 1));
};

/** Every (paragraph, position) where `ok` holds. */
function spots(paras: Paragraph[], ok: (para: Paragraph, k: number) => boolean): [number, number][] {
  return paras.flatMap((para, i) => para.map((_, k) => [i, k] as [number, number]).filter(([, k]) => ok(para, k)));
}

const words2 = (para: Paragraph, k: number) => wordCount(para[k - 1] as Unit) + wordCount(para[k + 1] as Unit);

/**
 * Drops one middle sentence of a paragraph; the passage runs on across the gap. Only a
 * sentence short beside its neighbours, so the passage stays mostly reused text either way round.
 */
const dropSentence: Edit = (paras, { random }) => {
  const found = spots(paras, (para, k) =>
    k > 0 && k < para.length - 1 && para.slice(k - 1, k + 2).every((u) => u.role === 'reused') && wordCount(para[k] as Unit) + 12 <= words2(para, k));
  if (found.length === 0) return null;
  const [i, k] = random.pick(found);
  return paras.map((p, j) => (j === i ? p.filter((_, m) => m !== k) : p));
};

/** Adds a sentence of new prose between two sentences long enough that it stays the smaller part. */
const addSentence: Edit = (paras, { random, filler }) => {
  const room = (para: Paragraph, k: number) => wordCount(para[k - 1] as Unit) + wordCount(para[k] as Unit) - 12;
  const found = spots(paras, (para, k) => k > 0 && para[k - 1]?.role === 'reused' && para[k]?.role === 'reused' && room(para, k) >= 6);
  if (found.length === 0) return null;
  const [i, k] = random.pick(found);
  const para = paras[i] as Paragraph;
  const added = newUnit(filler.sentence(6, Math.min(25, room(para, k))), 'inline');
  return paras.map((p, j) => (j === i ? [...para.slice(0, k), added, ...para.slice(k)] : p));
};

/** Swaps two neighbouring sentences: each becomes its own passage. */
const reorderSentences: Edit = (paras, { random }) => {
  const candidates = paras.map((_, i) => i).filter((i) => reusedCount(paras[i] as Paragraph) >= 3 && (paras[i] as Paragraph).every((u) => u.role === 'reused'));
  if (candidates.length === 0) return null;
  const i = random.pick(candidates);
  const para = [...(paras[i] as Paragraph)];
  const k = random.int(0, para.length - 2);
  [para[k], para[k + 1]] = [para[k + 1] as Unit, para[k] as Unit];
  return paras.map((p, j) => (j === i ? para : p));
};

/** Moves a later paragraph to the front, as a desk does with the newsiest line. */
const reorderParagraphs: Edit = (paras, { random }) => {
  if (paras.length < 2) return null;
  const i = random.int(1, paras.length - 1);
  return [paras[i] as Paragraph, ...paras.filter((_, j) => j !== i)];
};

/** Removes one paragraph break. */
const joinParagraphs: Edit = (paras, { random }) => {
  if (paras.length < 2) return null;
  const i = random.int(0, paras.length - 2);
  return [...paras.slice(0, i), [...(paras[i] as Paragraph), ...(paras[i + 1] as Paragraph)], ...paras.slice(i + 2)];
};

/** "the Prime Minister said" → "she said", "said Mr X" → "X said", "Mr X says" → "he said". */
const attribution: Edit = (paras, { random }) => {
  let changed = false;
  const out = paras.map((p) =>
    p.map((u) => {
      if (u.role !== 'reused') return u;
      const rewritten = rewriteAttribution(u.text, random);
      if (rewritten === null) return u;
      changed = true;
      return { ...u, text: rewritten };
    }),
  );
  return changed ? out : null;
};

/** Shuffles a sentence's words until no run of 5 of its words survives; null when that cannot be done. */
function scramble(text: string, random: Random): string | null {
  const original = shingles(text, 5);
  const tokens = text.replace(/[.!?]+$/, '').split(/\s+/);
  for (let tries = 0; tries < 20; tries++) {
    const candidate = random.shuffle(tokens).join(' ');
    const kept = [...shingles(candidate, 5)].some((g) => original.has(g));
    if (!kept && words(candidate).join(' ') !== words(text).join(' ')) return `${candidate[0]?.toUpperCase()}${candidate.slice(1)}.`;
  }
  return null;
}

/**
 * Heavy obfuscation: every second release sentence (odd index, so two heavy stories of
 * one release keep the same ones intact) is replaced by unrelated prose or scrambled.
 */
const heavy: Edit = (paras, { random, filler }) => {
  let changed = false;
  const out = paras.map((p) =>
    p.map((u) => {
      if (u.role !== 'reused' || (u.si as number) % 2 === 0) return u;
      const n = wordCount(u);
      const text = (random.chance(0.5) ? scramble(u.text, random) : null) ?? filler.sentence(Math.max(3, n - 5), n + 5);
      changed = true;
      return { ...u, text };
    }),
  );
  return changed ? out : null;
};

/** Changes quote style throughout: the style chosen is one that changes something. */
const quotes: Edit = (paras, { random }) => {
  const all = paras.flat().map((u) => u.text).join('\n');
  const styles = random.shuffle<QuoteStyle>(['curly', 'straight', 'single']).filter((s) => restyleQuotes(all, s) !== all);
  const style = styles[0];
  if (!style) return null;
  return paras.map((p) => p.map((u) => ({ ...u, text: restyleQuotes(u.text, style) })));
};

/** A new lead paragraph on top and one or two commentary paragraphs between or after the reused ones. */
const leadCommentary: Edit = (paras, { random, filler }) => {
  const out = [[newUnit(filler.paragraph(), 'new')], ...paras];
  for (let n = random.int(1, 2); n > 0; n--) out.splice(random.int(2, out.length), 0, [newUnit(filler.paragraph(), 'new')]);
  return out;
};

/** One to three agency lines: a photo credit on top, "Advertisement" between paragraphs, a sign-off at the end. */
const boilerplate: Edit = (paras, { random }) => {
  const out = [...paras];
  const line = () => [newUnit(random.pick(BOILERPLATE), 'boilerplate')];
  const where = random.shuffle(['top', 'middle', 'end']).slice(0, random.int(1, 3));
  if (where.includes('end')) out.push(line());
  if (where.includes('middle') && out.length >= 2) out.splice(random.int(1, out.length - 1), 0, line());
  if (where.includes('top')) out.unshift(line());
  return out;
};

/** Every edit, in the order they are applied when combined. */
export const EDITS: readonly (readonly [string, Edit])[] = [
  ['trim', trim],
  ['drop-sentence', dropSentence],
  ['add-sentence', addSentence],
  ['reorder-sentences', reorderSentences],
  ['reorder-paragraphs', reorderParagraphs],
  ['join-paragraphs', joinParagraphs],
  ['attribution', attribution],
  ['heavy', heavy],
  ['quotes', quotes],
  ['lead-commentary', leadCommentary],
  ['boilerplate', boilerplate],
];

export const EDIT_NAMES: readonly string[] = EDITS.map(([name]) => name);

/** Applies the named edits in canonical order; returns the paragraphs and the edits that applied. */
export function applyEdits(paras: Paragraph[], names: ReadonlySet<string>, ctx: EditContext): { paras: Paragraph[]; applied: string[] } {
  let current = paras;
  const applied: string[] = [];
  for (const [name, edit] of EDITS) {
    if (!names.has(name)) continue;
    const next = edit(current, ctx);
    if (next) {
      current = next;
      applied.push(name);
    }
  }
  return { paras: current, applied };
}
