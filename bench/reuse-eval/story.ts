// The model a story is edited in: paragraphs of units, each unit either a release
// sentence (possibly edited) or new text. Gold passages fall out of rendering it, so
// offsets are exact by construction.
import { words } from './text.js';
import type { Span } from './types.js';

/** Shorter reused stretches ("Thank you.", "JOURNALIST:") are left out of the gold: chance matches, not reuse. */
export const MIN_PASSAGE_WORDS = 5;

/**
 * reused: a release sentence, possibly edited (counts as reuse, PAN convention, even when obfuscated);
 * inline: a sentence added inside reused text (inside a passage when reused text follows);
 * new: lead and commentary paragraphs; boilerplate: agency lines. Both of the last end a passage.
 */
export type UnitRole = 'reused' | 'inline' | 'new' | 'boilerplate';

export interface Unit {
  text: string;
  role: UnitRole;
  /** Index of the release sentence it came from (reused units only). */
  si: number | null;
}

export type Paragraph = Unit[];

export interface Release {
  text: string;
  /** Every sentence's span in `text`, by sentence index. */
  spans: Span[];
  /** The release as story paragraphs: every unit reused, verbatim. */
  paragraphs: Paragraph[];
}

/** Sentences within a paragraph are joined by one space, paragraphs by a blank line. */
export function renderRelease(paras: readonly (readonly string[])[]): Release {
  const spans: Span[] = [];
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const [p, sentences] of paras.entries()) {
    if (p > 0) text += '\n\n';
    const para: Paragraph = [];
    for (const [k, sentence] of sentences.entries()) {
      if (k > 0) text += ' ';
      para.push({ text: sentence, role: 'reused', si: spans.length });
      spans.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    }
    paragraphs.push(para);
  }
  return { text, spans, paragraphs };
}

export interface PlacedUnit extends Unit {
  span: Span;
}

export interface RenderedStory {
  text: string;
  units: PlacedUnit[];
}

export function renderStory(paras: readonly Paragraph[]): RenderedStory {
  const units: PlacedUnit[] = [];
  let text = '';
  for (const [p, para] of paras.filter((x) => x.length > 0).entries()) {
    if (p > 0) text += '\n\n';
    for (const [k, unit] of para.entries()) {
      if (k > 0) text += ' ';
      units.push({ ...unit, span: { start: text.length, end: text.length + unit.text.length } });
      text += unit.text;
    }
  }
  return { text, units };
}

export interface StoryPassage {
  /** The reused units, in story order (their si increase). */
  units: PlacedUnit[];
  target: Span;
  source: Span;
}

/**
 * Contiguous stretches of reused text: a passage continues while the next reused unit
 * is the next release sentence (or the one after, when the story dropped the one in
 * between) and no new text or boilerplate came in between. Added inline sentences and
 * paragraph breaks do not end a passage; moved blocks start their own. Passages of
 * fewer than MIN_PASSAGE_WORDS words are dropped.
 */
export function storyPassages(story: RenderedStory, release: Release): StoryPassage[] {
  const present = new Set(story.units.filter((u) => u.role === 'reused').map((u) => u.si as number));
  const groups: PlacedUnit[][] = [];
  let current: PlacedUnit[] | null = null;
  for (const unit of story.units) {
    if (unit.role === 'new' || unit.role === 'boilerplate') current = null;
    if (unit.role !== 'reused') continue;
    const si = unit.si as number;
    const last = current?.[current.length - 1];
    const follows = last !== undefined && (si === (last.si as number) + 1 || (si === (last.si as number) + 2 && !present.has(si - 1)));
    if (current && follows) current.push(unit);
    else groups.push((current = [unit]));
  }
  return groups.filter((units) => units.reduce((n, u) => n + words(u.text).length, 0) >= MIN_PASSAGE_WORDS).map((units) => {
    const first = units[0] as PlacedUnit;
    const last = units[units.length - 1] as PlacedUnit;
    return {
      units,
      target: { start: first.span.start, end: last.span.end },
      source: { start: (release.spans[first.si as number] as Span).start, end: (release.spans[last.si as number] as Span).end },
    };
  });
}
