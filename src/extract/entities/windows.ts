import type { Document, Message, Span } from '../../core/index.js';
import type { DocumentEntity, EntitiesOutput, EntityMention, OfficeMention, RoleEvidence, SpeakerLabelSpan } from './types.js';

/**
 * Why a very large document is analysed in windows: the stage holds a token
 * object per word, tagger features and scores per token and every candidate
 * at once, about 100 bytes of memory per character of text; a 15 MB text took
 * 1.6 GB. Run window by window (each about WINDOW_CHARS, cut at a paragraph
 * break, merged as soon as it is done), the stage's working memory is bounded
 * by the window and only its output grows with the document. 64 KB windows
 * peaked lower than 256 KB ones on the 15 MB text (bench/big-text.ts: 244 vs
 * 295 MB over baseline for the whole pipeline) and cost no speed.
 *
 * The price: coreference, acronyms and a title's owner are found within a
 * window, not across the whole text. Documents up to WHOLE_CHARS are analysed
 * whole, so their output is exactly what it always was; no real release or
 * transcript comes near that (the largest of 7,535 AU PM transcripts is 70 KB).
 * Windows only ever apply to documents that would otherwise exhaust memory.
 */
export const WHOLE_CHARS = 256 * 1024;
export const WINDOW_CHARS = 64 * 1024;

/** One window: the text `[start, end)` and its sentences, offsets relative to `start`. */
export interface Window {
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly Span[];
}

/**
 * Cuts the document into windows of at least `size` characters, each ending
 * at a paragraph break (a sentence in another paragraph follows); a window
 * with no paragraph break for twice `size` ends at a sentence break, and a
 * single sentence longer than `size` is cut at a space, so no window passes
 * three times `size`. Every sentence lands in exactly one window.
 */
export function windowsOf(text: string, sentences: readonly (Span & { readonly paragraph?: number })[], size = WINDOW_CHARS): Window[] {
  const pieces = splitLong(text, sentences, size);
  const windows: Window[] = [];
  let first = 0;
  const close = (upTo: number): void => {
    if (upTo <= first) return;
    const start = (pieces[first] as Piece).start;
    const end = (pieces[upTo - 1] as Piece).end;
    windows.push({ start, end, sentences: pieces.slice(first, upTo).map((p) => ({ start: p.start - start, end: p.end - start })) });
    first = upTo;
  };
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const length = piece.start - (pieces[first] as Piece).start;
    const newParagraph = piece.paragraph !== (pieces[i - 1] as Piece).paragraph;
    if ((length >= size && newParagraph) || length >= 2 * size) close(i);
  }
  close(pieces.length);
  return windows;
}

interface Piece extends Span {
  readonly paragraph: number;
}

/** Sentences, with any longer than `size` cut at spaces into pieces of at most about `size`. */
function splitLong(text: string, sentences: readonly (Span & { readonly paragraph?: number })[], size: number): Piece[] {
  const out: Piece[] = [];
  sentences.forEach((s, k) => {
    const paragraph = s.paragraph ?? k;
    let from = s.start;
    while (s.end - from > size) {
      let cut = text.lastIndexOf(' ', from + size);
      if (cut <= from) cut = from + size;
      out.push({ start: from, end: cut, paragraph });
      from = cut;
      while (from < s.end && text.charCodeAt(from) === 0x20) from++;
    }
    if (from < s.end) out.push({ start: from, end: s.end, paragraph });
  });
  return out;
}

/** The document as one window sees it: the same metadata, the window's text. */
export function windowDocument(doc: Document, window: Window): Document {
  return { ...doc, text: doc.text.slice(window.start, window.end) };
}

/**
 * Joins the windows' outputs into one, offsets moved back into the whole
 * text. An entity found in several windows (same type and key) becomes one
 * entity with all its mentions; roles stated outside the text (front matter,
 * byline) are kept once. The country is the first window's that has one.
 */
export function mergeWindows(parts: Iterable<{ readonly window: Window; readonly output: EntitiesOutput }>): EntitiesOutput {
  const mentions: EntityMention[] = [];
  const entities: { type: DocumentEntity['type']; name: string; key: string; roles: RoleEvidence[]; mentions: number[]; gender?: 'f' | 'm'; weak?: true }[] = [];
  const weakIn = new Map<number, boolean>();
  const officeMentions: OfficeMention[] = [];
  const speakerLabels: SpeakerLabelSpan[] = [];
  const byKey = new Map<string, number>();
  let country: EntitiesOutput['country'] = null;
  for (const { window, output } of parts) {
    const shift = window.start;
    const local = output.entities.map((e) => {
      const id = `${e.type}|${e.key}`;
      let index = byKey.get(id);
      if (index === undefined) {
        index = entities.length;
        byKey.set(id, index);
        entities.push({ type: e.type, name: e.name, key: e.key, roles: [], mentions: [] });
      }
      const target = entities[index] as (typeof entities)[number];
      if (e.gender && !target.gender) target.gender = e.gender;
      weakIn.set(index, (weakIn.get(index) ?? true) && e.weak === true);
      for (const role of e.roles) {
        const outside = role.source === 'front-matter' || role.source === 'byline';
        if (outside && target.roles.some((r) => r.source === role.source && r.title === role.title && r.of === role.of)) continue;
        target.roles.push({ ...role, start: role.start + shift, end: role.end + shift });
      }
      return index;
    });
    for (const m of output.mentions) {
      // The metadata's person with no mention in a window: once, from the first window, at 0.
      if (m.via === 'metadata' && shift > 0) continue;
      const entity = local[m.entity] as number;
      (entities[entity] as (typeof entities)[number]).mentions.push(mentions.length);
      mentions.push({ type: m.type, start: m.start + shift, end: m.end + shift, text: m.text, via: m.via, confidence: m.confidence, entity });
    }
    for (const o of output.officeMentions) officeMentions.push({ ...o, start: o.start + shift, end: o.end + shift });
    for (const l of output.speakerLabels ?? []) speakerLabels.push({ ...l, start: l.start + shift, end: l.end + shift });
    country ??= output.country;
  }
  for (const e of entities) e.roles.sort((a, b) => TENSE_ORDER[a.tense] - TENSE_ORDER[b.tense] || a.start - b.start || a.end - b.end);
  entities.forEach((e, k) => {
    if (weakIn.get(k)) e.weak = true;
  });
  return speakerLabels.length > 0 ? { mentions, entities, officeMentions, country, speakerLabels } : { mentions, entities, officeMentions, country };
}

/** As the stage orders a person's roles: current first, each group in document order. */
const TENSE_ORDER = { current: 0, future: 1, former: 2 } as const;

/** Window messages with their offsets moved back into the whole text; one of each code that has no place. */
export function mergeMessages(parts: readonly { window: Window; messages: readonly Message[] }[]): Message[] {
  const out: Message[] = [];
  const unplaced = new Set<string>();
  for (const { window, messages } of parts) {
    for (const m of messages) {
      if (m.start === null) {
        if (unplaced.has(m.code)) continue;
        unplaced.add(m.code);
        out.push(m);
      } else {
        out.push({ ...m, start: m.start + window.start, end: m.end === null ? null : m.end + window.start });
      }
    }
  }
  return out;
}
