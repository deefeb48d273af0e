import { createHash } from 'node:crypto';
import { LineIndex, documentId, emptyMeta, normaliseUrl, message, type Document, type DocumentMeta, type Kind, type Message, type Place } from '../core/index.js';
import { embargoDay, statedPublication } from '../extract/times/index.js';
import { decode } from './decode.js';
import type { RawInput } from './reader.js';

/**
 * Appends paragraphs with `\n\n` between them. Offsets only ever grow, so a
 * cut point taken now (`cut`) is still inside the finished text.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private size = 0;

  /** Where content removed at this point of the source sits in the text. */
  get cut(): number {
    return this.size;
  }

  /** Appends a paragraph; returns its span in the text. An empty one adds nothing, not a blank paragraph. */
  add(paragraph: string): { start: number; end: number } {
    if (paragraph === '') return { start: this.size, end: this.size };
    if (this.parts.length > 0) {
      this.parts.push('\n\n');
      this.size += 2;
    }
    const start = this.size;
    this.parts.push(paragraph);
    this.size += paragraph.length;
    return { start, end: this.size };
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** An `info` message for content taken out of the text: start === end at the cut point. */
export function removal(code: string, reason: string, origin: string, cut: number, place: Place | null, excerpt: string): Message {
  return message({ code, severity: 'info', reason: `Removed ${reason}.`, origin, start: cut, end: cut, place, excerpt });
}

export function finishDocument(input: RawInput, format: string, text: string, meta: DocumentMeta, messages: readonly Message[]): Document {
  const dated = meta.published === null ? withStatedPublication(text, meta, messages) : { meta, messages };
  return { id: idOf(meta.url, text), path: input.path, format, bytes: input.bytes.length, text, meta: dated.meta, messages: foldRepeats(dated.messages) };
}

/**
 * Every reader's last step: a document with no date of its own takes the one
 * its text states ("WELLINGTON, 2 February 2026 –", "today (Monday 2 February
 * 2026)"), with `publishedFrom: 'text'`, and loses its `no-publication-date` warning.
 */
function withStatedPublication(text: string, meta: DocumentMeta, messages: readonly Message[]): { meta: DocumentMeta; messages: readonly Message[] } {
  const stated = text === '' ? null : (statedPublication(text)?.value ?? embargoed(messages));
  if (!stated) return { meta, messages };
  return { meta: { ...meta, published: stated, publishedFrom: 'text' }, messages: messages.filter((m) => m.code !== 'no-publication-date') };
}

/** The day the removed embargo line ("EMBARGOED UNTIL 12.30PM, FRIDAY 10 MAY 2019") lifts: the text went out then. */
function embargoed(messages: readonly Message[]): string | null {
  for (const m of messages) if (m.code === 'boilerplate-embargo' && typeof m.excerpt === 'string') return embargoDay(m.excerpt);
  return null;
}

/**
 * `parley ingest --published DATE`: the date for documents that have none of
 * their own (`publishedFrom: 'user'`); a date from the file always wins.
 */
export function withFallbackPublished(doc: Document, published: string | null | undefined): Document {
  if (!published || doc.meta.published !== null) return doc;
  return { ...doc, meta: { ...doc.meta, published, publishedFrom: 'user' }, messages: doc.messages.filter((m) => m.code !== 'no-publication-date') };
}

/** Messages of one code a document keeps in full; the rest are counted in one message. */
export const MESSAGES_PER_CODE = 20;

/**
 * A page of 50,000 "Share this page" lines must not carry 50,000 messages: past
 * `MESSAGES_PER_CODE` of one code, the others are folded into one message of
 * that code at the first of them, which says how many there were.
 */
export function foldRepeats(messages: readonly Message[]): readonly Message[] {
  const seen = new Map<string, number>();
  for (const m of messages) seen.set(m.code, (seen.get(m.code) ?? 0) + 1);
  if ([...seen.values()].every((n) => n <= MESSAGES_PER_CODE)) return messages;
  const kept = new Map<string, number>();
  const out: Message[] = [];
  for (const m of messages) {
    const n = (kept.get(m.code) ?? 0) + 1;
    kept.set(m.code, n);
    if (n <= MESSAGES_PER_CODE) out.push(m);
    else if (n === MESSAGES_PER_CODE + 1) {
      const more = (seen.get(m.code) ?? 0) - MESSAGES_PER_CODE;
      out.push({ ...m, reason: `${m.reason} And ${more - 1} more like it after this one (${more} in all past the first ${MESSAGES_PER_CODE}).` });
    }
  }
  return out;
}

/** Above this many characters the text id is hashed in pieces (see `idOf`). */
const HASH_PIECE = 1 << 20;

/**
 * `documentId(url, text)`, the same value, without its cost on a huge text:
 * hashing `text:${text}` in one go builds the concatenated string and then
 * its whole UTF-8 encoding, about three times the text's size on the heap at
 * once (49 MB for a 15 MB file). SHA-256 over the same bytes fed in pieces is
 * the same hash; pieces never split a surrogate pair, whose halves alone
 * would encode as U+FFFD and change the bytes.
 */
export function idOf(url: string | null, text: string): string {
  if (text.length <= HASH_PIECE || (url !== null && normaliseUrl(url) !== null)) return documentId(url, text);
  const hash = createHash('sha256').update('text:');
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + HASH_PIECE);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    hash.update(text.slice(from, to));
    from = to;
  }
  return hash.digest('hex').slice(0, 16);
}

/** A document that must not be stored: its messages hold the `error` that says why. */
export function failedDocument(input: RawInput, format: string, kind: Kind, messages: readonly Message[]): Document {
  return finishDocument(input, format, '', emptyMeta(kind), messages);
}

/** `https://www.beehive.govt.nz/release/x` → `beehive.govt.nz`: the site is the source when nothing better is known. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

export function noDateWarning(origin: string): Message {
  return message({ code: 'no-publication-date', reason: 'No publication date found; published is unknown.', origin });
}

export type OpenedSource =
  | { readonly ok: true; readonly source: string; readonly index: LineIndex; readonly messages: Message[] }
  | { readonly ok: false; readonly failed: Document };

/** The first step of every reader: decode, or fail the document with the decoder's messages. */
export function openSource(input: RawInput, format: string, kind: Kind, origin: string): OpenedSource {
  const decoded = decode(input.bytes, origin);
  if (!decoded.ok) return { ok: false, failed: failedDocument(input, format, kind, decoded.messages) };
  return { ok: true, source: decoded.text, index: new LineIndex(decoded.text), messages: [...decoded.messages] };
}
