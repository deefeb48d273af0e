import { message, type Document } from '../core/index.js';
import { recordLine, type RawRecord, type RecordsReader } from './reader.js';
import { textReader } from './text.js';

/**
 * A plain-text file larger than this is read in parts. Every stage holds a
 * few times its document's size (the tagger's tokens, the outputs, their
 * JSON, the full-text index's term lists), so one 15 MB text cost 1–2 GB;
 * in parts, memory follows the part, not the file.
 */
export const TEXT_PARTS_OVER = 4 * 1024 * 1024;

/** A part closes at the first paragraph break (a blank line) once it holds this much... */
export const PART_BYTES = 1024 * 1024;
/** ...or, with no blank line, at the first line end past this; with no line end either, at a space or a character boundary. */
const PART_HARD_BYTES = 2 * PART_BYTES;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

const NAME = 'text-parts';
const ORIGIN = `reader:${NAME}`;

/**
 * A plain-text file over `TEXT_PARTS_OVER` bytes, stored as parts of about
 * `PART_BYTES`, each its own document at `file:N` (its part number from
 * 1, as a JSONL record's is its line: unique even when a line longer than a
 * part is cut). The file is streamed, never held whole; parts
 * break between paragraphs, so a quote or a sentence is almost never cut.
 * Each part is read exactly as the text reader reads a file, and says that
 * it is a part (`document-part`, info). Never chosen by extension: ingest
 * picks it for a text file by size (`recordsReaderFor`).
 */
export const textPartsReader: RecordsReader = {
  name: NAME,
  extensions: [],
  fileLimit: true,
  split: splitParts,
  read(input): Document {
    const doc = textReader.read(input);
    const part = recordLine(input.path) ?? 1;
    const note = message({
      code: 'document-part',
      severity: 'info',
      reason: `This document is part ${part} of a plain-text file over ${TEXT_PARTS_OVER / 1024 / 1024} MB: such a file is stored in parts of about ${PART_BYTES / 1024 / 1024} MB, split at blank lines.`,
      origin: ORIGIN,
    });
    return { ...doc, messages: [note, ...doc.messages] };
  },
};

/**
 * The file's bytes → parts in order, numbered from 1.
 * Only the part being assembled is held. A part never exceeds `maxBytes`
 * (a part is cut there whatever it ends on), so the per-document limit holds
 * for parts as for any document.
 */
async function* splitParts(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<RawRecord> {
  const soft = Math.min(PART_BYTES, maxBytes);
  const hard = Math.max(soft, Math.min(PART_HARD_BYTES, maxBytes));
  let held: Uint8Array = new Uint8Array(0);
  // Chunks not yet joined to `held`: below a part's size no cut is possible, so they are joined once, not chunk by chunk.
  const waiting: Uint8Array[] = [];
  let waitingBytes = 0;
  let part = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    waiting.push(chunk);
    waitingBytes += chunk.length;
    if (held.length + waitingBytes <= soft) continue;
    held = join(held, waiting);
    waiting.length = 0;
    waitingBytes = 0;
    for (;;) {
      const cut = cutAt(held, soft, hard, false);
      if (cut === -1) break;
      const bytes = copy(held, 0, cut);
      if (!isBlank(bytes)) yield { line: ++part, bytes };
      held = copy(held, cut, held.length);
    }
  }
  held = join(held, waiting);
  while (held.length > 0) {
    const cut = cutAt(held, soft, hard, true);
    const bytes = copy(held, 0, cut);
    if (!isBlank(bytes)) yield { line: ++part, bytes };
    held = copy(held, cut, held.length);
  }
}

/**
 * Where the part held in `bytes` ends (exclusive), or -1 to wait for more:
 * after the first blank line past `soft`; failing that, past `hard`, after
 * the last line end before it, else the last space, else a UTF-8 character
 * boundary. At the end of the file (`last`) whatever is held is a part.
 */
function cutAt(bytes: Uint8Array, soft: number, hard: number, last: boolean): number {
  if (bytes.length <= soft) return last ? bytes.length : -1;
  const blank = blankLineEnd(bytes, soft, Math.min(bytes.length, hard));
  if (blank !== -1) return blank;
  if (bytes.length < hard) return last ? bytes.length : -1;
  const newline = bytes.lastIndexOf(LF, hard - 1);
  if (newline >= soft) return newline + 1;
  for (let i = hard - 1; i >= soft; i--) if (bytes[i] === SPACE || bytes[i] === TAB) return i + 1;
  let at = hard;
  // A UTF-8 continuation byte (10xxxxxx) never starts a character.
  while (at > soft && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}

/** The end of the first blank line (a line of spaces only) starting in [from, to), just after its LF; -1 if none. */
function blankLineEnd(bytes: Uint8Array, from: number, to: number): number {
  let at = bytes.indexOf(LF, from);
  while (at !== -1 && at < to) {
    let next = at + 1;
    while (next < bytes.length && (bytes[next] === SPACE || bytes[next] === TAB || bytes[next] === CR)) next++;
    if (next < bytes.length && bytes[next] === LF) return next + 1;
    at = bytes.indexOf(LF, at + 1);
  }
  return -1;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== SPACE && b !== TAB && b !== CR && b !== LF) return false;
  return true;
}

/**
 * Always fresh arrays, never views (`Buffer#slice` is one): a part must own
 * its bytes, since it is posted to a worker, and must not keep a stream chunk.
 */
function join(held: Uint8Array, more: readonly Uint8Array[]): Uint8Array {
  let size = held.length;
  for (const m of more) size += m.length;
  const out = new Uint8Array(size);
  out.set(held, 0);
  let at = held.length;
  for (const m of more) {
    out.set(m, at);
    at += m.length;
  }
  return out;
}

function copy(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(bytes.subarray(from, to), 0);
  return out;
}
